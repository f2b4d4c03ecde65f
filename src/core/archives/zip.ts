// zip and everything built on it (jar, war, ear, apk, aab, ipa, nupkg, whl, vsix, msix, appx; crx
// after its header), read by yauzl through the central directory: random access, entry by entry.
import { close, open, read, readSync } from 'node:fs';
import { promisify } from 'node:util';
import { PassThrough, Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { ArchiveEntry, ArchiveSource } from './entries.js';

const OPTIONS: yauzl.Options = {
  lazyEntries: true,
  autoClose: false,
  // Names are only shown: decoded below without yauzl's refusal of `..` and absolute paths, which
  // would end the whole archive at the first such name.
  decodeStrings: false,
  validateEntrySizes: true, // a member whose declared size lies fails with the reason
};

export async function* zipEntries(source: ArchiveSource, maxMembers: number): AsyncGenerator<ArchiveEntry> {
  const fd = 'file' in source ? await promisify(open)(source.file, 'r') : null;
  try {
    yield* zipFileEntries(
      'file' in source
        ? await yauzl.fromRandomAccessReaderPromise(new FileRangeReader(fd!, source.offset), source.size - source.offset, OPTIONS)
        : await yauzl.fromBufferPromise(source.buffer, OPTIONS),
      maxMembers,
    );
  } finally {
    if (fd !== null) await promisify(close)(fd);
  }
}

async function* zipFileEntries(zip: yauzl.ZipFile, maxMembers: number): AsyncGenerator<ArchiveEntry> {
  try {
    // The central directory says how many members there are: a zip bomb of tiny members is refused unread.
    if (zip.entryCount > maxMembers) throw new Error(`it lists ${zip.entryCount} members, more than archive-max-members (${maxMembers}); none were read`);
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const raw = entry.fileName as unknown as Buffer;
      // A directory; one that holds data is read like any member (a loader may read it, so it is no hiding place).
      if (raw.at(-1) === 0x2f && entry.uncompressedSize === 0 && entry.compressedSize <= EMPTY_DEFLATE_BYTES) continue;
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, false);
      const current = entry;
      yield {
        name,
        compressedSize: entry.compressedSize,
        declaredSize: entry.uncompressedSize,
        isolated: true,
        ...(entry.isEncrypted() ? { unreadable: 'it is encrypted' } : unsupportedMethod(entry.compressionMethod)),
        data: async () => sizeChecked((await zip.openReadStreamPromise(current)) as Readable),
      };
    }
  } finally {
    zip.close();
  }
}

/** What yauzl inflates: stored (0) and deflated (8). The others zip allows, by name. */
const METHOD_NAMES: Record<number, string> = { 9: 'Deflate64', 12: 'bzip2', 14: 'LZMA', 93: 'zstd', 95: 'xz', 98: 'PPMd' };

function unsupportedMethod(method: number): { unreadable: string } | null {
  if (method === 0 || method === 8) return null;
  return { unreadable: `it is compressed with ${METHOD_NAMES[method] ?? `method ${method}`}, which the gate does not read (only stored and deflated members)` };
}

/** An empty member deflated: what some tools store for a directory. */
const EMPTY_DEFLATE_BYTES = 2;

/** A member's data, its size mismatch (yauzl's validateEntrySizes) said as such. */
async function* sizeChecked(data: Readable): AsyncGenerator<Buffer> {
  try {
    yield* data as AsyncIterable<Buffer>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/bytes in the stream/.test(message)) throw new Error(`its data does not match the size it declares (${message.replace(/\.$/, '')})`, { cause: error });
    throw error;
  }
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const settle = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: yauzl.Entry) => (settle(), resolve(entry));
    const onEnd = () => (settle(), resolve(null));
    const onError = (error: Error) => (settle(), reject(error));
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

/**
 * Ranges of an open file, shifted by `offset`: one descriptor for the central directory and every member.
 * yauzl asks for each directory record and local header on its own: small ranges come from one cached
 * block (10,000 members took 3 s read one by one, a tenth of that so), large ones are streamed.
 */
class FileRangeReader extends yauzl.RandomAccessReader {
  private readonly fd: number;
  private readonly offset: number;
  /** The blocks read last, newest first: one under the central directory, one under the members it names. */
  private blocks: { start: number; bytes: Buffer }[] = [];

  constructor(fd: number, offset: number) {
    super();
    this.fd = fd;
    this.offset = offset;
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const { fd } = this;
    let position = this.offset + start;
    const stop = this.offset + end;
    if (stop - position <= SMALL_RANGE_BYTES) return new PassThrough().end(this.cached(position, stop));
    return new Readable({
      read() {
        const length = Math.min(RANGE_CHUNK_BYTES, stop - position);
        if (length <= 0) return void this.push(null);
        const buffer = Buffer.allocUnsafe(length);
        read(fd, buffer, 0, length, position, (error, bytesRead) => {
          if (error) return this.destroy(error);
          if (bytesRead === 0) return this.destroy(new Error('the file ended before the range its zip directory names'));
          position += bytesRead;
          this.push(buffer.subarray(0, bytesRead));
        });
      },
    });
  }

  /** The directory records and local headers: copied from the cached block, without a stream each. */
  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (error: Error | null) => void): void {
    if (length > SMALL_RANGE_BYTES) return super.read(buffer, offset, length, position, callback);
    let error: Error | null = null;
    try {
      const bytes = this.cached(this.offset + position, this.offset + position + length);
      if (bytes.length < length) throw new Error('the file ended before the range its zip directory names');
      bytes.copy(buffer, offset);
    } catch (caught) {
      error = caught as Error;
    }
    setImmediate(() => callback(error));
  }

  /** Bytes from `from` to `to` (at most SMALL_RANGE_BYTES), through the cached block. */
  private cached(from: number, to: number): Buffer {
    let block = this.blocks.find(({ start, bytes }) => from >= start && to <= start + bytes.length);
    if (!block) {
      const bytes = Buffer.allocUnsafe(BLOCK_BYTES);
      // Synchronous: a block of a file hashed a moment ago, not worth a thread hop per header.
      block = { start: from, bytes: bytes.subarray(0, readSync(this.fd, bytes, 0, BLOCK_BYTES, from)) };
    }
    this.blocks = [block, ...this.blocks.filter((other) => other !== block)].slice(0, 2);
    return block.bytes.subarray(from - block.start, to - block.start);
  }
}

const RANGE_CHUNK_BYTES = 1024 * 1024;
const SMALL_RANGE_BYTES = 64 * 1024;
const BLOCK_BYTES = 1024 * 1024;

/** Where a crx's zip starts: after "Cr24", its version, and the header that version has. */
export function crxZipOffset(head: Uint8Array): number | null {
  if (head.length < 16) return null;
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.length);
  const version = bytes.readUInt32LE(4);
  if (version === 3) return 12 + bytes.readUInt32LE(8);
  if (version === 2) return 16 + bytes.readUInt32LE(8) + bytes.readUInt32LE(12);
  return null;
}
