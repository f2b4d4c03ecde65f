// A hashing thread. Plain JavaScript, loaded as is by `new Worker()` from src/ in tests and copied
// next to the bundle by ncc. Synchronous reads run on this thread itself, not on libuv's shared
// pool, so each worker is one independent read-and-hash lane: big files hash on every core at once.
// The main thread imports `hashFile` too: it hashes small files while the workers start.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

// Measured (npm run bench): 64 KiB to 4 MiB chunks hash 512 MiB within noise of each other and of
// `openssl dgst`; the time is SHA-256 itself, not the reads. 1 MiB keeps the read calls few.
const CHUNK_BYTES = 1024 * 1024;
/** The first bytes sent back with the hash, to recognise archives by (src/core/archives/sniff.ts). */
const HEAD_BYTES = 512;
/** One buffer for the thread's whole life (made on first use): files are hashed one at a time. */
let buffer;

// Only in a thread the pool started: imported anywhere else (the main thread, or a thread of a test
// runner), this module only lends `hashFile`.
export const HASH_WORKER = 'artifact-reputation-gate/hash-worker';
if (workerData === HASH_WORKER && parentPort) {
  // A batch of paths in, their answers out in the same order (src/core/hashing.ts). earlyHeads[i]: the
  // first bytes of file i are sent as soon as they are read, so an archive can be opened while it is hashed.
  parentPort.on('message', ({ id, paths, earlyHeads }) => {
    const answers = paths.map((path, index) => hashFile(path, earlyHeads?.[index] ? (head) => parentPort.postMessage({ id, index, head }) : undefined));
    parentPort.postMessage({ id, answers });
  });
  parentPort.postMessage({ ready: true });
}

/**
 * Hashes one file with synchronous reads. Over `maxBytes` (by its size when opened) it is not read:
 * `{ tooBig: true }`, for the caller to hand it to a worker.
 * @param {string | Buffer} path
 * @param {((head: Uint8Array) => void) | undefined} onHead
 * @param {number} [maxBytes]
 * @returns {{ sha256: string, size: number, head: Uint8Array } | { error: string, special?: string } | { tooBig: true }}
 */
export function hashFile(path, onHead, maxBytes = Infinity) {
  buffer ??= Buffer.allocUnsafe(CHUNK_BYTES);
  let fd;
  try {
    // Non-blocking, so a FIFO that replaced the file since listing cannot block this thread.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const special = error.code === 'ENXIO' ? specialType(path) : undefined; // a socket cannot be opened
    return special ? { error: 'not a regular file', special } : { error: `cannot open the file: ${describe(error)}` };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { error: 'not a regular file', special: specialType(path) ?? 'special file' };
    if (info.size > maxBytes) return { tooBig: true };
    const digest = createHash('sha256');
    let total = 0;
    let head;
    // Read to a zero-byte read: on network and FUSE file systems a short read is not the end.
    for (let bytesRead; (bytesRead = readSync(fd, buffer, 0, CHUNK_BYTES, null)) > 0; total += bytesRead) {
      digest.update(buffer.subarray(0, bytesRead));
      if (head === undefined) {
        // A copy in its own small ArrayBuffer: the buffer is reused, and a Buffer from the pool would
        // carry its whole 8 KiB slab across to the main thread.
        head = new Uint8Array(buffer.subarray(0, Math.min(bytesRead, HEAD_BYTES)));
        onHead?.(head);
      }
    }
    // A file written while it was hashed has no single hash: judging a mix would be a silent miss.
    if (total !== info.size) return { error: `the file changed while it was hashed (${info.size} bytes listed, ${total} read)` };
    return { sha256: digest.digest('hex'), size: info.size, head: head ?? new Uint8Array(0) };
  } catch (error) {
    return { error: `cannot read the file: ${describe(error)}` };
  } finally {
    closeSync(fd);
  }
}

function specialType(path) {
  try {
    const info = statSync(path);
    if (info.isFIFO()) return 'FIFO';
    if (info.isSocket()) return 'socket';
    if (info.isCharacterDevice()) return 'character device';
    if (info.isBlockDevice()) return 'block device';
    if (info.isDirectory()) return 'directory';
  } catch {
    // gone again: let the caller's generic message stand
  }
  return undefined;
}

function describe(error) {
  if (error.code === 'ENOENT') return 'it no longer exists (ENOENT)';
  if (error.code === 'EACCES' || error.code === 'EPERM') return `permission denied (${error.code})`;
  return error.code ?? error.message;
}
