// End to end: the policy inputs that keep false positives from blocking a release, and SARIF.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fileReport, sha256Of } from '../support/reports.ts';
import { runAction, type ActionRun } from '../support/runner.ts';
import { sarifErrors } from '../support/sarif-schema.ts';
import { VtServer } from '../support/vt-server.ts';
import { makeWorkspace } from '../support/workspace.ts';

const KEY = 'policy-key-93ab-5d07c1';
let server: VtServer;

beforeEach(async () => {
  server = await VtServer.start({ apiKeys: [KEY] });
});
afterEach(async () => {
  await server.close();
});

function gate(workspace: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ workspace, inputs: { files: 'dist/**', 'api-key': KEY, 'api-url': server.url, 'requests-per-minute': '0', ...inputs } });
}

/** A workspace with one artifact per content, each known to the server with the given report. */
async function known(reports: Record<string, (sha256: string) => unknown>): Promise<{ workspace: string; sha: Record<string, string> }> {
  const workspace = await makeWorkspace(Object.fromEntries(Object.keys(reports).map((name) => [`dist/${name}`, `content of ${name}`])));
  const sha: Record<string, string> = {};
  for (const [name, build] of Object.entries(reports)) {
    sha[name] = sha256Of(`content of ${name}`);
    server.reports.set(sha[name]!, build(sha[name]!));
  }
  return { workspace, sha };
}

const byPath = (run: ActionRun) => Object.fromEntries(run.report.artifacts.map((a: any) => [a.path, a]));

test('an allowed artifact that is also malicious passes, reported as allowed with its reason', async () => {
  const { workspace, sha } = await known({
    'tool.exe': (sha256) => fileReport({ sha256, malicious: { Heuristic: 'Gen:Variant.PyInstaller' } }),
    'app.exe': (sha256) => fileReport({ sha256 }),
  });

  const run = await gate(workspace, { allow: `# vetted by security, ticket SEC-42\n${sha['tool.exe']!.toUpperCase()} PyInstaller bootloader false positive` });

  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({ result: 'pass', allowed: '1', malicious: '0' });
  expect(byPath(run)['dist/tool.exe']).toMatchObject({ status: 'allowed', consequence: 'pass', allowedReason: 'PyInstaller bootloader false positive', statusIfNotAllowed: 'malicious' });
  expect(run.summary).toContain('### Allowed artifacts (1)');
  expect(run.summary).toContain('PyInstaller bootloader false positive');
  expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
  expect(run.report.policy.allow).toEqual({ [sha['tool.exe']!]: 'PyInstaller bootloader false positive' });
});

test('allow-file is read from the repository; a malformed line stops the action before any request, naming it', async () => {
  const { workspace, sha } = await known({ 'tool.exe': (sha256) => fileReport({ sha256, malicious: { A: 'x' } }) });
  await writeFile(path.join(workspace, 'allowed.txt'), `# known good\n\n${sha['tool.exe']} signed by us\n`);

  const good = await gate(workspace, { 'allow-file': 'allowed.txt' });
  expect(good.exitCode).toBe(0);
  expect(good.outputs.allowed).toBe('1');

  await writeFile(path.join(workspace, 'allowed.txt'), `${sha['tool.exe']} signed by us\ndeadbeef too short\n`);
  server.requests.length = 0;
  const bad = await gate(workspace, { 'allow-file': 'allowed.txt' });
  expect(bad.exitCode).toBe(1);
  expect(bad.annotations.map((a) => a.message)).toEqual([expect.stringContaining('Input `allow-file` (allowed.txt) line 2 must be `<sha256> <reason>`')]);
  expect(server.requests).toEqual([]);
});

test('an ignored engine that was the only detection does not count, and is still shown, marked ignored', async () => {
  const { workspace } = await known({ 'app.exe': (sha256) => fileReport({ sha256, malicious: { NoisyAV: 'Heur.AI.Suspect' } }) });

  const run = await gate(workspace, { 'ignore-engines': '# heuristic engine with many false positives\nnoisyav' });

  expect(run.exitCode).toBe(0);
  const artifact = byPath(run)['dist/app.exe'];
  expect(artifact).toMatchObject({ status: 'clean', counted: { malicious: 0 }, stats: { malicious: 1 } });
  expect(artifact.detections).toEqual([expect.objectContaining({ engine: 'NoisyAV', ignored: true, version: '1.0' })]);
  expect(run.summary).toContain('<code>dist/app.exe</code> 18 B 0/61, ignored: NoisyAV: Heur.AI.Suspect');
  expect(run.summary).toContain('<tr><td>NoisyAV <em>(ignored)</em></td><td>malicious</td><td>Heur.AI.Suspect</td>');

  const strict = await gate(workspace); // the same report without the input fails
  expect(strict.exitCode).toBe(1);
});

test('max-suspicious fails on suspicious detections over it; without it they only show', async () => {
  const { workspace } = await known({ 'odd.dll': (sha256) => fileReport({ sha256, suspicious: { A: 'susp.a', B: 'susp.b' } }) });

  const lenient = await gate(workspace);
  expect(lenient.exitCode).toBe(0);

  const strict = await gate(workspace, { 'max-suspicious': '1' });
  expect(strict.exitCode).toBe(1);
  expect(strict.annotations.at(-1)!.message).toBe('1 of 1 artifact exceeds max-suspicious=1: dist/odd.dll (2 suspicious/62)');
  expect(byPath(strict)['dist/odd.dll']).toMatchObject({ status: 'suspicious' });
  expect(strict.outputs.malicious).toBe('1');
});

describe('a 0/0 report (a fresh upload) is unanalysed, never clean', () => {
  test.each([
    ['warn', 0, 'warning'],
    ['fail', 1, 'error'],
  ] as const)('on-unknown=%s exits %i with a %s', async (onUnknown, exitCode, level) => {
    const { workspace } = await known({ 'new.zip': (sha256) => fileReport({ sha256, undetected: 0, typeUnsupported: 3 }) });

    const run = await gate(workspace, { 'on-unknown': onUnknown });

    expect(run.exitCode).toBe(exitCode);
    expect(byPath(run)['dist/new.zip']).toMatchObject({ status: 'unanalysed', analysedEngines: 0 });
    expect(run.annotations).toContainEqual(expect.objectContaining({ level, properties: { file: 'dist/new.zip', title: 'Not analysed by VirusTotal' } }));
    expect(run.outputs.unknown).toBe('1');
  });

  test('min-engines raises the bar: 3 verdicts are not enough for min-engines 10', async () => {
    const { workspace } = await known({ 'lib.so': (sha256) => fileReport({ sha256, undetected: 3 }) });
    expect(byPath(await gate(workspace, { 'min-engines': '10' }))['dist/lib.so'].status).toBe('unanalysed');
    expect(byPath(await gate(workspace, { 'min-engines': '3' }))['dist/lib.so'].status).toBe('clean');
  });
});

test('a report older than max-report-age-days gets a warning that the verdict may be stale', async () => {
  const { workspace } = await known({
    'old.exe': (sha256) => fileReport({ sha256, lastAnalysed: new Date(Date.now() - 400 * 86_400_000) }),
    'new.exe': (sha256) => fileReport({ sha256, lastAnalysed: new Date(Date.now() - 2 * 86_400_000) }),
  });

  const run = await gate(workspace, { 'max-report-age-days': '90' });

  expect(run.exitCode).toBe(0);
  const stale = run.annotations.filter((a) => a.properties.title === 'Stale reputation report');
  expect(stale).toHaveLength(1);
  expect(stale[0]!.properties.file).toBe('dist/old.exe');
  expect(stale[0]!.message).toMatch(/^dist\/old\.exe was last analysed 400 days ago \(\d{4}-\d\d-\d\d\), more than max-report-age-days=90: the verdict may be stale/);
  expect(byPath(run)['dist/old.exe'].staleDays).toBe(400);
  expect(byPath(run)['dist/new.exe'].staleDays).toBeNull();
});

test('sarif-path writes a valid SARIF 2.1.0 log of what needs attention, and says where', async () => {
  const { workspace } = await known({
    'app.exe': (sha256) => fileReport({ sha256, malicious: { Kaspersky: 'Trojan.Win32.Agent' } }),
    'readme.txt': (sha256) => fileReport({ sha256 }),
  });
  await writeFile(path.join(workspace, 'dist', 'fresh.bin'), 'never seen');

  const run = await gate(workspace, { 'sarif-path': 'results/reputation.sarif' });

  expect(run.exitCode).toBe(1);
  const sarifPath = path.join(workspace, 'results', 'reputation.sarif');
  expect(run.outputs['sarif-path']).toBe(sarifPath);
  const log = JSON.parse(await readFile(sarifPath, 'utf8'));
  expect(sarifErrors(log)).toEqual([]);
  expect(log.runs[0].results.map((r: any) => [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation.uri])).toEqual([
    ['artifact-reputation/malicious', 'error', 'dist/app.exe'],
    ['artifact-reputation/unknown', 'warning', 'dist/fresh.bin'],
  ]);
});

test('without sarif-path no SARIF is written and the output is empty', async () => {
  const { workspace } = await known({ 'readme.txt': (sha256) => fileReport({ sha256 }) });
  const run = await gate(workspace);
  expect(run.outputs['sarif-path']).toBe('');
});
