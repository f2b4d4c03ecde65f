// One VirusTotal v3 file lookup over HTTP: request, bounded read, classification of the answer.
// Pacing and retries live above this (lookups.ts); this module makes exactly one attempt.
import type { Readable } from 'node:stream';
import { holdsSecret, redact } from '../redact.js';
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
export type ClientOutcome<R = FileReport> = { kind: 'found'; report: R } | { kind: 'unknown' } | { kind: 'error'; error: LookupError } | { kind: 'unproven-unknown'; said: string; url: string };

/** What differs between a file lookup and a URL lookup: where, and how an answer proves itself. */
interface ReportRequest<R> {
  /** The path under `api-url`, e.g. `files/<sha256>`. */
  path: string;
  parse(body: unknown): R;
  /** Whether a 404 NotFoundError names what was asked for (see lookups.ts for one that does not). */
  namesItem(body: unknown): boolean;
}

/** One request for the HTTP port. */
export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  /** Names lower-case. A POST's carry its content-type and, when known, content-length. */
  headers: Readonly<Record<string, string>>;
  /** Sent as it streams, never buffered whole. */
  body?: Readable;
  /** A longer answer is refused (unread when its length is declared): a ProtocolError. */
  maxBodyBytes: number;
  /** Aborts the request itself, so its connection closes even before the headers arrive. */
  signal: AbortSignal;
}

/** An answer, its body read whole; header names lower-case. */
export interface HttpResponse {
  status: number;
  headers: Readonly<Record<string, string>>;
  body: Buffer;
}

/**
 * The HTTP port: one GET or POST, its answer read whole. It must not follow redirects or retry
 * (this module does both, with the key's safety in mind). src/adapters/http.ts implements it.
 * Throws ProtocolError for an answer that is not HTTP or is over the limit, CutShortError when the
 * connection closes inside the body, and the socket's own error otherwise. A proxy's failure rejects
 * with an Error whose `code` starts with ERR_PROXY, whose message says what happened (never the
 * proxy's credentials), and with `retryable: false` when asking again cannot help (the proxy
 * refused, or its setting is unusable).
 */
export interface HttpTransport {
  send(request: HttpRequest): Promise<HttpResponse>;
  dispose(): void;
}

/** One answer of the service, its body read within bounds. */
export interface Answer {
  status: number;
  headers: Readonly<Record<string, string>>;
  body: string;
  /** Where it came from (after same-origin redirects), for messages. */
  url: string;
}

/** A streamed request body, made afresh for each attempt. */
export interface RequestBody {
  stream: Readable;
  headers: Record<string, string>;
}

/** Makes the transport for one client: requests carry `userAgent`, and a silent socket ends after `socketTimeoutMs`. */
export type HttpTransportFactory = (options: { userAgent: string; socketTimeoutMs: number }) => HttpTransport;

const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;
const MAX_SAME_ORIGIN_REDIRECTS = 3;
const TRANSIENT_STATUSES = new Set([500, 502, 503, 504]);
/** An invalid answer's description, quoting what was sent, at most this long. */
const MAX_PROTOCOL_ERROR_TEXT = 1000;

export class ReputationClient {
  private readonly http: HttpTransport;
  private readonly options: Required<ClientOptions>;
  private readonly origin: string;

  constructor(options: ClientOptions, transport: HttpTransportFactory) {
    this.options = { maxBodyBytes: DEFAULT_MAX_BODY_BYTES, ...options };
    this.origin = new URL(options.apiUrl).origin;
    this.http = transport({ userAgent: options.userAgent, socketTimeoutMs: options.requestTimeoutMs });
  }

  /** GET {api-url}/files/{hash} (a SHA-256, SHA-1 or MD5), once. Never throws: every failure is an outcome of kind `error`. */
  async lookup(hash: string): Promise<ClientOutcome> {
    return this.request({ path: `files/${hash}`, parse: (body) => parseFileReport(body, hash), namesItem: (body) => errorNamesHash(body, hash) });
  }

  /**
   * GET {api-url}/urls/{id}, once, with the URL in unpadded base64url as its id. `display`, defanged,
   * replaces the URL and its id in every text that comes back, so a secret in the URL never reaches a log.
   */
  async lookupUrl(url: string, display: string): Promise<ClientOutcome<UrlReport>> {
    const id = urlIdentifier(url);
    const conceal = (text: string) =>
      text
        .split(url)
        .join(defang(display))
        .split(id)
        .join(`<id of ${defang(display)}>`);
    const outcome = await this.request({ path: `urls/${id}`, parse: (body) => parseUrlReport(body, url, id), namesItem: (body) => errorNamesId(body, 'URL', id) });
    if (outcome.kind === 'error') return { ...outcome, error: { ...outcome.error, message: conceal(outcome.error.message) } };
    if (outcome.kind === 'unproven-unknown') return { ...outcome, said: conceal(outcome.said), url: conceal(outcome.url) };
    return outcome;
  }

  private async request<R>(request: ReportRequest<R>): Promise<ClientOutcome<R>> {
    return this.once(async (signal) => this.classify(request, await this.exchange('GET', `${this.options.apiUrl}/${request.path}`, signal)));
  }

  /** The configured base URL, without a trailing slash. */
  get apiUrl(): string {
    return this.options.apiUrl;
  }

  /**
   * Runs one attempt within `timeoutMs` (the request timeout unless given). Never throws: a failure
   * (no answer, a cut body, a ProtocolError) becomes an outcome of kind `error`.
   */
  async once<T>(task: (signal: AbortSignal) => Promise<T>, timeoutMs = this.options.requestTimeoutMs): Promise<T | { kind: 'error'; error: LookupError }> {
    try {
      return await withDeadline(timeoutMs, task);
    } catch (error) {
      return { kind: 'error', error: this.describeFailure(error, timeoutMs) };
    }
  }

  /**
   * One request with the key. The key goes to the configured origin only: a URL elsewhere is refused
   * before anything is sent. A GET follows redirects within the origin; a POST (its body streamed
   * once) follows none.
   */
  async exchange(method: 'GET' | 'POST', url: string, signal: AbortSignal, body?: RequestBody): Promise<Answer> {
    const target = new URL(url);
    if (target.origin !== this.origin) {
      body?.stream.destroy();
      throw new ProtocolError(`the service named a URL on another origin (${target.origin}); the API key is only sent to ${this.origin}, so it was not used`);
    }
    const headers = { 'x-apikey': this.options.apiKey, accept: 'application/json', 'accept-encoding': 'identity' };
    for (let redirects = 0; ; redirects++) {
      const response = await this.http.send({ method, url, headers: body ? { ...headers, ...body.headers } : headers, body: body?.stream, maxBodyBytes: this.options.maxBodyBytes, signal });
      const { status } = response;
      if (status >= 300 && status < 400) {
        if (method === 'POST') throw new ProtocolError(`the service answered the upload with a redirect (HTTP ${status}); an upload is not sent twice`);
        url = this.redirectTarget(url, response.headers.location, redirects);
        continue;
      }
      const encoding = response.headers['content-encoding'];
      if (encoding && !/^identity$/i.test(encoding.trim())) {
        throw new ProtocolError(`the body is compressed (content-encoding: ${clip(redact(encoding.trim(), this.options.apiKey), 60)}), though the request asked for none (accept-encoding: identity)`);
      }
      return { status, headers: response.headers, body: response.body.toString('utf8'), url };
    }
  }

  /** A 200 answer as JSON (the key taken out), or a ProtocolError when it is not JSON. */
  json(answer: Answer): unknown {
    const contentType = String(answer.headers['content-type'] ?? '');
    if (!/^application\/([\w.+-]*\+)?json\b/i.test(contentType)) {
      throw new ProtocolError(`the service answered ${answer.status} with content type ${describeValue(redact(contentType, this.options.apiKey) || 'none')}, not JSON`);
    }
    return this.parseAnswer(answer.body);
  }

  /**
   * What a non-success answer means: a refused key, a quota, a temporary failure, or something this
   * client cannot use. `said` is the service's own words, e.g. `HTTP 429 QuotaExceededError: …`.
   */
  failure(answer: Answer, parsed = tryParse(() => this.parseAnswer(answer.body))): { said: string; code: string | null; error: LookupError } {
    const { code, message: serviceMessage } = parseErrorBody(parsed);
    const detail = [code, serviceMessage].filter(Boolean).join(': ');
    const said = `HTTP ${answer.status}${detail ? ` ${detail}` : ''}`;
    const { status } = answer;
    const retryAfterText = answer.headers['retry-after'];
    const retryAfterMs = parseRetryAfter(retryAfterText);
    const retryAfter = retryAfterText === undefined ? '' : `; Retry-After: ${clip(redact(retryAfterText.trim(), this.options.apiKey), 60)}`;
    const error = (kind: LookupError['kind'], text: string): LookupError => ({ kind, status, message: this.redact(text, Infinity), ...(retryAfterMs !== null && { retryAfterMs }) });
    const kindOf = (): LookupError => {
      if (status === 401 || status === 403) {
        return error('auth', `The service refused the API key (${said}). Check that the \`api-key\` secret is set, is a key of this provider, and has access to file reports.`);
      }
      if (status === 429) return error('quota', `The service's request quota is exhausted (${said}${retryAfter}).`);
      if (TRANSIENT_STATUSES.has(status)) return error('transient', `The service failed temporarily (${said}).`);
      if (status === 404) return error('protocol', `${said} without NotFoundError: is \`api-url\` a VirusTotal v3 API?`);
      return error('protocol', `Unexpected answer from the service (${said}).`);
    };
    return { said: this.redact(said), code, error: kindOf() };
  }

  dispose(): void {
    this.http.dispose();
  }

  /** Replaces the key (in any case) wherever the service or a library repeats it back, then clips. */
  redact(text: string, max?: number): string {
    return clip(redact(text, this.options.apiKey), max);
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

  private classify<R>(request: ReportRequest<R>, answer: Answer): ClientOutcome<R> {
    if (answer.status === 200) return { kind: 'found', report: request.parse(this.json(answer)) };
    const parsed = tryParse(() => this.parseAnswer(answer.body));
    // The common answer of a scan, an unknown hash, is settled before any message is built.
    if (answer.status === 404 && request.namesItem(parsed) && parseErrorBody(parsed).code === 'NotFoundError') return { kind: 'unknown' };
    const { said, code, error } = this.failure(answer, parsed);
    if (answer.status === 404 && code === 'NotFoundError') return { kind: 'unproven-unknown', said, url: this.redact(answer.url) };
    return { kind: 'error', error };
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
    return mayHoldSecret(body, this.options.apiKey) ? redactJson(parsed, this.options.apiKey) : parsed;
  }

  private describeFailure(error: unknown, timeoutMs: number): LookupError {
    // Redacted before it is clipped: the transport quotes what the service sent whole, so no clip can cut a key in two first.
    if (error instanceof ProtocolError) return { kind: 'protocol', message: this.redact(`Invalid answer: ${error.message}.`, MAX_PROTOCOL_ERROR_TEXT) };
    if (error instanceof DeadlineError) return { kind: 'transient', message: `No complete answer within ${timeoutMs / 1000} s.` };
    if (error instanceof CutShortError) return { kind: 'transient', message: this.redact(`The answer was cut short: ${error.message}.`, Infinity) };
    const code = (error as NodeJS.ErrnoException).code;
    const text = this.redact(error instanceof Error ? error.message : String(error));
    // Node refuses a request it cannot send as asked (e.g. ERR_INVALID_CHAR in a header): no retry changes that.
    if (code?.startsWith('ERR_INVALID')) return { kind: 'protocol', message: this.redact(`The request could not be sent (${code}).`) };
    // A proxy's failure says what happened; one that refused (e.g. 407) or cannot be used is not retried.
    if (code?.startsWith('ERR_PROXY')) {
      const retryable = (error as { retryable?: unknown }).retryable !== false;
      return { kind: retryable ? 'transient' : 'protocol', message: `The service could not be reached through the proxy: ${text}.` };
    }
    return { kind: 'transient', message: `Could not reach the service (${this.redact(code ?? text)}).` };
  }
}

/**
 * Whether a string parsed from the JSON `body` can hold `secret`. Without \u escapes, JSON can only
 * write ", \, /, and control characters as escapes: a secret of none of these can then only appear
 * in a string as it appears in the text. Answers rarely hold the key, so most skip the walk below.
 */
function mayHoldSecret(body: string, secret: string): boolean {
  return holdsSecret(body, secret) || body.includes('\\u') || /["\\/\u0000-\u001f]/.test(secret);
}

/** Every string in parsed JSON, object keys included, with `secret` redacted; changed in place, as it was parsed for this alone. */
function redactJson(value: unknown, secret: string): unknown {
  if (typeof value === 'string') return redact(value, secret);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = redactJson(value[i], secret);
    return value;
  }
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  // A key that holds the secret is renamed: the object is rebuilt, its order kept.
  if (keys.some((key) => holdsSecret(key, secret))) return Object.fromEntries(keys.map((key) => [redact(key, secret), redactJson(object[key], secret)]));
  for (const key of keys) {
    const item = object[key];
    const clean = redactJson(item, secret);
    if (clean !== item) object[key] = clean; // only a changed string: an own "__proto__" is then set as the own property it is
  }
  return object;
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

/** The connection closed before the whole body arrived: a transient failure, asked again. */
export class CutShortError extends Error {}

function tryParse(parse: () => unknown): unknown {
  try {
    return parse();
  } catch {
    return undefined;
  }
}
