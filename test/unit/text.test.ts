import { describe, expect, test } from 'vitest';
import { clip, describeDetection, escapeHtml, formatBytes, formatDate, MAX_SHOWN_CHARS, oneLine } from '../../src/report/text.ts';

describe('oneLine', () => {
  test.each([
    ['', ''],
    ['plain text', 'plain text'],
    ['dist/app-1.0.exe', 'dist/app-1.0.exe'],
    ['héllo ✅ 日本', 'héllo ✅ 日本'],
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\r\\nb'],
    ['a\tb', 'a\\tb'],
    ['nul\u0000', 'nul\\u0000'],
    ['\u001b[31mred', '\\u001b[31mred'],
    ['bell\u0007', 'bell\\u0007'],
    ['unit sep\u001f', 'unit sep\\u001f'],
    ['del\u007f', 'del\\u007f'],
    ['line\u2028sep', 'line\\u2028sep'],
    ['para\u2029sep', 'para\\u2029sep'],
    ['::error::x\n::warning::y', '::error::x\\n::warning::y'],
    ['evil\u202egpj.exe', 'evil\\u202egpj.exe'],
    ['\u202a\u202b\u202c\u202d', '\\u202a\\u202b\\u202c\\u202d'],
    ['\u2066iso\u2067late\u2068d\u2069', '\\u2066iso\\u2067late\\u2068d\\u2069'],
    ['zero\u200bwidth\u200c\u200d\u200e\u200f', 'zero\\u200bwidth\\u200c\\u200d\\u200e\\u200f'],
    ['\ufeffbom', '\\ufeffbom'],
  ])('%j → %j', (input, expected) => {
    expect(oneLine(input)).toBe(expected);
  });

  test('no control character survives', () => {
    const every = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '\u007f\u2028\u2029';
    expect(oneLine(every)).not.toMatch(/[\u0000-\u001f\u007f\u2028\u2029]/);
  });
});

describe('escapeHtml', () => {
  test.each([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ["'", '&#39;'],
    ['|', '&#124;'],
    ['`', '&#96;'],
    ['*', '&#42;'],
    ['_', '&#95;'],
    ['[', '&#91;'],
    [']', '&#93;'],
    ['\\', '&#92;'],
    ['~', '&#126;'],
    ['$', '&#36;'],
    ['@', '&#64;'],
    ['#', '&#35;'],
  ])('%j → %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  test.each([
    ['', ''],
    ['dist/app-1.0.exe', 'dist/app-1.0.exe'],
    ['Trojan:Win32/Wacatac.B!ml', 'Trojan:Win32/Wacatac.B!ml'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a | b', 'a &#124; b'],
    ['`code`', '&#96;code&#96;'],
    ['@octocat fixes #12', '&#64;octocat fixes &#35;12'],
    ['[x](https://e.test)', '&#91;x&#93;(https<span>:</span>//e.test)'],
    ['&lt;', '&amp;lt;'],
    ['&#64;', '&amp;&#35;64;'],
    ['$$x^2$$', '&#36;&#36;x^2&#36;&#36;'],
    ['a\nb', 'a&#92;nb'],
    ['x\u0000y', 'x&#92;u0000y'],
    ['ok ✅', 'ok ✅'],
  ])('%j → %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  test('the result has no markup or Markdown specials and no line breaks', () => {
    const nasty = '<a href="x">\'|`*_[]\\~$@#</a>\n\r\t';
    expect(escapeHtml(nasty)).not.toMatch(/[<>"'|`*_[\]\\~$@\n\r\t]/);
  });
});

describe('formatBytes', () => {
  test.each([
    [0, '0 B'],
    [1, '1 B'],
    [1023, '1023 B'],
    [1024, '1.0 KiB'],
    [1536, '1.5 KiB'],
    [9.94 * 1024, '9.9 KiB'],
    [10 * 1024, '10 KiB'],
    [500 * 1024, '500 KiB'],
    [1024 ** 2, '1.0 MiB'],
    [5.5 * 1024 ** 2, '5.5 MiB'],
    [123_456_789, '118 MiB'],
    [1024 ** 3, '1.0 GiB'],
    [3.25 * 1024 ** 3, '3.3 GiB'],
    [1024 ** 4, '1.0 TiB'],
    [2048 * 1024 ** 4, '2048 TiB'],
  ])('%d → %j', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});

describe('formatDate', () => {
  test.each([
    [null, '—'],
    [new Date('2024-07-29T04:22:49Z'), '2024-07-29'],
    [new Date('2024-12-31T23:59:59.999Z'), '2024-12-31'],
    [new Date('2025-01-01T00:30:00+02:00'), '2024-12-31'],
    [new Date(0), '1970-01-01'],
    [new Date(1722226969 * 1000), '2024-07-29'],
  ])('%s → %j', (date, expected) => {
    expect(formatDate(date)).toBe(expected);
  });
});

describe('clip', () => {
  test('short text is kept as it is', () => {
    expect(clip('Trojan.Win32.Generic')).toBe('Trojan.Win32.Generic');
    expect(clip('x'.repeat(MAX_SHOWN_CHARS))).toBe('x'.repeat(MAX_SHOWN_CHARS));
  });

  test('a 100 KB name is cut to a few hundred characters, saying how much was left out', () => {
    const clipped = clip('A'.repeat(100_000));
    expect(clipped).toBe(`${'A'.repeat(MAX_SHOWN_CHARS)}… (${100_000 - MAX_SHOWN_CHARS} more characters)`);
  });

  test('never splits a surrogate pair', () => {
    const clipped = clip(`${'a'.repeat(MAX_SHOWN_CHARS - 1)}😀😀`);
    expect(clipped.startsWith(`${'a'.repeat(MAX_SHOWN_CHARS - 1)}…`)).toBe(true);
    expect(clipped).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  test('an engine and its threat name are clipped one by one', () => {
    const shown = describeDetection({ engine: 'E'.repeat(5000), result: 'T'.repeat(5000) });
    expect(shown.length).toBeLessThan(2 * MAX_SHOWN_CHARS + 100);
    expect(shown).toMatch(/^E+… \(\d+ more characters\): T+… \(\d+ more characters\)$/);
    expect(describeDetection({ engine: 'Engine', result: null })).toBe('Engine');
  });
});
