// Stage 2: streamed SHA-256s on a pool of worker threads (src/hash-worker.js), one per core.
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

type WorkerAnswer = { id: number } & ({ sha256: string; size: number } | { error: string; special?: string });

interface Lane {
  worker: Worker;
  inFlight: number;
}

/**
 * Files queued per worker. With only one waiting, a worker on small files runs dry between answers,
 * sleeps, and every next file costs a cross-thread wake-up (about 45 µs of the main thread per file
 * on a 2-vCPU runner, beside the HTTP lookups). Eight keep it busy: the hashing phase of 5,000 files
 * of 4–64 KiB took about a third less time. The price: a big file can hold up to seven small ones
 * queued behind it; they are hashed right after it, while the other workers take everything else.
 */
const QUEUE_PER_WORKER = 8;

export class HashPool {
  private readonly size: number;
  private readonly lanes: Lane[] = [];
  private readonly pending = new Map<number, { resolve: (hash: FileHash) => void; reject: (error: Error) => void }>();
  private nextId = 0;

  constructor(size = os.availableParallelism()) {
    this.size = Math.max(1, size);
  }

  /** How many files to hand the pool at once to keep every worker busy. */
  get capacity(): number {
    return this.size * QUEUE_PER_WORKER;
  }

  hash(path: string): Promise<FileHash> {
    const lane = this.leastBusyLane();
    const id = this.nextId++;
    lane.inFlight++;
    return new Promise<FileHash>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      lane.worker.postMessage({ id, path });
    }).finally(() => lane.inFlight--);
  }

  /** Ends the workers; a scan must call it, or they keep the process alive. */
  async close(): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.worker.terminate()));
    this.lanes.length = 0;
  }

  /** Workers start on first use, so a run that matches no file starts none. */
  private leastBusyLane(): Lane {
    const idle = this.lanes.reduce<Lane | undefined>((best, lane) => (!best || lane.inFlight < best.inFlight ? lane : best), undefined);
    if (idle && (idle.inFlight === 0 || this.lanes.length >= this.size)) return idle;
    const worker = new Worker(new URL('./hash-worker.js', import.meta.url));
    worker.on('message', (answer: WorkerAnswer) => this.settle(answer));
    worker.on('error', (error) => this.failAll(error));
    const lane = { worker, inFlight: 0 };
    this.lanes.push(lane);
    return lane;
  }

  private settle(answer: WorkerAnswer): void {
    const waiting = this.pending.get(answer.id);
    this.pending.delete(answer.id);
    if (!waiting) return;
    if ('error' in answer) waiting.reject(new FileReadError(answer.error, answer.special));
    else waiting.resolve({ sha256: answer.sha256, size: answer.size });
  }

  private failAll(error: Error): void {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }
}
