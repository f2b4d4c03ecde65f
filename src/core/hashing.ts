// Stage 2: streamed SHA-256s on a pool of worker threads (src/core/hash-worker.js), one per core.
// Each file is read in 1 MiB chunks into the worker's one buffer and never held whole in memory.
//
// Why not hasha: hasha 7's hashFile sends every file to one shared worker thread, so two big
// artifacts hash one after the other on one core, and its hashing stream runs on the main thread,
// where it competes with the HTTP lookups. node:crypto in our own pool uses every core.
import os from 'node:os';
import { Worker } from 'node:worker_threads';

export interface FileHash {
  sha256: string;
  size: number;
  /** The file's first bytes (up to 512), to recognise an archive by. */
  head?: Uint8Array;
}

export class FileReadError extends Error {
  override name = 'FileReadError';
  /** Set when the path is not a regular file (FIFO, socket, device): it was never read. */
  readonly special: string | undefined;

  constructor(message: string, special?: string) {
    super(message);
    this.special = special;
  }
}

type WorkerAnswer = { id: number } & ({ sha256: string; size: number; head: Uint8Array } | { error: string; special?: string } | { head: Uint8Array });

interface Lane {
  worker: Worker;
  /** Files sent to this worker and not answered yet, by request id. */
  pending: Map<number, { resolve: (hash: FileHash) => void; reject: (error: Error) => void; onHead?: ((head: Uint8Array) => void) | undefined }>;
}

/**
 * Files queued per worker. With only one waiting, a worker on small files runs dry between answers,
 * sleeps, and every next file costs a cross-thread wake-up (about 45 µs of the main thread per file
 * on a 2-vCPU runner, beside the HTTP lookups). Eight keep it busy: the hashing phase of 5,000 files
 * of 4–64 KiB took about a third less time. The price: a big file can hold up to seven small ones
 * queued behind it; they are hashed right after it, while the other workers take everything else.
 */
const QUEUE_PER_WORKER = 8;
/** More workers than this only add isolates: hashing is bound by the disk long before 8 cores. */
const MAX_WORKERS = 8;

export class HashPool {
  private readonly size: number;
  private readonly lanes: Lane[] = [];
  private nextId = 0;
  private closing = false;

  constructor(size = Math.min(os.availableParallelism(), MAX_WORKERS)) {
    this.size = Math.max(1, size);
  }

  /** How many files to hand the pool at once to keep every worker busy. */
  get capacity(): number {
    return this.size * QUEUE_PER_WORKER;
  }

  /**
   * Hashes one file; a Buffer path is taken byte for byte (a name that is not UTF-8). `onHead`, when
   * given, hears the file's first bytes as soon as they are read, long before a big file's hash.
   */
  hash(path: string | Buffer, onHead?: (head: Uint8Array) => void): Promise<FileHash> {
    const lane = this.leastBusyLane();
    const id = this.nextId++;
    return new Promise<FileHash>((resolve, reject) => {
      lane.pending.set(id, { resolve, reject, onHead });
      lane.worker.postMessage({ id, path, earlyHead: onHead !== undefined });
    });
  }

  /** Ends the workers; a scan must call it, or they keep the process alive. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.lanes.map((lane) => lane.worker.terminate()));
    this.lanes.length = 0;
  }

  /** Workers start on first use, so a run that matches no file starts none. */
  private leastBusyLane(): Lane {
    const idle = this.lanes.reduce<Lane | undefined>((best, lane) => (!best || lane.pending.size < best.pending.size ? lane : best), undefined);
    if (idle && (idle.pending.size === 0 || this.lanes.length >= this.size)) return idle;
    const lane: Lane = { worker: new Worker(new URL('./hash-worker.js', import.meta.url)), pending: new Map() };
    lane.worker.on('message', (answer: WorkerAnswer) => this.settle(lane, answer));
    lane.worker.on('error', (error) => this.retire(lane, `the hashing thread failed: ${error.message}`));
    lane.worker.on('exit', (code) => this.retire(lane, `the hashing thread stopped (exit code ${code})`));
    this.lanes.push(lane);
    return lane;
  }

  private settle(lane: Lane, answer: WorkerAnswer): void {
    const waiting = lane.pending.get(answer.id);
    if (waiting && !('sha256' in answer) && !('error' in answer)) return waiting.onHead?.(answer.head); // the file's first bytes, early
    lane.pending.delete(answer.id);
    if (!waiting) return;
    if ('error' in answer) waiting.reject(new FileReadError(answer.error, answer.special));
    else if ('sha256' in answer) waiting.resolve({ sha256: answer.sha256, size: answer.size, head: answer.head });
  }

  /**
   * A worker that died takes only its own files down, each as an error for that artifact; the next
   * file starts a fresh worker.
   */
  private retire(lane: Lane, reason: string): void {
    const index = this.lanes.indexOf(lane);
    if (index !== -1) this.lanes.splice(index, 1);
    if (this.closing) return;
    for (const { reject } of lane.pending.values()) reject(new FileReadError(reason));
    lane.pending.clear();
  }
}
