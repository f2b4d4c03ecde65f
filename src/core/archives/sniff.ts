// What a file is, by its first bytes, never by its name: the containers the gate opens and the
// native executables and libraries that `archive-members: binaries` looks up.

/** Bytes a sniff needs: tar's magic sits at offset 257. */
export const SNIFF_BYTES = 512;

/** The containers opened. bzip2, 7z, rar, msi, dmg and rpm are judged as whole files only. */
export type ContainerKind = 'zip' | 'crx' | 'tar' | 'gzip' | 'zstd' | 'xz' | 'ar';

const startsWith = (head: Uint8Array, bytes: readonly number[], at = 0): boolean => head.length >= at + bytes.length && bytes.every((byte, i) => head[at + i] === byte);

export function sniffContainer(head: Uint8Array): ContainerKind | null {
  // A local file header, or the end record of an empty zip (jar, war, apk, nupkg, whl, vsix, msix…).
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(head, [0x43, 0x72, 0x32, 0x34])) return 'crx'; // "Cr24": a zip after its header
  // gzip's magic is two bytes: random data starts so once in 65,536 files. Its method (8, deflate) and
  // reserved flag bits (zero) must agree too, or a random .bin would be "a corrupt gzip".
  if (startsWith(head, [0x1f, 0x8b, 0x08]) && head.length > 3 && (head[3]! & 0xe0) === 0) return 'gzip';
  if (startsWith(head, [0x28, 0xb5, 0x2f, 0xfd])) return 'zstd';
  if (startsWith(head, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return 'xz'; // "\xFD7zXZ\0": the stream header
  if (startsWith(head, [...Buffer.from('!<arch>\n')])) return 'ar'; // .deb
  if (startsWith(head, [...Buffer.from('ustar')], 257)) return 'tar'; // POSIX and GNU; pre-POSIX tar has no magic
  return null;
}

/** PE (Windows), ELF (Linux and the BSDs) or Mach-O (macOS, iOS, fat or thin). */
export function isNativeBinary(head: Uint8Array): boolean {
  if (startsWith(head, [0x4d, 0x5a])) return true; // "MZ"
  if (startsWith(head, [0x7f, 0x45, 0x4c, 0x46])) return true;
  const thin = [
    [0xfe, 0xed, 0xfa, 0xce],
    [0xfe, 0xed, 0xfa, 0xcf],
    [0xce, 0xfa, 0xed, 0xfe],
    [0xcf, 0xfa, 0xed, 0xfe],
  ];
  if (thin.some((magic) => startsWith(head, magic))) return true;
  // A fat Mach-O shares 0xcafebabe with Java class files; its next word (architectures) is small,
  // where a class file's (minor and major version) is 45 or more.
  if ((startsWith(head, [0xca, 0xfe, 0xba, 0xbe]) || startsWith(head, [0xca, 0xfe, 0xba, 0xbf])) && head.length >= 8) {
    return Buffer.from(head.buffer, head.byteOffset, head.length).readUInt32BE(4) < 20;
  }
  return false;
}
