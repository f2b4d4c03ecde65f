// Unique hashes waiting for their lookup, served by a fixed number of loops. A scan of 100,000 files
// then holds 100,000 strings in an array, not 100,000 suspended calls (a promise and a chain of
// async frames each, about 0.8 KiB) waiting for a concurrency slot.

export class LookupQueue<R> {
  private readonly serve: (key: string) => Promise<R>;
  private readonly workers: number;
  /** Keys in the order added; those before `next` have been handed to `serve`. */
  private waiting: string[] = [];
  private next = 0;
  /** Each key added, with its answer once it has one. */
  private readonly answers = new Map<string, R | undefined>();
  private readonly running = new Set<Promise<void>>();
  /** What a `serve` threw, said by settled(). */
  private failure: { error: unknown } | null = null;

  /**
   * @param serve asked once per key; should not throw (a throw ends that loop and is thrown by settled()).
   * @param workers keys served at once; Infinity serves each key as soon as it is added.
   */
  constructor(serve: (key: string) => Promise<R>, workers: number) {
    this.serve = serve;
    this.workers = Math.max(1, workers);
  }

  /** Queues a key, once: adding it again changes nothing. */
  add(key: string): void {
    if (this.answers.has(key)) return;
    this.answers.set(key, undefined);
    this.waiting.push(key);
    if (this.running.size < this.workers) this.startLoop();
  }

  /** Keys added and not yet handed to `serve`. */
  get queued(): number {
    return this.waiting.length - this.next;
  }

  /** Keys added so far. */
  get size(): number {
    return this.answers.size;
  }

  /** Answers at once the waiting keys `answer` knows (returns non-null for), e.g. from a cache: they are not served. */
  answerWaiting(answer: (key: string) => R | null): void {
    const still: string[] = [];
    for (let i = this.next; i < this.waiting.length; i++) {
      const key = this.waiting[i]!;
      const known = answer(key);
      if (known === null) still.push(key);
      else this.answers.set(key, known);
    }
    [this.waiting, this.next] = [still, 0];
  }

  /** Every key's answer, once all keys added so far (and any added meanwhile) are answered. */
  async settled(): Promise<ReadonlyMap<string, R>> {
    while (this.running.size > 0) await Promise.all(this.running);
    if (this.failure) throw this.failure.error;
    return this.answers as ReadonlyMap<string, R>;
  }

  /**
   * Forgets every key and answer, once whoever asked has read them: a scan's watcher may hold the
   * queue after the scan, and 100,000 answers need not stay alive with it.
   */
  clear(): void {
    this.answers.clear();
    [this.waiting, this.next] = [[], 0];
  }

  private startLoop(): void {
    const loop: Promise<void> = this.drain()
      .catch((error: unknown) => void (this.failure ??= { error }))
      .finally(() => this.running.delete(loop));
    this.running.add(loop);
  }

  private async drain(): Promise<void> {
    while (this.next < this.waiting.length) {
      const key = this.waiting[this.next++]!;
      // Served keys are dropped now and then, so the array holds only what still waits.
      if (this.next >= 4096 && this.next * 2 >= this.waiting.length) [this.waiting, this.next] = [this.waiting.slice(this.next), 0];
      this.answers.set(key, await this.serve(key));
    }
  }
}
