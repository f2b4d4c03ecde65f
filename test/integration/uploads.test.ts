// upload-unknown through runGate with the real HTTP adapter against the sandbox server: what the
// server received (the multipart file, the key, the route), how polls go, and what each case ends in.
import { readdir, stat, truncate } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { httpTransport } from '../../src/adapters/http.ts';
import type { Glob } from '../../src/core/listing.ts';
import { runGate, type GateOptions, type GatePorts } from '../../src/core/run-gate.ts';
import { gateOptions } from '../support/gate-options.ts';
import { defaultPolicy } from '../support/policy.ts';
import { sha256Of } from '../support/reports.ts';
import { VtServer } from '../support/vt-server.ts';
import { makeWorkspace } from '../support/workspace.ts';

const KEY = 'uploads-key-0123456789';
let server: VtServer;

beforeEach(async () => {
  server = await VtServer.start({ apiKeys: [KEY] });
});
afterEach(async () => {
  await server.close();
});

/** A listing port: each line an absolute path; a directory stands for the files in it. */
const listPaths: Glob = async (patterns) => {
  const paths: string[] = [];
  for (const line of patterns
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    if ((await stat(line)).isDirectory()) paths.push(...(await readdir(line)).map((name) => path.join(line, name)));
    else paths.push(line);
  }
  return { paths, brokenLinks: [], followsLinks: true };
};

const ports: GatePorts = { glob: listPaths, http: httpTransport({}), log: { debug: () => {} }, progress: { listed: () => {}, hashed: () => {}, lookups: () => {} } };

/** Tiny timings: polls a few milliseconds apart, and small size limits so a "large" file is a few KiB. */
function options(workspace: string, overrides: Partial<GateOptions> = {}): GateOptions {
  return gateOptions(workspace, server.url, KEY, {
    maxRetries: 2,
    uploadUnknown: true,
    uploadPatterns: '**',
    analysisTimeoutMs: 5_000,
    analysisTimings: { firstPollMs: 10, maxPollMs: 40, directMaxBytes: 1024, maxBytes: 8192 },
    ...overrides,
  });
}

async function gate(files: Record<string, string | Buffer>, overrides: Partial<GateOptions> = {}) {
  const workspace = await makeWorkspace(files);
  const { judgement } = await runGate(options(workspace, overrides), ports);
  const byPath = Object.fromEntries(judgement.results.map((r) => [r.artifact.displayPath, r]));
  return { judgement, byPath, workspace };
}

const analysisPolls = () => server.requests.filter((r) => r.path.startsWith('/api/v3/analyses/'));

describe('an unknown file is uploaded and judged by its analysis', () => {
  test("malicious: the server parsed the multipart file, whose hash is the artifact's; polls went 404, queued, in-progress, completed", async () => {
    const content = 'fresh build, flagged by the analysis';
    const sha256 = sha256Of(content);
    server.verdicts.set(sha256, { malicious: { EngineA: 'Trojan.Fresh', EngineB: 'Gen.Fresh' } });

    const { judgement, byPath } = await gate({ 'dist/app.exe': content });

    expect(server.uploads).toEqual([expect.objectContaining({ route: 'files', sha256, size: content.length, filename: 'app.exe', apiKey: KEY })]);
    expect(byPath['dist/app.exe']).toMatchObject({ status: 'malicious', consequence: 'fail', counted: { malicious: 2 }, submission: { state: 'analysed', analysisId: server.uploads[0]!.analysisId } });
    expect(judgement.counts).toMatchObject({ malicious: 1, uploaded: 1, pending: 0 });
    expect(analysisPolls()).toHaveLength(4);
    expect(server.requests.every((r) => r.apiKey === KEY)).toBe(true);
  });

  test('clean; an analysis that does not name its file is confirmed by reading the file report again', async () => {
    server.analysisNamesFile = false;
    const { byPath } = await gate({ 'dist/app.js': 'fresh and clean' });
    const sha256 = sha256Of('fresh and clean');
    expect(byPath['dist/app.js']).toMatchObject({ status: 'clean', consequence: 'pass', submission: { state: 'analysed' } });
    expect(server.requests.filter((r) => r.sha256 === sha256).map((r) => r.method)).toEqual(['GET', 'GET']); // lookup, then the re-read
  });

  test('polls back off: each wait is at least as long as the schedule says', async () => {
    server.analysisSteps = ['not-found', 'queued', 'queued', 'in-progress', 'completed'];
    await gate({ 'dist/a.bin': 'polled' }, { analysisTimings: { firstPollMs: 20, maxPollMs: 1_000, directMaxBytes: 1024, maxBytes: 8192 } });
    const upload = server.requests.find((r) => r.method === 'POST')!;
    const times = [upload.at, ...analysisPolls().map((r) => r.at)];
    const gaps = times.slice(1).map((at, i) => at - times[i]!);
    expect(gaps).toHaveLength(5);
    // 20, 30, 45, 67.5, 101.25 ms: lower bounds only (a slow machine waits longer, never shorter).
    gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(20 * 1.5 ** i - 2));
  });
});

describe('what is not uploaded', () => {
  test('upload-files patterns decide', async () => {
    const workspace = await makeWorkspace({ 'dist/public.js': 'public', 'dist/secret.bin': 'proprietary', 'dist/shared.js': 'shared', 'other/shared.js': 'shared' });
    const dist = path.join(workspace, 'dist');
    const { judgement } = await runGate(
      options(workspace, { patterns: `${dist}\n${path.join(workspace, 'other')}`, uploadPatterns: `${path.join(dist, 'public.js')}\n${path.join(dist, 'shared.js')}` }),
      ports,
    );
    const byPath = Object.fromEntries(judgement.results.map((r) => [r.artifact.displayPath, r]));
    expect(server.uploads.map((u) => u.sha256)).toEqual([sha256Of('public')]);
    expect(byPath['dist/public.js']).toMatchObject({ status: 'clean', submission: { state: 'analysed' } });
    expect(byPath['dist/secret.bin']).toMatchObject({ status: 'unknown', submission: { state: 'not-uploaded', reason: expect.stringContaining('upload-files does not match dist/secret.bin') } });
    // The same content at a path upload-files does not match is not uploaded from the path it does match.
    expect(byPath['dist/shared.js']).toMatchObject({ status: 'unknown', submission: { state: 'not-uploaded', reason: expect.stringContaining('other/shared.js') } });
    expect(judgement.counts).toMatchObject({ uploaded: 1, unknown: 3 });
  });

  test('the estimate after hashing says what an upload adds; nothing when uploads are off', async () => {
    const workspace = await makeWorkspace({ 'dist/a.bin': 'estimated' });
    const heard: unknown[] = [];
    const recording = { ...ports, progress: { ...ports.progress, hashed: (done: unknown) => heard.push(done) } };
    // Polls 37.5, 56, 84 and 100 ms apart, the last at the 300 ms deadline: five polls, the upload and a re-read.
    await runGate(options(workspace, { analysisTimeoutMs: 300, analysisTimings: { firstPollMs: 100, maxPollMs: 100 } }), recording);
    await runGate(options(workspace, { uploadUnknown: false }), recording);
    expect(heard).toEqual([expect.objectContaining({ uniqueHashes: 1, requestsPerUpload: 7 }), { uniqueHashes: 1, requestsPerMinute: 0, estimateMs: 0 }]);
  });

  test('upload-unknown off: nothing is uploaded', async () => {
    const { byPath } = await gate({ 'dist/new.bin': 'never seen' }, { uploadUnknown: false });
    expect(byPath['dist/new.bin']).toMatchObject({ status: 'unknown' });
    expect(byPath['dist/new.bin']!.submission).toBeUndefined();
    expect(server.requests.map((r) => r.method)).toEqual(['GET']);
  });

  test('a file over the largest upload stays unknown with the reason, and nothing is sent', async () => {
    const workspace = await makeWorkspace({ 'dist/big.iso': '' });
    await truncate(path.join(workspace, 'dist/big.iso'), 8193); // maxBytes is 8192 here
    const { judgement } = await runGate(options(workspace), ports);
    expect(judgement.results[0]).toMatchObject({ status: 'unknown', submission: { state: 'not-uploaded', reason: expect.stringContaining('8193 bytes') } });
    expect(server.requests.map((r) => r.method)).toEqual(['GET']);
  });
});

describe('large files go through an upload URL', () => {
  test('over the direct limit: GET files/upload_url, then the file to that URL, with the key (same origin)', async () => {
    const content = Buffer.alloc(4000, 7);
    const { byPath } = await gate({ 'dist/large.bin': content });
    expect(
      server.requests
        .map((r) => `${r.method} ${r.path.replace(/[0-9a-f]{64}|\/upload\/.*|analyses\/.*/, (m) => (m.startsWith('/upload') ? '/upload/…' : m.startsWith('analyses') ? 'analyses/…' : '…'))}`)
        .slice(0, 3),
    ).toEqual(['GET /api/v3/files/…', 'GET /api/v3/files/upload_url', 'POST /upload/…']);
    expect(server.uploads).toEqual([expect.objectContaining({ route: 'upload-url', sha256: sha256Of(content), size: 4000, apiKey: KEY })]);
    expect(byPath['dist/large.bin']).toMatchObject({ status: 'clean', submission: { state: 'analysed' } });
  });

  test('an upload URL on another origin is refused: the other server hears nothing, the file stays unknown', async () => {
    const other = await VtServer.start({ apiKeys: [KEY] });
    try {
      server.uploadUrlOrigin = other.origin;
      const { byPath } = await gate({ 'dist/large.bin': Buffer.alloc(4000, 1) });
      expect(other.requests).toEqual([]);
      expect(server.uploads).toEqual([]);
      expect(byPath['dist/large.bin']).toMatchObject({ status: 'unknown', submission: { state: 'not-uploaded', reason: expect.stringContaining('another origin') } });
    } finally {
      await other.close();
    }
  });

  test('a 413 on the direct route tries the upload URL once', async () => {
    server.directUploadLimit = 100;
    const { byPath } = await gate({ 'dist/mid.bin': Buffer.alloc(500, 2) });
    expect(server.requests.filter((r) => r.method === 'POST').map((r) => r.path.split('/')[1])).toEqual(['api', 'upload']);
    expect(server.uploads.map((u) => u.route)).toEqual(['upload-url']);
    expect(byPath['dist/mid.bin']).toMatchObject({ status: 'clean' });
  });
});

describe('analyses that take too long, and uploads that fail', () => {
  test('an analysis that never completes: pending, with its analysis id, judged like an unknown', async () => {
    server.analysisSteps = ['queued'];
    const { byPath, judgement } = await gate({ 'dist/slow.bin': 'slow' }, { analysisTimeoutMs: 150 });
    expect(byPath['dist/slow.bin']).toMatchObject({
      status: 'pending',
      consequence: 'warn',
      submission: { state: 'pending', analysisId: server.uploads[0]!.analysisId, reason: expect.stringContaining('was queued') },
    });
    expect(judgement.counts).toMatchObject({ pending: 1, uploaded: 1, unknown: 0 });
    expect(analysisPolls().length).toBeGreaterThanOrEqual(1);
  });

  test.each<{ status: number; code: string; headers: Record<string, string> }>([
    { status: 429, code: 'QuotaExceededError', headers: { 'retry-after': '0' } },
    { status: 503, code: 'TransientError', headers: {} },
  ])('a $status on the upload is retried through the scheduler', async ({ status, code, headers }) => {
    server.fault = (request) => (request.method === 'POST' && server.requests.filter((r) => r.method === 'POST').length === 1 ? { type: 'status', status, code, headers } : undefined);
    const { byPath } = await gate({ 'dist/a.bin': 'retried' });
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
    expect(server.uploads).toHaveLength(1);
    expect(byPath['dist/a.bin']).toMatchObject({ status: 'clean', submission: { state: 'analysed' } });
  });

  test('a 401 on the upload stops the scan: the gate fails whatever on-error says', async () => {
    server.fault = (request) => (request.method === 'POST' ? { type: 'status', status: 401, code: 'WrongCredentialsError' } : undefined);
    const { judgement, byPath } = await gate({ 'dist/a.bin': 'refused' }, { policy: { ...defaultPolicy(), onError: 'warn' } });
    expect(byPath['dist/a.bin']).toMatchObject({ status: 'error', error: { kind: 'auth' } });
    expect(judgement.result).toBe('fail');
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  test('a 409 is followed by reading the report again; still unknown, the file stays unknown with the reason', async () => {
    server.fault = (request) => (request.method === 'POST' ? { type: 'status', status: 409, code: 'AlreadyExistsError', message: 'already being analysed' } : undefined);
    const { byPath } = await gate({ 'dist/a.bin': 'conflict' });
    expect(byPath['dist/a.bin']).toMatchObject({ status: 'unknown', submission: { state: 'not-uploaded', reason: expect.stringContaining('409 AlreadyExistsError') } });
    expect(server.requests.filter((r) => r.sha256 === sha256Of('conflict'))).toHaveLength(2);
  });

  test('an analysis of another file (it changed after hashing) is an error, not a verdict', async () => {
    const other = 'f'.repeat(64);
    server.fault = (request) =>
      request.path.startsWith('/api/v3/analyses/')
        ? {
            type: 'raw',
            status: 200,
            body: JSON.stringify({ data: { type: 'analysis', id: 'x', attributes: { status: 'completed', stats: {}, results: {} } }, meta: { file_info: { sha256: other } } }),
          }
        : undefined;
    const { byPath } = await gate({ 'dist/a.bin': 'changed' });
    expect(byPath['dist/a.bin']).toMatchObject({ status: 'error', consequence: 'fail', error: { kind: 'protocol', message: expect.stringContaining('changed between hashing and upload') } });
  });

  test('a 500 on every attempt: retries spent, the file stays unknown with the reason', async () => {
    server.fault = (request) => (request.method === 'POST' ? { type: 'status', status: 500, code: 'InternalError' } : undefined);
    const { byPath } = await gate({ 'dist/a.bin': 'broken' }, { maxRetries: 1 });
    expect(byPath['dist/a.bin']).toMatchObject({ status: 'unknown', submission: { state: 'not-uploaded', reason: expect.stringMatching(/upload failed: .*HTTP 500/) } });
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
  });
});
