// The core's HTTP port on node:http and node:https, shared by both front doors: one keep-alive agent
// per route, HTTP CONNECT tunnels through a proxy (src/adapters/proxy.ts says which), no redirects
// and no retries (the core's client does both, with the key's safety in mind). It replaces
// @actions/http-client, whose top-level imports (undici for a proxy dispatcher we never used, and
// tunnel) were a third of the action's start-up. node:http and node:https load on the first request:
// a run that asks nothing starts without them.
import type { Agent, ClientRequest, IncomingMessage, RequestOptions } from 'node:http';
import type { RequestOptions as SecureRequestOptions } from 'node:https';
import type { Duplex, Readable } from 'node:stream';
import type { HttpTransport, HttpTransportFactory } from '../core/reputation/client.js';
import { bareHost, defaultPort, proxyFor, type ProxyRoute, type ProxyVariables } from './proxy.js';

export type { ProxyVariables } from './proxy.js';

/** The transport factory for the core; `proxyVariables` come from the front door (process.env there). */
export function httpTransport(proxyVariables: ProxyVariables): HttpTransportFactory {
  return ({ userAgent, socketTimeoutMs }) => new NodeTransport(userAgent, socketTimeoutMs, proxyVariables);
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

interface HttpModule {
  request(options: SecureRequestOptions, onResponse: (response: IncomingMessage) => void): ClientRequest;
  Agent: typeof Agent;
}

/** node:https or node:http, loaded when first asked for. */
function builtin(secure: boolean): HttpModule {
  return secure ? process.getBuiltinModule('node:https') : process.getBuiltinModule('node:http');
}

class NodeTransport implements HttpTransport {
  private readonly agents = new Map<string, Agent>();
  /** Tunnel requests (CONNECT) not yet answered: dispose() ends them too. */
  private readonly tunnels = new Set<ClientRequest>();

  private readonly userAgent: string;
  private readonly socketTimeoutMs: number;
  private readonly proxyVariables: ProxyVariables;

  constructor(userAgent: string, socketTimeoutMs: number, proxyVariables: ProxyVariables) {
    this.userAgent = userAgent;
    this.socketTimeoutMs = socketTimeoutMs;
    this.proxyVariables = proxyVariables;
  }

  get(url: string, headers: Record<string, string>, signal: AbortSignal): Promise<IncomingMessage> {
    return this.send('GET', url, headers, signal);
  }

  post(url: string, headers: Record<string, string>, body: Readable, signal: AbortSignal): Promise<IncomingMessage> {
    return this.send('POST', url, headers, signal, body);
  }

  dispose(): void {
    for (const agent of this.agents.values()) agent.destroy();
    this.agents.clear();
    for (const tunnel of this.tunnels) tunnel.destroy();
  }

  private send(method: string, url: string, headers: Record<string, string>, signal: AbortSignal, body?: Readable): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      const agent = this.agentFor(secure, proxyFor(target, this.proxyVariables));
      const request = builtin(secure).request({ ...requestOptions(method, target, headers, this.userAgent), agent, signal }, resolve);
      request.once('error', reject);
      // A socket silent this long is given up, whatever the caller's own deadline.
      request.setTimeout(this.socketTimeoutMs, () => request.destroy(Object.assign(new Error(`no data for ${this.socketTimeoutMs / 1000} s`), { code: 'ETIMEDOUT' })));
      if (!body) {
        request.end();
        return;
      }
      // Streamed as read, never held whole; a body that fails to read fails the request at once.
      body.once('error', (error) => request.destroy(error));
      request.once('close', () => body.destroy());
      body.pipe(request);
    });
  }

  private agentFor(secure: boolean, proxy: ProxyRoute | null): Agent {
    const key = `${secure ? 'https' : 'http'} via ${proxy ? `${proxy.protocol}//${proxy.display} ${proxy.authorization ?? ''}` : 'direct'}`;
    let agent = this.agents.get(key);
    if (!agent) {
      agent = proxy ? this.tunnelAgent(secure, proxy) : new (builtin(secure).Agent)({ keepAlive: true });
      this.agents.set(key, agent);
    }
    return agent;
  }

  /** A keep-alive agent whose every connection is a tunnel through `proxy`; TLS to the service runs inside it. */
  private tunnelAgent(secure: boolean, proxy: ProxyRoute): Agent {
    const open = (authority: string) => this.openTunnel(proxy, authority);
    const Base = builtin(secure).Agent;
    class TunnelAgent extends Base {
      override createConnection(options: RequestOptions, created?: (error: Error | null, socket: Duplex) => void): undefined {
        open(authorityOf(options)).then(
          (socket) => created?.(null, secure ? super.createConnection({ ...options, socket } as RequestOptions)! : socket),
          (error: Error) => created?.(error, undefined as unknown as Duplex),
        );
        return undefined;
      }
    }
    return new TunnelAgent({ keepAlive: true });
  }

  /** Asks `proxy` for a tunnel to `authority` (host:port) and resolves with the tunnel's socket. */
  private openTunnel(proxy: ProxyRoute, authority: string): Promise<Duplex> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = { host: authority };
      if (proxy.authorization) headers['proxy-authorization'] = proxy.authorization;
      // An https:// proxy's certificate is checked against its own name: Node would take the Host header's (the service's). No SNI for an address.
      const servername = /^[\d.]+$|:/.test(proxy.host) ? '' : proxy.host;
      const connect = builtin(proxy.protocol === 'https:').request({ host: proxy.host, port: proxy.port, method: 'CONNECT', path: authority, headers, agent: false, servername }, () => {});
      this.tunnels.add(connect);
      const fail = (error: ProxyTunnelError) => {
        clearTimeout(timer);
        this.tunnels.delete(connect);
        connect.destroy();
        reject(error);
      };
      const timer = setTimeout(
        () => fail(new ProxyTunnelError(`the proxy ${proxy.display} did not answer the request for a tunnel within ${this.socketTimeoutMs / 1000} s`, true)),
        this.socketTimeoutMs,
      );
      connect.once('error', (error: NodeJS.ErrnoException) => fail(new ProxyTunnelError(`could not reach the proxy ${proxy.display} (${error.code ?? error.message})`, true)));
      connect.once('connect', (response: IncomingMessage, socket: Duplex, head: Buffer) => {
        const status = response.statusCode ?? 0;
        if (status < 200 || status > 299) {
          socket.destroy();
          const said = `HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`;
          fail(new ProxyTunnelError(`the proxy ${proxy.display} refused the tunnel to ${authority} (${said})`, status < 400 || status > 499));
          return;
        }
        clearTimeout(timer);
        this.tunnels.delete(connect);
        if (head.length > 0) socket.unshift(head);
        resolve(socket);
      });
      connect.end();
    });
  }
}

/** The options of one request to `target`: the host without IPv6 brackets (Node would look "[::1]" up in DNS; it adds them back in the Host header). */
export function requestOptions(method: string, target: URL, headers: Record<string, string>, userAgent: string): RequestOptions {
  return {
    method,
    host: bareHost(target.hostname),
    port: Number(target.port) || defaultPort(target),
    path: target.pathname + target.search,
    headers: { ...headers, 'user-agent': userAgent },
  };
}

/** host:port for CONNECT, an IPv6 address in brackets. */
function authorityOf(options: RequestOptions): string {
  const host = String(options.host);
  return `${host.includes(':') ? `[${host}]` : host}:${options.port}`;
}
