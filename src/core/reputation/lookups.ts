// Lookups for many hashes through one client, as fast as the key allows and no faster: bounded
// concurrency, a shared request window, retries with backoff, a shared pause on 429, and a stop
// for the whole scan the moment the service refuses the key.
import { Semaphore } from '../concurrency.js';
import type { LookupError, LookupOutcome } from '../types.js';
import { backoffDelay, sleep, SlidingWindow } from './pacing.js';

export interface LookupOptions {
  /** Lookups in flight at once. */
  concurrency: number;
  /** Requests allowed in any window; 0 turns pacing off. */
  requestsPerWindow: number;
  /** Retries of one lookup after a transient failure or a 429. */
  maxRetries: number;
  /** The pacing window; shortened only in tests. */
  windowMs?: number;
  /** Backoff after a transient failure: first delay and cap. */
  transientBackoffMs?: { initial: number; max: number };
  /** Pause after a 429 without Retry-After: first pause and cap (long enough for a minute to clear). */
  quotaBackoffMs?: { initial: number; max: number };
  /** A Retry-After longer than this is not waited for: the quota will not come back in this job. */
  maxRetryAfterMs?: number;
  /** Said when the quota stays exhausted: the key's limits and what to change. */
  quotaHint?: string;
}

export interface LookupProgress {
  done: number;
  errors: number;
  inFlight: number;
  /** Lookups requested and not yet finished, in flight or waiting. */
  pending: number;
  /** Requests sent, retries included. */
  requests: number;
  pausedForMs: number;
}

type Client = { lookup(sha256: string): Promise<LookupOutcome> };

const MINUTE_MS = 60_000;
/**
 * The service counts requests by when they arrive, and arrival times jitter with the network: a
 * window one second longer than the minute keeps a (limit + 1)th request out of any minute it sees.
 */
const PACING_WINDOW_MS = MINUTE_MS + 1_000;

export class Lookups {
  private readonly client: Client;
  private readonly options: Required<LookupOptions>;
  private readonly slots: Semaphore;
  private readonly window: SlidingWindow | null;
  /** Set by the first 401/403, or by stop(): every later lookup fails with it, and sends nothing. */
  private stopError: LookupError | null = null;
  /** Aborted with stopError, so lookups waiting for the window, a pause or a backoff end at once. */
  private readonly stopped = new AbortController();
  /** Every lookup waits until then after a 429: the quota is shared, so is the pause. */
  private pausedUntil = 0;
  /** Requests sent when the current pause was set: a 429 to one of them belongs to the same burst. */
  private sentBeforePause = 0;
  private consecutiveQuotaPauses = 0;
  private readonly counts = { requested: 0, done: 0, errors: 0, inFlight: 0, requests: 0 };

  constructor(client: Client, options: LookupOptions) {
    this.client = client;
    this.options = {
      windowMs: PACING_WINDOW_MS,
      transientBackoffMs: { initial: 1_000, max: 30_000 },
      quotaBackoffMs: { initial: 15_000, max: 60_000 },
      maxRetryAfterMs: 5 * MINUTE_MS,
      quotaHint: 'Set `requests-per-minute` to what your key allows, or use a key with a larger quota.',
      ...options,
    };
    this.slots = new Semaphore(options.concurrency);
    this.window = options.requestsPerWindow > 0 ? new SlidingWindow(options.requestsPerWindow, this.options.windowMs) : null;
  }

  /** Looks a hash up, retrying what may pass. Never throws. */
  async lookup(sha256: string): Promise<LookupOutcome> {
    this.counts.requested++;
    const outcome = await this.slots.run(async () => {
      this.counts.inFlight++;
      try {
        return await this.withRetries(sha256);
      } finally {
        this.counts.inFlight--;
      }
    });
    this.counts.done++;
    if (outcome.kind === 'error') this.counts.errors++;
    return outcome;
  }

  /** Ends every lookup still waiting or to come, without a request: the scan is over. */
  stop(reason: string): void {
    this.halt({ kind: 'protocol', message: reason });
  }

  progress(): LookupProgress {
    const { requested, done, errors, inFlight, requests } = this.counts;
    return { done, errors, inFlight, pending: requested - done, requests, pausedForMs: Math.max(0, this.pausedUntil - Date.now()) };
  }

  /** How long the lookups not yet finished take at the configured rate; 0 when pacing is off. */
  estimateRemainingMs(): number {
    return this.window?.estimateMs(this.counts.requested - this.counts.done) ?? 0;
  }

  private halt(error: LookupError): void {
    this.stopError ??= error;
    this.stopped.abort();
  }

  private async withRetries(sha256: string): Promise<LookupOutcome> {
    for (let retry = 0; ; retry++) {
      // The pause is checked again once the window grants: a 429 may have come in while waiting.
      do {
        await this.waitForPause();
        await this.window?.acquire(this.stopped.signal);
      } while (this.pausedUntil > Date.now() && !this.stopped.signal.aborted);
      if (this.stopError) return { kind: 'error', error: this.stopError };
      const request = ++this.counts.requests;
      const outcome = await this.client.lookup(sha256);
      if (outcome.kind !== 'error') {
        this.consecutiveQuotaPauses = 0;
        return outcome;
      }
      const { error } = outcome;
      if (error.kind === 'auth') {
        this.halt(error);
        return outcome;
      }
      if (error.kind !== 'quota' && error.kind !== 'transient') return outcome;
      const waitMs = error.kind === 'quota' ? this.quotaPause(error, request) : this.transientDelay(retry, error);
      if (retry >= this.options.maxRetries || waitMs === null) return { kind: 'error', error: this.exhausted(error, retry) };
      if (error.kind === 'quota') {
        if (Date.now() + waitMs > this.pausedUntil) [this.pausedUntil, this.sentBeforePause] = [Date.now() + waitMs, this.counts.requests];
      } else {
        await sleep(waitMs, this.stopped.signal);
      }
    }
  }

  private async waitForPause(): Promise<void> {
    // Loop: another lookup may extend the pause while this one sleeps.
    while (this.pausedUntil > Date.now() && !this.stopped.signal.aborted) await sleep(this.pausedUntil - Date.now(), this.stopped.signal);
  }

  /**
   * How long every lookup pauses after this 429; null when the service asks for longer than is worth
   * waiting. Without Retry-After the pause grows only for a 429 to a request sent after the last pause
   * was set: four lookups refused in one burst are one refusal, not four.
   */
  private quotaPause(error: LookupError, request: number): number | null {
    if (error.retryAfterMs !== undefined) return error.retryAfterMs <= this.options.maxRetryAfterMs ? error.retryAfterMs : null;
    if (request <= this.sentBeforePause) return Math.max(0, this.pausedUntil - Date.now());
    const { initial, max } = this.options.quotaBackoffMs;
    return Math.min(max, initial * 2 ** this.consecutiveQuotaPauses++);
  }

  private transientDelay(retry: number, error: LookupError): number {
    if (error.retryAfterMs !== undefined && error.retryAfterMs <= this.options.maxRetryAfterMs) return error.retryAfterMs;
    return backoffDelay(retry, this.options.transientBackoffMs.initial, this.options.transientBackoffMs.max);
  }

  /** The final error once retries are spent, saying what was tried and what to change. */
  private exhausted(error: LookupError, retries: number): LookupError {
    const tried = retries === 0 ? '' : ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}`;
    if (error.kind === 'quota') {
      const waitHint = error.retryAfterMs !== undefined && error.retryAfterMs > this.options.maxRetryAfterMs ? ` The service asks to wait ${Math.ceil(error.retryAfterMs / 1000)} s.` : '';
      return {
        ...error,
        message:
          `${error.message.replace(/\.$/, '')}${tried}.${waitHint} ${this.options.quotaHint}`,
      };
    }
    return { ...error, message: `${error.message.replace(/\.$/, '')}${tried}.` };
  }
}
