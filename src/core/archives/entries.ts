// The small interface every archive format is read through: a sequence of members, each read once,
// in order, as a stream of chunks. Nothing is written to disk.
import { createReadStream } from 'node:fs';
import { PassThrough, type Readable } from 'node:stream';

export interface ArchiveEntry {
  /** The member's name as the archive stores it: only ever shown (escaped), never used as a path. */
  name: string;
  /** The compressed bytes the format declares for it (zip), to check its compression ratio against. */
  compressedSize: number | null;
  /** The uncompressed bytes the format declares for it (zip): a bomb is refused by it before a byte is inflated. */
  declaredSize?: number;
  /** Why the member cannot be read (an encrypted zip entry); `data` is then not called. */
  unreadable?: string;
  /**
   * Whether reading the next member still works after this one failed (zip, by its central directory).
   * In a stream (tar, ar, gzip) a member that cannot be read ends the archive.
   */
  isolated: boolean;
  /** The member's bytes; read them, or abandon them, before asking for the next member. */
  data(): Promise<AsyncIterable<Buffer>>;
}

/** An archive on disk (from `offset` on: a crx's zip follows its header), or one held in memory. */
export type ArchiveSource = { file: string | Buffer; size: number; offset: number } | { buffer: Buffer };

/** Chunks the size the hashing threads read: few calls, little memory. */
const READ_CHUNK_BYTES = 1024 * 1024;

export function sourceStream(source: ArchiveSource): Readable {
  if ('buffer' in source) return new PassThrough().end(source.buffer);
  return createReadStream(source.file, { start: source.offset, highWaterMark: READ_CHUNK_BYTES });
}

/** A limit that ends the whole walk of an outer artifact (the total uncompressed bytes). */
export class TotalLimitError extends Error {
  override name = 'TotalLimitError';
}
