// Lookups for many hashes through one client, as fast as the key allows and no faster: bounded
// concurrency, a shared request window, retries with backoff, a shared pause on 429, and a stop
// for the whole scan the moment the service refuses the key, has spent its quota, or proves not to
// serve file reports at all.
import { Semaphore } from '../concurrency.js';
import type { LookupError, LookupOutcome, UrlItem, UrlLookupOutcome, UrlReport } from '../types.js';
import type { ClientOutcome } from './client.js';
import { backoffDelay, sleep, SlidingWindow } from './pacing.js';

/** The EICAR anti-virus test file's SHA-256: every real file-report service knows it. */
export const EICAR_SHA256 = '275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f';

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

type Client = { lookup(sha256: string): Promise<ClientOutcome>; lookupUrl?(url: string, display: string): Promise<ClientOutcome<UrlReport>> };

/** An attempt that failed: what every request through the scheduler can end in. */
export type Failure = { kind: 'error'; error: LookupError };

function isFailure(outcome: { kind: string }): outcome is Failure {
  return outcome.kind === 'error';
}

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
  /** When the first of the current run of 429s came (no other answer since); null when not refused. */
  private quotaRefusedSince: number | null = null;
  /** Whether the endpoint serves file reports, proven once per run (single flight) when a 404 does not name its hash. */
  private endpointProof: Promise<boolean> | null = null;
  private readonly counts = { requested: 0, done: 0, errors: 0, inFlight: 0, requests: 0 };
  /** Uploads and polls still expected (expectRequests), counted in the estimate. */
  private expectedExtra = 0;

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
    return this.schedule(() => this.client.lookup(sha256));
  }

  /** Looks a URL up, in the same slots, window, pauses and stops as the hashes. Never throws. */
  async lookupUrl({ url, display }: Pick<UrlItem, 'url' | 'display'>): Promise<UrlLookupOutcome> {
    const { client } = this;
    if (!client.lookupUrl) throw new Error('this client does not look URLs up');
    return this.schedule(() => client.lookupUrl!(url, display));
  }

  private async schedule<R>(attempt: () => Promise<ClientOutcome<R>>): Promise<Exclude<ClientOutcome<R>, { kind: 'unproven-unknown' }>> {
    this.counts.requested++;
    const outcome = await this.slots.run(async () => {
      this.counts.inFlight++;
      try {
        const answer = await this.withRetries(attempt);
        return answer.kind === 'unproven-unknown' ? await this.unknownIfEndpointProven(answer) : answer;
      } finally {
        this.counts.inFlight--;
      }
    });
    this.counts.done++;
    if (outcome.kind === 'error') this.counts.errors++;
    return outcome;
  }

  /**
   * A 404 NotFoundError that does not name its hash is what a wrong `api-url` answers for every path:
   * it counts as unknown only once the endpoint has shown it serves file reports (the EICAR report).
   * Otherwise the scan stops, and the error fails the gate whatever `on-error` says.
   */
  private async unknownIfEndpointProven(answer: Extract<ClientOutcome, { kind: 'unproven-unknown' }>): Promise<{ kind: 'unknown' } | { kind: 'error'; error: LookupError }> {
    this.endpointProof ??= this.proveEndpoint(answer);
    if (await this.endpointProof) return { kind: 'unknown' };
    return { kind: 'error', error: this.stopError! };
  }

  private async proveEndpoint(first: Extract<ClientOutcome, { kind: 'unproven-unknown' }>): Promise<boolean> {
    // One probe for files and URLs alike: a wrong api-url answers the same for both, and the EICAR file report is the one every service has.
    const probe = await this.withRetries(() => this.client.lookup(EICAR_SHA256));
    if (probe.kind === 'found') return true;
    if (this.stopError) return false; // the probe itself ended the scan (a refused key, say)
    const aboutUrl = first.url.includes('/urls/');
    const eicarUrl = first.url.replace(/\/(files\/[0-9a-f]+|urls\/.*)$/i, `/files/${EICAR_SHA256}`); // the hash as asked: SHA-256, SHA-1 or MD5
    const probeSaid =
      probe.kind === 'unproven-unknown' ? `answered the same (${probe.said})` : probe.kind === 'unknown' ? 'answered that it does not know it' : `failed (${probe.error.message.replace(/\.$/, '')})`;
    this.halt({
      kind: 'protocol',
      status: 404,
      alwaysFails: true,
      message:
        `The \`api-url\` does not serve file reports: GET ${first.url} answered ${first.said} without naming the ${aboutUrl ? 'URL' : 'hash'}, and GET ${eicarUrl} ` +
        `(the EICAR test file, which every real service knows) ${probeSaid}. Nothing was checked. Set \`api-url\` to the API's base URL, ` +
        "such as https://www.virustotal.com/api/v3 (without /files), or leave it empty for the provider's.",
    });
    return false;
  }

  /**
   * Any other request to the service (an upload, an analysis poll), under the same rules as lookups:
   * a concurrency slot, the shared window, the pause after a 429, a stop after a refused key or a
   * spent quota, and up to `retries` retries (max-retries unless given) after a transient failure.
   */
  async request<T extends { kind: string }>(send: () => Promise<T | Failure>, retries = this.options.maxRetries): Promise<T | Failure> {
    return this.slots.run(() => this.withRetries(send, retries));
  }

  /** Requests expected beyond the lookups (uploads, polls), for the estimate; negative when some were made. */
  expectRequests(count: number): void {
    this.expectedExtra = Math.max(0, this.expectedExtra + count);
  }

  /** Aborted when the scan stops: waits outside the scheduler (between polls) end with it. */
  get stopSignal(): AbortSignal {
    return this.stopped.signal;
  }

  /** Ends every lookup still waiting or to come, without a request: the scan is over. */
  stop(reason: string): void {
    this.halt({ kind: 'protocol', message: reason });
  }

  /** @param queued lookups still waiting outside the scheduler (in a LookupQueue): counted as pending. */
  progress(queued = 0): LookupProgress {
    const { requested, done, errors, inFlight, requests } = this.counts;
    return { done, errors, inFlight, pending: requested - done + queued, requests, pausedForMs: Math.max(0, this.pausedUntil - Date.now()) };
  }

  /** How long the lookups not yet finished (and `queued` more) take at the configured rate; 0 when pacing is off. */
  estimateRemainingMs(queued = 0): number {
    return this.window?.estimateMs(this.counts.requested - this.counts.done + queued + this.expectedExtra) ?? 0;
  }

  private halt(error: LookupError): LookupError {
    this.stopError ??= { ...error, scanStopped: true };
    this.stopped.abort();
    return this.stopError;
  }

  private async withRetries<T extends { kind: string }>(send: () => Promise<T | Failure>, maxRetries = this.options.maxRetries): Promise<T | Failure> {
    for (let retry = 0; ; retry++) {
      // The pause is checked again once the window grants: a 429 may have come in while waiting.
      do {
        await this.waitForPause();
        await this.window?.acquire(this.stopped.signal);
      } while (this.pausedUntil > Date.now() && !this.stopped.signal.aborted);
      if (this.stopError) return { kind: 'error', error: this.stopError };
      const request = ++this.counts.requests;
      const sentAt = Date.now();
      const outcome = await send();
      if (!isFailure(outcome) || outcome.error.kind !== 'quota') this.quotaRefusedSince = null;
      if (!isFailure(outcome)) {
        this.consecutiveQuotaPauses = 0;
        return outcome;
      }
      const { error } = outcome;
      if (error.kind === 'auth') return { kind: 'error', error: this.halt(error) };
      if (error.kind !== 'quota' && error.kind !== 'transient') return outcome;
      if (error.kind === 'quota') {
        const spent = this.quotaSpent(error, sentAt);
        if (spent) return { kind: 'error', error: this.halt(spent) };
      }
      const waitMs = error.kind === 'quota' ? this.quotaPause(error, request) : this.transientDelay(retry, error);
      if (retry >= maxRetries) return { kind: 'error', error: this.exhausted(error, retry) };
      if (error.kind === 'quota') {
        if (Date.now() + waitMs > this.pausedUntil) [this.pausedUntil, this.sentBeforePause] = [Date.now() + waitMs, this.counts.requests];
      } else {
        await sleep(waitMs, this.stopped.signal);
      }
    }
  }

  /**
   * The stop error when this 429 means the quota will not come back during the scan: the service
   * asks to wait longer than the scan waits, or it still refuses a request sent after a whole
   * pacing window without an accepted request (the per-minute limit has cleared; a daily one has not).
   */
  private quotaSpent(error: LookupError, sentAt: number): LookupError | null {
    this.quotaRefusedSince ??= sentAt;
    const said = error.message.replace(/\.$/, '');
    if (error.retryAfterMs !== undefined && error.retryAfterMs > this.options.maxRetryAfterMs) {
      const until = new Date(Date.now() + error.retryAfterMs);
      const resets = Number.isNaN(until.getTime()) ? '' : `, until ${until.toISOString().replace(/\.\d+Z$/, 'Z')}`;
      const waited = Math.round(this.options.maxRetryAfterMs / 1000);
      return {
        ...error,
        message: `${said}. The service asks to wait ${Math.ceil(error.retryAfterMs / 1000)} s${resets}: longer than a scan waits (${waited} s), so the quota counts as spent (a daily or monthly limit) and the scan stopped. ${this.options.quotaHint}`,
      };
    }
    if (sentAt - this.quotaRefusedSince < this.options.windowMs) return null;
    const window = Math.round(this.options.windowMs / 1000);
    return {
      ...error,
      message: `${said}, and still after ${window} s without an accepted request, longer than the per-minute limit lasts: the key's daily (or monthly) quota is spent, and the scan stopped. It resets on the service's schedule (the service did not say when). ${this.options.quotaHint}`,
    };
  }

  private async waitForPause(): Promise<void> {
    // Loop: another lookup may extend the pause while this one sleeps.
    while (this.pausedUntil > Date.now() && !this.stopped.signal.aborted) await sleep(this.pausedUntil - Date.now(), this.stopped.signal);
  }

  /**
   * How long every lookup pauses after this 429. Without Retry-After the pause grows only for a 429 to
   * a request sent after the last pause was set: four lookups refused in one burst are one refusal,
   * not four. It ends no later than one pacing window after the first refusal, so a quota that is
   * not coming back is known within that window.
   */
  private quotaPause(error: LookupError, request: number): number {
    if (error.retryAfterMs !== undefined) return error.retryAfterMs;
    if (request <= this.sentBeforePause) return Math.max(0, this.pausedUntil - Date.now());
    const { initial, max } = this.options.quotaBackoffMs;
    const grown = Math.min(max, initial * 2 ** this.consecutiveQuotaPauses++);
    const windowClears = (this.quotaRefusedSince ?? Date.now()) + this.options.windowMs - Date.now();
    return windowClears > 0 ? Math.min(grown, windowClears) : grown;
  }

  private transientDelay(retry: number, error: LookupError): number {
    if (error.retryAfterMs !== undefined && error.retryAfterMs <= this.options.maxRetryAfterMs) return error.retryAfterMs;
    return backoffDelay(retry, this.options.transientBackoffMs.initial, this.options.transientBackoffMs.max);
  }

  /** The final error once retries are spent, saying what was tried and what to change. */
  private exhausted(error: LookupError, retries: number): LookupError {
    const tried = retries === 0 ? '' : ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}`;
    const hint = error.kind === 'quota' ? ` ${this.options.quotaHint}` : '';
    return { ...error, message: `${error.message.replace(/\.$/, '')}${tried}.${hint}` };
  }
}
