// One VirusTotal v3 file lookup over HTTP: request, bounded read, classification of the answer.
// Pacing and retries live above this (lookups.ts); this module makes exactly one attempt.
import type { IncomingMessage } from 'node:http';
import { redact } from '../redact.js';
import type { LookupError, LookupOutcome } from '../types.js';
import { parseRetryAfter } from './pacing.js';
import { parseErrorBody, parseFileReport, ProtocolError } from './parse.js';

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
 * The HTTP port: one GET, the response as it arrives. It must not follow redirects or retry (this
 * module does both, with the key's safety in mind). src/adapters/http.ts implements it.
 */
export interface HttpTransport {
  get(url: string, headers: Record<string, string>): Promise<IncomingMessage>;
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
  async lookup(sha256: string): Promise<LookupOutcome> {
    try {
      return await withDeadline(this.options.requestTimeoutMs, (onAbandon) => this.attempt(sha256, onAbandon));
    } catch (error) {
      return { kind: 'error', error: this.describeFailure(error) };
    }
  }

  dispose(): void {
    this.http.dispose();
  }

  /** Replaces the key wherever the service or a library repeats it back. */
  redact(text: string): string {
    return redact(text, this.options.apiKey);
  }

  private async attempt(sha256: string, onAbandon: (cleanup: () => void) => void): Promise<LookupOutcome> {
    let url = `${this.options.apiUrl}/files/${sha256}`;
    for (let redirects = 0; ; redirects++) {
      const message = await this.http.get(url, { 'x-apikey': this.options.apiKey, accept: 'application/json' });
      onAbandon(() => message.destroy());
      const status = message.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        message.resume(); // drain, so the socket can be reused
        url = this.redirectTarget(url, message.headers.location, redirects);
        continue;
      }
      // Whatever the service says may echo the key; it leaves this module without it.
      const body = this.redact((await readBounded(message, this.options.maxBodyBytes)).toString('utf8'));
      return this.classify(sha256, status, message, body);
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

  private classify(sha256: string, status: number, message: IncomingMessage, body: string): LookupOutcome {
    if (status === 200) {
      const contentType = String(message.headers['content-type'] ?? '');
      if (!/^application\/([\w.+-]*\+)?json\b/i.test(contentType)) {
        throw new ProtocolError(`the service answered 200 with content type ${JSON.stringify(contentType || 'none')}, not JSON`);
      }
      return { kind: 'found', report: parseFileReport(parseJson(body), sha256) };
    }
    const { code, message: serviceMessage } = parseErrorBody(tryParseJson(body));
    if (status === 404 && code === 'NotFoundError') return { kind: 'unknown' };
    const detail = [code, serviceMessage].filter(Boolean).join(': ');
    const said = `HTTP ${status}${detail ? ` ${detail}` : ''}`;
    const retryAfterMs = parseRetryAfter(headerText(message.headers['retry-after']));
    const error = (kind: LookupError['kind'], text: string): LookupOutcome => ({
      kind: 'error',
      error: { kind, status, message: this.redact(text), ...(retryAfterMs !== null && { retryAfterMs }) },
    });
    if (status === 401 || status === 403) {
      return error('auth', `The service refused the API key (${said}). Check that the \`api-key\` secret is set, is a key of this provider, and has access to file reports.`);
    }
    if (status === 429) return error('quota', `The service's request quota is exhausted (${said}).`);
    if (TRANSIENT_STATUSES.has(status)) return error('transient', `The service failed temporarily (${said}).`);
    if (status === 404) return error('protocol', `${said} without NotFoundError: is \`api-url\` a VirusTotal v3 API?`);
    return error('protocol', `Unexpected answer from the service (${said}).`);
  }

  private describeFailure(error: unknown): LookupError {
    if (error instanceof ProtocolError) return { kind: 'protocol', message: this.redact(`Invalid answer: ${error.message}.`) };
    if (error instanceof DeadlineError) return { kind: 'transient', message: `No complete answer within ${this.options.requestTimeoutMs / 1000} s.` };
    const code = (error as NodeJS.ErrnoException).code;
    const text = error instanceof Error ? error.message : String(error);
    // Node refuses a request it cannot send as asked (e.g. ERR_INVALID_CHAR in a header): no retry changes that.
    if (code?.startsWith('ERR_INVALID')) return { kind: 'protocol', message: this.redact(`The request could not be sent (${code}).`) };
    // The proxy tunnel reports its own failures as ECONNRESET; its message says what really happened.
    if (text.startsWith('tunneling socket')) {
      const refused = /statusCode=4\d\d/.test(text); // e.g. 407: retrying cannot change the proxy's answer
      return { kind: refused ? 'protocol' : 'transient', message: this.redact(`The proxy could not open a tunnel to the service (${text}).`) };
    }
    return { kind: 'transient', message: this.redact(`Could not reach the service (${code ?? text}).`) };
  }
}

class DeadlineError extends Error {}

/** Runs `task` with a deadline; on expiry the task's registered cleanup tears its socket down. */
async function withDeadline<T>(ms: number, task: (onAbandon: (cleanup: () => void) => void) => Promise<T>): Promise<T> {
  let cleanup: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      cleanup?.();
      reject(new DeadlineError());
    }, ms);
  });
  try {
    return await Promise.race([task((fn) => (cleanup = fn)), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads a body up to `limit` bytes; past it the response is destroyed and nothing more is read. */
async function readBounded(message: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(message.headers['content-length']);
  if (declared > limit) {
    message.destroy();
    throw new ProtocolError(`the answer is ${declared} bytes, over the ${limit}-byte limit`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of message as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limit) {
      message.destroy();
      throw new ProtocolError(`the answer is over the ${limit}-byte limit`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new ProtocolError('the body is not valid JSON');
  }
}

function tryParseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
