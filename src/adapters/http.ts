// The core's HTTP port, shared by both front doors: HTTP/1.1 (src/adapters/http1.ts) over node:net and
// node:tls, kept-alive connections per route, HTTP CONNECT tunnels through a proxy (src/adapters/proxy.ts
// says which), no redirects and no retries (the core's client does both, with the key's safety in
// mind). One connection carries one exchange at a time; the core decides how many run at once.
import { connect, isIP, type Socket } from 'node:net';
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
  /** After dispose(), nothing is sent, not even a retry already under way. */
  private disposed = false;

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
      stillWanted(request.signal, this.disposed);
      const reused = this.takeIdle(route);
      const connection = reused ?? (await this.connect(route, target, request.signal));
      try {
        return await this.exchange(connection, head, request);
      } catch (error) {
        if (!(reused && request.body === undefined && error instanceof NoAnswer)) throw error instanceof NoAnswer ? error.cause : error;
      }
    }
  }

  dispose(): void {
    this.disposed = true;
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
    // One the server has half-closed (its FIN read) cannot carry a request, least of all an upload.
    while (connection && (connection.socket.destroyed || !connection.socket.writable || connection.socket.readableEnded)) connection = waiting?.pop();
    connection?.socket.ref();
    return connection;
  }

  /** Sends `head` (and the body) on `connection` and reads the answer; the connection is kept for reuse when the answer allows. */
  private exchange(connection: Connection, head: string, request: HttpRequest): Promise<HttpResponse> {
    const { socket } = connection;
    const { body, signal } = request;
    return new Promise<HttpResponse>((resolve, reject) => {
      let sending = body !== undefined;
      const onAbort = () => exchange.settle(abortReason(signal));
      const exchange: Exchange = {
        reader: new ResponseReader(request.maxBodyBytes),
        settle: (error, response, rest) => {
          if (connection.exchange !== exchange) return;
          connection.exchange = null;
          signal.removeEventListener('abort', onAbort);
          body?.destroy();
          if (error) {
            socket.destroy();
            // Nothing of an answer came on a reused connection: the caller may try a new one (not after an abort).
            reject(exchange.reader.started || signal.aborted ? error : new NoAnswer(error));
            return;
          }
          // Bytes past the answer, a body still being sent, or a connection the server closes: not reused.
          if (response!.keepAlive && rest!.length === 0 && !sending) this.release(connection);
          else socket.destroy();
          resolve({ status: response!.status, headers: response!.headers, body: response!.body });
        },
      };
      if (signal.aborted) {
        socket.destroy();
        reject(abortReason(signal));
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
  private async connect(route: Route, target: URL, signal: AbortSignal): Promise<Connection> {
    let tunnel: Socket | undefined;
    if (route.proxy) {
      tunnel = await this.openTunnel(route.proxy, `${target.hostname}:${route.port}`, signal);
      if (signal.aborted || this.disposed) {
        tunnel.destroy();
        stillWanted(signal, this.disposed);
      }
      if (!route.secure) return this.adopt(tunnel, route);
    } else if (!route.secure) {
      return this.adopt(connect({ host: route.host, port: route.port }), route);
    }
    // `host` is also the name the certificate is checked against (a tunnel's socket has none of its own).
    const socket = process.getBuiltinModule('node:tls').connect({
      ...(tunnel ? { socket: tunnel } : { port: route.port }),
      host: route.host,
      servername: serverName(route.host),
      ALPNProtocols: ['http/1.1'],
    });
    return this.adopt(socket, route);
  }

  /** Wires `socket`'s events to whichever exchange it carries: one set of listeners for its whole life. */
  private adopt(socket: Socket, route: Route): Connection {
    const connection: Connection = { socket, route, exchange: null };
    this.sockets.add(socket);
    socket.setNoDelay(true);
    socket.resume(); // a tunnel's socket comes paused, its first bytes put back
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
      if (!exchange) {
        socket.destroy(); // closed by the server while idle: never to be picked again
        return;
      }
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
  private openTunnel(proxy: ProxyRoute, authority: string, signal: AbortSignal): Promise<Socket> {
    return new Promise((resolve, reject) => {
      const options = { host: proxy.host, port: proxy.port };
      // An https:// proxy's certificate is checked against its own name. No SNI for an address.
      const socket: Socket = proxy.protocol === 'https:' ? process.getBuiltinModule('node:tls').connect({ ...options, servername: serverName(proxy.host) }) : connect(options);
      this.sockets.add(socket);
      const reader = new ResponseReader(0, { tunnel: true });
      const finish = (error: Error | null, rest?: Buffer) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        socket.removeListener('data', onData).removeListener('error', onError).removeListener('close', onClose);
        this.sockets.delete(socket);
        if (error) {
          socket.destroy();
          reject(error);
          return;
        }
        // Paused until the connection's own listeners are on, so bytes after the answer are not lost.
        socket.pause();
        if (rest && rest.length > 0) socket.unshift(rest);
        resolve(socket);
      };
      const onAbort = () => finish(abortReason(signal));
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
      signal.addEventListener('abort', onAbort, { once: true });
      const headers: Record<string, string> = proxy.authorization ? { 'proxy-authorization': proxy.authorization } : {};
      socket.write(requestHead('CONNECT', authority, authority, headers), 'latin1');
    });
  }
}

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error('the request was aborted');
}

/** Throws when the caller gave the request up, or the transport was disposed of: nothing more is sent. */
function stillWanted(signal: AbortSignal, disposed: boolean): void {
  if (signal.aborted) throw abortReason(signal);
  if (disposed) throw Object.assign(new Error('the HTTP transport was closed'), { code: 'ERR_TRANSPORT_CLOSED' });
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
  for await (const piece of body as AsyncIterable<Buffer | string>) {
    if (socket.destroyed) return;
    // Counted in bytes, whatever the stream yields; an empty chunk would read as the body's end.
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
    if (chunk.length === 0) continue;
    sent += chunk.length;
    if (length >= 0 && sent > length) throw new Error(`the request body is longer than its content-length (${length} bytes)`);
    let written: boolean;
    if (length >= 0) written = socket.write(chunk);
    else {
      socket.cork();
      socket.write(`${chunk.length.toString(16)}\r\n`);
      socket.write(chunk);
      written = socket.write('\r\n');
      socket.uncork();
    }
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
  return isIP(host) === 0 ? host : undefined;
}
