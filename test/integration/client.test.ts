// The client over real sockets against the test server: what it sends, and how it reads each answer.
import { once } from 'node:events';
import net, { type AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, onTestFinished, test } from 'vitest';
import { httpTransport } from '../../src/adapters/http.ts';
import { ReputationClient } from '../../src/core/reputation/client.ts';
import { fileReport, fixtureNames, fixtureReport, hashesOf, sha256Of } from '../support/reports.ts';
import { VtServer } from '../support/vt-server.ts';

const KEY = 'client-key-7a9e-4c1f0b';
const HASH = sha256Of('artifact');
let server: VtServer;
let client: ReputationClient;

beforeEach(async () => {
  server = await VtServer.start({ apiKeys: [KEY] });
  client = new ReputationClient({ apiUrl: server.url, apiKey: KEY, userAgent: 'artifact-reputation-gate/test', requestTimeoutMs: 2_000 }, httpTransport({}));
});
afterEach(async () => {
  client.dispose();
  await server.close();
});

test('sends GET {api-url}/files/{sha256} with x-apikey and the User-Agent', async () => {
  server.reports.set(HASH, fileReport({ sha256: HASH }));

  await client.lookup(HASH);

  expect(server.requests).toEqual([expect.objectContaining({ method: 'GET', path: `/api/v3/files/${HASH}`, apiKey: KEY, userAgent: expect.stringMatching(/^artifact-reputation-gate\/test/) })]);
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
    [{ type: 'raw', status: 200, body: JSON.stringify(fileReport({ sha256: sha256Of('other') })) }, 'protocol', /a report for "[0-9a-f]{64}", not for/],
    [{ type: 'raw', status: 200, body: JSON.stringify({ data: { id: HASH, type: 'file', attributes: { last_analysis_stats: { malicious: '3' } } } }) }, 'protocol', /malicious is not a count/],
    [{ type: 'raw', status: 200, body: JSON.stringify({ data: { id: HASH, type: 'file', attributes: {} } }) }, 'protocol', /no last_analysis_stats/],
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
    const closed = new ReputationClient({ apiUrl: `http://127.0.0.1:${port}/api/v3`, apiKey: KEY, userAgent: 'x', requestTimeoutMs: 2_000 }, httpTransport({}));
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

    // The moved path is not a file lookup on this server, so it answers 404 NotFoundError naming only the path: no proof.
    expect(outcome).toMatchObject({ kind: 'unproven-unknown', url: `${server.url.replace('/api/v3', '')}/moved/api/v3/files/${HASH}` });
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
    expect(await client.lookup(HASH)).toMatchObject({
      kind: 'error',
      error: { kind: 'protocol', message: 'Invalid answer: the answer is 9437184 bytes (content-length), over the 8388608-byte limit.' },
    });
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

describe('a 404 counts as unknown only when it names the hash', () => {
  test('File "<hash>" not found (the real service) is unknown', async () => {
    expect(await client.lookup(HASH)).toEqual({ kind: 'unknown' });
  });

  test.each([
    ['a generic "Resource not found."', { type: 'status', status: 404, code: 'NotFoundError', message: 'Resource not found.' }],
    ['a message with the hash only inside a path', { type: 'status', status: 404, code: 'NotFoundError', message: `Resource not found: /api/v2/files/${HASH}` }],
  ] as const)('%s proves nothing: unproven, with what was tried', async (_, fault) => {
    server.fault = () => fault;

    expect(await client.lookup(HASH)).toEqual({ kind: 'unproven-unknown', said: `HTTP 404 NotFoundError: ${fault.message}`, url: `${server.url}/files/${HASH}` });
  });
});

describe('asked by MD5 or SHA-1, as the service allows', () => {
  const content = 'artifact known by its MD5';
  const hashes = hashesOf(content);

  test.each(['md5', 'sha1'] as const)('GET /files/{%s} is the report whose attributes name it, with its SHA-256', async (kind) => {
    server.reports.set(hashes.sha256, fileReport({ ...hashes, malicious: { EngineA: 'Trojan.X' } }));
    const outcome = await client.lookup(hashes[kind]);
    expect(server.requests.map((r) => r.path)).toEqual([`/api/v3/files/${hashes[kind]}`]);
    expect(outcome).toMatchObject({ kind: 'found', report: { sha256: hashes.sha256, stats: { malicious: 1 } } });
  });

  test('an unknown MD5 is unknown when the 404 names the MD5 asked for', async () => {
    expect(await client.lookup(hashes.md5)).toEqual({ kind: 'unknown' });
  });

  test('a 404 naming another hash proves nothing for an MD5', async () => {
    server.fault = () => ({ type: 'status', status: 404, code: 'NotFoundError', message: `File "${hashes.sha256}" not found` });
    expect(await client.lookup(hashes.md5)).toMatchObject({ kind: 'unproven-unknown' });
  });

  test('a report for the MD5 that does not name it is a protocol error', async () => {
    server.fault = () => ({ type: 'raw', status: 200, body: JSON.stringify(fileReport({ sha256: hashes.sha256 })) });
    expect(await client.lookup(hashes.md5)).toMatchObject({ kind: 'error', error: { kind: 'protocol', message: expect.stringContaining('does not name the MD5 asked for') } });
  });
});

describe('the key never leaves the client, however the service echoes it', () => {
  const escaped = (text: string) => [...text].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

  test('JSON-escaped and case-folded inside report fields (threat name, engine name, label)', async () => {
    const report = fileReport({ sha256: HASH, malicious: { 'ENGINE-KEY': 'THREAT-KEY' }, suggestedThreatLabel: 'LABEL-KEY' });
    const body = JSON.stringify(report)
      .replaceAll('THREAT-KEY', `Trojan.${escaped(KEY)}`)
      .replaceAll('ENGINE-KEY', `Engine ${KEY.toUpperCase()}`)
      .replaceAll('LABEL-KEY', `label.${escaped(KEY.toUpperCase())}`);
    server.fault = () => ({ type: 'raw', status: 200, body });

    const outcome = await client.lookup(HASH);

    expect(outcome).toMatchObject({ kind: 'found', report: { detections: [{ engine: 'Engine ***', result: 'Trojan.***' }], suggestedThreatLabel: 'label.***' } });
    expect(JSON.stringify(outcome).toLowerCase()).not.toContain(KEY.toLowerCase());
  });

  // JSON may write "/" as \/ (and ", \ and control characters escaped): such a key is not in the text as it is.
  test.each([
    ['a slash', 'key/with/slash-0123456789', (key: string) => key.replaceAll('/', '\\/')],
    ['a quote', 'key"with"quote-0123456789', (key: string) => key.replaceAll('"', '\\"')],
  ])('with %s, escaped without \\u in the body: still taken out', async (_, slashKey, escape) => {
    server.apiKeys.add(slashKey);
    const slashClient = new ReputationClient({ apiUrl: server.url, apiKey: slashKey, userAgent: 'x', requestTimeoutMs: 2_000 }, httpTransport({}));
    try {
      const body = JSON.stringify(fileReport({ sha256: HASH, malicious: { Engine: 'THREAT-KEY' } })).replaceAll('THREAT-KEY', `Trojan.${escape(slashKey)}`);
      expect(body).not.toContain(slashKey);
      server.fault = () => ({ type: 'raw', status: 200, body });

      const outcome = await slashClient.lookup(HASH);

      expect(outcome).toMatchObject({ kind: 'found', report: { detections: [{ engine: 'Engine', result: 'Trojan.***' }] } });
    } finally {
      slashClient.dispose();
    }
  });

  test('in an error message clipped in the middle of it, JSON-escaped: no part of it survives', async () => {
    // The key starts 20 characters before the 300-character cut.
    const message = `${'x'.repeat(279)}${escaped(KEY)} and more`;
    server.fault = () => ({ type: 'raw', status: 400, body: `{"error":{"code":"BadRequestError","message":"${message}"}}` });

    const outcome = await client.lookup(HASH);

    expect(outcome).toMatchObject({ kind: 'error', error: { message: expect.stringContaining(`${'x'.repeat(279)}*** and more`) } });
    expect(JSON.stringify(outcome)).not.toContain(KEY.slice(0, 8));
  });

  test.each([
    ['content-encoding', 200],
    ['content-type', 200],
    ['retry-after', 429],
  ] as const)('in the %s header, longer than the header is shown: no piece of it survives the clip', async (header, status) => {
    const longKey = `${'k'.repeat(24)}-${'0123456789abcdef'.repeat(5)}-long`;
    server.apiKeys.add(longKey);
    const longClient = new ReputationClient({ apiUrl: server.url, apiKey: longKey, userAgent: 'x', requestTimeoutMs: 2_000 }, httpTransport({}));
    try {
      for (const value of [longKey, `v=${longKey.toUpperCase()}`]) {
        server.fault = () => ({ type: 'raw', status, body: '{}', headers: { [header]: value } });

        const text = JSON.stringify(await longClient.lookup(HASH)).toLowerCase();

        for (let at = 0; at + 12 <= longKey.length; at++) expect(text).not.toContain(longKey.slice(at, at + 12).toLowerCase());
      }
    } finally {
      longClient.dispose();
    }
  });

  test('case-folded in a host name (a redirect elsewhere)', async () => {
    server.fault = () => ({ type: 'raw', status: 302, body: '', headers: { location: `http://${KEY.toUpperCase()}.invalid/files/x` } });

    const outcome = await client.lookup(HASH);

    expect(outcome).toMatchObject({ kind: 'error', error: { message: expect.stringContaining('redirected to another origin (http://***.invalid)') } });
  });
});

describe('messages say what happened', () => {
  test('a gzip-encoded body says so', async () => {
    server.fault = () => ({ type: 'raw', status: 200, body: gzipSync(JSON.stringify(fileReport({ sha256: HASH }))), headers: { 'content-encoding': 'gzip' } });

    expect(await client.lookup(HASH)).toMatchObject({
      kind: 'error',
      error: { kind: 'protocol', message: 'Invalid answer: the body is compressed (content-encoding: gzip), though the request asked for none (accept-encoding: identity).' },
    });
  });

  test('the client asks for no compression', async () => {
    await client.lookup(HASH);
    expect(server.requests[0]!.acceptEncoding).toBe('identity');
  });

  test('a body cut short says it was cut short, and is retried as transient', async () => {
    server.fault = () => ({ type: 'cut-short', body: '{"data": {"id": "', declaredLength: 1000 });

    expect(await client.lookup(HASH)).toMatchObject({
      kind: 'error',
      error: { kind: 'transient', message: 'The answer was cut short: 17 of 1000 bytes arrived before the connection closed.' },
    });
  });

  test.each(['1e400', '12345678901234567890', '-0.5e999'])('an out-of-range count %s is quoted as sent', async (number) => {
    const body = JSON.stringify(fileReport({ sha256: HASH })).replace('"malicious":0', `"malicious":${number}`);
    server.fault = () => ({ type: 'raw', status: 200, body });

    expect(await client.lookup(HASH)).toMatchObject({ kind: 'error', error: { kind: 'protocol', message: `Invalid answer: last_analysis_stats.malicious is not a count: ${number}.` } });
  });

  test('a long service text is clipped to a few hundred characters', async () => {
    server.fault = () => ({ type: 'status', status: 400, code: 'BadRequestError', message: 'y'.repeat(100_000) });

    const outcome = await client.lookup(HASH);

    expect(outcome.kind === 'error' && outcome.error.message.length).toBeLessThan(400);
    expect(outcome).toMatchObject({ error: { message: expect.stringMatching(/y…\)\.$/) } });
  });
});

test('an attempt abandoned at the deadline closes its socket even when the headers never complete', async () => {
  server.fault = () => ({ type: 'slow-headers', intervalMs: 20 });
  const slow = new ReputationClient({ apiUrl: server.url, apiKey: KEY, userAgent: 'x', requestTimeoutMs: 150 }, httpTransport({}));
  try {
    for (let attempt = 0; attempt < 4; attempt++) {
      expect(await slow.lookup(HASH)).toMatchObject({ kind: 'error', error: { kind: 'transient', message: 'No complete answer within 0.15 s.' } });
    }
    // The server still drips headers into any socket left open; each abandoned one must close.
    await until(() => server.openSockets === 0);
    expect(server.openSockets).toBe(0);
    expect(server.peakSockets).toBeLessThanOrEqual(2); // never piling up: 4 attempts, at most the closing one and the next
  } finally {
    slow.dispose();
  }
});

test('an answer that is not valid HTTP and echoes the key far into a line: the key is taken out before the text is clipped', async () => {
  const echo = net.createServer((socket) => {
    socket.on('data', () => socket.end(`HTTP/1.1 200 OK\r\nx-debug ${'.'.repeat(70)} refused key ${KEY.toUpperCase()} for this route\r\n\r\n`));
    socket.on('error', () => {});
  });
  await once(echo.listen(0, '127.0.0.1'), 'listening');
  onTestFinished(() => new Promise<void>((resolve) => echo.close(() => resolve())));
  const echoing = new ReputationClient({ apiUrl: `http://127.0.0.1:${(echo.address() as AddressInfo).port}/api/v3`, apiKey: KEY, userAgent: 'x', requestTimeoutMs: 2_000 }, httpTransport({}));
  onTestFinished(() => echoing.dispose());

  const outcome = await echoing.lookup(HASH);

  expect(outcome).toMatchObject({
    kind: 'error',
    error: { kind: 'protocol', message: expect.stringMatching(/^Invalid answer: a header line of the answer is malformed \(".*refused key \*\*\* for this route"\)\.$/) },
  });
  expect(JSON.stringify(outcome).toLowerCase()).not.toContain(KEY.slice(0, 8).toLowerCase());
});

describe('IPv6 literals', () => {
  test('http://[::1]:PORT/api/v3 reaches the host', async (context) => {
    const v6 = await VtServer.start({ apiKeys: [KEY], host: '::1' }).catch((error: NodeJS.ErrnoException) => {
      context.skip(`this machine has no IPv6 loopback (${error.code})`);
      throw error;
    });
    const v6client = new ReputationClient({ apiUrl: v6.url, apiKey: KEY, userAgent: 'x', requestTimeoutMs: 2_000 }, httpTransport({}));
    try {
      v6.reports.set(HASH, fileReport({ sha256: HASH }));
      expect(v6.url).toMatch(/^http:\/\/\[::1\]:\d+\/api\/v3$/);

      expect(await v6client.lookup(HASH)).toMatchObject({ kind: 'found' });
      expect(v6.requests).toMatchObject([{ path: `/api/v3/files/${HASH}`, host: `[::1]:${v6.port}` }]);
    } finally {
      v6client.dispose();
      await v6.close();
    }
  });
});

/** Waits until `condition` holds, checking every few milliseconds; the test's timeout bounds it. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}
