import { describe, expect, test } from 'vitest';
import { showBytes } from '../../src/core/bytes.ts';

describe('showBytes', () => {
  test.each([
    [Buffer.from('dist/app.exe'), 'dist/app.exe'],
    [Buffer.from('héllo ✅ 日本 😀'), 'héllo ✅ 日本 😀'],
    [Buffer.from('\ufeffbom'), '\ufeffbom'], // valid UTF-8 is kept whole; escaping for display happens later
    [Buffer.from([0x61, 0xff, 0x62]), 'a\\xffb'],
    [Buffer.from([0xc3, 0x28]), '\\xc3('],
    [Buffer.from([0xe2, 0x82]), '\\xe2\\x82'], // cut short
    [Buffer.from([0xed, 0xa0, 0x80]), '\\xed\\xa0\\x80'], // an encoded surrogate
    [Buffer.from([0xc0, 0xaf]), '\\xc0\\xaf'], // overlong
    [Buffer.concat([Buffer.from('é'), Buffer.from([0x80]), Buffer.from('日')]), 'é\\x80日'],
  ])('%j → %j', (bytes, expected) => {
    expect(showBytes(bytes)).toBe(expected);
  });

  test('invalid bytes and U+FFFD are shown apart', () => {
    expect(showBytes(Buffer.from([0xff]))).not.toBe(showBytes(Buffer.from('\ufffd')));
  });
});
