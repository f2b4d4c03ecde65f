// Pure timing rules for lookups: the shared request window, backoff with jitter, Retry-After.
// Time comes from Date.now() and setTimeout, so tests drive all of it with fake timers.

/** Waits `ms`, or less when `signal` aborts first (a stopped scan does not sit out its waits). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * At most `limit` grants in any `windowMs`: the service counts "requests of any nature in any given
 * minute", so every request, a retry too, takes a grant. Grants are handed out in call order.
 */
export class SlidingWindow {
  private readonly limit: number;
  private readonly windowMs: number;
  /** Times of the last `limit` grants, oldest first. */
  private readonly granted: number[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(limit: number, windowMs: number) {
    this.limit = limit;
    this.windowMs = windowMs;
  }

  /** Resolves when a request may be sent, and counts it; resolves ungranted as soon as `signal` aborts. */
  acquire(signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(() => this.waitForRoom(signal));
    this.queue = turn;
    return turn;
  }

  /** How long the queued and future grants take at this rate, for the estimate before a scan. */
  estimateMs(requests: number): number {
    return Math.max(0, Math.ceil(requests / this.limit) - 1) * this.windowMs;
  }

  private async waitForRoom(signal?: AbortSignal): Promise<void> {
    while (this.granted.length >= this.limit) {
      if (signal?.aborted) return;
      const wait = (this.granted[0] as number) + this.windowMs - Date.now();
      if (wait <= 0) this.granted.shift();
      else await sleep(wait, signal);
    }
    this.granted.push(Date.now());
  }
}

/** Exponential backoff with "equal jitter": half the delay is fixed, half random, so retries spread out. */
export function backoffDelay(retry: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** retry);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Retry-After as seconds or an HTTP date, in milliseconds from now; null when absent or unreadable. */
export function parseRetryAfter(header: string | undefined, now = Date.now()): number | null {
  if (header === undefined || header.trim() === '') return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!/GMT$/i.test(value)) return null; // an HTTP date (RFC 9110) ends in GMT; Date.parse takes far more
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
