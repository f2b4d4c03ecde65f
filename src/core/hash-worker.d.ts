// Types of the hashing thread's module (plain JavaScript, see hash-worker.js).
export type FileAnswer = { sha256: string; size: number; head: Uint8Array } | { error: string; special?: string };

/** Hashes one file with synchronous reads; over `maxBytes` it is not read (`{ tooBig: true }`). */
export function hashFile(path: string | Buffer, onHead: ((head: Uint8Array) => void) | undefined, maxBytes?: number): FileAnswer | { tooBig: true };

/** The `workerData` the pool starts its threads with: only such a thread serves hashing messages. */
export const HASH_WORKER: string;
