// The core's HTTP port, shared by both front doors: HTTP/1.1 (src/adapters/http1.ts) over node:net and
// node:tls, kept-alive connections per route, HTTP CONNECT tunnels through a proxy (src/adapters/proxy.ts
// says which), no redirects and no retries (the core's client does both, with the key's safety in
// mind). One connection carries one exchange at a time; the core decides how many run at once.
import type { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import type { HttpRequest, HttpResponse, HttpTransport, HttpTransportFactory } from '../core/reputation/client.js';
import { requestHead, ResponseReader, type Response } from './http1.js';
import { bareHost, defaultPort, proxyFor, type ProxyRoute, type ProxyVariables } from './proxy.js';

export type { ProxyVariables } from './proxy.js';

/** The transport factory for the core; `proxyVariables` come from the front door (process.env there). */
export function httpTransport(proxyVariables: ProxyVariables): HttpTransportFactory {
  return ({ userAgent, socketTimeoutMs }) => new SocketTransport(userAgent, socketTimeoutMs, proxyVariables);
}

/** A proxy that could not be reached or refused the tunnel. `retryable` is false when it answered 4xx: asking again changes nothing. */
export class ProxyTunnelError extends Error {
  readonly code = 'ERR_PROXY_TUNNEL';
  readonly retryable: boolean;

  constructor(message: string, retryable: boolean) {
    super(message);
    this.retryable = retryable;
  }
}

/** Where a request goes: the service's host and port, directly or through a proxy. */
interface Route {
  key: string;
  secure: boolean;
  host: string;
  port: number;
  proxy: ProxyRoute | null;
}

/** One exchange on a connection: the bytes of its answer go to `reader`; it settles once. */
interface Exchange {
  reader: ResponseReader;
  settle(error: Error | null, response?: Response, rest?: Buffer): void;
}

/** A socket with the exchange it carries now (none while idle) and the route it belongs to. */
interface Connection {
  socket: Socket;
  route: Route;
  exchange: Exchange | null;
}

class SocketTransport implements HttpTransport {
  /** Kept-alive connections waiting for a request, by route, the most recently used last. */
  private readonly idle = new Map<string, Connection[]>();
  /** Every open connection and every tunnel being opened: dispose() closes them all. */
  private readonly sockets = new Set<Socket>();

  private readonly userAgent: string;
  private readonly socketTimeoutMs: number;
  private readonly proxyVariables: ProxyVariables;

  constructor(userAgent: string, socketTimeoutMs: number, proxyVariables: ProxyVariables) {
    this.userAgent = userAgent;
    this.socketTimeoutMs = socketTimeoutMs;
    this.proxyVariables = proxyVariables;
  }

  async send(request: HttpRequest): Promise<HttpResponse> {
    const target = new URL(request.url);
    const route = this.routeFor(target);
    const head = requestHead(
      request.method,
      target.pathname + target.search,
      target.host,
      { ...request.headers, 'user-agent': this.userAgent },
      request.body !== undefined && request.headers['content-length'] === undefined,
    );
    // A kept-alive connection the server closed just as it was picked answers nothing: a GET goes again on a new one.
    for (;;) {
      const reused = this.takeIdle(route);
      const connection = reused ?? (await this.connect(route, target));
      try {
        return await this.exchange(connection, head, request);
      } catch (error) {
        if (!(reused && request.body === undefined && error instanceof NoAnswer)) throw error instanceof NoAnswer ? error.cause : error;
      }
    }
  }

  dispose(): void {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    this.idle.clear();
  }

  private routeFor(target: URL): Route {
    const secure = target.protocol === 'https:';
    const host = bareHost(target.hostname);
    const port = Number(target.port) || defaultPort(target);
    const proxy = proxyFor(target, this.proxyVariables);
    const via = proxy ? `${proxy.protocol}//${proxy.display} ${proxy.authorization ?? ''}` : 'direct';
    return { key: `${target.protocol}//${target.host} via ${via}`, secure, host, port, proxy };
  }

  private takeIdle(route: Route): Connection | undefined {
    const waiting = this.idle.get(route.key);
    let connection = waiting?.pop();
    while (connection && connection.socket.destroyed) connection = waiting?.pop();
    connection?.socket.ref();
    return connection;
  }

  /** Sends `head` (and the body) on `connection` and reads the answer; the connection is kept for reuse when the answer allows. */
  private exchange(connection: Connection, head: string, request: HttpRequest): Promise<HttpResponse> {
    const { socket } = connection;
    const { body, signal } = request;
    return new Promise<HttpResponse>((resolve, reject) => {
      let sending = body !== undefined;
      const onAbort = () => exchange.settle(signal.reason instanceof Error ? signal.reason : new Error('the request was aborted'));
      const exchange: Exchange = {
        reader: new ResponseReader(request.maxBodyBytes),
        settle: (error, response, rest) => {
          if (connection.exchange !== exchange) return;
          connection.exchange = null;
          signal.removeEventListener('abort', onAbort);
          body?.destroy();
          if (error) {
            socket.destroy();
            // Nothing of an answer came on a reused connection: the caller may try a new one.
            reject(exchange.reader.started ? error : new NoAnswer(error));
            return;
          }
          // Bytes past the answer, a body still being sent, or a connection the server closes: not reused.
          if (response!.keepAlive && rest!.length === 0 && !sending) this.release(connection);
          else socket.destroy();
          resolve({ status: response!.status, headers: response!.headers, body: response!.body });
        },
      };
      if (signal.aborted) {
        reject(signal.reason instanceof Error ? signal.reason : new Error('the request was aborted'));
        return;
      }
      connection.exchange = exchange;
      signal.addEventListener('abort', onAbort, { once: true });
      socket.write(head, 'latin1');
      if (body) {
        sendBody(socket, body, request.headers['content-length']).then(
          () => (sending = false),
          (error: Error) => exchange.settle(error),
        );
      }
    });
  }

  /** Keeps an answered connection for the next request of its route; idle, it holds no process open. */
  private release(connection: Connection): void {
    connection.socket.unref();
    const waiting = this.idle.get(connection.route.key);
    if (waiting) waiting.push(connection);
    else this.idle.set(connection.route.key, [connection]);
  }

  /** A new connection for `route`: TCP (or TLS) to the service, or a tunnel through the proxy with TLS inside. */
  private async connect(route: Route, target: URL): Promise<Connection> {
    const tls = route.secure ? process.getBuiltinModule('node:tls') : null;
    let socket: Socket;
    if (route.proxy) {
      const tunnel = await this.openTunnel(route.proxy, `${target.hostname}:${route.port}`);
      // `host` is the name the certificate is checked against (the tunnel's socket has none of its own).
      socket = tls ? tls.connect({ socket: tunnel, host: route.host, servername: serverName(route.host), ALPNProtocols: ['http/1.1'] }) : tunnel;
    } else {
      const options = { host: route.host, port: route.port };
      socket = tls ? tls.connect({ ...options, servername: serverName(route.host), ALPNProtocols: ['http/1.1'] }) : process.getBuiltinModule('node:net').connect(options);
    }
    return this.adopt(socket, route);
  }

  /** Wires `socket`'s events to whichever exchange it carries: one set of listeners for its whole life. */
  private adopt(socket: Socket, route: Route): Connection {
    const connection: Connection = { socket, route, exchange: null };
    this.sockets.add(socket);
    socket.setNoDelay(true);
    // A socket silent this long is given up, whatever the caller's own deadline; an idle one is just closed.
    socket.setTimeout(this.socketTimeoutMs, () => {
      connection.exchange?.settle(Object.assign(new Error(`no data for ${this.socketTimeoutMs / 1000} s`), { code: 'ETIMEDOUT' }));
      socket.destroy();
    });
    socket.on('data', (chunk: Buffer) => {
      const exchange = connection.exchange;
      if (!exchange) {
        socket.destroy(); // bytes nobody asked for: the connection cannot be trusted to frame the next answer
        return;
      }
      try {
        const done = exchange.reader.push(chunk);
        if (done) exchange.settle(null, done.response, done.rest);
      } catch (error) {
        exchange.settle(error as Error);
      }
    });
    socket.on('end', () => {
      const exchange = connection.exchange;
      if (!exchange) return;
      try {
        exchange.settle(null, { ...exchange.reader.end(), keepAlive: false }, Buffer.alloc(0));
      } catch (error) {
        exchange.settle(error as Error);
      }
    });
    socket.on('error', (error) => connection.exchange?.settle(error));
    socket.on('close', () => {
      this.sockets.delete(socket);
      connection.exchange?.settle(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    });
    return connection;
  }

  /** Asks `proxy` for a tunnel to `authority` (host:port) and resolves with the tunnel's socket. */
  private openTunnel(proxy: ProxyRoute, authority: string): Promise<Socket> {
    return new Promise((resolve, reject) => {
      const options = { host: proxy.host, port: proxy.port };
      // An https:// proxy's certificate is checked against its own name. No SNI for an address.
      const socket: Socket =
        proxy.protocol === 'https:' ? process.getBuiltinModule('node:tls').connect({ ...options, servername: serverName(proxy.host) }) : process.getBuiltinModule('node:net').connect(options);
      this.sockets.add(socket);
      const reader = new ResponseReader(0, { tunnel: true });
      const finish = (error: ProxyTunnelError | null, rest?: Buffer) => {
        clearTimeout(timer);
        socket.removeListener('data', onData).removeListener('error', onError).removeListener('close', onClose);
        this.sockets.delete(socket);
        if (error) {
          socket.destroy();
          reject(error);
          return;
        }
        if (rest && rest.length > 0) socket.unshift(rest);
        resolve(socket);
      };
      const onData = (chunk: Buffer) => {
        let done: ReturnType<ResponseReader['push']>;
        try {
          done = reader.push(chunk);
        } catch (error) {
          finish(new ProxyTunnelError(`the proxy ${proxy.display} answered the request for a tunnel with something else than HTTP (${(error as Error).message})`, true));
          return;
        }
        if (!done) return;
        const { status, statusText } = done.response;
        if (status < 200 || status > 299) {
          const said = `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
          finish(new ProxyTunnelError(`the proxy ${proxy.display} refused the tunnel to ${authority} (${said})`, status < 400 || status > 499));
          return;
        }
        finish(null, done.rest);
      };
      const onError = (error: NodeJS.ErrnoException) => finish(new ProxyTunnelError(`could not reach the proxy ${proxy.display} (${error.code ?? error.message})`, true));
      const onClose = () => finish(new ProxyTunnelError(`the proxy ${proxy.display} closed the connection before answering the request for a tunnel`, true));
      const timer = setTimeout(
        () => finish(new ProxyTunnelError(`the proxy ${proxy.display} did not answer the request for a tunnel within ${this.socketTimeoutMs / 1000} s`, true)),
        this.socketTimeoutMs,
      );
      socket.on('data', onData).on('error', onError).on('close', onClose);
      const headers: Record<string, string> = proxy.authorization ? { 'proxy-authorization': proxy.authorization } : {};
      socket.write(requestHead('CONNECT', authority, authority, headers), 'latin1');
    });
  }
}

/** No answer at all on a connection: wraps why, so a reused connection's request can go again on a new one. */
class NoAnswer extends Error {
  override readonly cause: Error;

  constructor(cause: Error) {
    super(cause.message);
    this.cause = cause;
  }
}

/**
 * Writes `body` after the head as it is read, never held whole, waiting when the socket is full. With
 * a declared length, exactly that many bytes: more or fewer is an error, never a request cut wrong.
 * Without one, chunked.
 */
async function sendBody(socket: Socket, body: Readable, declared: string | undefined): Promise<void> {
  const length = declared === undefined ? -1 : Number(declared);
  let sent = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    if (socket.destroyed) return;
    sent += chunk.length;
    if (length >= 0 && sent > length) throw new Error(`the request body is longer than its content-length (${length} bytes)`);
    if (length < 0) socket.write(`${chunk.length.toString(16)}\r\n`);
    let written = socket.write(chunk);
    if (length < 0) written = socket.write('\r\n');
    if (!written) await drained(socket);
  }
  if (length >= 0 && sent !== length) throw new Error(`the request body ended after ${sent} of its ${length} bytes`);
  if (length < 0) socket.write('0\r\n\r\n');
}

function drained(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      socket.removeListener('drain', done).removeListener('close', done);
      resolve();
    };
    socket.on('drain', done).on('close', done);
  });
}

/** The TLS server name for `host`: none for an IP address, which SNI cannot carry. */
function serverName(host: string): string | undefined {
  return /^[\d.]+$|:/.test(host) ? undefined : host;
}
