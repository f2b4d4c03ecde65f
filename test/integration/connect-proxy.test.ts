// The test proxy itself: the proxy e2e tests rely on its counts and on saw() finding clear text,
// so that "the proxy saw no key" and "the proxy was not used" can fail when they should.
import { once } from 'node:events';
import http from 'node:http';
import type { Socket } from 'node:net';
import { expect, onTestFinished, test } from 'vitest';
import { ConnectProxy } from '../support/connect-proxy.ts';
import { VtServer } from '../support/vt-server.ts';

const KEY = 'proxy-self-test-key';

async function start(): Promise<{ server: VtServer; proxy: ConnectProxy }> {
  const server = await VtServer.start({ apiKeys: [KEY] });
  onTestFinished(() => server.close());
  const proxy = await ConnectProxy.start(server.port);
  onTestFinished(() => proxy.close());
  return { server, proxy };
}

/** Opens a tunnel through the proxy, as a client behind it would. */
async function connect(proxy: ConnectProxy, authority: string, headers: Record<string, string> = {}): Promise<{ status: number; socket: Socket }> {
  const request = http.request({ host: '127.0.0.1', port: proxy.port, method: 'CONNECT', path: authority, headers });
  request.end();
  const [response, socket] = (await once(request, 'connect')) as [http.IncomingMessage, Socket];
  return { status: response.statusCode ?? 0, socket };
}

test('a CONNECT is piped to the target port whatever was asked, recorded, and its clear text is seen', async () => {
  const { server, proxy } = await start();

  const { status, socket } = await connect(proxy, 'anything.invalid:443', { 'proxy-authorization': 'Basic dXNlcjpwdw==' });
  socket.end(`GET /api/v3/files/${'a'.repeat(64)} HTTP/1.1\r\nhost: anything.invalid\r\nx-apikey: ${KEY}\r\nconnection: close\r\n\r\n`);
  const answer = Buffer.concat(await socket.toArray()).toString();

  expect(status).toBe(200);
  expect(answer).toMatch(/^HTTP\/1\.1 404 /); // the test server's NotFoundError: the tunnel reached it
  expect(server.requests).toMatchObject([{ apiKey: KEY, sha256: 'a'.repeat(64) }]);
  expect(proxy.authorities).toEqual(['anything.invalid:443']);
  expect(proxy.authorizations).toEqual(['Basic dXNlcjpwdw==']);
  expect(proxy.saw(KEY)).toBe(true); // from the client
  expect(proxy.saw('NotFoundError')).toBe(true); // from the target
  expect(proxy.saw('not sent by anyone')).toBe(false);
});

test('a plain request for an absolute URL gets 405, is counted apart, and is not forwarded', async () => {
  const { server, proxy } = await start();

  const request = http.request({ host: '127.0.0.1', port: proxy.port, path: 'http://vt.proxy-test.invalid/api/v3/files/x', headers: { 'x-apikey': KEY } });
  request.end();
  const [response] = (await once(request, 'response')) as [http.IncomingMessage];
  response.resume();

  expect(response.statusCode).toBe(405);
  expect(proxy.plainRequests).toBe(1);
  expect(proxy.connects).toBe(0);
  expect(proxy.saw(KEY)).toBe(true);
  expect(server.requests).toEqual([]);
});

test('a refused CONNECT is answered with the configured status and not forwarded', async () => {
  const { server, proxy } = await start();
  proxy.connectStatus = '407 Proxy Authentication Required';

  const { status, socket } = await connect(proxy, 'vt.proxy-test.invalid:443');
  socket.destroy();

  expect(status).toBe(407);
  expect(proxy.connects).toBe(1);
  expect(server.requests).toEqual([]);
});

test('close() ends open tunnels and resolves', async () => {
  const { proxy } = await start();
  const { socket } = await connect(proxy, 'vt.proxy-test.invalid:443');
  const closed = once(socket, 'close');

  await proxy.close();

  await closed;
  expect(socket.destroyed).toBe(true);
});
