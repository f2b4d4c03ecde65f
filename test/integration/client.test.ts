// The client over real sockets against the test server: what it sends, and how it reads each answer.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { httpTransport } from '../../src/adapters/http.ts';
import { ReputationClient } from '../../src/core/reputation/client.ts';
import { fileReport, fixtureNames, fixtureReport, sha256Of } from '../support/reports.ts';
import { VtServer } from '../support/vt-server.ts';

const KEY = 'client-key-7a9e';
const HASH = sha256Of('artifact');
let server: VtServer;
let client: ReputationClient;

beforeEach(async () => {
  server = await VtServer.start({ apiKeys: [KEY] });
  client = new ReputationClient({ apiUrl: server.url, apiKey: KEY, userAgent: 'artifact-reputation-gate/test', requestTimeoutMs: 2_000 }, httpTransport);
});
afterEach(async () => {
  client.dispose();
  await server.close();
});

test('sends GET {api-url}/files/{sha256} with x-apikey and the User-Agent', async () => {
  server.reports.set(HASH, fileReport({ sha256: HASH }));

  await client.lookup(HASH);

  expect(server.requests).toEqual([
    expect.objectContaining({ method: 'GET', path: `/api/v3/files/${HASH}`, apiKey: KEY, userAgent: expect.stringMatching(/^artifact-reputation-gate\/test/) }),
  ]);
});

describe.each(fixtureNames())('the recorded real report %s', (name) => {
  test('is read back with its stats and detections', async () => {
    const { sha256, body } = fixtureReport(name);
    server.reports.set(sha256, body);
    const stats = body.data.attributes.last_analysis_stats;

    const outcome = await client.lookup(sha256);

    expect(outcome.kind).toBe('found');
    if (outcome.kind !== 'found') return;
    expect(outcome.report.stats.malicious).toBe(stats.malicious);
    expect(outcome.report.engineCount).toBe(Object.values<number>(stats).reduce((a, b) => a + b, 0));
    const flagged = Object.values<any>(body.data.attributes.last_analysis_results).filter((r) => ['malicious', 'suspicious'].includes(r.category));
    expect(outcome.report.detections.map((d) => d.engine).sort()).toEqual(flagged.map((r) => r.engine_name).sort());
  });
});

test('404 NotFoundError is unknown, not an error', async () => {
  expect(await client.lookup(HASH)).toEqual({ kind: 'unknown' });
});

describe('answers that are errors, never clean', () => {
  test.each([
    [{ type: 'status', status: 401, code: 'WrongCredentialsError', message: 'Wrong API key' }, 'auth', /refused the API key \(HTTP 401 WrongCredentialsError: Wrong API key\)/],
    [{ type: 'status', status: 403, code: 'ForbiddenError', message: 'no access' }, 'auth', /HTTP 403 ForbiddenError/],
    [{ type: 'status', status: 429, code: 'QuotaExceededError', message: 'Quota exceeded' }, 'quota', /quota is exhausted \(HTTP 429 QuotaExceededError/],
    [{ type: 'status', status: 503, code: 'TransientError', message: 'try later' }, 'transient', /failed temporarily \(HTTP 503 TransientError/],
    [{ type: 'status', status: 504, code: 'DeadlineExceededError', message: 'slow' }, 'transient', /HTTP 504 DeadlineExceededError/],
    [{ type: 'status', status: 400, code: 'BadRequestError', message: 'bad' }, 'protocol', /Unexpected answer from the service \(HTTP 400 BadRequestError: bad\)/],
    [{ type: 'raw', status: 404, body: '<html>Not Found</html>', contentType: 'text/html' }, 'protocol', /HTTP 404 without NotFoundError: is `api-url` a VirusTotal v3 API\?/],
    [{ type: 'raw', status: 200, body: 'not json', contentType: 'application/json' }, 'protocol', /not valid JSON/],
    [{ type: 'raw', status: 200, body: JSON.stringify(fileReport({ sha256: HASH })), contentType: 'text/html' }, 'protocol', /content type "text\/html", not JSON/],
    [{ type: 'raw', status: 200, body: JSON.stringify(fileReport({ sha256: sha256Of('other') })) }, 'protocol', /a report for [0-9a-f]{64}, not for/],
    [{ type: 'raw', status: 200, body: JSON.stringify({ data: { id: HASH, attributes: { last_analysis_stats: { malicious: '3' } } } }) }, 'protocol', /malicious is not a count/],
    [{ type: 'raw', status: 200, body: JSON.stringify({ data: { id: HASH, attributes: {} } }) }, 'protocol', /no last_analysis_stats/],
    [{ type: 'raw', status: 302, body: '', headers: { location: 'https://elsewhere.example/files/x' } }, 'protocol', /redirected to another origin \(https:\/\/elsewhere\.example\)/],
    [{ type: 'reset' }, 'transient', /Could not reach the service \((ECONNRESET|socket hang up)\)/],
  ] as const)('%o → %s', async (fault, kind, message) => {
    server.fault = () => fault as any;

    const outcome = await client.lookup(HASH);

    expect(outcome).toMatchObject({ kind: 'error', error: { kind, message: expect.stringMatching(message) } });
  });

  test('connection refused is transient', async () => {
    const port = server.port;
    await server.close();
    const closed = new ReputationClient({ apiUrl: `http://127.0.0.1:${port}/api/v3`, apiKey: KEY, userAgent: 'x', requestTimeoutMs: 2_000 }, httpTransport);
    expect(await closed.lookup(HASH)).toMatchObject({ kind: 'error', error: { kind: 'transient', message: 'Could not reach the service (ECONNREFUSED).' } });
    closed.dispose();
    server = await VtServer.start(); // for afterEach
  });
});

describe('the key goes only to the configured origin', () => {
  test('a redirect within the origin is followed, with the key', async () => {
    server.reports.set(HASH, fileReport({ sha256: HASH }));
    server.fault = (request) => (request.path.startsWith('/api/v3/') ? { type: 'raw', status: 307, body: '', headers: { location: `/moved/api/v3/files/${HASH}` } } : undefined);

    const outcome = await client.lookup(HASH);

    // The moved path is not a file lookup on this server, so it answers 404 NotFoundError: unknown.
    expect(outcome).toEqual({ kind: 'unknown' });
    expect(server.requests.map((r) => [r.path, r.apiKey])).toEqual([
      [`/api/v3/files/${HASH}`, KEY],
      [`/moved/api/v3/files/${HASH}`, KEY],
    ]);
  });

  test.each([
    ['another port on the same host', (port: number) => `http://127.0.0.1:${port}/api/v3/files/${HASH}`],
    ['another host name for the same address', (port: number) => `http://localhost:${port}/api/v3/files/${HASH}`],
    ['another scheme', (port: number) => `https://127.0.0.1:${port}/api/v3/files/${HASH}`],
  ])('a redirect to %s is refused, and the other side receives nothing', async (_, target) => {
    const other = await VtServer.start({ apiKeys: [KEY] });
    try {
      server.fault = () => ({ type: 'raw', status: 302, body: '', headers: { location: target(other.port) } });

      const outcome = await client.lookup(HASH);

      expect(outcome).toMatchObject({ kind: 'error', error: { kind: 'protocol', message: expect.stringContaining('redirected to another origin') } });
      expect(other.requests).toEqual([]);
    } finally {
      await other.close();
    }
  });

  test('redirect loops within the origin end', async () => {
    server.fault = () => ({ type: 'raw', status: 302, body: '', headers: { location: `/api/v3/files/${HASH}` } });
    expect(await client.lookup(HASH)).toMatchObject({ kind: 'error', error: { message: expect.stringContaining('redirected too many times') } });
    expect(server.requests).toHaveLength(4);
  });
});

describe('answers are bounded', () => {
  const big = Buffer.alloc(9 * 1024 * 1024, 0x20);

  test('a body declared over the cap is refused unread', async () => {
    server.fault = () => ({ type: 'raw', status: 200, body: big, headers: { 'content-length': String(big.length) } });
    expect(await client.lookup(HASH)).toMatchObject({ kind: 'error', error: { kind: 'protocol', message: 'Invalid answer: the answer is 9437184 bytes, over the 8388608-byte limit.' } });
  });

  test('a streamed body is cut once it passes the cap', async () => {
    server.fault = () => ({ type: 'raw', status: 200, body: big, headers: { 'transfer-encoding': 'chunked' } });
    expect(await client.lookup(HASH)).toMatchObject({ kind: 'error', error: { kind: 'protocol', message: 'Invalid answer: the answer is over the 8388608-byte limit.' } });
  });

  test('a report just under the cap is read', async () => {
    const report = fileReport({ sha256: HASH }) as any;
    report.data.attributes.padding = 'x'.repeat(7 * 1024 * 1024);
    server.reports.set(HASH, report);
    expect(await client.lookup(HASH)).toMatchObject({ kind: 'found' });
  });
});
