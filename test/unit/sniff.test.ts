// Recognising archives and native binaries by their first bytes.
import { expect, test } from 'vitest';
import { crxZipOffset } from '../../src/core/archives/zip.ts';
import { isNativeBinary, sniffContainer } from '../../src/core/archives/sniff.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const withTarMagic = (magic: string) => {
  const head = new Uint8Array(512);
  head.set(Buffer.from(magic), 257);
  return head;
};

test.each([
  ['zip', bytes(0x50, 0x4b, 0x03, 0x04, 0x14), 'zip'],
  ['empty zip', bytes(0x50, 0x4b, 0x05, 0x06), 'zip'],
  ['crx', Uint8Array.from(Buffer.from('Cr24\x03\x00\x00\x00')), 'crx'],
  ['gzip', bytes(0x1f, 0x8b, 0x08, 0x00), 'gzip'],
  ['gzip with a file name', bytes(0x1f, 0x8b, 0x08, 0x08), 'gzip'],
  ['random bytes that start like gzip, with another method', bytes(0x1f, 0x8b, 0x13, 0xd1), null],
  ['random bytes that start like gzip, with reserved flags set', bytes(0x1f, 0x8b, 0x08, 0xe0), null],
  ['zstd', bytes(0x28, 0xb5, 0x2f, 0xfd), 'zstd'],
  ['ar', Uint8Array.from(Buffer.from('!<arch>\ndebian-binary')), 'ar'],
  ['POSIX tar', withTarMagic('ustar\x0000'), 'tar'],
  ['GNU tar', withTarMagic('ustar  \x00'), 'tar'],
  ['bzip2 (not opened)', Uint8Array.from(Buffer.from('BZh91AY')), null],
  ['xz', bytes(0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00), 'xz'],
  ['xz magic cut short', bytes(0xfd, 0x37, 0x7a, 0x58, 0x5a), null],
  ['text', Uint8Array.from(Buffer.from('PK is not enough')), null],
  ['empty', bytes(), null],
])('%s', (_, head, kind) => {
  expect(sniffContainer(head)).toBe(kind);
});

test.each([
  ['PE', bytes(0x4d, 0x5a, 0x90, 0x00), true],
  ['ELF', bytes(0x7f, 0x45, 0x4c, 0x46, 0x02), true],
  ['Mach-O 64-bit', bytes(0xcf, 0xfa, 0xed, 0xfe), true],
  ['Mach-O 32-bit big-endian', bytes(0xfe, 0xed, 0xfa, 0xce), true],
  ['fat Mach-O, 2 architectures', bytes(0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 2), true],
  ['Java class file, version 52', bytes(0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 52), false],
  ['a script', Uint8Array.from(Buffer.from('#!/bin/sh\n')), false],
  ['too short', bytes(0x7f, 0x45), false],
])('%s is native: %s', (_, head, native) => {
  expect(isNativeBinary(head)).toBe(native);
});

test('a crx zip starts after its header: version 3 by its header size, version 2 by key and signature', () => {
  const v3 = Buffer.alloc(16);
  v3.write('Cr24');
  v3.writeUInt32LE(3, 4);
  v3.writeUInt32LE(100, 8);
  expect(crxZipOffset(v3)).toBe(112);
  const v2 = Buffer.alloc(16);
  v2.write('Cr24');
  v2.writeUInt32LE(2, 4);
  v2.writeUInt32LE(10, 8);
  v2.writeUInt32LE(20, 12);
  expect(crxZipOffset(v2)).toBe(46);
  v2.writeUInt32LE(9, 4);
  expect(crxZipOffset(v2)).toBeNull();
});
