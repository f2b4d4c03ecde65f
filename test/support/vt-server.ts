// A VirusTotal API v3 compatible server on loopback, for the tests, the demo and the smoke job.
// It answers GET /api/v3/files/{hash} and GET /api/v3/urls/{id} from the reports it holds, checks `x-apikey`, records every
// request, and can be told to misbehave: any status, a reset, a hang, a broken body, a quota.
// With `tls` it serves HTTPS instead, for tests that need the real scheme (e.g. through a proxy).
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { Readable } from 'node:stream';
import { fileReport, type ReportSpec } from './reports.ts';

export interface RecordedRequest {
  method: string;
  path: string;
  /** The hash asked for, lower-cased; null for paths that are not a file lookup. */
  sha256: string | null;
  /** The URL identifier asked for (`/urls/{id}`), as sent; null for other paths. */
  urlId: string | null;
  apiKey: string | undefined;
  userAgent: string | undefined;
  acceptEncoding: string | undefined;
  /** The Host header. */
  host: string | undefined;
  /** Milliseconds since the server started. */
  at: number;
}

/** What the server does with one request instead of answering normally. */
export type Fault =
  | { type: 'status'; status: number; code?: string; message?: string; headers?: Record<string, string> }
  | { type: 'raw'; status: number; body: string | Buffer; contentType?: string; headers?: Record<string, string> }
  | { type: 'reset' }
  | { type: 'hang' }
  /** Sends the status line, then one more header line every `intervalMs`, never ending the headers. */
  | { type: 'slow-headers'; intervalMs: number }
  /** Declares `declaredLength` bytes, sends `body`, then closes the connection. */
  | { type: 'cut-short'; body: string; declaredLength: number };

/**
 * How a 404 NotFoundError reads. `names-hash`: the real service's `File "<hash>" not found` for an
 * unknown hash, and "Resource not found: <path>" for a route it does not serve (the hash only inside
 * the path). `generic`: "Resource not found." for both, naming nothing.
 */
export type NotFoundStyle = 'names-hash' | 'generic';

/** A file the server received by POST, parsed from the multipart body as the service would. */
export interface ReceivedUpload {
  /** `files`: POST /api/v3/files; `upload-url`: POST to a URL from /files/upload_url. */
  route: 'files' | 'upload-url';
  sha256: string;
  size: number;
  filename: string;
  apiKey: string | undefined;
  analysisId: string;
}

/** One step of an analysis as polls see it, one poll per step; the last step repeats. */
export type AnalysisStep = 'not-found' | 'queued' | 'in-progress' | 'completed';

export interface VtServerOptions {
  /** Keys the server accepts; others get 401 WrongCredentialsError. */
  apiKeys?: string[];
  /** Reports by hash: the full v3 body, as the service sends it. */
  reports?: Iterable<[string, unknown]>;
  /** URL reports by the URL they are for (looked up by its unpadded base64url id): the full v3 body. */
  urlReports?: Iterable<[string, unknown]>;
  /** Delay before each answer, in milliseconds. */
  latencyMs?: number;
  /** When set, more requests than this in any 60 s window get 429 QuotaExceededError. */
  requestsPerMinute?: number;
  /** Window length for `requestsPerMinute`, shortened in tests. */
  windowMs?: number;
  port?: number;
  /** The address to listen on: 127.0.0.1 unless set (e.g. ::1). */
  host?: string;
  /** How 404s read; `names-hash` unless set. */
  notFound?: NotFoundStyle;
  /** Serve HTTPS with this PEM key and certificate instead of plain HTTP. */
  tls?: { key: string | Buffer; cert: string | Buffer };
}

export class VtServer {
  readonly requests: RecordedRequest[] = [];
  readonly reports = new Map<string, unknown>();
  /** URL reports by unpadded base64url id. */
  readonly urlReports = new Map<string, unknown>();
  /** Called for each request (0-based index); a returned fault replaces the normal answer. */
  fault: ((request: RecordedRequest, index: number) => Fault | undefined) | undefined;
  apiKeys: Set<string>;
  latencyMs: number;
  requestsPerMinute: number | undefined;
  windowMs: number;
  /** Requests answered 429 because of `requestsPerMinute`. */
  quotaRefusals = 0;
  notFound: NotFoundStyle;
  /** The most connections open at once. */
  peakSockets = 0;
  /** Files received by upload, in order. */
  readonly uploads: ReceivedUpload[] = [];
  /** What polls of each new analysis see, step by step; the last repeats (`['queued']`: never completes). */
  analysisSteps: AnalysisStep[] = ['not-found', 'queued', 'in-progress', 'completed'];
  /** The verdict a completed analysis gives a hash (default: 60 engines, none detecting); it also becomes the file report. */
  readonly verdicts = new Map<string, Omit<ReportSpec, 'sha256'>>();
  /** Whether a completed analysis names the file it analysed (meta.file_info), as the service does. */
  analysisNamesFile = true;
  /** Bodies larger than this get 413 on POST /files (the service's 32 MB). */
  directUploadLimit = 32 * 1024 * 1024;
  /** Where /files/upload_url points: this server unless set (e.g. another server's origin). */
  uploadUrlOrigin: string | undefined;
  private readonly analyses = new Map<string, { sha256: string; polls: number }>();
  private readonly uploadTokens = new Set<string>();

  private readonly server: http.Server | https.Server;
  private readonly sockets = new Set<Socket>();
  private readonly started = performance.now();
  private readonly acceptedAt: number[] = [];

  private constructor(options: VtServerOptions) {
    this.apiKeys = new Set(options.apiKeys ?? ['test-key-0123456789']);
    for (const [sha256, body] of options.reports ?? []) this.reports.set(sha256.toLowerCase(), body);
    for (const [url, body] of options.urlReports ?? []) this.addUrlReport(url, body);
    this.latencyMs = options.latencyMs ?? 0;
    this.requestsPerMinute = options.requestsPerMinute;
    this.windowMs = options.windowMs ?? 60_000;
    this.notFound = options.notFound ?? 'names-hash';
    const handler = (req: IncomingMessage, res: ServerResponse) => void this.handle(req, res);
    this.server = options.tls ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, handler) : http.createServer(handler);
    this.server.keepAliveTimeout = 5_000;
    // 'connection' is the TCP socket for both servers: destroying it at close() also ends a TLS session.
    this.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      this.peakSockets = Math.max(this.peakSockets, this.sockets.size);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  /** Holds `body` as the report of `url`, answered at /urls/{base64url of url}. */
  addUrlReport(url: string, body: unknown): void {
    this.urlReports.set(Buffer.from(url, 'utf8').toString('base64url'), body);
  }

  static async start(options: VtServerOptions = {}): Promise<VtServer> {
    const server = new VtServer(options);
    server.server.listen(options.port ?? 0, options.host ?? '127.0.0.1');
    await once(server.server, 'listening');
    return server;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The base URL to give the action as `api-url`. */
  get url(): string {
    return `${this.origin}/api/v3`;
  }

  /** Scheme, host and port, without a path. */
  get origin(): string {
    const { address, family } = this.server.address() as AddressInfo;
    return `${this.server instanceof https.Server ? 'https' : 'http'}://${family === 'IPv6' ? `[${address}]` : address}:${this.port}`;
  }

  /** Connections open now. */
  get openSockets(): number {
    return this.sockets.size;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.server.close();
    await once(this.server, 'close');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const match = /^\/api\/v3\/files\/([^/]+)$/.exec(path);
    const urlMatch = /^\/api\/v3\/urls\/([^/]+)$/.exec(path);
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      sha256: match?.[1]?.toLowerCase() ?? null,
      urlId: urlMatch?.[1] ?? null,
      apiKey: header(req, 'x-apikey'),
      userAgent: header(req, 'user-agent'),
      acceptEncoding: header(req, 'accept-encoding'),
      host: header(req, 'host'),
      at: performance.now() - this.started,
    };
    const index = this.requests.push(request) - 1;
    const fault = this.fault?.(request, index);
    if (fault?.type === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault?.type === 'hang') return; // never answer; the socket is destroyed at close()
    if (fault?.type === 'slow-headers') return dripHeaders(req.socket, fault.intervalMs);
    if (fault?.type === 'cut-short') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(fault.declaredLength) });
      res.write(fault.body, () => req.socket.destroy());
      return;
    }
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    if (fault !== undefined && req.method === 'POST') await drain(req); // answer only once the upload has arrived, as a real server does
    if (fault?.type === 'raw') {
      res.writeHead(fault.status, { 'content-type': fault.contentType ?? 'application/json', ...fault.headers });
      res.end(fault.body);
      return;
    }
    if (fault?.type === 'status') {
      sendError(res, fault.status, fault.code ?? 'Error', fault.message ?? 'injected fault', fault.headers);
      return;
    }
    await this.answer(request, res, req);
  }

  private async answer(request: RecordedRequest, res: ServerResponse, req: IncomingMessage): Promise<void> {
    if (request.method === 'POST' && request.path.startsWith('/upload/')) return this.receiveUpload('upload-url', request, req, res);
    if (request.method === 'POST' && (request.apiKey === undefined || !this.apiKeys.has(request.apiKey))) await drain(req);
    if (request.apiKey === undefined) return sendError(res, 401, 'AuthenticationRequiredError', 'X-Apikey header is missing');
    if (!this.apiKeys.has(request.apiKey)) return sendError(res, 401, 'WrongCredentialsError', 'Wrong API key');
    if (this.requestsPerMinute !== undefined && !this.withinQuota(request.at)) {
      this.quotaRefusals++;
      await drain(req);
      return sendError(res, 429, 'QuotaExceededError', 'Quota exceeded');
    }
    if (request.method === 'POST' && request.path === '/api/v3/files') return this.receiveUpload('files', request, req, res);
    if (request.method === 'GET' && request.path === '/api/v3/files/upload_url') {
      const token = randomBytes(12).toString('hex');
      this.uploadTokens.add(token);
      return sendJson(res, 200, { data: `${this.uploadUrlOrigin ?? this.origin}/upload/${token}` });
    }
    const analysis = /^\/api\/v3\/analyses\/([^/]+)$/.exec(request.path);
    if (request.method === 'GET' && analysis) return this.answerAnalysis(decodeURIComponent(analysis[1] as string), res);
    await drain(req);
    // Like the real service, any path it does not serve is a NotFoundError too.
    const generic = this.notFound === 'generic';
    if (request.method === 'GET' && request.urlId !== null) {
      const urlReport = this.urlReports.get(request.urlId);
      if (urlReport === undefined) return sendError(res, 404, 'NotFoundError', generic ? 'Resource not found.' : `URL "${request.urlId}" not found`);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(urlReport));
      return;
    }
    if (request.method !== 'GET' || request.sha256 === null) return sendError(res, 404, 'NotFoundError', generic ? 'Resource not found.' : `Resource not found: ${request.path}`);
    const report = this.reports.get(request.sha256) ?? this.byOtherHash(request.sha256);
    if (report === undefined) return sendError(res, 404, 'NotFoundError', generic ? 'Resource not found.' : `File "${request.sha256}" not found`);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(report));
  }

  /** Parses a multipart upload for real (the platform's own parser), hashes the file, and opens its analysis. */
  private async receiveUpload(route: ReceivedUpload['route'], request: RecordedRequest, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (route === 'upload-url') {
      const token = request.path.slice('/upload/'.length);
      // One use per URL, and the key is checked here too, as the service's upload URLs take it.
      if (!this.uploadTokens.delete(token)) return drain(req).then(() => sendError(res, 404, 'NotFoundError', 'Upload URL expired or unknown'));
      if (request.apiKey === undefined || !this.apiKeys.has(request.apiKey)) return drain(req).then(() => sendError(res, 401, 'WrongCredentialsError', 'Wrong API key'));
    }
    const declared = Number(req.headers['content-length']);
    if (route === 'files' && declared > this.directUploadLimit) {
      await drain(req);
      return sendError(res, 413, 'RequestEntityTooLargeError', 'Request entity too large');
    }
    const form = await new Response(Readable.toWeb(req) as ReadableStream, { headers: { 'content-type': String(req.headers['content-type']) } }).formData();
    const file = form.get('file');
    if (!(file instanceof Blob)) return sendError(res, 400, 'BadRequestError', 'No file part');
    const hash = createHash('sha256');
    for await (const chunk of file.stream() as unknown as AsyncIterable<Uint8Array>) hash.update(chunk);
    const sha256 = hash.digest('hex');
    const analysisId = Buffer.from(`${sha256}:${this.uploads.length}`).toString('base64url');
    this.analyses.set(analysisId, { sha256, polls: 0 });
    this.uploads.push({ route, sha256, size: file.size, filename: (file as File).name, apiKey: request.apiKey, analysisId });
    sendJson(res, 200, { data: { type: 'analysis', id: analysisId, links: { self: `${this.url}/analyses/${analysisId}` } } });
  }

  /** An analysis, one step further along its steps for every poll. */
  private answerAnalysis(id: string, res: ServerResponse): void {
    const analysis = this.analyses.get(id);
    const step = analysis ? (this.analysisSteps[Math.min(analysis.polls++, this.analysisSteps.length - 1)] ?? 'completed') : 'not-found';
    if (step === 'not-found' || !analysis) return sendError(res, 404, 'NotFoundError', `Analysis "${id}" not found`);
    const attributes: Record<string, unknown> = { status: step, date: Math.floor(Date.now() / 1000), stats: {}, results: {} };
    if (step === 'completed') {
      const report = fileReport({ sha256: analysis.sha256, ...this.verdicts.get(analysis.sha256) }) as any;
      this.reports.set(analysis.sha256, report); // the service knows the file from now on
      Object.assign(attributes, { stats: report.data.attributes.last_analysis_stats, results: report.data.attributes.last_analysis_results });
    }
    const meta = this.analysisNamesFile ? { meta: { file_info: { sha256: analysis.sha256 } } } : {};
    sendJson(res, 200, { data: { type: 'analysis', id, attributes }, ...meta });
  }

  /** As the service does, a report is also found by the MD5 or SHA-1 its attributes name. */
  private byOtherHash(hash: string): unknown {
    if (hash.length === 64) return undefined;
    const kind = hash.length === 32 ? 'md5' : 'sha1';
    for (const body of this.reports.values()) {
      const named = (body as { data?: { attributes?: Record<string, unknown> } })?.data?.attributes?.[kind];
      if (typeof named === 'string' && named.toLowerCase() === hash) return body;
    }
    return undefined;
  }

  /** A sliding window, as the service counts "requests of any nature in any given minute". */
  private withinQuota(at: number): boolean {
    while (this.acceptedAt.length > 0 && at - (this.acceptedAt[0] as number) >= this.windowMs) this.acceptedAt.shift();
    if (this.acceptedAt.length >= (this.requestsPerMinute as number)) return false;
    this.acceptedAt.push(at);
    return true;
  }
}

/** A status line, then header lines forever (until the client gives up): headers that never complete. */
function dripHeaders(socket: Socket, intervalMs: number): void {
  socket.write('HTTP/1.1 200 OK\r\n');
  const timer = setInterval(() => socket.write('X-Still-Coming: 1\r\n'), intervalMs);
  socket.on('close', () => clearInterval(timer));
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/** Reads a request body to its end without keeping it. */
async function drain(req: IncomingMessage): Promise<void> {
  if (req.complete || req.readableEnded) return;
  req.resume();
  await once(req, 'end').catch(() => undefined);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify({ error: { code, message } }));
}
