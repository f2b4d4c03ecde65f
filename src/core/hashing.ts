// Stage 2: streamed SHA-256s on a pool of worker threads (src/core/hash-worker.js), one per core.
// Each file is read in 1 MiB chunks into the worker's one buffer and never held whole in memory.
//
// Why not hasha: hasha 7's hashFile sends every file to one shared worker thread, so two big
// artifacts hash one after the other on one core, and its hashing stream runs on the main thread,
// where it competes with the HTTP lookups. node:crypto in our own pool uses every core.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { HASH_WORKER, hashFile, type FileAnswer } from './hash-worker.js';

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

type WorkerAnswer = { id: number; answers: FileAnswer[] } | { id: number; index: number; head: Uint8Array } | { ready: true };

interface Waiting {
  path: string | Buffer;
  resolve: (hash: FileHash) => void;
  reject: (error: Error) => void;
  onHead?: ((head: Uint8Array) => void) | undefined;
}

interface Lane {
  worker: Worker;
  /** Batches sent to this worker and not answered yet, by request id. */
  pending: Map<number, Waiting[]>;
  /** Whether the worker has started: until one has, the main thread hashes the small files itself. */
  ready: boolean;
}

/**
 * Files per message to a worker. One message per file cost a cross-thread message and a wake-up per
 * file on the main thread, beside the HTTP lookups; 32 at a time make that cost small per file.
 */
const BATCH_FILES = 32;
/**
 * Batches queued per worker: one being hashed and one waiting, so a worker never runs dry between
 * answers. The price: a big file holds up the small ones of its batch (and of the batch behind it);
 * they are hashed right after it, while the other workers take everything else.
 */
const BATCHES_PER_WORKER = 2;
/** More workers than this only add isolates: hashing is bound by the disk long before 8 cores. */
const MAX_WORKERS = 8;
/**
 * A worker takes 40–150 ms to start (an isolate, then node:crypto), while the main thread has nothing
 * to do but wait for the first hashes. It hashes files up to this size itself meanwhile, one per
 * turn of the event loop, so the first lookups go out at once; a bigger one goes to a worker at once.
 */
const MAIN_THREAD_MAX_BYTES = 256 * 1024;

export class HashPool {
  private readonly size: number;
  private readonly lanes: Lane[] = [];
  /** Files asked for and not yet sent: sent when a batch is full, or once the current job ends. */
  private queued: Waiting[] = [];
  private nextId = 0;
  private closing = false;
  private hashingHere = false;
  /** Files the main thread hashed while the workers started (for the debug log). */
  hashedHere = 0;

  constructor(size = Math.min(os.availableParallelism(), MAX_WORKERS)) {
    this.size = Math.max(1, size);
  }

  /** How many files to hand the pool at once to keep every worker busy. */
  get capacity(): number {
    return this.size * BATCHES_PER_WORKER * BATCH_FILES;
  }

  /**
   * Hashes one file; a Buffer path is taken byte for byte (a name that is not UTF-8). `onHead`, when
   * given, hears the file's first bytes as soon as they are read, long before a big file's hash.
   */
  hash(path: string | Buffer, onHead?: (head: Uint8Array) => void): Promise<FileHash> {
    return new Promise<FileHash>((resolve, reject) => {
      this.queued.push({ path, resolve, reject, onHead });
      if (this.queued.length >= BATCH_FILES) this.send();
      else if (this.queued.length === 1) queueMicrotask(() => this.send()); // a batch not filled goes out anyway
    });
  }

  private send(): void {
    if (this.queued.length === 0) return;
    const lane = this.leastBusyLane(true);
    if (!lane) {
      this.hashHere();
      return;
    }
    this.post(lane, this.queued.splice(0, BATCH_FILES));
  }

  /** Hands `batch` to `lane`'s worker; one that has not started yet reads it once it has. */
  private post(lane: Lane, batch: Waiting[]): void {
    const id = this.nextId++;
    lane.pending.set(id, batch);
    lane.worker.postMessage({
      id,
      paths: batch.map((waiting) => waiting.path),
      earlyHeads: batch.map((waiting) => waiting.onHead !== undefined),
    });
  }

  /**
   * Ends the workers; a scan must call it, or they keep the process alive. Not waited for: a thread
   * takes 10–20 ms to stop, which the reports need not wait for, and an unreferenced one holds nothing.
   */
  close(): void {
    this.closing = true;
    for (const { worker } of this.lanes) {
      worker.unref();
      void worker.terminate();
    }
    this.lanes.length = 0;
  }

  /**
   * The worker with the fewest batches (`started`: of those that have started; none while none has).
   * Workers start on first use, all at once, so a run that matches no file starts none.
   */
  private leastBusyLane(started: boolean): Lane | undefined {
    while (this.lanes.length < this.size) this.startWorker();
    return this.lanes.reduce<Lane | undefined>((best, lane) => ((lane.ready || !started) && (!best || lane.pending.size < best.pending.size) ? lane : best), undefined);
  }

  private startWorker(): void {
    const lane: Lane = { worker: new Worker(new URL('./hash-worker.js', import.meta.url), { workerData: HASH_WORKER }), pending: new Map(), ready: false };
    lane.worker.on('message', (answer: WorkerAnswer) => this.settle(lane, answer));
    lane.worker.on('error', (error) => this.retire(lane, `the hashing thread failed: ${error.message}`));
    lane.worker.on('exit', (code) => this.retire(lane, `the hashing thread stopped (exit code ${code})`));
    this.lanes.push(lane);
  }

  /** Hashes queued files on the main thread, one per turn of the event loop, until a worker has started. */
  private hashHere(): void {
    if (this.hashingHere) return;
    this.hashingHere = true;
    const next = () => {
      const waiting = this.lanes.some((lane) => lane.ready) || this.closing ? undefined : this.queued.shift();
      if (!waiting) {
        this.hashingHere = false;
        return;
      }
      const answer = hashFile(waiting.path, waiting.onHead, MAIN_THREAD_MAX_BYTES);
      // A big file goes to a worker at once, each to the least busy one, so two big files hash on two cores.
      if ('tooBig' in answer) this.post(this.leastBusyLane(false)!, [waiting]);
      else {
        this.hashedHere++;
        deliver(waiting, answer);
      }
      setImmediate(next); // the answers' lookups go out between files
    };
    next();
  }

  private settle(lane: Lane, answer: WorkerAnswer): void {
    if ('ready' in answer) {
      lane.ready = true;
      while (this.queued.length > 0) this.send(); // what the main thread did not get to
      return;
    }
    const batch = lane.pending.get(answer.id);
    if ('index' in answer) return batch?.[answer.index]?.onHead?.(answer.head); // a file's first bytes, early
    lane.pending.delete(answer.id);
    for (const [i, waiting] of (batch ?? []).entries()) deliver(waiting, answer.answers[i]!);
  }

  /**
   * A worker that died takes only its own batches down, each file an error for that artifact; the
   * next batch starts a fresh worker.
   */
  private retire(lane: Lane, reason: string): void {
    const index = this.lanes.indexOf(lane);
    if (index !== -1) this.lanes.splice(index, 1);
    if (this.closing) return;
    for (const batch of lane.pending.values()) for (const { reject } of batch) reject(new FileReadError(reason));
    lane.pending.clear();
  }
}

function deliver(waiting: Waiting, answer: FileAnswer): void {
  if ('error' in answer) waiting.reject(new FileReadError(answer.error, answer.special));
  else waiting.resolve({ sha256: answer.sha256, size: answer.size, head: answer.head });
}
