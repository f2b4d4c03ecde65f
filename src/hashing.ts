// Stage 2: the streamed SHA-256 of one file. The file is read in chunks and never held whole in memory.
import { hashingStream } from 'hasha';
import { constants, createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';

/** Large reads keep syscalls and stream overhead low on big artifacts; memory stays one chunk per file. */
const CHUNK_BYTES = 1024 * 1024;

export interface FileHash {
  sha256: string;
  size: number;
}

export class FileReadError extends Error {
  override name = 'FileReadError';
}

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
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new FileReadError('not a regular file');
    const hash = hashingStream({ algorithm: 'sha256', encoding: 'hex' });
    // autoClose: false leaves closing to the finally below, which owns the handle.
    await pipeline(createReadStream('', { fd: handle.fd, autoClose: false, highWaterMark: CHUNK_BYTES }), hash);
    return { sha256: hash.read() as string, size: info.size };
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    throw new FileReadError(`cannot read the file: ${describeFsError(error)}`);
  } finally {
    await handle.close();
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'it no longer exists (ENOENT)';
  if (code === 'EACCES' || code === 'EPERM') return `permission denied (${code})`;
  return code ?? (error instanceof Error ? error.message : String(error));
}
