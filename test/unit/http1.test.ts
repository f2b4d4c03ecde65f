// The HTTP/1.1 reader and request head (src/adapters/http1.ts), fed bytes as a connection would.
import { describe, expect, test } from 'vitest';
import { requestHead, ResponseReader, type Response } from '../../src/adapters/http1.ts';
import { CutShortError } from '../../src/core/reputation/client.ts';
import { ProtocolError } from '../../src/core/reputation/parse.ts';

const LIMIT = 1024;

/** Feeds `pieces` one after another; the answer and the bytes after it, or null when it is still incomplete. */
function read(pieces: (string | Buffer)[], limit = LIMIT, options?: { tunnel?: boolean }): { response: Response; rest: string } | null {
  const reader = new ResponseReader(limit, options);
  for (const piece of pieces) {
    const done = reader.push(Buffer.from(piece));
    if (done) return { response: done.response, rest: done.rest.toString('latin1') };
  }
  return null;
}

/** Every way of cutting `text` in two, and byte by byte. */
function cuts(text: string): string[][] {
  const ways = [[text], [...text]];
  for (let at = 1; at < text.length; at++) ways.push([text.slice(0, at), text.slice(at)]);
  return ways;
}

const SIZED = 'HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: 13\r\n\r\n{"error":"x"}';
const CHUNKED = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;name=value\r\nhello\r\nA\r\n, world!!!\r\n0\r\nx-trailer: t\r\n\r\n';

describe('an answer read whole, however its bytes are cut', () => {
  test.each([
    ['content-length', SIZED, 404, '{"error":"x"}'],
    ['chunked, with an extension and a trailer', CHUNKED, 200, 'hello, world!!!'],
  ])('%s', (_, wire, status, body) => {
    for (const pieces of cuts(wire)) {
      const done = read(pieces);
      expect(done?.response).toMatchObject({ status, keepAlive: true });
      expect(done?.response.body.toString()).toBe(body);
      expect(done?.rest).toBe('');
    }
  });

  test('bytes after the answer are handed back, not read into it', () => {
    expect(read([`${SIZED}HTTP/1.1 200`])?.rest).toBe('HTTP/1.1 200');
    expect(read([`${CHUNKED}extra`])?.rest).toBe('extra');
  });

  test('interim 1xx answers are passed over; the final one is read', () => {
    const done = read(['HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nlink: </a>\r\n\r\n', SIZED]);
    expect(done?.response.status).toBe(404);
    expect(done?.response.headers.link).toBeUndefined();
  });

  test('no body for 204 and 304, and for a 2xx answer to CONNECT, whose bytes after the head are the tunnel’s', () => {
    expect(read(['HTTP/1.1 204 No Content\r\n\r\n'])?.response.body.length).toBe(0);
    expect(read(['HTTP/1.1 304 Not Modified\r\ncontent-length: 10\r\n\r\n'])?.response.body.length).toBe(0);
    expect(read(['HTTP/1.1 200 Connection established\r\n\r\n\x16\x03\x01'], 0, { tunnel: true })).toMatchObject({
      response: { status: 200, statusText: 'Connection established' },
      rest: '\x16\x03\x01',
    });
  });

  test('header names lower-case; the first of a repeated field counts, list fields are joined; __proto__ is just a name', () => {
    const done = read(['HTTP/1.1 200 OK\r\nContent-Type: a\r\ncontent-type: b\r\nContent-Encoding: identity\r\ncontent-encoding: gzip\r\n__proto__: x\r\ncontent-length: 0\r\n\r\n']);
    expect(done?.response.headers['content-type']).toBe('a');
    expect(done?.response.headers['content-encoding']).toBe('identity, gzip');
    expect(Object.getOwnPropertyDescriptor(done!.response.headers, '__proto__')?.value).toBe('x');
  });
});

describe('whether the connection can carry another request', () => {
  test.each([
    ['HTTP/1.1, nothing said', 'HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n', true],
    ['HTTP/1.1 with connection: close', 'HTTP/1.1 200 OK\r\nConnection: Close\r\ncontent-length: 0\r\n\r\n', false],
    ['HTTP/1.0, nothing said', 'HTTP/1.0 200 OK\r\ncontent-length: 0\r\n\r\n', false],
    ['HTTP/1.0 with connection: keep-alive', 'HTTP/1.0 200 OK\r\nconnection: keep-alive\r\ncontent-length: 0\r\n\r\n', true],
  ])('%s', (_, wire, keepAlive) => {
    expect(read([wire])?.response.keepAlive).toBe(keepAlive);
  });

  test('a body without a length ends with the connection, which is then not reused', () => {
    const reader = new ResponseReader(LIMIT);
    expect(reader.push(Buffer.from('HTTP/1.1 200 OK\r\n\r\npart one, '))).toBeNull();
    expect(reader.push(Buffer.from('part two'))).toBeNull();
    const response = reader.end();
    expect(response.body.toString()).toBe('part one, part two');
    expect(response.keepAlive).toBe(false);
  });
});

describe('answers refused, with what was wrong', () => {
  test.each([
    ['framed twice', 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\ncontent-length: 5\r\n\r\n', 'the answer is framed twice (transfer-encoding and content-length)'],
    ['a transfer coding other than chunked', 'HTTP/1.1 200 OK\r\ntransfer-encoding: gzip, chunked\r\n\r\n', 'the answer\'s transfer-encoding is "gzip, chunked"; only chunked is read'],
    ['a content-length that is not a number', 'HTTP/1.1 200 OK\r\ncontent-length: 5x\r\n\r\n', 'the answer\'s content-length "5x" is not a number of bytes'],
    ['a negative content-length', 'HTTP/1.1 200 OK\r\ncontent-length: -1\r\n\r\n', 'the answer\'s content-length "-1" is not a number of bytes'],
    ['two content-lengths', 'HTTP/1.1 200 OK\r\ncontent-length: 5\r\ncontent-length: 6\r\n\r\n', 'the answer declares two different content-lengths'],
    ['a declared length over the limit', 'HTTP/1.1 200 OK\r\ncontent-length: 1025\r\n\r\n', 'the answer is 1025 bytes (content-length), over the 1024-byte limit'],
    ['chunks over the limit', `HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n401\r\n`, 'the answer is over the 1024-byte limit'],
    ['a folded header line', 'HTTP/1.1 200 OK\r\nx-a: 1\r\n x-b: 2\r\n\r\n', 'a header line of the answer is malformed (" x-b: 2")'],
    ['a space before the colon', 'HTTP/1.1 200 OK\r\ncontent-length : 5\r\n\r\n', 'a header line of the answer is malformed ("content-length : 5")'],
    ['a line without a colon', 'HTTP/1.1 200 OK\r\nnonsense\r\n\r\n', 'a header line of the answer is malformed ("nonsense")'],
    ['a bare LF inside a value', 'HTTP/1.1 200 OK\r\nx-a: 1\nx-b: 2\r\n\r\n', "the answer's header x-a holds a control character"],
    ['not HTTP', 'SSH-2.0-OpenSSH_9.6\r\n\r\n', 'the answer does not start with an HTTP/1.1 status line (it reads "SSH-2.0-OpenSSH_9.6")'],
    ['HTTP/2', 'HTTP/2 200\r\n\r\n', 'the answer does not start with an HTTP/1.1 status line (it reads "HTTP/2 200")'],
    ['an escape sequence in the reason phrase', 'HTTP/1.1 200 \x1b[31mOK\r\n\r\n', 'the answer does not start with an HTTP/1.1 status line (it reads "HTTP/1.1 200 \\u001b[31mOK")'],
    ['101 Switching Protocols', 'HTTP/1.1 101 Switching Protocols\r\nupgrade: h2c\r\n\r\n', 'the service switched protocols (HTTP 101), though none was asked for'],
    ['a chunk size that is not hex', 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n', 'a chunk size of the answer reads "zz"'],
    ['a chunk longer than its size', 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2\r\nabc\r\n', 'a chunk of the answer does not end where its size says'],
  ])('%s', (_, wire, message) => {
    expect(() => read([wire])).toThrow(new ProtocolError(message));
  });

  test('a peer that is not HTTP fails at its first bytes, not when its headers would have ended', () => {
    expect(() => read(['SSH-2.0-OpenSSH_9.6\r\n'])).toThrow(new ProtocolError('the answer does not start with an HTTP/1.1 status line (it reads "SSH-2.0-OpenSSH_9.6")'));
    expect(() => read(['SSH-2'])).toThrow(new ProtocolError('the answer does not start with an HTTP/1.1 status line (it reads "SSH-2")'));
    expect(() => read(['HTTP/1.1 200 OK\ncontent-length: 0\n'])).toThrow(/does not start with an HTTP\/1\.1 status line \(it reads "HTTP\/1\.1 200 OK"\)/);
    expect(read(['HTT', 'P/1.1 2', '00 OK\r', '\n'])).toBeNull(); // a real one, however it is cut, waits for the rest
  });

  test('headers over 16 KiB, whether or not their end has come', () => {
    const long = `HTTP/1.1 200 OK\r\nx-pad: ${'a'.repeat(16 * 1024)}`;
    expect(() => read([long])).toThrow(/headers are over 16 KiB/);
    expect(() => read([`${long}\r\n\r\n`])).toThrow(/headers are over 16 KiB/);
  });

  test('trailers over 16 KiB in all, however many lines', () => {
    const trailers = Array.from({ length: 200 }, (_, i) => `x-t${i}: ${'a'.repeat(100)}\r\n`).join('');
    expect(() => read([`HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n0\r\n${trailers}\r\n`])).toThrow(new ProtocolError("the answer's trailers are over 16 KiB"));
  });

  test('a connection closed inside the body: cut short, saying how much came', () => {
    const reader = new ResponseReader(LIMIT);
    reader.push(Buffer.from('HTTP/1.1 200 OK\r\ncontent-length: 1000\r\n\r\n{"data":'));
    expect(() => reader.end()).toThrow(new CutShortError('8 of 1000 bytes arrived before the connection closed'));
    const chunked = new ResponseReader(LIMIT);
    chunked.push(Buffer.from('HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n5\r\nhel'));
    expect(() => chunked.end()).toThrow(new CutShortError('3 bytes arrived before the connection closed'));
  });

  test('a connection closed before any answer, or inside its headers: ECONNRESET, and whether anything came', () => {
    const silent = new ResponseReader(LIMIT);
    expect(() => silent.end()).toThrow(expect.objectContaining({ code: 'ECONNRESET', message: 'socket hang up' }));
    expect(silent.started).toBe(false);
    const partial = new ResponseReader(LIMIT);
    partial.push(Buffer.from('HTTP/1.1 200 OK\r\n'));
    expect(() => partial.end()).toThrow(expect.objectContaining({ code: 'ECONNRESET', message: 'the connection closed inside the headers of the answer' }));
    expect(partial.started).toBe(true);
  });
});

describe('the head of a request', () => {
  test('request line, Host, the headers as given, and chunked when the length is unknown', () => {
    expect(requestHead('GET', '/api/v3/files/abc', 'www.virustotal.com', { 'x-apikey': 'k', accept: 'application/json' })).toBe(
      'GET /api/v3/files/abc HTTP/1.1\r\nhost: www.virustotal.com\r\nx-apikey: k\r\naccept: application/json\r\n\r\n',
    );
    expect(requestHead('POST', '/api/v3/files', '[::1]:8080', {}, true)).toBe('POST /api/v3/files HTTP/1.1\r\nhost: [::1]:8080\r\ntransfer-encoding: chunked\r\n\r\n');
  });

  test.each([
    ['a CR LF in a value (a second header smuggled in)', '/a', { 'x-apikey': 'k\r\nx-evil: 1' }, 'Invalid character in header content ["x-apikey"]'],
    ['a NUL in a value', '/a', { 'x-apikey': 'k\0' }, 'Invalid character in header content ["x-apikey"]'],
    ['a character past Latin-1 in a value', '/a', { 'x-apikey': 'kü€' }, 'Invalid character in header content ["x-apikey"]'],
    ['a space in a name', '/a', { 'x apikey': 'k' }, 'Invalid character in a header name ["x apikey"]'],
    ['a space in the target', '/a b', {}, 'Invalid character in the request target'],
  ])('refused, as Node refuses it (ERR_INVALID_CHAR): %s', (_, target, headers, message) => {
    expect(() => requestHead('GET', target, 'h', headers)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_CHAR', message }));
  });
});
