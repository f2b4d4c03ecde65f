// End to end: the bundled dist/index.js, spawned as the runner spawns it, against the test server.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fileReport, fixtureReport, sha256Of } from '../support/reports.ts';
import { runAction, type ActionRun } from '../support/runner.ts';
import { VtServer } from '../support/vt-server.ts';
import { makeWorkspace } from '../support/workspace.ts';

const KEY = 'e2e-key-5f1c2d-a83b07';
let server: VtServer;

beforeEach(async () => {
  server = await VtServer.start({ apiKeys: [KEY] });
});
afterEach(async () => {
  await server.close();
});

function gate(workspace: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ workspace, inputs: { files: 'dist/**', 'api-key': KEY, 'api-url': server.url, ...inputs }, env });
}

/** The key may appear only in the ::add-mask:: command that tells the runner to hide it. */
function expectKeyHidden(run: ActionRun): void {
  const stdout = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
  expect(stdout.join('\n')).not.toContain(KEY);
  expect(run.stderr).not.toContain(KEY);
  expect(run.summary).not.toContain(KEY);
  expect(JSON.stringify(run.report ?? {})).not.toContain(KEY);
  expect(JSON.stringify(run.outputs)).not.toContain(KEY);
}

describe('a mixed set over and under the threshold', () => {
  test('fails on the artifact over max-malicious, and says why everywhere', async () => {
    const files = { 'dist/app.exe': 'trojan build', 'dist/lib.dll': 'two detections', 'dist/readme.txt': 'clean text' };
    const workspace = await makeWorkspace(files);
    const [exe, dll, txt] = Object.values(files).map(sha256Of) as [string, string, string];
    server.reports.set(exe, fixtureReport('malicious-win32-exe', exe).body); // 54/79
    server.reports.set(dll, fixtureReport('low-detection-zip', dll).body); // 2/76
    server.reports.set(txt, fixtureReport('clean-javascript', txt).body); // 0/76

    const run = await gate(workspace, { 'max-malicious': '2' });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', scanned: '3', malicious: '1', unknown: '0', errors: '0' });
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors[0]).toMatchObject({ properties: { file: 'dist/app.exe', title: 'Malicious artifact: 54/79 engines' } });
    expect(errors[0]!.message).toContain('flagged malicious by 54 of 79 engines');
    expect(errors[0]!.message).toContain('AhnLab-V3: Win-Trojan/OrcusRAT.Exp, ALYac: Generic.OrcusRAT.A.2DC79B36');
    expect(errors[0]!.message).toContain(', and 46 more.');
    expect(errors.at(-1)!.message).toBe('1 of 3 artifacts exceeds max-malicious=2: dist/app.exe (54/79)');
    expect(run.annotations.filter((a) => a.properties.file === 'dist/lib.dll' || a.properties.file === 'dist/readme.txt')).toEqual([]);

    expect(run.summary).toContain('Artifact reputation gate failed');
    expect(run.summary).toContain(`<a href="https://www.virustotal.com/gui/file/${exe}" title="${exe}"><code>${exe.slice(0, 12)}</code></a>`);
    expect(run.summary).toContain('<td><code>dist/app.exe</code></td><td>54/79 malicious</td><td>🔴 malicious</td>');
    expect(run.summary).toMatch(/Clean artifacts \(2\)/);

    expect(run.report).toMatchObject({ schemaVersion: 3, result: 'fail', policy: { maxMalicious: 2, onUnknown: 'warn', onError: 'fail' } });
    const byPath = Object.fromEntries(run.report.artifacts.map((a: any) => [a.path, a]));
    expect(byPath['dist/app.exe']).toMatchObject({ sha256: exe, status: 'malicious', size: 12, stats: { malicious: 54 }, engineCount: 79 });
    expect(byPath['dist/app.exe'].detections).toHaveLength(54);
    expect(byPath['dist/lib.dll']).toMatchObject({ status: 'clean', stats: { malicious: 2 } });
    expect(byPath['dist/readme.txt']).toMatchObject({ status: 'clean', stats: { malicious: 0 } });

    expect(server.requests.map((r) => r.sha256).sort()).toEqual([exe, dll, txt].sort());
    for (const request of server.requests) {
      expect(request.apiKey).toBe(KEY);
      expect(request.userAgent).toMatch(/^artifact-reputation-gate\/\d+\.\d+\.\d+/);
    }
    expectKeyHidden(run);
  });

  test('passes when every artifact is at or under the threshold', async () => {
    const workspace = await makeWorkspace({ 'dist/lib.dll': 'two detections', 'dist/sub/dir/tool': 'clean' });
    const dll = sha256Of('two detections');
    server.reports.set(dll, fixtureReport('low-detection-zip', dll).body);
    server.reports.set(sha256Of('clean'), fileReport({ sha256: sha256Of('clean') }));

    const run = await gate(workspace, { 'max-malicious': '2' });

    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'pass', scanned: '2', malicious: '0' });
    expect(run.annotations).toEqual([]);
    expect(run.summary).toContain('Artifact reputation gate passed');
    expect(run.report.artifacts.map((a: any) => a.path)).toEqual(['dist/lib.dll', 'dist/sub/dir/tool']);
  });
});

test('identical files share one lookup and one verdict, and every path is reported', async () => {
  const workspace = await makeWorkspace({ 'dist/a.bin': 'same', 'dist/b.bin': 'same', 'dist/nested/c.bin': 'same', 'dist/d.bin': 'other' });
  const same = sha256Of('same');
  server.reports.set(same, fileReport({ sha256: same, malicious: { Engine: 'Trojan.Same' } }));

  const run = await gate(workspace);

  expect(run.exitCode).toBe(1);
  expect(server.requests.filter((r) => r.sha256 === same)).toHaveLength(1);
  expect(server.requests).toHaveLength(2);
  expect(run.outputs).toMatchObject({ scanned: '4', malicious: '3', unknown: '1' });
  expect(run.report.counts).toMatchObject({ scanned: 4, uniqueHashes: 2, malicious: 3, unknown: 1 });
  const maliciousFiles = run.annotations.filter((a) => a.properties.title?.startsWith('Malicious')).map((a) => a.properties.file);
  expect(maliciousFiles.sort()).toEqual(['dist/a.bin', 'dist/b.bin', 'dist/nested/c.bin']);
  expect(run.annotations.at(-1)!.message).toBe('3 of 4 artifacts exceed max-malicious=0: dist/a.bin (1/61), dist/b.bin (1/61), dist/nested/c.bin (1/61)');
});

describe('an artifact the service has never seen', () => {
  test.each([
    ['warn', 0, 'warning'],
    ['fail', 1, 'error'],
    ['pass', 0, 'no'],
  ] as const)('on-unknown=%s exits %i with %s annotation', async (policy, exitCode, level) => {
    const workspace = await makeWorkspace({ 'dist/fresh.bin': `fresh ${policy}` });

    const run = await gate(workspace, { 'on-unknown': policy });

    expect(run.exitCode).toBe(exitCode);
    expect(run.outputs).toMatchObject({ result: exitCode ? 'fail' : 'pass', scanned: '1', unknown: '1' });
    const unknown = run.annotations.filter((a) => a.properties.file === 'dist/fresh.bin');
    if (level === 'no') expect(unknown).toEqual([]);
    else expect(unknown).toEqual([expect.objectContaining({ level, properties: { file: 'dist/fresh.bin', title: 'Unknown to VirusTotal' } })]);
    expect(run.report.artifacts[0]).toMatchObject({ status: 'unknown', consequence: policy });
    expect(run.summary).toContain('❔ unknown');
  });
});

describe('no files match', () => {
  test.each([
    ['warn', 0, [{ level: 'warning' }]],
    ['error', 1, [{ level: 'error' }]],
    ['ignore', 0, []],
  ] as const)('if-no-files-found=%s exits %i', async (policy, exitCode, annotations) => {
    const workspace = await makeWorkspace({ 'src/main.c': 'int main;' });

    const run = await gate(workspace, { 'if-no-files-found': policy });

    expect(run.exitCode).toBe(exitCode);
    expect(run.annotations).toMatchObject(annotations);
    expect(run.annotations.map((a) => a.message).join()).toMatch(policy === 'ignore' ? /^$/ : /No files were found/);
    expect(run.outputs).toMatchObject({ result: exitCode ? 'fail' : 'pass', scanned: '0' });
    expect(run.report.artifacts).toEqual([]);
    expect(run.summary).toContain('No file matched the `files` patterns, so nothing was checked.');
    expect(server.requests).toHaveLength(0);
  });
});

test('a wrong key stops the scan and says so plainly, once', async () => {
  const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`dist/file${i}.bin`, `content ${i}`]));
  const workspace = await makeWorkspace(files);

  const run = await gate(workspace, { 'api-key': 'wrong-key-value-0000', 'on-error': 'warn' });

  expect(run.exitCode).toBe(1);
  // One error annotation, the failure line, however many artifacts were refused.
  expect(run.annotations.map((a) => a.level)).toEqual(['error']);
  expect(run.annotations[0]!.message).toMatch(/^The service refused the API key \(HTTP 401 WrongCredentialsError: Wrong API key\)\. Check that the `api-key` secret is set/);
  expect(run.outputs).toMatchObject({ result: 'fail', scanned: '12', errors: '12' });
  // Lookups already in flight when the first 401 arrived may finish; nothing is sent after.
  expect(server.requests.length).toBeLessThanOrEqual(4);
  expect(run.stdout).not.toMatch(/^(?!::add-mask::).*wrong-key-value-0000/m);
});

test('GitHub shows 10 errors a step: with 12 malicious artifacts, 9 of them, a notice for the rest, and the failure line last', async () => {
  const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`dist/bad${String(i).padStart(2, '0')}.exe`, `bad ${i}`]));
  const workspace = await makeWorkspace(files);
  for (const content of Object.values(files)) server.reports.set(sha256Of(content), fileReport({ sha256: sha256Of(content), malicious: { E: 'Trojan' } }));

  const run = await gate(workspace, { 'requests-per-minute': '0' });

  const errors = run.annotations.filter((a) => a.level === 'error');
  expect(errors).toHaveLength(10);
  expect(errors.at(-1)!.message).toMatch(/^12 of 12 artifacts exceed max-malicious=0: /);
  expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'notice', message: expect.stringMatching(/^3 errors more are not shown/) }));
});

test("when the quota stays exhausted, the error gives a free VirusTotal key's limits and suggests requests-per-minute", async () => {
  const workspace = await makeWorkspace({ 'dist/app.bin': 'x' });
  server.fault = () => ({ type: 'status', status: 429, code: 'QuotaExceededError', message: 'Quota exceeded', headers: { 'retry-after': '0' } });

  const run = await gate(workspace, { 'max-retries': '1' });

  expect(run.report.artifacts[0].error.message).toBe(
    "The service's request quota is exhausted (HTTP 429 QuotaExceededError: Quota exceeded; Retry-After: 0) after 1 retry. A free VirusTotal key allows 4 requests per minute and 500 per day; set `requests-per-minute` to what your key allows, or use a key with a larger quota.",
  );
});

describe('bad inputs stop the action before any request', () => {
  test.each([
    [{ 'max-malicious': '-1' }, 'Input `max-malicious` must be a whole number, 0 or more; got "-1".'],
    [{ 'max-malicious': 'two' }, 'Input `max-malicious` must be a whole number, 0 or more; got "two".'],
    [{ 'on-unknown': 'ignore' }, 'Input `on-unknown` must be one of `pass`, `warn`, `fail`; got "ignore".'],
    [{ 'on-error': 'pass' }, 'Input `on-error` must be one of `fail`, `warn`; got "pass".'],
    [{ provider: 'virus-total' }, 'Input `provider` must be one of `virustotal`, `reversinglabs`; got "virus-total".'],
    [{ 'if-no-files-found': 'fail' }, 'Input `if-no-files-found` must be one of `warn`, `error`, `ignore`; got "fail".'],
    [{ 'job-summary': 'yes' }, 'Input `job-summary` must be `true` or `false`; got "yes".'],
    [{ 'api-url': 'not a url' }, 'Input `api-url` must be an absolute https:// URL'],
    [{ 'api-url': 'http://vt.example.com/api/v3' }, 'Input `api-url` must use https://'],
    [{ 'api-key': '' }, 'Input `api-key` is required'],
    [{ files: '# only a comment' }, 'Input `files` is required'],
  ])('%o', async (inputs, message) => {
    const workspace = await makeWorkspace({ 'dist/app.bin': 'x' });

    const run = await gate(workspace, inputs);

    expect(run.exitCode).toBe(1);
    expect(run.annotations).toHaveLength(1);
    expect(run.annotations[0]!.level).toBe('error');
    expect(run.annotations[0]!.message).toContain(message);
    expect(server.requests).toHaveLength(0);
    expect(run.outputs).toEqual({});
  });
});

test('job-summary=false writes no summary but still the report and outputs', async () => {
  const workspace = await makeWorkspace({ 'dist/app.bin': 'x' });
  server.reports.set(sha256Of('x'), fileReport({ sha256: sha256Of('x') }));

  const run = await gate(workspace, { 'job-summary': 'false' });

  expect(run.exitCode).toBe(0);
  expect(run.summary).toBe('');
  expect(run.report.artifacts).toHaveLength(1);
  expect(run.outputs.result).toBe('pass');
});

test('excluded patterns and comments are honoured; directories are walked, not judged', async () => {
  const workspace = await makeWorkspace({ 'dist/app.bin': 'app', 'dist/app.bin.map': 'map', 'dist/docs/readme.md': 'docs', 'build/other.bin': 'other' });

  const run = await gate(workspace, { files: '# artifacts\ndist\n!dist/**/*.map\n!dist/docs', 'on-unknown': 'pass' });

  expect(run.exitCode).toBe(0);
  expect(run.report.artifacts.map((a: any) => a.path)).toEqual(['dist/app.bin']);
  expect(server.requests.map((r) => r.sha256)).toEqual([sha256Of('app')]);
});

describe('quota-aware inputs', () => {
  test.each([
    [{ 'requests-per-minute': '-4' }, 'Input `requests-per-minute` must be a whole number, 0 or more; got "-4".'],
    [{ concurrency: '0' }, 'Input `concurrency` must be a whole number, from 1 to 256; got "0".'],
    [{ 'max-retries': 'many' }, 'Input `max-retries` must be a whole number, from 0 to 100; got "many".'],
    [{ 'request-timeout-seconds': '0' }, 'Input `request-timeout-seconds` must be a number of seconds from 0.001 to 3600'],
  ])('%o is refused before any request', async (inputs, message) => {
    const workspace = await makeWorkspace({ 'dist/app.bin': 'x' });
    const run = await gate(workspace, inputs);
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((a) => a.message)).toEqual([expect.stringContaining(message)]);
    expect(server.requests).toHaveLength(0);
  });

  test('a long paced scan says how long it will take, and a refused key still ends it at once', async () => {
    const workspace = await makeWorkspace({ 'dist/a': 'a', 'dist/b': 'b', 'dist/c': 'c' });
    server.latencyMs = 1000; // hashing (workers starting included) finishes well before the first answer

    const run = await gate(workspace, { 'api-key': 'not-the-key-0000000', 'requests-per-minute': '1' });

    expect(run.stdout).toContain('3 unique hashes at 1/min: about 2 minutes.');
    expect(run.exitCode).toBe(1);
    expect(server.requests).toHaveLength(1); // the other two were waiting for the window, and were released
    expect(run.outputs).toMatchObject({ errors: '3', result: 'fail' });
  });

  test('the provider picks the pacing: reversinglabs is not paced by default', async () => {
    const files = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`dist/f${i}`, `f${i}`]));
    const workspace = await makeWorkspace(files);

    const run = await gate(workspace, { provider: 'reversinglabs', 'on-unknown': 'pass' });

    expect(run.exitCode).toBe(0);
    expect(server.requests).toHaveLength(8); // at 4/min this would take two minutes and time the test out
    expect(run.stdout).not.toContain('unique hashes at');
  });
});
