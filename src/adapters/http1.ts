// HTTP/1.1 on the wire, as the gate speaks it (RFC 9112): the head of a request, and a strict reader
// of one answer. node:http spent four to six times the CPU of the exchange itself on every lookup (a
// ClientRequest, an Agent's bookkeeping and an IncomingMessage stream each); a scan of many files is
// one short GET after another, so that cost was the scan's limit. Only what the service and proxies
// need is read, and anything else is refused with what it was, never guessed at: a body framed two
// ways, a folded or malformed header line, a length that is not a number.
import { CutShortError } from '../core/reputation/client.js';
import { ProtocolError } from '../core/reputation/parse.js';

/** The most the status line and headers (or the trailers) may take, as Node allows by default. */
const MAX_HEAD_BYTES = 16 * 1024;
/** A chunk-size line: a size and, rarely, extensions. */
const MAX_CHUNK_LINE_BYTES = 4 * 1024;
const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');

const TOKEN = /^[!#$%&'*+.^_`|~\dA-Za-z-]+$/;
/** Header field values as sent: visible characters, spaces and tabs, no CR, LF or NUL. */
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const REQUEST_TARGET = /^[\x21-\x7e]+$/;
const STATUS_LINE = /^HTTP\/1\.([01]) (\d{3})(?: ([\t\x20-\x7e\x80-\xff]*))?$/;
const CHUNK_SIZE_LINE = /^([\dA-Fa-f]{1,12})[ \t]*(?:;[\t\x20-\x7e\x80-\xff]*)?$/;
/** Fields an answer may repeat, read as one comma-separated list; of any other, the first counts. */
const LIST_FIELDS = new Set(['connection', 'content-encoding', 'transfer-encoding']);

/** A request Node's own client would also refuse to send (same code): a header or target with CR, LF or other characters it cannot carry. */
export function invalidRequest(what: string): Error {
  return Object.assign(new TypeError(`Invalid character in ${what}`), { code: 'ERR_INVALID_CHAR' });
}

/**
 * The head of a request: request line, Host, then `headers` (names lower-case, as given). `chunked`
 * adds `transfer-encoding: chunked`, for a body of unknown length.
 */
export function requestHead(method: string, target: string, host: string, headers: Readonly<Record<string, string>>, chunked = false): string {
  if (!REQUEST_TARGET.test(target)) throw invalidRequest('the request target');
  let head = `${method} ${target} HTTP/1.1\r\nhost: ${host}\r\n`;
  for (const name in headers) {
    const value = headers[name]!;
    if (!TOKEN.test(name)) throw invalidRequest(`a header name ["${name}"]`);
    if (!FIELD_VALUE.test(value)) throw invalidRequest(`header content ["${name}"]`);
    head += `${name}: ${value}\r\n`;
  }
  return `${head}${chunked ? 'transfer-encoding: chunked\r\n' : ''}\r\n`;
}

/** The status line and headers of an answer; header names lower-case. */
export interface ResponseHead {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  /** Whether the connection may carry another request once this answer is read. */
  keepAlive: boolean;
}

/** An answer, its body read whole (within the limit the reader was given). */
export interface Response extends ResponseHead {
  body: Buffer;
}

type BodyState = 'length' | 'chunk-size' | 'chunk-data' | 'chunk-end' | 'trailers' | 'until-close';

/**
 * Reads one answer from the bytes of a connection, as they arrive. `push` returns the answer once it
 * is complete, with whatever bytes came after it; `end` is called when the connection closes. Throws
 * ProtocolError for an answer that is not well-formed HTTP/1.1 or is over `maxBodyBytes`, and
 * CutShortError when the connection closes inside the body.
 */
export class ResponseReader {
  private readonly maxBodyBytes: number;
  /** An answer to CONNECT: no body is read; after a 2xx, the bytes past its head belong to the tunnel. */
  private readonly tunnel: boolean;
  private pending: Buffer | null = null;
  private head: ResponseHead | null = null;
  private state: BodyState = 'length';
  /** Bytes still to read: of the body (`length`), or of the current chunk (`chunk-data`). */
  private remaining = 0;
  private declaredLength = -1;
  private readonly parts: Buffer[] = [];
  private received = 0;
  private trailerBytes = 0;
  /** Whether any byte of the answer has arrived: a kept-alive connection closed before that can be retried. */
  started = false;

  constructor(maxBodyBytes: number, options: { tunnel?: boolean } = {}) {
    this.maxBodyBytes = maxBodyBytes;
    this.tunnel = options.tunnel ?? false;
  }

  /** The answer and the bytes after it once complete; null while more is to come. */
  push(chunk: Buffer): { response: Response; rest: Buffer } | null {
    this.started = true;
    let data = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = null;
    while (this.head === null) {
      const end = data.indexOf(HEAD_END);
      if (end === -1) notHttp(data); // a peer that is not HTTP fails now, not at the socket timeout
      if ((end === -1 ? data.length : end) > MAX_HEAD_BYTES) throw new ProtocolError(`the answer's headers are over ${MAX_HEAD_BYTES / 1024} KiB`);
      if (end === -1) {
        this.pending = data;
        return null;
      }
      const head = parseHead(data.toString('latin1', 0, end));
      data = data.subarray(end + 4);
      if (head.status >= 100 && head.status < 200 && head.status !== 101) continue; // 100 Continue, 103 Early Hints: the answer follows
      this.head = head;
      const done = this.frame(head);
      if (done) return { response: this.response(), rest: data };
    }
    return this.readBody(data);
  }

  /** The connection closed: the answer, when it was to end with the connection; otherwise throws. */
  end(): Response {
    if (this.head === null) {
      throw Object.assign(new Error(this.started ? 'the connection closed inside the headers of the answer' : 'socket hang up'), { code: 'ECONNRESET' });
    }
    if (this.state === 'until-close') return this.response();
    const of = this.declaredLength >= 0 ? `of ${this.declaredLength} ` : '';
    throw new CutShortError(`${this.received} ${of}bytes arrived before the connection closed`);
  }

  /** Decides how the body is framed; true when there is none to read. */
  private frame(head: ResponseHead): boolean {
    const { status, headers } = head;
    // An answer to CONNECT: a 2xx has no body, the bytes after its head are the tunnel's; any other ends the connection unread.
    if (this.tunnel) return true;
    if (status === 101) throw new ProtocolError('the service switched protocols (HTTP 101), though none was asked for');
    if (status === 204 || status === 304) return true;
    const transferEncoding = headers['transfer-encoding'];
    const contentLength = headers['content-length'];
    if (transferEncoding !== undefined) {
      // Two framings at once is how requests are smuggled past proxies: refused, not resolved.
      if (contentLength !== undefined) throw new ProtocolError('the answer is framed twice (transfer-encoding and content-length)');
      if (transferEncoding.toLowerCase() !== 'chunked') throw new ProtocolError(`the answer's transfer-encoding is ${JSON.stringify(transferEncoding)}; only chunked is read`);
      this.state = 'chunk-size';
      return false;
    }
    if (contentLength !== undefined) {
      if (!/^\d{1,15}$/.test(contentLength)) throw new ProtocolError(`the answer's content-length ${JSON.stringify(contentLength)} is not a number of bytes`);
      const length = Number(contentLength);
      if (length > this.maxBodyBytes) throw new ProtocolError(`the answer is ${length} bytes (content-length), over the ${this.maxBodyBytes}-byte limit`);
      this.declaredLength = length;
      this.remaining = length;
      this.state = 'length';
      return length === 0;
    }
    head.keepAlive = false; // the body ends when the connection does
    this.state = 'until-close';
    return false;
  }

  private readBody(data: Buffer): { response: Response; rest: Buffer } | null {
    let at = 0;
    while (at < data.length) {
      switch (this.state) {
        case 'until-close':
          this.take(data.subarray(at));
          return null;
        case 'length':
        case 'chunk-data': {
          const size = Math.min(this.remaining, data.length - at);
          this.take(data.subarray(at, at + size));
          at += size;
          this.remaining -= size;
          if (this.remaining > 0) break;
          if (this.state === 'length') return { response: this.response(), rest: data.subarray(at) };
          this.state = 'chunk-end';
          break;
        }
        case 'chunk-end': {
          if (data.length - at < 2) {
            this.pending = data.subarray(at);
            return null;
          }
          if (data[at] !== 13 || data[at + 1] !== 10) throw new ProtocolError('a chunk of the answer does not end where its size says');
          at += 2;
          this.state = 'chunk-size';
          break;
        }
        case 'chunk-size':
        case 'trailers': {
          const lineEnd = data.indexOf(CRLF, at);
          const limit = this.state === 'chunk-size' ? MAX_CHUNK_LINE_BYTES : MAX_HEAD_BYTES;
          if (lineEnd === -1) {
            if (data.length - at > limit) throw new ProtocolError('a chunk-size or trailer line of the answer is too long');
            this.pending = data.subarray(at);
            return null;
          }
          const line = data.toString('latin1', at, lineEnd);
          at = lineEnd + 2;
          if (this.state === 'trailers') {
            if (line === '') return { response: this.response(), rest: data.subarray(at) }; // trailers are not used
            this.trailerBytes += line.length + 2;
            if (this.trailerBytes > MAX_HEAD_BYTES) throw new ProtocolError(`the answer's trailers are over ${MAX_HEAD_BYTES / 1024} KiB`);
            continue;
          }
          const size = CHUNK_SIZE_LINE.exec(line);
          if (!size) throw new ProtocolError(`a chunk size of the answer reads ${JSON.stringify(line)}`);
          this.remaining = parseInt(size[1]!, 16);
          if (this.received + this.remaining > this.maxBodyBytes) this.overLimit();
          this.state = this.remaining === 0 ? 'trailers' : 'chunk-data';
          break;
        }
      }
    }
    return null;
  }

  private take(part: Buffer): void {
    if (part.length === 0) return;
    this.received += part.length;
    if (this.received > this.maxBodyBytes) this.overLimit();
    this.parts.push(part);
  }

  private overLimit(): never {
    throw new ProtocolError(`the answer is over the ${this.maxBodyBytes}-byte limit`);
  }

  private response(): Response {
    const body = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts);
    return { ...this.head!, body };
  }
}

/** Throws once the first bytes of an answer still to come show it is not HTTP/1.x: another protocol's greeting, or lines ended by a bare LF. */
function notHttp(data: Buffer): void {
  const lineEnd = data.indexOf(10); // \n
  const first = data.toString('latin1', 0, lineEnd === -1 ? Math.min(data.length, 5) : lineEnd + 1);
  if (!'HTTP/'.startsWith(first.slice(0, 5)) || (lineEnd !== -1 && (data[lineEnd - 1] !== 13 || !STATUS_LINE.test(first.slice(0, -2))))) {
    throw new ProtocolError(`the answer does not start with an HTTP/1.1 status line (it reads ${JSON.stringify(first.replace(/\r?\n$/, ''))})`);
  }
}

/** The status line and header lines of an answer (its head without the blank line). */
function parseHead(text: string): ResponseHead {
  const lines = text.split('\r\n');
  const statusLine = STATUS_LINE.exec(lines[0]!);
  if (!statusLine) throw new ProtocolError(`the answer does not start with an HTTP/1.1 status line (it reads ${JSON.stringify(lines[0]!)})`);
  const headers = Object.create(null) as Record<string, string>; // a header named __proto__ is just a header
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).toLowerCase();
    // No folded lines (obsolete), no space before the colon, no bare CR or LF: each has been used to hide a header from one reader and show it to another.
    if (colon <= 0 || !TOKEN.test(name)) throw new ProtocolError(`a header line of the answer is malformed (${JSON.stringify(line)})`);
    const value = line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '');
    if (!FIELD_VALUE.test(value)) throw new ProtocolError(`the answer's header ${name} holds a control character`);
    const earlier = headers[name];
    if (earlier === undefined) headers[name] = value;
    else if (name === 'content-length') {
      if (value !== earlier) throw new ProtocolError('the answer declares two different content-lengths');
    } else if (LIST_FIELDS.has(name)) headers[name] = `${earlier}, ${value}`;
  }
  const version = statusLine[1];
  const connection = (headers.connection ?? '').toLowerCase();
  const keepAlive = version === '1' ? !/(?:^|,)\s*close\s*(?:,|$)/.test(connection) : /(?:^|,)\s*keep-alive\s*(?:,|$)/.test(connection);
  return { status: Number(statusLine[2]), statusText: statusLine[3] ?? '', headers, keepAlive };
}
