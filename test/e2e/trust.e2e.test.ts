// End to end: the gate never passes what it did not check (a wrong api-url, a spent quota), and never
// shows the key, however the service echoes it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { EICAR_SHA256 } from '../../src/core/reputation/lookups.ts';
import { fileReport, sha256Of } from '../support/reports.ts';
import { runAction, type ActionRun } from '../support/runner.ts';
import { EICAR, sandboxReports } from '../support/sandbox.ts';
import { VtServer } from '../support/vt-server.ts';
import { makeWorkspace } from '../support/workspace.ts';

const KEY = 'Trust-E2E-Key-7fA93bC1d0e8';
let server: VtServer;

beforeEach(async () => {
  server = await VtServer.start({ apiKeys: [KEY], reports: sandboxReports() });
});
afterEach(async () => {
  await server.close();
});

function gate(workspace: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ workspace, inputs: { files: 'dist/**', 'api-key': KEY, 'api-url': server.url, 'requests-per-minute': '0', ...inputs }, env });
}

test('the sandbox knows EICAR by the hash the gate probes with', () => {
  expect(sha256Of(EICAR)).toBe(EICAR_SHA256);
});

describe('an api-url that does not serve file reports never passes the gate', () => {
  test.each([
    ['missing /api/v3', '', 'names-hash'],
    ['/api/v2', '/api/v2', 'names-hash'],
    ['the endpoint pasted as the base (/api/v3/files)', '/api/v3/files', 'names-hash'],
    ['a typo', '/api/v3x', 'names-hash'],
    ['a typo, on a service whose 404s name nothing', '/apl/v3', 'generic'],
  ] as const)('%s: the job fails with a known-malicious artifact, even with on-error=warn', async (_, base, notFound) => {
    server.notFound = notFound;
    const workspace = await makeWorkspace({ 'dist/eicar.com': EICAR, 'dist/app.js': 'clean build' });
    const apiUrl = `${server.origin}${base}`;

    const run = await gate(workspace, { 'api-url': apiUrl, 'on-error': 'warn' });

    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', scanned: '2', errors: '2', malicious: '0', unknown: '0' });
    const failure = run.annotations.at(-1)!;
    expect(failure.level).toBe('error');
    expect(failure.message).toMatch(/^The `api-url` does not serve file reports: GET /);
    expect(failure.message).toContain(`GET ${apiUrl}/files/${EICAR_SHA256} (the EICAR test file, which every real service knows)`);
    // Said once: the failure line, no annotation per artifact.
    expect(run.annotations.filter((a) => a.message.includes('does not serve file reports'))).toHaveLength(1);
    expect(run.report.artifacts.map((a: any) => [a.status, a.consequence, a.error.message])).toEqual([
      ['error', 'fail', failure.message],
      ['error', 'fail', failure.message],
    ]);
    // At most both lookups and the one probe; nothing after the stop.
    expect(server.requests.map((r) => r.path)).toContain(`${new URL(apiUrl).pathname.replace(/\/$/, '')}/files/${EICAR_SHA256}`);
    expect(server.requests.length).toBeLessThanOrEqual(3);
  });

  test('a right api-url on a service whose 404s name nothing: proven once with EICAR, then unknown is unknown', async () => {
    server.notFound = 'generic';
    const workspace = await makeWorkspace({ 'dist/a.bin': 'fresh a', 'dist/b.bin': 'fresh b', 'dist/c.bin': 'fresh c' });

    const run = await gate(workspace);

    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'pass', scanned: '3', unknown: '3', errors: '0' });
    expect(server.requests.filter((r) => r.sha256 === EICAR_SHA256)).toHaveLength(1);
  });
});

test('a spent daily quota stops the scan at the first 429: one clear message, nothing more sent', async () => {
  const files = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`dist/f${i}.bin`, `content ${i}`]));
  const workspace = await makeWorkspace(files);
  server.fault = () => ({ type: 'status', status: 429, code: 'QuotaExceededError', message: 'Quota exceeded', headers: { 'retry-after': '36000' } });

  const run = await gate(workspace, { concurrency: '1' });

  expect(run.exitCode).toBe(1);
  expect(server.requests).toHaveLength(1);
  expect(run.outputs).toMatchObject({ result: 'fail', errors: '10' });
  expect(run.annotations).toHaveLength(1);
  expect(run.annotations[0]!.message).toMatch(
    /^The service's request quota is exhausted \(HTTP 429 QuotaExceededError: Quota exceeded; Retry-After: 36000\)\. The service asks to wait 36000 s, until .*Z: longer than a scan waits \(300 s\), so the quota counts as spent .* A free VirusTotal key allows 4 requests per minute and 500 per day; set `requests-per-minute`/,
  );
});

test('the key appears in no output channel, in any case, however the service echoes it', async () => {
  const escaped = (text: string) => [...text].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  const files = { 'dist/report.exe': 'echoes in the report', 'dist/error.exe': 'echoes in an error', 'dist/host.exe': 'echoes in a host name', 'dist/plain.exe': 'echoes in plain text' };
  const workspace = await makeWorkspace(files);
  const [report, error, host, plain] = Object.values(files).map(sha256Of) as [string, string, string, string];
  const body = JSON.stringify(fileReport({ sha256: report, malicious: { 'ENGINE-NAME': 'THREAT-NAME', Other: 'THREAT-NAME' }, suggestedThreatLabel: 'LABEL' }))
    .replaceAll('ENGINE-NAME', `Engine ${KEY.toUpperCase()}`)
    .replaceAll('THREAT-NAME', `Trojan.${escaped(KEY)}`)
    .replace('"LABEL"', `"trojan.${escaped(KEY.toLowerCase())}"`);
  server.fault = (request) => {
    if (request.sha256 === report) return { type: 'raw', status: 200, body };
    // Clipped at 300 characters by the client: the key straddles the cut.
    if (request.sha256 === error) return { type: 'raw', status: 400, body: `{"error":{"code":"BadRequestError","message":"${'x'.repeat(285)}${escaped(KEY.toLowerCase())}"}}` };
    if (request.sha256 === host) return { type: 'raw', status: 302, body: '', headers: { location: `http://${KEY}.invalid/api/v3/files/${host}` } };
    if (request.sha256 === plain) return { type: 'status', status: 503, code: 'TransientError', message: `busy, key ${KEY.toUpperCase()}` };
    return undefined;
  };

  const run = await gate(workspace, { 'sarif-path': 'gate.sarif', 'max-retries': '0' }, { RUNNER_DEBUG: '1' });

  expect(run.exitCode).toBe(1);
  expect(run.outputs).toMatchObject({ malicious: '1', errors: '3' });
  const sarif = await readFile(path.join(workspace, 'gate.sarif'), 'utf8');
  const channels = {
    stdout: run.stdout
      .split('\n')
      .filter((line) => line !== `::add-mask::${KEY}`)
      .join('\n'),
    stderr: run.stderr,
    outputFile: run.outputFile,
    summary: run.summary,
    report: JSON.stringify(run.report),
    sarif,
  };
  for (const [channel, text] of Object.entries(channels)) {
    // Not the key, nor its first 12 characters (a key cut at a clip), in any letter case.
    expect(text.toLowerCase(), channel).not.toContain(KEY.slice(0, 12).toLowerCase());
  }
  const byPath = Object.fromEntries(run.report.artifacts.map((a: any) => [a.path, a]));
  expect(byPath['dist/report.exe'].detections.map((d: any) => [d.engine, d.result])).toEqual([
    ['Engine ***', 'Trojan.***'],
    ['Other', 'Trojan.***'],
  ]);
  expect(byPath['dist/report.exe'].suggestedThreatLabel).toBe('trojan.***');
  expect(byPath['dist/error.exe'].error.message).toContain(`${'x'.repeat(285)}***`);
  expect(byPath['dist/host.exe'].error.message).toContain('redirected to another origin (http://***.invalid)');
  expect(byPath['dist/plain.exe'].error.message).toContain('busy, key ***');
});
