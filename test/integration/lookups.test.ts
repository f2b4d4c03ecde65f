// Pacing, retries and stops over real sockets, with faults injected by the test server.
// Windows and pauses are scaled down (a "minute" of 1 s) so the tests take seconds, not minutes.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { httpTransport } from '../../src/adapters/http.ts';
import { ReputationClient } from '../../src/core/reputation/client.ts';
import { EICAR_SHA256, Lookups, type LookupOptions } from '../../src/core/reputation/lookups.ts';
import type { LookupOutcome } from '../../src/core/types.ts';
import { fileReport, sha256Of } from '../support/reports.ts';
import { VtServer, type Fault } from '../support/vt-server.ts';

const KEY = 'lookup-key-31c8-e6a2d9';
let server: VtServer;
let client: ReputationClient;

function hashes(count: number): string[] {
  return Array.from({ length: count }, (_, i) => sha256Of(`artifact ${i}`));
}

beforeEach(async () => {
  server = await VtServer.start({ apiKeys: [KEY] });
  for (const hash of hashes(20)) server.reports.set(hash, fileReport({ sha256: hash }));
  client = new ReputationClient({ apiUrl: server.url, apiKey: KEY, userAgent: 'test', requestTimeoutMs: 400 }, httpTransport({}));
});
afterEach(async () => {
  client.dispose();
  await server.close();
});

function lookups(options: Partial<LookupOptions> = {}): Lookups {
  return new Lookups(client, {
    concurrency: 4,
    requestsPerWindow: 0,
    maxRetries: 5,
    transientBackoffMs: { initial: 20, max: 100 },
    quotaBackoffMs: { initial: 200, max: 800 },
    ...options,
  });
}

async function lookupAll(service: Lookups, list: string[]): Promise<LookupOutcome[]> {
  return Promise.all(list.map((hash) => service.lookup(hash)));
}

/** The fault for the first `count` requests, normal answers after. */
function firstRequests(count: number, fault: Fault): (r: unknown, index: number) => Fault | undefined {
  return (_, index) => (index < count ? fault : undefined);
}

describe('transient failures are retried', () => {
  test.each<[string, Fault]>([
    ['503 TransientError', { type: 'status', status: 503, code: 'TransientError' }],
    ['500', { type: 'status', status: 500 }],
    ['502', { type: 'status', status: 502 }],
    ['504 DeadlineExceededError', { type: 'status', status: 504, code: 'DeadlineExceededError' }],
    ['a reset connection', { type: 'reset' }],
  ])('%s then success', async (_, fault) => {
    server.fault = firstRequests(1, fault);
    const [hash] = hashes(1) as [string];

    const outcome = await lookups().lookup(hash);

    expect(outcome.kind).toBe('found');
    expect(server.requests.map((r) => r.sha256)).toEqual([hash, hash]);
  });

  test('a hang longer than the timeout is cut and retried', async () => {
    server.fault = firstRequests(1, { type: 'hang' });
    const [hash] = hashes(1) as [string];

    const outcome = await lookups().lookup(hash);

    expect(outcome.kind).toBe('found');
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(350); // requestTimeoutMs 400, less the first request's connect time
  });

  test('when retries are spent the lookup is an error that says how often it tried', async () => {
    server.fault = () => ({ type: 'status', status: 503, code: 'TransientError', message: 'busy' });

    const outcome = await lookups({ maxRetries: 2 }).lookup(hashes(1)[0]!);

    expect(outcome).toEqual({ kind: 'error', error: { kind: 'transient', status: 503, message: 'The service failed temporarily (HTTP 503 TransientError: busy) after 2 retries.' } });
    expect(server.requests).toHaveLength(3);
  });

  test('protocol errors are not retried', async () => {
    server.fault = () => ({ type: 'raw', status: 200, body: '{oops' });
    const outcome = await lookups().lookup(hashes(1)[0]!);
    expect(outcome).toMatchObject({ kind: 'error', error: { kind: 'protocol' } });
    expect(server.requests).toHaveLength(1);
  });
});

describe('429', () => {
  test('Retry-After in seconds pauses every lookup, not just the one that got it', async () => {
    server.latencyMs = 150;
    server.fault = firstRequests(1, { type: 'status', status: 429, code: 'QuotaExceededError', headers: { 'retry-after': '1' } });
    const list = hashes(8);

    const outcomes = await lookupAll(lookups({ concurrency: 4 }), list);

    expect(outcomes.every((o) => o.kind === 'found')).toBe(true);
    const [refused, ...rest] = server.requests;
    const inFlight = rest.filter((r) => r.at < refused!.at + 150); // sent before the 429 came back
    const later = rest.filter((r) => r.at >= refused!.at + 150);
    expect(inFlight.length).toBeLessThanOrEqual(3);
    expect(later.length).toBe(server.requests.length - 1 - inFlight.length);
    for (const request of later) expect(request.at - refused!.at).toBeGreaterThanOrEqual(1000);
  });

  test('Retry-After as an HTTP date is honoured', async () => {
    const retryAt = new Date(Date.now() + 3000).toUTCString(); // whole seconds: 2 to 3 s from now
    server.fault = firstRequests(1, { type: 'status', status: 429, code: 'QuotaExceededError', headers: { 'retry-after': retryAt } });

    const outcome = await lookups().lookup(hashes(1)[0]!);

    expect(outcome.kind).toBe('found');
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(1500);
  });

  test('without Retry-After the pause grows: the first, then twice as long', async () => {
    server.fault = firstRequests(2, { type: 'status', status: 429, code: 'TooManyRequestsError' });

    const outcome = await lookups({ quotaBackoffMs: { initial: 200, max: 800 } }).lookup(hashes(1)[0]!);

    expect(outcome.kind).toBe('found');
    const [a, b, c] = server.requests.map((r) => r.at) as [number, number, number];
    expect(b - a).toBeGreaterThanOrEqual(195);
    expect(c - b).toBeGreaterThanOrEqual(395);
  });

  test('when retries are spent the error says the quota is exhausted, ends with the hint it was given', async () => {
    server.fault = () => ({ type: 'status', status: 429, code: 'QuotaExceededError', message: 'Quota exceeded' });

    const outcome = await lookups({ maxRetries: 1, quotaBackoffMs: { initial: 50, max: 50 }, quotaHint: 'Raise the quota.' }).lookup(hashes(1)[0]!);

    expect(outcome.kind).toBe('error');
    const message = outcome.kind === 'error' ? outcome.error.message : '';
    expect(message).toBe("The service's request quota is exhausted (HTTP 429 QuotaExceededError: Quota exceeded) after 1 retry. Raise the quota.");
    expect(server.requests).toHaveLength(2);
  });

  test('a Retry-After longer than worth waiting (a daily quota) stops the scan: nothing more is sent, every lookup left says why once', async () => {
    server.fault = () => ({ type: 'status', status: 429, code: 'QuotaExceededError', message: 'Quota exceeded', headers: { 'retry-after': '3600' } });

    const outcomes = await lookupAll(lookups({ concurrency: 1, quotaHint: 'A free key allows 4 a minute and 500 a day.' }), hashes(10));

    expect(server.requests).toHaveLength(1);
    const messages = new Set(outcomes.map((o) => (o.kind === 'error' && o.error.kind === 'quota' && o.error.scanStopped ? o.error.message : o.kind)));
    expect(messages.size).toBe(1);
    expect([...messages][0]).toMatch(
      /^The service's request quota is exhausted \(HTTP 429 QuotaExceededError: Quota exceeded; Retry-After: 3600\)\. The service asks to wait 3600 s, until \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ: longer than a scan waits \(300 s\), so the quota counts as spent \(a daily or monthly limit\) and the scan stopped\. A free key allows 4 a minute and 500 a day\.$/,
    );
  });

  test('a QuotaExceededError that persists after the window has cleared stops the scan, and the server gets nothing after', async () => {
    server.fault = () => ({ type: 'status', status: 429, code: 'QuotaExceededError', message: 'Quota exceeded' });

    const outcomes = await lookupAll(lookups({ concurrency: 2, maxRetries: 100, windowMs: 600, quotaBackoffMs: { initial: 100, max: 400 } }), hashes(10));

    expect(outcomes.every((o) => o.kind === 'error' && o.error.kind === 'quota' && o.error.scanStopped)).toBe(true);
    expect(outcomes[0]).toMatchObject({ error: { message: expect.stringContaining('and still after 1 s without an accepted request') } });
    // Two lookups in flight: each refused 4 times (at 0, 100, 300 and 600 ms), then the stop; the other 8 send nothing.
    const sentHashes = new Set(server.requests.map((r) => r.sha256));
    expect(sentHashes.size).toBe(2);
    expect(server.requests.length).toBeLessThanOrEqual(8);
  });
});

describe('pacing', () => {
  test('a 2-per-minute service scanned with pacing off: backs off, then finishes', async () => {
    server.requestsPerMinute = 2;
    server.windowMs = 1000;
    const list = hashes(6);

    const outcomes = await lookupAll(lookups({ concurrency: 4, maxRetries: 10, quotaBackoffMs: { initial: 250, max: 1000 } }), list);

    expect(outcomes.map((o) => o.kind)).toEqual(list.map(() => 'found'));
    expect(server.quotaRefusals).toBeGreaterThan(0);
  });

  test('a 4-per-minute service scanned with requests-per-minute 4: no 429 at all, 4 per window', async () => {
    server.requestsPerMinute = 4;
    server.windowMs = 1000;
    const list = hashes(10);

    const outcomes = await lookupAll(lookups({ concurrency: 4, requestsPerWindow: 4, windowMs: 1250 }), list);

    expect(outcomes.map((o) => o.kind)).toEqual(list.map(() => 'found'));
    expect(server.quotaRefusals).toBe(0);
    expect(server.requests).toHaveLength(10);
    const times = server.requests.map((r) => r.at);
    for (let i = 4; i < times.length; i++) expect(times[i]! - times[i - 4]!).toBeGreaterThanOrEqual(1000);
  });

  test('retries count against the window too', async () => {
    server.fault = firstRequests(2, { type: 'status', status: 503, code: 'TransientError' });

    await lookupAll(lookups({ concurrency: 2, requestsPerWindow: 2, windowMs: 600 }), hashes(2));

    const times = server.requests.map((r) => r.at);
    expect(times).toHaveLength(4);
    expect(times[2]! - times[0]!).toBeGreaterThanOrEqual(500);
    expect(times[3]! - times[1]!).toBeGreaterThanOrEqual(500);
  });
});

test('401 mid-scan stops at once: nothing more is sent, every remaining lookup fails the same way', async () => {
  server.fault = (_, index) => (index === 3 ? { type: 'status', status: 401, code: 'UserNotActiveError', message: 'User is not active' } : undefined);
  const list = hashes(10);

  const outcomes = await lookupAll(lookups({ concurrency: 1 }), list);

  expect(server.requests).toHaveLength(4);
  expect(outcomes.slice(0, 3).map((o) => o.kind)).toEqual(['found', 'found', 'found']);
  const failed = outcomes.slice(3);
  expect(failed).toHaveLength(7);
  for (const outcome of failed) {
    expect(outcome).toMatchObject({ kind: 'error', error: { kind: 'auth', status: 401, message: expect.stringContaining('UserNotActiveError') } });
  }
  expect(new Set(failed.map((o) => (o.kind === 'error' ? o.error.message : '')))).toHaveProperty('size', 1);
});

test('the keys the server received are the configured key, every time', async () => {
  server.fault = firstRequests(1, { type: 'status', status: 503 });
  await lookupAll(lookups(), hashes(5));
  expect(server.requests.length).toBe(6);
  expect(new Set(server.requests.map((r) => r.apiKey))).toEqual(new Set([KEY]));
});

describe('a 404 that does not name its hash: the endpoint is proven once, with the EICAR hash', () => {
  test('when the endpoint knows EICAR, unproven 404s are unknown, and the probe is sent once for all of them', async () => {
    server.notFound = 'generic';
    server.reports.set(EICAR_SHA256, fileReport({ sha256: EICAR_SHA256, malicious: { ClamAV: 'Eicar-Test-Signature' } }));
    const unknown = hashes(30).slice(20);

    const outcomes = await lookupAll(lookups({ concurrency: 4 }), unknown);

    expect(outcomes).toEqual(unknown.map(() => ({ kind: 'unknown' })));
    expect(server.requests.filter((r) => r.sha256 === EICAR_SHA256)).toHaveLength(1);
  });

  test('when EICAR is "not found" too, the scan stops: every lookup left is the same error, which fails whatever on-error says', async () => {
    server.notFound = 'generic';
    const list = [...hashes(3), ...hashes(30).slice(20)];

    const outcomes = await lookupAll(lookups({ concurrency: 1 }), list);

    expect(outcomes.slice(0, 3).map((o) => o.kind)).toEqual(['found', 'found', 'found']);
    const stopped = outcomes.slice(3);
    const message =
      `The \`api-url\` does not serve file reports: GET ${server.url}/files/${list[3]} answered HTTP 404 NotFoundError: Resource not found. without naming the hash, ` +
      `and GET ${server.url}/files/${EICAR_SHA256} (the EICAR test file, which every real service knows) answered the same (HTTP 404 NotFoundError: Resource not found.). ` +
      "Nothing was checked. Set `api-url` to the API's base URL, such as https://www.virustotal.com/api/v3 (without /files), or leave it empty for the provider's.";
    for (const outcome of stopped) expect(outcome).toEqual({ kind: 'error', error: { kind: 'protocol', status: 404, message, alwaysFails: true, scanStopped: true } });
    // The three found, the first unproven 404, the probe; nothing after.
    expect(server.requests.map((r) => r.sha256)).toEqual([...list.slice(0, 4), EICAR_SHA256]);
  });

  test('an MD5 answered by a 404 that does not name it is proven the same way, by the EICAR SHA-256', async () => {
    server.notFound = 'generic';
    const md5 = 'f'.repeat(32);
    const outcome = await lookups().lookup(md5);
    expect(outcome).toMatchObject({ kind: 'error', error: { alwaysFails: true, message: expect.stringContaining(`GET ${server.url}/files/${EICAR_SHA256} (the EICAR test file`) } });
    expect(server.requests.map((r) => r.sha256)).toEqual([md5, EICAR_SHA256]);
  });

  test('a probe answered with something that is not the EICAR report stops the scan too', async () => {
    server.notFound = 'generic';
    server.fault = (request) => (request.sha256 === EICAR_SHA256 ? { type: 'raw', status: 200, body: JSON.stringify(fileReport({ sha256: hashes(1)[0]! })) } : undefined);

    const [outcome] = await lookupAll(lookups(), [sha256Of('never seen')]);

    expect(outcome).toMatchObject({
      kind: 'error',
      error: {
        alwaysFails: true,
        message: expect.stringContaining(
          `(the EICAR test file, which every real service knows) failed (Invalid answer: the service answered with a report for "${hashes(1)[0]}", not for ${EICAR_SHA256})`,
        ),
      },
    });
  });
});
