// Stage 2: the streamed SHA-256 of one file. The file is read in chunks into a reused buffer and
// never held whole in memory; the chunks go straight into the hash, with no stream in between.
import { hashingStream } from 'hasha';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** Large reads keep syscalls few on big artifacts; one buffer per file being hashed, reused. */
const CHUNK_BYTES = 1024 * 1024;

export interface FileHash {
  sha256: string;
  size: number;
}

export class FileReadError extends Error {
  override name = 'FileReadError';
}

/**
 * Read buffers for hashing, reused across files: allocating a fresh 1 MiB per file costs more than
 * hashing a small file, and churns the garbage collector on trees of many files.
 */
const spareBuffers: Buffer[] = [];

/**
 * Hashes a regular file. The file is opened non-blocking and checked with fstat, so a FIFO or device
 * that replaced the file after listing fails fast instead of blocking the scan.
 */
export async function hashFile(filePath: string): Promise<FileHash> {
  let handle;
  try {
    handle = await open(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new FileReadError(`cannot open the file: ${describeFsError(error)}`);
  }
  const buffer = spareBuffers.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new FileReadError('not a regular file');
    // hasha's hashing stream is node:crypto's Hash; it is fed chunk by chunk with update().
    const hash = hashingStream({ algorithm: 'sha256' });
    for (let position = 0; ; ) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      hash.update(buffer.subarray(0, bytesRead));
      position += bytesRead;
      // A short read of a regular file is its end: this saves small files a second read.
      if (bytesRead < buffer.length) break;
    }
    return { sha256: hash.digest('hex'), size: info.size };
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    throw new FileReadError(`cannot read the file: ${describeFsError(error)}`);
  } finally {
    spareBuffers.push(buffer);
    await handle.close();
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'it no longer exists (ENOENT)';
  if (code === 'EACCES' || code === 'EPERM') return `permission denied (${code})`;
  return code ?? (error instanceof Error ? error.message : String(error));
}
