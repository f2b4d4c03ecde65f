// Hash lists as incident responders paste them.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { HashListError, parseHashList } from '../../src/cli/hash-list.ts';

const MD5 = 'd41d8cd98f00b204e9800998ecf8427e';
const SHA1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';
const SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

function badLines(text: string): HashListError {
  try {
    parseHashList(text, '--hashes alerts.txt');
  } catch (error) {
    if (error instanceof HashListError) return error;
    throw error;
  }
  throw new Error('the list was accepted');
}

describe('good lists', () => {
  test('mixed kinds, comments, blank lines, any case; each hash with its kind and first line', () => {
    const text = ['# from alert queue 42', '', MD5, `  ${SHA1.toUpperCase()}  # the dropper`, '\t', SHA256, '   # indented comment'].join('\n');
    expect(parseHashList(text, '--hashes -')).toEqual({
      hashes: [
        { hash: MD5, kind: 'md5', line: 3 },
        { hash: SHA1, kind: 'sha1', line: 4 },
        { hash: SHA256, kind: 'sha256', line: 6 },
      ],
      duplicates: 0,
    });
  });

  test.each([
    ['CRLF line ends', `${MD5}\r\n${SHA256}\r\n`],
    ['old Mac line ends', `${MD5}\r${SHA256}`],
    ['a byte order mark', `\ufeff${MD5}\n${SHA256}`],
    ['trailing spaces and tabs', `${MD5} \t\n\t${SHA256}`],
  ])('%s', (_, text) => {
    expect(parseHashList(text, 'list').hashes.map((h) => h.hash)).toEqual([MD5, SHA256]);
  });

  test('a hash listed again, in any case, is kept once and counted', () => {
    const list = parseHashList([SHA256, MD5, SHA256.toUpperCase(), SHA256, MD5].join('\n'), 'list');
    expect(list.hashes.map((h) => [h.hash, h.line])).toEqual([
      [SHA256, 1],
      [MD5, 2],
    ]);
    expect(list.duplicates).toBe(3);
  });

  test.each([
    ['nothing', ''],
    ['only comments and blank lines', '# nothing yet\n\n   \n# still nothing'],
  ])('%s is an empty list, not an error', (_, text) => {
    expect(parseHashList(text, 'list')).toEqual({ hashes: [], duplicates: 0 });
  });
});

test('any hashes, in any case, with comments and blank lines between: each comes back once, lower case', () => {
  const hash = fc.constantFrom(32, 40, 64).chain((length) => fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: length, maxLength: length }));
  const filler = fc.constantFrom('', '   ', '# a comment', '\t# indented');
  fc.assert(
    fc.property(fc.array(fc.tuple(hash, filler, fc.constantFrom('', '  # note')), { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), (entries, eol) => {
      const text = entries.flatMap(([h, line, note]) => [line, `${h}${note}`]).join(eol);
      const list = parseHashList(text, 'list');
      const unique = [...new Set(entries.map(([h]) => h.toLowerCase()))];
      expect(list.hashes.map((h) => h.hash)).toEqual(unique);
      expect(list.duplicates).toBe(entries.length - unique.length);
      expect(list.hashes.map((h) => h.kind)).toEqual(unique.map((h) => ({ 32: 'md5', 40: 'sha1', 64: 'sha256' })[h.length]));
    }),
  );
});

describe('bad lines', () => {
  test.each([
    ['a short hex string', 'abc123', '6 hexadecimal digits, where a hash has 32, 40 or 64'],
    ['one digit too many', `${MD5}0`, '33 hexadecimal digits, where a hash has 32, 40 or 64'],
    ['sha256sum output', `${SHA256}  dist/app.exe`, 'a hash followed by more text (one hash a line; put notes after #)'],
    ['a non-hex letter', `${MD5.slice(0, 31)}g`, 'not a hexadecimal hash'],
    ['a URL', 'https://example.com/malware', 'not a hexadecimal hash'],
  ])('%s is refused with the reason', (_, line, reason) => {
    const error = badLines(`${SHA256}\n${line}\n`);
    expect(error.badLines).toEqual([{ line: 2, text: line, reason }]);
    expect(error.message).toBe(
      `--hashes alerts.txt: 1 line is not a hash. Each line must be one MD5 (32), SHA-1 (40) or SHA-256 (64) hexadecimal hash; # starts a comment.\n  line 2: "${line}": ${reason}`,
    );
  });

  test('every bad line is named at once, in order', () => {
    const error = badLines(['nope', MD5, '', 'xyz # comment', SHA1, '1234'].join('\n'));
    expect(error.badLines.map((b) => [b.line, b.text])).toEqual([
      [1, 'nope'],
      [4, 'xyz # comment'],
      [6, '1234'],
    ]);
    expect(error.message.split('\n')[0]).toMatch(/^--hashes alerts\.txt: 3 lines are not a hash\./);
  });

  test('the text shown is clipped and escaped', () => {
    const error = badLines(`evil\u001b[2J\u202e${'x'.repeat(100)}`);
    expect(error.badLines[0]!.text).toBe(`evil\\u001b[2J\\u202e${'x'.repeat(71)}…`);
    expect(error.message).not.toMatch(/[\u001b\u202e]/);
  });

  test('a long run of bad lines (a binary file) names the first 20 and counts the rest', () => {
    const error = badLines(Array.from({ length: 500 }, (_, i) => `junk ${i}`).join('\n'));
    expect(error.badLines).toHaveLength(500);
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(22);
    expect(lines[20]).toBe('  line 20: "junk 19": not a hexadecimal hash');
    expect(lines[21]).toBe('  and 480 more, from line 21 to line 500');
  });
});
