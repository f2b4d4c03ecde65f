// The HTTP port's connections (src/adapters/http.ts) against a bare TCP server on loopback that writes
// answers byte for byte: when a connection is reused, when it is not, and what goes again.
import { once } from 'node:events';
import net, { type AddressInfo, type Socket } from 'node:net';
import { Readable } from 'node:stream';
import { describe, expect, onTestFinished, test } from 'vitest';
import { httpTransport, type ProxyVariables } from '../../src/adapters/http.ts';
import type { HttpRequest, HttpTransport } from '../../src/core/reputation/client.ts';

const OK = 'HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok';

/** What the server saw: one entry per connection, the requests' heads on it in order. */
interface Wire {
  url: string;
  connections: string[][];
}

/** A server whose `answer` decides, per request (numbered from 0 across connections), what bytes to write back. */
async function wireServer(answer: (index: number, socket: Socket, head: string) => void): Promise<Wire> {
  const wire: Wire = { url: '', connections: [] };
  let index = 0;
  const sockets = new Set<Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    const heads: string[] = [];
    wire.connections.push(heads);
    let buffered = '';
    socket.on('error', () => {});
    socket.setEncoding('latin1').on('data', (text: string) => {
      buffered += text;
      for (let end = buffered.indexOf('\r\n\r\n'); end !== -1; end = buffered.indexOf('\r\n\r\n')) {
        const head = buffered.slice(0, end);
        buffered = buffered.slice(end + 4);
        // A body with a length is skipped; these tests send small ones.
        const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? 0);
        buffered = buffered.slice(length);
        heads.push(head.split('\r\n')[0]!);
        answer(index++, socket, head);
      }
    });
  });
  await once(server.listen(0, '127.0.0.1'), 'listening');
  onTestFinished(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  wire.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return wire;
}

function transport(socketTimeoutMs = 2_000, proxyVariables: ProxyVariables = {}): HttpTransport {
  const http = httpTransport(proxyVariables)({ userAgent: 'test', socketTimeoutMs });
  onTestFinished(() => http.dispose());
  return http;
}

function get(path: string, wire: Wire, signal = AbortSignal.timeout(2_000)): HttpRequest {
  return { method: 'GET', url: `${wire.url}${path}`, headers: {}, maxBodyBytes: 1024, signal };
}

test('one connection carries request after request while the answers allow it', async () => {
  const wire = await wireServer((_, socket) => socket.write(OK));
  const http = transport();

  for (const path of ['/a', '/b', '/c']) expect((await http.send(get(path, wire))).body.toString()).toBe('ok');

  expect(wire.connections).toEqual([['GET /a HTTP/1.1', 'GET /b HTTP/1.1', 'GET /c HTTP/1.1']]);
});

test.each([
  ['connection: close', 'HTTP/1.1 200 OK\r\nconnection: close\r\ncontent-length: 2\r\n\r\nok'],
  ['more bytes than the answer', `${OK}HTTP/1.1 200 OK\r\ncontent-length: 6\r\n\r\nforged`],
  ['HTTP/1.0', 'HTTP/1.0 200 OK\r\ncontent-length: 2\r\n\r\nok'],
])('after an answer with %s, the next request opens a new connection', async (_, first) => {
  const wire = await wireServer((index, socket) => socket.write(index === 0 ? first : OK));
  const http = transport();

  expect((await http.send(get('/a', wire))).body.toString()).toBe('ok');
  expect((await http.send(get('/b', wire))).body.toString()).toBe('ok');

  expect(wire.connections).toEqual([['GET /a HTTP/1.1'], ['GET /b HTTP/1.1']]);
});

test('a kept-alive connection the server drops without answering: a GET goes again on a new one', async () => {
  const wire = await wireServer((index, socket) => (index === 1 ? socket.destroy() : socket.write(OK)));
  const http = transport();

  await http.send(get('/a', wire));
  expect((await http.send(get('/b', wire))).status).toBe(200);

  expect(wire.connections).toEqual([['GET /a HTTP/1.1', 'GET /b HTTP/1.1'], ['GET /b HTTP/1.1']]);
});

test('a new connection dropped without an answer is not tried again: the error is the caller’s', async () => {
  const wire = await wireServer((_, socket) => socket.destroy());

  await expect(transport().send(get('/a', wire))).rejects.toMatchObject({ code: 'ECONNRESET' });
  expect(wire.connections).toHaveLength(1);
});

test('a POST on a dropped kept-alive connection is not sent twice', async () => {
  const wire = await wireServer((index, socket) => (index === 1 ? socket.destroy() : socket.write(OK)));
  const http = transport();
  await http.send(get('/a', wire));

  const post = { ...get('/upload', wire), method: 'POST' as const, headers: { 'content-length': '4' }, body: Readable.from([Buffer.from('data')]) };
  await expect(http.send(post)).rejects.toMatchObject({ code: 'ECONNRESET' });
  expect(wire.connections.flat().filter((line) => line.startsWith('POST'))).toHaveLength(1);
});

test('an answer that comes while the body is still being sent is taken, and the connection not reused', async () => {
  const wire = await wireServer((index, socket) => socket.write(index === 0 ? 'HTTP/1.1 413 Payload Too Large\r\ncontent-length: 0\r\n\r\n' : OK));
  const http = transport();
  // A body that never ends: the answer must not wait for it.
  const endless = new Readable({ read() {} });
  endless.push(Buffer.alloc(1024));

  const answer = await http.send({ ...get('/upload', wire), method: 'POST', headers: { 'content-length': String(1024 * 1024) }, body: endless });

  expect(answer.status).toBe(413);
  expect(endless.destroyed).toBe(true);
  await http.send(get('/next', wire));
  expect(wire.connections).toHaveLength(2);
});

test('a body that ends short of its content-length fails the request and closes the connection', async () => {
  const wire = await wireServer((_, socket, head) => head.startsWith('GET') && socket.write(OK));
  const http = transport();

  const short = { ...get('/upload', wire), method: 'POST' as const, headers: { 'content-length': '10' }, body: Readable.from([Buffer.from('four')]) };
  await expect(http.send(short)).rejects.toThrow('the request body ended after 4 of its 10 bytes');
  await http.send(get('/next', wire));

  // The failed POST's connection (if its head got out at all) carries nothing more.
  expect(wire.connections.filter((heads) => heads.includes('GET /next HTTP/1.1'))).toEqual([['GET /next HTTP/1.1']]);
});

test('an abort closes the connection mid-answer and rejects with its reason', async () => {
  const wire = await wireServer((index, socket) => socket.write(index === 0 ? 'HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\npartial' : OK));
  const abort = new AbortController();
  const http = transport();

  const pending = http.send(get('/a', wire, abort.signal));
  await new Promise((resolve) => setTimeout(resolve, 50));
  abort.abort(new Error('deadline'));

  await expect(pending).rejects.toThrow('deadline');
  await http.send(get('/b', wire));
  expect(wire.connections).toEqual([['GET /a HTTP/1.1'], ['GET /b HTTP/1.1']]); // the aborted connection was not reused
});

test('a silent connection is given up after the socket timeout', async () => {
  const wire = await wireServer(() => {});

  await expect(transport(100).send(get('/a', wire))).rejects.toMatchObject({ code: 'ETIMEDOUT', message: 'no data for 0.1 s' });
});

test('a body of unknown length is sent chunked', async () => {
  const sink = await chunkedSink();

  await transport().send({
    method: 'POST',
    url: sink.url,
    headers: {},
    body: Readable.from([Buffer.from('abc'), Buffer.from('defghijklmnopq')]),
    maxBodyBytes: 1024,
    signal: AbortSignal.timeout(2_000),
  });

  expect(sink.received[0]).toMatch(/^POST \/upload HTTP\/1\.1\r\nhost: 127\.0\.0\.1:\d+\r\nuser-agent: test\r\ntransfer-encoding: chunked\r\n\r\n3\r\nabc\r\ne\r\ndefghijklmnopq\r\n0\r\n\r\n$/);
});

test('an abort before any answer on a reused connection is not tried again on a new one', async () => {
  const wire = await wireServer((index, socket) => index === 0 && socket.write(OK));
  const http = transport();
  await http.send(get('/a', wire));
  const abort = new AbortController();

  const pending = http.send(get('/b', wire, abort.signal));
  await until(() => wire.connections.flat().length === 2);
  abort.abort(new Error('deadline'));

  await expect(pending).rejects.toThrow('deadline');
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(wire.connections).toHaveLength(1);
});

test('after dispose(), a request under way is not sent again, and nothing new is sent', async () => {
  const wire = await wireServer((index, socket) => index === 0 && socket.write(OK));
  const http = transport();
  await http.send(get('/a', wire));

  const pending = http.send(get('/b', wire));
  await until(() => wire.connections.flat().length === 2);
  http.dispose();

  await expect(pending).rejects.toMatchObject({ code: 'ERR_TRANSPORT_CLOSED' });
  await expect(http.send(get('/c', wire))).rejects.toMatchObject({ code: 'ERR_TRANSPORT_CLOSED' });
  expect(wire.connections.flat()).toEqual(['GET /a HTTP/1.1', 'GET /b HTTP/1.1']);
});

test('a connection the server half-closed while idle is not picked for the next request', async () => {
  const wire = await wireServer((index, socket) => {
    socket.write(OK);
    if (index === 0) socket.end(); // its FIN, without connection: close
  });
  const http = transport();
  await http.send(get('/a', wire));
  await new Promise((resolve) => setTimeout(resolve, 50));

  const upload = { ...get('/upload', wire), method: 'POST' as const, headers: { 'content-length': '4' }, body: Readable.from([Buffer.from('data')]) };
  expect((await http.send(upload)).status).toBe(200);
  expect(wire.connections).toEqual([['GET /a HTTP/1.1'], ['POST /upload HTTP/1.1']]);
});

test('a body of strings and empty chunks is framed by its bytes, and the empty chunk does not end it', async () => {
  const sink = await chunkedSink();

  const body = Readable.from(['abc', Buffer.alloc(0), 'é€'], { objectMode: true });
  await transport().send({ method: 'POST', url: sink.url, headers: {}, body, maxBodyBytes: 1024, signal: AbortSignal.timeout(2_000) });

  expect(sink.received.map((request) => request.slice(request.indexOf('\r\n\r\n') + 4))).toEqual([`3\r\nabc\r\n5\r\n${Buffer.from('é€').toString('latin1')}\r\n0\r\n\r\n`]);
});

/** A server that takes one chunked upload per connection (to its last chunk), records it whole, and answers OK. */
async function chunkedSink(): Promise<{ url: string; received: string[] }> {
  const received: string[] = [];
  const server = net.createServer((socket) => {
    let text = '';
    socket.setEncoding('latin1').on('data', (chunk: string) => {
      text += chunk;
      if (text.endsWith('0\r\n\r\n')) {
        received.push(text);
        socket.end(OK);
      }
    });
  });
  await once(server.listen(0, '127.0.0.1'), 'listening');
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/upload`, received };
}

describe('through a proxy that answers the tunnel request itself', () => {
  /** A proxy that answers every CONNECT with `answer` and keeps reading. */
  async function proxy(answer: string): Promise<ProxyVariables> {
    const wire = await wireServer((_, socket) => socket.write(answer));
    return { http_proxy: wire.url };
  }

  test.each([
    [
      'a 407 with a body, as Squid sends it',
      'HTTP/1.1 407 Proxy Authentication Required\r\nproxy-authenticate: Basic realm="x"\r\ncontent-length: 20\r\n\r\n<html>denied</html>\n',
      'HTTP 407 Proxy Authentication Required',
      false,
    ],
    ['a 403 whose body ends with the connection', 'HTTP/1.1 403 Forbidden\r\nconnection: close\r\n\r\nblocked by policy', 'HTTP 403 Forbidden', false],
    ['a 502', 'HTTP/1.1 502 Bad Gateway\r\ncontent-length: 3\r\n\r\nbad', 'HTTP 502 Bad Gateway', true],
  ])('%s: refused, as the proxy said, its body unread', async (_, answer, said, retryable) => {
    const variables = await proxy(answer);

    const error = await transport(2_000, variables)
      .send({ method: 'GET', url: 'http://vt.proxy-test.invalid/api/v3/files/x', headers: {}, maxBodyBytes: 1024, signal: AbortSignal.timeout(2_000) })
      .catch((e: unknown) => e);

    expect(error).toMatchObject({
      code: 'ERR_PROXY_TUNNEL',
      retryable,
      message: `the proxy ${variables.http_proxy!.slice('http://'.length)} refused the tunnel to vt.proxy-test.invalid:80 (${said})`,
    });
  });

  test('bytes that come with the tunnel’s 200, before any request, are read as the start of the answer', async () => {
    const variables = await proxy(`HTTP/1.1 200 Connection established\r\n\r\n${OK}`);

    const answer = await transport(1_000, variables).send({ method: 'GET', url: 'http://vt.proxy-test.invalid/api/v3/files/x', headers: {}, maxBodyBytes: 1024, signal: AbortSignal.timeout(2_000) });

    expect(answer.body.toString()).toBe('ok');
  });
});

/** Waits until `condition` holds, checking every few milliseconds; the test's timeout bounds it. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
