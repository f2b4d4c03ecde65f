// The HTTP port through a proxy, in process: the test proxy (support/connect-proxy.ts) sends every
// tunnel to the test server, so a made-up host name reaches it only through the proxy. The bundled
// action behind a proxy, over HTTPS, is tested end to end in e2e/proxy.e2e.test.ts.
import { once } from 'node:events';
import net, { type AddressInfo, type Socket } from 'node:net';
import { Readable } from 'node:stream';
import { expect, onTestFinished, test } from 'vitest';
import { httpTransport, type ProxyVariables } from '../../src/adapters/http.ts';
import { ReputationClient } from '../../src/core/reputation/client.ts';
import { ConnectProxy } from '../support/connect-proxy.ts';
import { fileReport, sha256Of } from '../support/reports.ts';
import { VtServer } from '../support/vt-server.ts';

const KEY = 'transport-key-3e8b1f-20c4';
const HOST = 'vt.transport-test.invalid';
const HASHES = ['a', 'b', 'c'].map(sha256Of);

async function sandbox(): Promise<{ server: VtServer; proxy: ConnectProxy }> {
  const server = await VtServer.start({ apiKeys: [KEY], reports: HASHES.map((sha256) => [sha256, fileReport({ sha256 })]) });
  onTestFinished(() => server.close());
  const proxy = await ConnectProxy.start(server.port);
  onTestFinished(() => proxy.close());
  return { server, proxy };
}

function clientVia(variables: ProxyVariables, requestTimeoutMs = 2_000): ReputationClient {
  const client = new ReputationClient({ apiUrl: `http://${HOST}:8080/api/v3`, apiKey: KEY, userAgent: 'x', requestTimeoutMs }, httpTransport(variables));
  onTestFinished(() => client.dispose());
  return client;
}

test('lookups one after another share one kept-alive tunnel', async () => {
  const { server, proxy } = await sandbox();
  const client = clientVia({ http_proxy: proxy.url() });

  for (const hash of HASHES) expect(await client.lookup(hash)).toMatchObject({ kind: 'found' });

  expect(server.requests.map((r) => [r.sha256, r.host])).toEqual(HASHES.map((hash) => [hash, `${HOST}:8080`]));
  expect(proxy.authorities).toEqual([`${HOST}:8080`]);
});

test('lookups at once open a tunnel each, all with the credentials of the proxy URL', async () => {
  const { server, proxy } = await sandbox();
  const client = clientVia({ http_proxy: proxy.url('gate-user:pw%3A1') });

  const outcomes = await Promise.all(HASHES.map((hash) => client.lookup(hash)));

  expect(outcomes.map((o) => o.kind)).toEqual(['found', 'found', 'found']);
  expect(server.requests).toHaveLength(3);
  expect(proxy.authorizations).toEqual(HASHES.map(() => `Basic ${Buffer.from('gate-user:pw:1').toString('base64')}`));
});

test('a streamed POST goes through the tunnel as it is read', async () => {
  const { server, proxy } = await sandbox();
  const transport = httpTransport({ http_proxy: proxy.url() })({ userAgent: 'x', socketTimeoutMs: 2_000 });
  onTestFinished(() => transport.dispose());
  const body = Readable.from(['--b\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\n\r\n', 'payload', '\r\n--b--\r\n']);
  const headers = { 'x-apikey': KEY, 'content-type': 'multipart/form-data; boundary=b' };

  const response = await transport.send({ method: 'POST', url: `http://${HOST}:8080/api/v3/files`, headers, body, maxBodyBytes: 1024 * 1024, signal: AbortSignal.timeout(2_000) });

  expect(response.status).toBe(200);
  expect(server.uploads).toMatchObject([{ route: 'files', sha256: sha256Of('payload'), filename: 'a.bin' }]);
  expect(proxy.connects).toBe(1);
});

test('a proxy that cannot be reached: a transient error naming it, the service never asked', async () => {
  const { server } = await sandbox();
  const closed = net.createServer();
  await once(closed.listen(0, '127.0.0.1'), 'listening');
  const { port } = closed.address() as AddressInfo;
  closed.close();

  const outcome = await clientVia({ http_proxy: `http://127.0.0.1:${port}` }).lookup(HASHES[0]!);

  expect(outcome).toEqual({ kind: 'error', error: { kind: 'transient', message: `The service could not be reached through the proxy: could not reach the proxy 127.0.0.1:${port} (ECONNREFUSED).` } });
  expect(server.requests).toEqual([]);
});

test('a proxy that never answers the tunnel request is given up at the deadline, its socket closed', async () => {
  const silent = new Set<Socket>();
  const proxy = net.createServer((socket) => {
    silent.add(socket);
    socket.resume(); // reads (and ignores) the CONNECT, so the client's close is seen
    socket.on('close', () => silent.delete(socket));
  });
  await once(proxy.listen(0, '127.0.0.1'), 'listening');
  onTestFinished(() => new Promise<void>((resolve) => proxy.close(() => resolve())));
  const client = clientVia({ http_proxy: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` }, 150);

  expect(await client.lookup(HASHES[0]!)).toMatchObject({ kind: 'error', error: { kind: 'transient' } });
  await until(() => silent.size === 0);
  expect(silent.size).toBe(0);
});

test('a proxy variable that names no usable proxy: an error for the lookup that says which and why, not retried', async () => {
  const { server } = await sandbox();

  const outcome = await clientVia({ http_proxy: 'socks5://user:secret@127.0.0.1:1080' }).lookup(HASHES[0]!);

  expect(outcome).toEqual({
    kind: 'error',
    error: { kind: 'protocol', message: 'The service could not be reached through the proxy: http_proxy names a socks5 proxy; only http:// and https:// proxies are supported.' },
  });
  expect(server.requests).toEqual([]);
});

/** Waits until `condition` holds, checking every few milliseconds; the test's timeout bounds it. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}
