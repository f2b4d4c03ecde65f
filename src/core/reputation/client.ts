// One VirusTotal v3 file lookup over HTTP: request, bounded read, classification of the answer.
// Pacing and retries live above this (lookups.ts); this module makes exactly one attempt.
import type { IncomingMessage } from 'node:http';
import { redact } from '../redact.js';
import type { FileReport, LookupError, UrlReport } from '../types.js';
import { defang, urlIdentifier } from '../url-list.js';
import { parseRetryAfter } from './pacing.js';
import { clip, describeValue, errorNamesHash, errorNamesId, parseErrorBody, parseFileReport, parseJson, parseUrlReport, ProtocolError } from './parse.js';

export interface ClientOptions {
  apiUrl: string;
  apiKey: string;
  userAgent: string;
  /** One attempt's limit, connect to last byte. */
  requestTimeoutMs: number;
  /** A real report is well under 1 MiB; a larger body is refused (unread when its length is declared). */
  maxBodyBytes?: number;
}

/**
 * What one attempt can end in: a lookup outcome, or a 404 NotFoundError that does not name the hash.
 * The latter proves nothing (a wrong `api-url` answers it for every path); lookups.ts decides.
 */
export type ClientOutcome<R = FileReport> =
  | { kind: 'found'; report: R }
  | { kind: 'unknown' }
  | { kind: 'error'; error: LookupError }
  | { kind: 'unproven-unknown'; said: string; url: string };

/** What differs between a file lookup and a URL lookup: where, and how an answer proves itself. */
interface ReportRequest<R> {
  /** The path under `api-url`, e.g. `files/<sha256>`. */
  path: string;
  parse(body: unknown): R;
  /** Whether a 404 NotFoundError names what was asked for (see lookups.ts for one that does not). */
  namesItem(body: unknown): boolean;
  /** Takes out of a text what must not be shown (a URL's secrets); the key is taken out regardless. */
  conceal(text: string): string;
}

/**
 * The HTTP port: one GET, the response as it arrives. It must not follow redirects or retry (this
 * module does both, with the key's safety in mind). src/adapters/http.ts implements it.
 */
export interface HttpTransport {
  /** `signal` aborts the request itself, so its socket closes even before the headers arrive. */
  get(url: string, headers: Record<string, string>, signal: AbortSignal): Promise<IncomingMessage>;
  dispose(): void;
}

/** Makes the transport for one client: requests carry `userAgent`, and a silent socket ends after `socketTimeoutMs`. */
export type HttpTransportFactory = (options: { userAgent: string; socketTimeoutMs: number }) => HttpTransport;

const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;
const MAX_SAME_ORIGIN_REDIRECTS = 3;
const TRANSIENT_STATUSES = new Set([500, 502, 503, 504]);

export class ReputationClient {
  private readonly http: HttpTransport;
  private readonly options: Required<ClientOptions>;
  private readonly origin: string;

  constructor(options: ClientOptions, transport: HttpTransportFactory) {
    this.options = { maxBodyBytes: DEFAULT_MAX_BODY_BYTES, ...options };
    this.origin = new URL(options.apiUrl).origin;
    this.http = transport({ userAgent: options.userAgent, socketTimeoutMs: options.requestTimeoutMs });
  }

  /** GET {api-url}/files/{sha256}, once. Never throws: every failure is an outcome of kind `error`. */
  async lookup(sha256: string): Promise<ClientOutcome> {
    return this.request({ path: `files/${sha256}`, parse: (body) => parseFileReport(body, sha256), namesItem: (body) => errorNamesHash(body, sha256), conceal: (text) => text });
  }

  /**
   * GET {api-url}/urls/{id}, once, with the URL in unpadded base64url as its id. `display`, defanged,
   * replaces the URL and its id in every text that comes back, so a secret in the URL never reaches a log.
   */
  async lookupUrl(url: string, display: string): Promise<ClientOutcome<UrlReport>> {
    const id = urlIdentifier(url);
    const conceal = (text: string) => text.split(url).join(defang(display)).split(id).join(`<id of ${defang(display)}>`);
    const outcome = await this.request({ path: `urls/${id}`, parse: (body) => parseUrlReport(body, url, id), namesItem: (body) => errorNamesId(body, 'URL', id), conceal });
    if (outcome.kind === 'error') return { ...outcome, error: { ...outcome.error, message: conceal(outcome.error.message) } };
    if (outcome.kind === 'unproven-unknown') return { ...outcome, said: conceal(outcome.said), url: conceal(outcome.url) };
    return outcome;
  }

  private async request<R>(request: ReportRequest<R>): Promise<ClientOutcome<R>> {
    try {
      return await withDeadline(this.options.requestTimeoutMs, (signal) => this.attempt(request, signal));
    } catch (error) {
      return { kind: 'error', error: this.describeFailure(error) };
    }
  }

  dispose(): void {
    this.http.dispose();
  }

  /** Replaces the key (in any case) wherever the service or a library repeats it back, then clips. */
  redact(text: string, max?: number): string {
    return clip(redact(text, this.options.apiKey), max);
  }

  private async attempt<R>(request: ReportRequest<R>, signal: AbortSignal): Promise<ClientOutcome<R>> {
    let url = `${this.options.apiUrl}/${request.path}`;
    for (let redirects = 0; ; redirects++) {
      const message = await this.http.get(url, { 'x-apikey': this.options.apiKey, accept: 'application/json', 'accept-encoding': 'identity' }, signal);
      const status = message.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        message.resume(); // drain, so the socket can be reused
        url = this.redirectTarget(url, message.headers.location, redirects);
        continue;
      }
      const encoding = headerText(message.headers['content-encoding']);
      if (encoding && !/^identity$/i.test(encoding.trim())) {
        message.destroy();
        throw new ProtocolError(`the body is compressed (content-encoding: ${clip(redact(encoding.trim(), this.options.apiKey), 60)}), though the request asked for none (accept-encoding: identity)`);
      }
      const body = (await readBounded(message, this.options.maxBodyBytes)).toString('utf8');
      return this.classify(request, url, status, message, body);
    }
  }

  /** Only a redirect within the configured origin is followed: the key must not reach anyone else. */
  private redirectTarget(from: string, location: string | undefined, redirects: number): string {
    if (!location) throw new ProtocolError('the service answered a redirect without a Location');
    const target = new URL(location, from);
    if (target.origin !== this.origin) {
      throw new ProtocolError(`the service redirected to another origin (${target.origin}); the API key is only sent to ${this.origin}, so the redirect was refused`);
    }
    if (redirects >= MAX_SAME_ORIGIN_REDIRECTS) throw new ProtocolError('the service redirected too many times');
    return target.href;
  }

  private classify<R>(request: ReportRequest<R>, url: string, status: number, message: IncomingMessage, body: string): ClientOutcome<R> {
    if (status === 200) {
      const contentType = String(message.headers['content-type'] ?? '');
      if (!/^application\/([\w.+-]*\+)?json\b/i.test(contentType)) {
        throw new ProtocolError(`the service answered 200 with content type ${describeValue(redact(contentType, this.options.apiKey) || 'none')}, not JSON`);
      }
      return { kind: 'found', report: request.parse(this.parseAnswer(body)) };
    }
    const answer = tryParse(() => this.parseAnswer(body));
    const { code, message: serviceMessage } = parseErrorBody(answer);
    const detail = [code, serviceMessage].filter(Boolean).join(': ');
    const said = `HTTP ${status}${detail ? ` ${detail}` : ''}`;
    if (status === 404 && code === 'NotFoundError') {
      return request.namesItem(answer) ? { kind: 'unknown' } : { kind: 'unproven-unknown', said: this.redact(said), url: this.redact(url) };
    }
    const retryAfterText = headerText(message.headers['retry-after']);
    const retryAfterMs = parseRetryAfter(retryAfterText);
    const retryAfter = retryAfterText === undefined ? '' : `; Retry-After: ${clip(redact(retryAfterText.trim(), this.options.apiKey), 60)}`;
    const error = (kind: LookupError['kind'], text: string): ClientOutcome<R> => ({
      kind: 'error',
      error: { kind, status, message: this.redact(text, Infinity), ...(retryAfterMs !== null && { retryAfterMs }) },
    });
    if (status === 401 || status === 403) {
      return error('auth', `The service refused the API key (${said}). Check that the \`api-key\` secret is set, is a key of this provider, and has access to file reports.`);
    }
    if (status === 429) return error('quota', `The service's request quota is exhausted (${said}${retryAfter}).`);
    if (TRANSIENT_STATUSES.has(status)) return error('transient', `The service failed temporarily (${said}).`);
    if (status === 404) return error('protocol', `${said} without NotFoundError: is \`api-url\` a VirusTotal v3 API?`);
    return error('protocol', `Unexpected answer from the service (${said}).`);
  }

  /**
   * JSON, with the key taken out of every text and name in it. After parsing, so a key the service
   * sent escaped (\u0033…) is decoded first, and before any clipping, so no part of it survives.
   */
  private parseAnswer(body: string): unknown {
    let parsed: unknown;
    try {
      parsed = parseJson(body);
    } catch {
      throw new ProtocolError('the body is not valid JSON');
    }
    return redactJson(parsed, (text) => redact(text, this.options.apiKey));
  }

  private describeFailure(error: unknown): LookupError {
    if (error instanceof ProtocolError) return { kind: 'protocol', message: this.redact(`Invalid answer: ${error.message}.`, Infinity) };
    if (error instanceof DeadlineError) return { kind: 'transient', message: `No complete answer within ${this.options.requestTimeoutMs / 1000} s.` };
    if (error instanceof CutShortError) return { kind: 'transient', message: this.redact(`The answer was cut short: ${error.message}.`, Infinity) };
    const code = (error as NodeJS.ErrnoException).code;
    const text = this.redact(error instanceof Error ? error.message : String(error));
    // Node refuses a request it cannot send as asked (e.g. ERR_INVALID_CHAR in a header): no retry changes that.
    if (code?.startsWith('ERR_INVALID')) return { kind: 'protocol', message: this.redact(`The request could not be sent (${code}).`) };
    // The proxy tunnel reports its own failures as ECONNRESET; its message says what really happened.
    if (text.startsWith('tunneling socket')) {
      const refused = /statusCode=4\d\d/.test(text); // e.g. 407: retrying cannot change the proxy's answer
      return { kind: refused ? 'protocol' : 'transient', message: `The proxy could not open a tunnel to the service (${text}).` };
    }
    return { kind: 'transient', message: `Could not reach the service (${this.redact(code ?? text)}).` };
  }
}

/** Every string in parsed JSON, object keys included, passed through `clean`. */
function redactJson(value: unknown, clean: (text: string) => string): unknown {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) return value.map((item) => redactJson(item, clean));
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [clean(key), redactJson(item, clean)]));
  }
  return value;
}

class DeadlineError extends Error {}

/** Runs `task` with a deadline; on expiry its signal aborts, which tears its request and socket down. */
async function withDeadline<T>(ms: number, task: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const abandon = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abandon.abort();
      reject(new DeadlineError());
    }, ms);
  });
  try {
    return await Promise.race([task(abandon.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** The connection closed before the whole body arrived. */
class CutShortError extends Error {}

/** Reads a body up to `limit` bytes; past it the response is destroyed and nothing more is read. */
async function readBounded(message: IncomingMessage, limit: number): Promise<Buffer> {
  const declaredText = headerText(message.headers['content-length']);
  const declared = Number(declaredText);
  if (declared > limit) {
    message.destroy();
    throw new ProtocolError(`the answer is ${clip(declaredText!.trim(), 40)} bytes (content-length), over the ${limit}-byte limit`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of message as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > limit) {
        message.destroy();
        throw new ProtocolError(`the answer is over the ${limit}-byte limit`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new CutShortError(`${total} ${Number.isSafeInteger(declared) ? `of ${declared} ` : ''}bytes arrived before the connection closed`);
  }
  // Node ends a body without error when a server closes a connection early; the length says otherwise.
  if (Number.isSafeInteger(declared) && total < declared) throw new CutShortError(`${total} of ${declared} bytes arrived before the connection closed`);
  return Buffer.concat(chunks);
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function tryParse(parse: () => unknown): unknown {
  try {
    return parse();
  } catch {
    return undefined;
  }
}
