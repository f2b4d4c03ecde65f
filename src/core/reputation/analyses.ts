// Fresh builds get a verdict: an unknown file that may be uploaded is uploaded once, its analysis
// polled politely until it completes or the time is up, and the result judged like any report.
// Every upload and poll is a request through the lookups' scheduler: same window, same quota, same
// retries, same stop after a refused key or a spent quota.
import { stat } from 'node:fs/promises';
import type { LookupError, LookupOutcome, Submission } from '../types.js';
import type { Lookups } from './lookups.js';
import { sleep } from './pacing.js';
import type { UploadClient, UploadSource } from './uploads.js';

export interface AnalysisOptions {
  /** How long an analysis may take, from the upload, before the artifact is `pending`. */
  timeoutMs: number;
  /** The first poll comes this long after the upload, or after an eighth of the timeout if sooner. */
  firstPollMs?: number;
  /** Polls back off by half again each time, up to this. */
  maxPollMs?: number;
  /** Up to this size a file goes to POST {api-url}/files; larger ones through an upload URL. */
  directMaxBytes?: number;
  /** Larger files are not uploaded. */
  maxBytes?: number;
}

const MIB = 1024 * 1024;
const DEFAULTS = { firstPollMs: 60_000, maxPollMs: 180_000, directMaxBytes: 32 * MIB, maxBytes: 650 * MIB };
const POLL_BACKOFF = 1.5;

export class Analyses {
  private readonly scheduler: Lookups;
  private readonly uploads: UploadClient;
  private readonly options: Required<AnalysisOptions>;

  constructor(scheduler: Lookups, uploads: UploadClient, options: AnalysisOptions) {
    this.scheduler = scheduler;
    this.uploads = uploads;
    this.options = { ...DEFAULTS, ...options };
  }

  /** Uploads the file with this hash and judges its analysis. Never throws. */
  async analyse(sha256: string, source: UploadSource): Promise<LookupOutcome> {
    let size: number;
    try {
      size = (await stat(source.path)).size;
    } catch (error) {
      return notUploaded(`the file could not be read for upload (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    if (size > this.options.maxBytes) {
      return notUploaded(`it is ${size} bytes, over the ${this.options.maxBytes / MIB} MiB the service takes; upload the files inside it instead (VirusTotal advises this for bundles over 200 MB)`);
    }
    const expected = this.expectedRequests(size);
    this.scheduler.expectRequests(expected);
    let made = 0;
    const counted = <T>(request: Promise<T>): Promise<T> => request.finally(() => made++);
    try {
      const uploaded = await this.upload(sha256, source, size, counted);
      if (uploaded.kind !== 'uploaded') return uploaded.outcome;
      return await this.poll(sha256, uploaded.analysisId, counted);
    } finally {
      this.scheduler.expectRequests(-Math.max(expected, made));
    }
  }

  /** Requests one upload of a file up to 32 MB is expected to take at most, for the estimate before a scan. */
  get requestsPerUpload(): number {
    return this.expectedRequests(0);
  }

  /** Requests one upload is expected to take: the upload (and its URL), the polls in the timeout, one re-read. */
  private expectedRequests(size: number): number {
    let polls = 0;
    for (let at = 0, delay = this.firstPollDelay(); at < this.options.timeoutMs; delay = this.nextPollDelay(delay)) {
      at = Math.min(at + delay, this.options.timeoutMs);
      polls++;
    }
    return (size > this.options.directMaxBytes ? 2 : 1) + polls + 1;
  }

  private async upload(
    sha256: string,
    source: UploadSource,
    size: number,
    counted: <T>(request: Promise<T>) => Promise<T>,
  ): Promise<{ kind: 'uploaded'; analysisId: string } | { kind: 'done'; outcome: LookupOutcome }> {
    let large = size > this.options.directMaxBytes;
    for (;;) {
      let url = this.uploads.filesUrl;
      if (large) {
        const answer = await counted(this.scheduler.request(() => this.uploads.uploadUrl()));
        if (answer.kind === 'error') return { kind: 'done', outcome: this.failed('the upload URL could not be had', answer.error) };
        url = answer.url;
      }
      // Each upload URL serves once, so a POST to one is not retried (the direct route is, by the
      // scheduler); a large file whose POST failed stays unknown, with the reason.
      const posted = await counted(this.scheduler.request(() => this.uploads.upload(url, source, size), large ? 0 : undefined));
      if (posted.kind === 'uploaded') return posted;
      if (posted.kind === 'too-large') {
        // "32 MB" may be counted in decimal: a file just under 32 MiB goes the large way once.
        if (!large) {
          large = true;
          continue;
        }
        return { kind: 'done', outcome: notUploaded(`the service refused it as too large (${posted.said})`) };
      }
      if (posted.kind === 'conflict') return { kind: 'done', outcome: await this.reread(sha256, counted, null, `the service answered the upload with ${posted.said}`) };
      return { kind: 'done', outcome: this.failed('the upload failed', posted.error) };
    }
  }

  private async poll(sha256: string, analysisId: string, counted: <T>(request: Promise<T>) => Promise<T>): Promise<LookupOutcome> {
    const deadline = Date.now() + this.options.timeoutMs;
    const stop = this.scheduler.stopSignal;
    for (let delay = this.firstPollDelay(); ; delay = this.nextPollDelay(delay)) {
      await sleep(Math.min(delay, deadline - Date.now()), stop);
      const answer = await counted(this.scheduler.request(() => this.uploads.analysis(analysisId, sha256)));
      if (answer.kind === 'error') {
        // An answer that cannot be trusted (an analysis of another file, say) is an error; a service that stayed unreachable leaves it pending.
        if (ended(answer.error) || answer.error.kind === 'protocol') return answer;
        return pending(analysisId, `polling the analysis failed: ${answer.error.message}`);
      }
      if (answer.kind === 'completed') {
        if (answer.report) return { kind: 'found', report: answer.report, submission: { state: 'analysed', analysisId, reason: null } };
        return this.reread(sha256, counted, analysisId, 'the analysis completed, and the file report is not there yet');
      }
      // Not visible yet, queued or in progress: wait, unless the time is up.
      if (Date.now() >= deadline || stop.aborted) {
        const said = answer.kind === 'not-visible' ? 'was not visible yet' : `was ${answer.status}`;
        return pending(analysisId, `the analysis ${said} after ${formatMinutes(this.options.timeoutMs)} (analysis-timeout-minutes)`);
      }
    }
  }

  /** The file report, read again: the full report for a completed analysis without stats, or after a 409. */
  private async reread(sha256: string, counted: <T>(request: Promise<T>) => Promise<T>, analysisId: string | null, why: string): Promise<LookupOutcome> {
    const outcome = await counted(this.scheduler.lookup(sha256));
    if (outcome.kind === 'found') return { ...outcome, submission: { state: 'analysed', analysisId, reason: null } };
    if (outcome.kind === 'error' && ended(outcome.error)) return outcome;
    const said = outcome.kind === 'error' ? `reading its report failed: ${outcome.error.message}` : 'the service does not know it yet';
    return analysisId ? pending(analysisId, `${why}; ${said}`) : notUploaded(`${why}; ${said}`);
  }

  /** An upload that failed leaves the file unknown, unless the failure ended the scan (a refused key, a spent quota). */
  private failed(what: string, error: LookupError): LookupOutcome {
    return ended(error) ? { kind: 'error', error } : notUploaded(`${what}: ${error.message}`);
  }

  private firstPollDelay(): number {
    return Math.max(1, Math.min(this.options.firstPollMs, this.options.timeoutMs / 8));
  }

  private nextPollDelay(delay: number): number {
    return Math.min(delay * POLL_BACKOFF, this.options.maxPollMs);
  }
}

function ended(error: LookupError): boolean {
  return error.kind === 'auth' || error.scanStopped === true;
}

function notUploaded(reason: string): LookupOutcome {
  const submission: Submission = { state: 'not-uploaded', analysisId: null, reason };
  return { kind: 'unknown', submission };
}

function pending(analysisId: string, reason: string): LookupOutcome {
  return { kind: 'pending', submission: { state: 'pending', analysisId, reason } };
}

function formatMinutes(ms: number): string {
  const minutes = ms / 60_000;
  return `${Number.isInteger(minutes) ? minutes : minutes.toFixed(2)} minute${minutes === 1 ? '' : 's'}`;
}
