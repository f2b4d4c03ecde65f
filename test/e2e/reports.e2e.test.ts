// End to end: the release-notes output, and every path resolved against GITHUB_WORKSPACE (or the
// working directory), as tools that run the action outside the runner need.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, onTestFinished, test } from 'vitest';
import { fileReport, sha256Of } from '../support/reports.ts';
import { runAction } from '../support/runner.ts';
import { VtServer } from '../support/vt-server.ts';
import { makeWorkspace } from '../support/workspace.ts';

const KEY = 'reports-key-5c1e';
let server: VtServer;

beforeEach(async () => {
  server = await VtServer.start({ apiKeys: [KEY] });
});
afterEach(async () => {
  await server.close();
});

const inputs = (extra: Record<string, string> = {}) => ({ files: 'dist/**', 'api-key': KEY, 'api-url': server.url, 'requests-per-minute': '0', ...extra });

test('markdown-path: a release-notes block next to the JSON report, worst first', async () => {
  const workspace = await makeWorkspace({ 'dist/app.exe': 'bad content', 'dist/readme.txt': 'good content', 'dist/fresh.bin': 'never seen' });
  server.reports.set(sha256Of('bad content'), fileReport({ sha256: sha256Of('bad content'), malicious: { Kaspersky: 'Trojan.Win32.Agent', Avast: 'Win32:Agent' } }));
  server.reports.set(sha256Of('good content'), fileReport({ sha256: sha256Of('good content') }));

  const run = await runAction({ workspace, inputs: inputs(), env: { GITHUB_ACTION_REPOSITORY: 'acme/artifact-reputation-gate' } });

  expect(run.exitCode).toBe(1);
  expect(run.summary).toContain('`actions/upload-artifact` ([how](https://github.com/acme/artifact-reputation-gate#keeping-the-reports)).');
  expect(run.outputs['markdown-path']).toBe(run.outputs['report-path']!.replace(/\.json$/, '.md'));
  const notes = run.releaseNotes!;
  expect(notes).toMatch(/^\*\*❌ Artifact reputation: failed\*\* — 3 artifacts checked against VirusTotal on \d{4}-\d\d-\d\d: 1 malicious, 1 unknown, 1 clean\.\n/);
  const rows = notes.split('\n').filter((line) => line.startsWith('| <code>'));
  expect(rows.map((row) => row.slice(0, row.indexOf('</code>') + 7))).toEqual(['| <code>dist/app.exe</code>', '| <code>dist/fresh.bin</code>', '| <code>dist/readme.txt</code>']);
  const sha = sha256Of('bad content');
  expect(rows[0]).toBe(`| <code>dist/app.exe</code> | 🔴 malicious | 2/62 malicious | [\`${sha.slice(0, 12)}\`](https://www.virustotal.com/gui/file/${sha} "${sha}") |`);
});

test('files, allow-file, sarif-path and displayed paths resolve against GITHUB_WORKSPACE, not the working directory', async () => {
  const workspace = await makeWorkspace({ 'dist/app.exe': 'workspace artifact', 'dist/lib.dll': 'second artifact' });
  const elsewhere = await mkdtemp(path.join(os.tmpdir(), 'arg-cwd-'));
  onTestFinished(() => rm(elsewhere, { recursive: true, force: true }));
  await mkdir(path.join(elsewhere, 'dist'));
  await writeFile(path.join(elsewhere, 'dist', 'decoy.txt'), 'not an artifact of this project');
  const sha = sha256Of('workspace artifact');
  server.reports.set(sha, fileReport({ sha256: sha, malicious: { Heuristic: 'Gen:Variant' } }));
  await writeFile(path.join(workspace, 'allowed.txt'), `${sha} vetted\n`);

  // As @github/local-action runs it: the working directory is the action's checkout, not the project.
  const run = await runAction({
    workspace,
    cwd: elsewhere,
    inputs: inputs({ files: 'dist/**\n!dist/*.dll', 'allow-file': 'allowed.txt', 'sarif-path': 'out/reputation.sarif', 'on-unknown': 'fail' }),
  });

  expect(run.stderr).toBe('');
  // No repository known (as on a laptop): no help link that would lead somewhere else.
  expect(run.summary).toContain('`actions/upload-artifact`.');
  expect(run.summary).not.toContain('[how]');
  expect(run.report.artifacts.map((a: any) => [a.path, a.status])).toEqual([['dist/app.exe', 'allowed']]);
  expect(run.outputs).toMatchObject({ result: 'pass', scanned: '1', allowed: '1', 'sarif-path': path.join(workspace, 'out', 'reputation.sarif') });
  await expect(readFile(path.join(workspace, 'out', 'reputation.sarif'), 'utf8')).resolves.toContain('"version": "2.1.0"');
});

test('without GITHUB_WORKSPACE, the working directory is the workspace', async () => {
  const workspace = await makeWorkspace({ 'dist/fresh.bin': 'never seen' });
  const run = await runAction({ workspace, env: { GITHUB_WORKSPACE: '' }, inputs: inputs({ 'sarif-path': 'reputation.sarif' }) });
  expect(run.exitCode).toBe(0);
  expect(run.report.artifacts.map((a: any) => a.path)).toEqual(['dist/fresh.bin']);
  expect(run.outputs['sarif-path']).toBe(path.join(workspace, 'reputation.sarif'));
  const log = JSON.parse(await readFile(path.join(workspace, 'reputation.sarif'), 'utf8'));
  expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'dist/fresh.bin', uriBaseId: '%SRCROOT%' });
});
