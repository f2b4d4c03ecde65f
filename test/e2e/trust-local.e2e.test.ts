// End to end, the local side of trust: names and texts from outside are shown clipped and escaped,
// names that are not UTF-8 are judged by their bytes, a failed write never hides the verdict, and a
// cancelled run says how far it got.
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_SHOWN_CHARS } from '../../src/report/text.ts';
import { fileReport, sha256Of } from '../support/reports.ts';
import { serveEachTest } from '../support/gate.ts';
import type { ActionRun } from '../support/runner.ts';
import { makeWorkspace } from '../support/workspace.ts';

/** Bidirectional controls and invisible format characters: never shown raw. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const withoutGlobberDebug = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => !/^::debug::(Broken symlink|Search path) /.test(line))
    .join('\n');
const fixture = serveEachTest('trust-local-key-5f21c9e0');
const { gate } = fixture;

test('a 100 KB threat name and bidi controls are shown clipped and escaped in the log, annotations, summary and SARIF', async () => {
  const hugeThreat = `Trojan.\u202eHuge${'X'.repeat(100_000)}`;
  const hugeEngine = `Engine\u200b${'E'.repeat(50_000)}`;
  const workspace = await makeWorkspace({ 'dist/evil\u202egpj.exe': 'evil', 'dist/zz-last.bin': 'last' });
  fixture.server.reports.set(sha256Of('evil'), fileReport({ sha256: sha256Of('evil'), malicious: { [hugeEngine]: hugeThreat }, suggestedThreatLabel: hugeThreat }));
  fixture.server.reports.set(sha256Of('last'), fileReport({ sha256: sha256Of('last'), malicious: { Other: 'Small.Threat' } }));
  await symlink('nowhere', path.join(workspace, 'dist', 'link\u2066.lnk')); // named in the skipped-paths notice

  const run = await gate(workspace, { 'sarif-path': 'out/gate.sarif' });

  expect(run.exitCode).toBe(1);
  // @actions/glob's own debug lines (shown only with step debug logging) name paths as they are.
  expect(withoutGlobberDebug(run.stdout)).not.toMatch(INVISIBLE);
  expect(run.stdout).toContain('dist/evil\\u202egpj.exe');
  for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThan(4 * MAX_SHOWN_CHARS + 1000);
  expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'notice', message: expect.stringContaining('dist/link\\u2066.lnk (broken symbolic link)') }));
  const evil = run.annotations.find((a) => a.properties.file === 'dist/evil\\u202egpj.exe');
  expect(evil?.message).toContain('more characters)');
  expect(evil?.message).toContain('Trojan.\\u202eHuge');

  expect(run.summary).not.toMatch(INVISIBLE);
  expect(run.summary.length).toBeLessThan(20_000);
  expect(run.summary).toContain('dist/zz-last.bin'); // the rest of the summary is still there
  expect(run.summary).toContain('Small.Threat');

  const sarif = JSON.parse(await readFile(path.join(workspace, 'out', 'gate.sarif'), 'utf8'));
  const messages: string[] = sarif.runs[0].results.map((r: any) => r.message.text);
  for (const message of messages) {
    expect(message).not.toMatch(INVISIBLE);
    expect(message.length).toBeLessThan(4 * MAX_SHOWN_CHARS + 500);
  }
  expect(messages.some((m) => m.includes('dist/evil\\u202egpj.exe'))).toBe(true);
  // The JSON report is data for programs: the names as the service sent them.
  const entry = run.report.artifacts.find((a: any) => a.path === 'dist/evil\u202egpj.exe');
  expect(entry.threatNames).toContain(hugeThreat);
});

/** A file whose name holds bytes that are not UTF-8 (Linux allows any byte but `/` and NUL). */
async function writeByName(workspace: string, nameBytes: number[] | Buffer, content: string): Promise<void> {
  const file = Buffer.concat([Buffer.from(`${workspace}/`), Buffer.from(nameBytes)]);
  await mkdir(path.dirname(file.toString()), { recursive: true }).catch(() => undefined);
  await writeFile(file, content);
}

test('a file name that is not UTF-8 is judged by its bytes beside normal files, and a malicious one fails the gate', async () => {
  const workspace = await makeWorkspace({ 'dist/good.bin': 'good' });
  await writeByName(workspace, [...Buffer.from('dist/bad'), 0xff, 0xfe, ...Buffer.from('.exe')], 'malware');
  await mkdir(Buffer.concat([Buffer.from(`${workspace}/dist/dir`), Buffer.from([0xc3, 0x28])]));
  await writeByName(workspace, [...Buffer.from('dist/dir'), 0xc3, 0x28, ...Buffer.from('/inner.bin')], 'inner');
  await writeByName(workspace, [...Buffer.from('dist/notes'), 0x80, ...Buffer.from('.txt')], 'not matched');
  for (const content of ['good', 'inner']) fixture.server.reports.set(sha256Of(content), fileReport({ sha256: sha256Of(content) }));
  fixture.server.reports.set(sha256Of('malware'), fileReport({ sha256: sha256Of('malware'), malicious: { Engine: 'Trojan.Test' } }));

  const run = await gate(workspace, { files: 'dist/**\n!dist/**/*.txt' });

  expect(run.exitCode).toBe(1);
  const byPath = Object.fromEntries(run.report.artifacts.map((a: any) => [a.path, a]));
  expect(Object.keys(byPath).sort()).toEqual(['dist/bad\\xff\\xfe.exe', 'dist/dir\\xc3(/inner.bin', 'dist/good.bin']);
  expect(byPath['dist/bad\\xff\\xfe.exe']).toMatchObject({ status: 'malicious', sha256: sha256Of('malware') });
  expect(byPath['dist/dir\\xc3(/inner.bin']).toMatchObject({ status: 'clean', sha256: sha256Of('inner') });
  expect(fixture.server.requests.map((r) => r.sha256).sort()).toEqual([sha256Of('good'), sha256Of('inner'), sha256Of('malware')].sort());
  expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', properties: expect.objectContaining({ file: 'dist/bad\\xff\\xfe.exe' }) }));
  expect(withoutGlobberDebug(run.stdout)).not.toContain('\ufffd');
});

test('names that differ only in bytes that are not UTF-8 versus U+FFFD are both hashed and looked up', async () => {
  const workspace = await makeWorkspace({ 'dist/app\ufffd.exe': 'the real U+FFFD name' });
  await writeByName(workspace, [...Buffer.from('dist/app'), 0xff, ...Buffer.from('.exe')], 'malware');
  fixture.server.reports.set(sha256Of('the real U+FFFD name'), fileReport({ sha256: sha256Of('the real U+FFFD name') }));
  fixture.server.reports.set(sha256Of('malware'), fileReport({ sha256: sha256Of('malware'), malicious: { Engine: 'Trojan.Test' } }));

  const run = await gate(workspace);

  expect(run.exitCode).toBe(1);
  const statuses = Object.fromEntries(run.report.artifacts.map((a: any) => [a.path, a.status]));
  expect(statuses).toEqual({ 'dist/app\\xff.exe': 'malicious', 'dist/app\ufffd.exe': 'clean' });
  expect(fixture.server.requests.map((r) => r.sha256).sort()).toEqual([sha256Of('malware'), sha256Of('the real U+FFFD name')].sort());
  expect(run.outputs).toMatchObject({ result: 'fail', scanned: '2', malicious: '1' });
});

describe('a report that cannot be written never hides the verdict', () => {
  async function maliciousWorkspace(): Promise<string> {
    const workspace = await makeWorkspace({ 'dist/bad.exe': 'malware', 'dist/good.bin': 'good', 'out/.keep': '' });
    fixture.server.reports.set(sha256Of('malware'), fileReport({ sha256: sha256Of('malware'), malicious: { Engine: 'Trojan.Test' } }));
    fixture.server.reports.set(sha256Of('good'), fileReport({ sha256: sha256Of('good') }));
    return workspace;
  }

  /** The gate's own failure line, as the runner shows it. */
  const gateFailure = (run: ActionRun) => run.annotations.find((a) => a.level === 'error' && a.message.includes('exceeds max-malicious=0'));
  const writeErrors = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error' && a.message.startsWith('Could not write'));

  test('an unwritable job summary: outputs set, the failure line out, the write failure its own error', async () => {
    const workspace = await maliciousWorkspace();
    // A directory where the summary file should be: no user, not even root, can append to it.
    const run = await gate(workspace, {}, { env: { GITHUB_STEP_SUMMARY: path.join(workspace, 'out') } });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', scanned: '2', malicious: '1' });
    expect(run.report.result).toBe('fail');
    expect(gateFailure(run)).toBeDefined();
    expect(writeErrors(run).map((a) => a.message)).toEqual([expect.stringMatching(/^Could not write the job summary: .*out/)]);
  });

  test('an unwritable GITHUB_OUTPUT: the failure line, the summary and the reports still there, the write failure its own error', async () => {
    const workspace = await maliciousWorkspace();
    const run = await gate(workspace, {}, { env: { GITHUB_OUTPUT: path.join(workspace, 'out') } });

    expect(run.exitCode).toBe(1);
    expect(gateFailure(run)).toBeDefined();
    expect(run.summary).toContain('dist/bad.exe');
    expect(writeErrors(run).map((a) => a.message)).toEqual([expect.stringMatching(/^Could not write the step outputs \(GITHUB_OUTPUT\): .*out/)]);
    expect(run.stdout).not.toContain('stopped unexpectedly');
  });

  test('a passing gate with an unwritable job summary keeps result=pass and fails the step for the missing summary', async () => {
    const workspace = await makeWorkspace({ 'dist/good.bin': 'good', 'out/.keep': '' });
    fixture.server.reports.set(sha256Of('good'), fileReport({ sha256: sha256Of('good') }));

    const run = await gate(workspace, {}, { env: { GITHUB_STEP_SUMMARY: path.join(workspace, 'out') } });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'pass', scanned: '1' });
    expect(run.stdout).toContain('Gate passed: 1 artifact checked.');
    expect(writeErrors(run)).toHaveLength(1);
  });

  test('an unwritable RUNNER_TEMP: no JSON report or release notes, their outputs empty, the summary and the verdict still there', async () => {
    const workspace = await maliciousWorkspace();
    const run = await gate(workspace, {}, { env: { RUNNER_TEMP: path.join(workspace, 'dist', 'good.bin') } }); // a file, not a directory

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', malicious: '1', 'report-path': '', 'markdown-path': '' });
    expect(gateFailure(run)).toBeDefined();
    expect(writeErrors(run).map((a) => a.message)).toEqual([
      expect.stringMatching(/^Could not write the JSON report: ENOTDIR/),
      expect.stringMatching(/^Could not write the release notes \(markdown-path\): ENOTDIR/),
    ]);
    expect(run.summary).toContain('dist/bad.exe');
    expect(run.summary).not.toContain('JSON report');
  });

  test.each([
    ['an existing directory', 'out', /EISDIR/],
    ['a path under a regular file', 'dist/good.bin/gate.sarif', /EEXIST|ENOTDIR/],
  ])('sarif-path pointing at %s: the other reports, the outputs and the verdict still there', async (_, sarifPath, code) => {
    const workspace = await maliciousWorkspace();
    const run = await gate(workspace, { 'sarif-path': sarifPath });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', malicious: '1', 'sarif-path': '' });
    expect(run.report.result).toBe('fail');
    expect(run.summary).toContain('dist/bad.exe');
    expect(gateFailure(run)).toBeDefined();
    const [failure, ...more] = writeErrors(run);
    expect(more).toEqual([]);
    expect(failure?.message).toContain(`Could not write the SARIF log (sarif-path ${path.join(workspace, sarifPath)})`);
    expect(failure?.message).toMatch(code);
  });
});

test.each([
  ['SIGTERM', 143],
  ['SIGINT', 130],
] as const)('%s while lookups hang: one line says how far the scan got, and the process exits at once', async (signal, exitCode) => {
  const workspace = await makeWorkspace({ 'dist/a.bin': 'a', 'dist/b.bin': 'b', 'dist/c.bin': 'c' });
  fixture.server.fault = () => ({ type: 'hang' });
  let signalledAt = 0;

  const run = await gate(workspace, {}, {
    timeoutMs: 30_000,
    onSpawn: (child) => {
      // Cancel once the first lookup hangs at the server, as the runner would mid-scan.
      const poll = setInterval(() => {
        if (fixture.server.requests.length === 0) return;
        clearInterval(poll);
        signalledAt = performance.now();
        child.kill(signal);
      }, 20);
      child.on('close', () => clearInterval(poll));
    },
  });
  const exitedAfterMs = performance.now() - signalledAt;

  expect(signalledAt).toBeGreaterThan(0);
  expect(run.exitCode).toBe(exitCode);
  expect(exitedAfterMs).toBeLessThan(3_000); // a generous bound: without a handler the hang lasts until the request timeout
  const cancelled = run.annotations.filter((a) => a.message.startsWith('The scan was cancelled'));
  expect(cancelled).toHaveLength(1);
  expect(cancelled[0]!.message).toMatch(new RegExp(`^The scan was cancelled \\(${signal}\\) after hashing [0-3] of 3 artifacts and looking up 0 of [1-3] unique hash(es)? found so far; no verdict was reached\\.$`));
  expect(run.outputs.result).toBeUndefined(); // nothing was judged, so nothing claims a result
});
