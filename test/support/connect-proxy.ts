// A forward proxy for the tests, as a corporate proxy looks to a runner: it answers HTTP CONNECT and
// pipes the tunnel to one fixed local port, whatever host:port was asked, so a made-up host name
// reaches the test server and no traffic ever leaves 127.0.0.1. It records what it was asked and
// every byte it read, to show what a proxy on the path can see. Plain HTTP requests get 405.
// Built on node:net rather than node:http so that "every byte it read" is literally every byte.
import { once } from 'node:events';
import net, { type AddressInfo, type Socket } from 'node:net';
import tls from 'node:tls';

const MAX_HEAD_BYTES = 16 * 1024;

export class ConnectProxy {
  /** The authority (host:port) of each CONNECT, in order of arrival. */
  readonly authorities: string[] = [];
  /** The Proxy-Authorization header of each CONNECT, undefined when absent. */
  readonly authorizations: (string | undefined)[] = [];
  /** Requests other than CONNECT (absolute-form GET and the like), each answered 405. */
  plainRequests = 0;
  /** Status line answered to CONNECT; set e.g. 407 to refuse tunnels. */
  connectStatus = '200 Connection Established';

  /** Each stream the proxy read (one per direction per connection), chunk by chunk. */
  private readonly streams: Buffer[][] = [];
  private readonly sockets = new Set<Socket>();
  private readonly server: net.Server;
  private readonly targetPort: number;

  private readonly secure: boolean;

  private constructor(targetPort: number, certificate?: { key: string; cert: string }) {
    this.targetPort = targetPort;
    this.secure = certificate !== undefined;
    // Half-open on both legs, so that a side's end (FIN) is passed on through the tunnel, not taken
    // for a close: a client may end its request and still be waiting for the answer.
    this.server = certificate ? tls.createServer({ ...certificate, allowHalfOpen: true }, (client) => this.accept(client)) : net.createServer({ allowHalfOpen: true }, (client) => this.accept(client));
  }

  /**
   * Starts a proxy on 127.0.0.1 that sends every tunnel to 127.0.0.1:`targetPort`. With
   * `certificate`, clients speak TLS to the proxy itself (an https:// proxy); what it records is then
   * what it read inside that TLS.
   */
  static async start(targetPort: number, certificate?: { key: string; cert: string }): Promise<ConnectProxy> {
    const proxy = new ConnectProxy(targetPort, certificate);
    proxy.server.listen(0, '127.0.0.1');
    await once(proxy.server, 'listening');
    return proxy;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The proxy URL, as runners set it in https_proxy; `credentials` as `user:password`, already URL-encoded; `host` as the certificate names it. */
  url(credentials?: string, host = '127.0.0.1'): string {
    return `${this.secure ? 'https' : 'http'}://${credentials ? `${credentials}@` : ''}${host}:${this.port}`;
  }

  get connects(): number {
    return this.authorities.length;
  }

  /** Whether `text` occurs in anything the proxy read, from the client or from the target. */
  saw(text: string | Buffer): boolean {
    return this.streams.some((chunks) => Buffer.concat(chunks).includes(text));
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.server.close();
    await once(this.server, 'close');
  }

  private track(socket: Socket): Socket {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy()); // a peer's reset is not a test failure; the other side is closed below
    const chunks: Buffer[] = [];
    this.streams.push(chunks);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    return socket;
  }

  private accept(client: Socket): void {
    this.track(client);
    let head = Buffer.alloc(0);
    const onHead = (chunk: Buffer): void => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end === -1) {
        if (head.length > MAX_HEAD_BYTES) client.destroy();
        return;
      }
      client.off('data', onHead);
      // Hold what follows the head until the tunnel is up: it belongs to the target.
      client.pause();
      this.request(client, head.subarray(0, end).toString('latin1'), head.subarray(end + 4));
    };
    client.on('data', onHead);
  }

  private request(client: Socket, head: string, rest: Buffer): void {
    const [requestLine = '', ...headerLines] = head.split('\r\n');
    const [method, authority = ''] = requestLine.split(' ');
    if (method !== 'CONNECT') {
      this.plainRequests++;
      this.refuse(client, '405 Method Not Allowed', 'allow: CONNECT');
      return;
    }
    const authorization = headerLines.find((line) => /^proxy-authorization:/i.test(line));
    this.authorities.push(authority);
    this.authorizations.push(authorization?.slice(authorization.indexOf(':') + 1).trim());
    if (!this.connectStatus.startsWith('200')) {
      this.refuse(client, this.connectStatus, 'proxy-authenticate: Basic realm="test"');
      return;
    }
    const target = this.track(net.connect({ port: this.targetPort, host: '127.0.0.1', allowHalfOpen: true }));
    target.once('connect', () => {
      client.write(`HTTP/1.1 ${this.connectStatus}\r\n\r\n`);
      target.write(rest);
      client.pipe(target).pipe(client); // pipe() resumes the paused client
    });
    // Whichever side goes away first takes the other with it.
    target.on('close', () => client.destroy());
    client.on('close', () => target.destroy());
  }

  private refuse(client: Socket, status: string, header: string): void {
    client.end(`HTTP/1.1 ${status}\r\n${header}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
    client.resume(); // read on to the client's end, so the socket closes by itself
  }
}
