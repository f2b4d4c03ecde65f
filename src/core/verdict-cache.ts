// What the service said, kept between runs so an unchanged re-scan costs no requests. Only answers
// are kept (a report, or "never seen"), with when they were fetched, scoped to the provider and the
// api-url origin: never the key, never an error, never a verdict. Every entry read back is validated
// as a fresh answer is (parseFileReport), and every reuse is judged again by the current policy.
// URL answers are kept the same way, apart from the files' and under the SHA-256 of the URL, never the
// URL itself: a URL may hold a token, and the cache is stored where others may read it.
import { createHash } from 'node:crypto';
import { parseCachedUrlReport, parseFileReport, ProtocolError } from './reputation/parse.js';
import type { FileReport, LookupOutcome, Provider, UrlLookupOutcome, UrlReport } from './types.js';

/** Whose answers an entry holds: one provider at one origin. */
export interface CacheScope {
  provider: Provider;
  /** Scheme, host and port of the api-url. */
  origin: string;
  /** A short name of the scope, safe in cache keys and file names: `virustotal-<16 hex>`. */
  key: string;
}

/** Where the entries live between runs: the action's cache, a directory for the command line. */
export interface VerdictCacheStore {
  /** The text the last save of this scope left, or null when there is none. Throws when the store fails. */
  load(scope: CacheScope): Promise<string | null>;
  /** Keeps `text` for later runs of this scope. Throws when the store fails. */
  save(scope: CacheScope, text: string): Promise<void>;
}

/** What the core tells the front door about the cache, as data. */
export interface VerdictCacheLog {
  /** A cache that could not be read, was not trusted, or could not be saved: the gate goes on without it. */
  warning(message: string): void;
  debug(message: string): void;
}

export interface CacheOptions {
  /** How long a found report is reused after it was fetched; 0 never reuses one. */
  maxAgeMs: number;
  /** The same for a "never seen" answer. */
  unknownMaxAgeMs: number;
}

/** A kept answer: a report (of a file or a URL), or "never seen", with when it was fetched. */
export type Kept<R> = { kind: 'found'; report: R; fetchedAt: Date } | { kind: 'unknown'; fetchedAt: Date };
export type CachedAnswer = Kept<FileReport>;
export type CachedUrlAnswer = Kept<UrlReport>;

/** How many hashes (and URLs) of this run were answered from the cache, and how many were asked. */
export interface CacheUse {
  /** Unique hashes answered from the cache. */
  reused: number;
  /** Unique hashes asked of the service. */
  lookedUp: number;
  /** The same for the URLs (`urls`, `urls-file`); absent when the run looked no URL up. */
  urls?: { reused: number; lookedUp: number };
  /** When the oldest reused answer (of a hash or a URL) was fetched; null when none was reused. */
  oldestFetchedAt: Date | null;
  /** Why the cache was not used or not saved, when it was not; said once as a warning as well. */
  problems: string[];
}

export const CACHE_SCHEMA = 'artifact-reputation-gate/verdict-cache';
export const CACHE_SCHEMA_VERSION = 1;
const HOUR_MS = 3_600_000;
/** A fetch time this far ahead of the clock is not a clock's skew but a forged or broken entry. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function cacheScope(provider: Provider, apiUrl: string): CacheScope {
  const origin = new URL(apiUrl).origin;
  const digest = createHash('sha256').update(`${provider}\n${origin}`).digest('hex').slice(0, 16);
  return { provider, origin, key: `${provider}-${digest}` };
}

/** What a URL's answer is kept under: the SHA-256 of the URL exactly as given (and looked up). */
export function urlCacheKey(url: string): string {
  return createHash('sha256').update(url, 'utf8').digest('hex');
}

/** Hours from an input to milliseconds. */
export function hoursToMs(hours: number): number {
  return hours * HOUR_MS;
}

/** The answers of one kind (files' or URLs'), by key: those loaded, those fetched, and what this run reused. */
class Shelf<R> {
  readonly loaded = new Map<string, Kept<R>>();
  readonly fetched = new Map<string, Kept<R>>();
  readonly reusedAt = new Map<string, Date>();
  lookedUp = 0;

  reuse(key: string, options: CacheOptions, now: Date, kinds: readonly Kept<R>['kind'][]): { kind: 'found'; report: R; cachedAt: Date } | { kind: 'unknown'; cachedAt: Date } | null {
    const answer = this.loaded.get(key);
    if (answer === undefined || !kinds.includes(answer.kind) || !isFresh(answer, options, now)) return null;
    this.reusedAt.set(key, answer.fetchedAt);
    return answer.kind === 'found' ? { kind: 'found', report: answer.report, cachedAt: answer.fetchedAt } : { kind: 'unknown', cachedAt: answer.fetchedAt };
  }

  /** Keeps a report or "never seen"; errors (and whatever `keep` refuses) are counted, not kept. */
  record(key: string, outcome: { kind: string; report?: R }, fetchedAt: Date, keep: (report: R) => boolean = () => true): void {
    this.lookedUp++;
    if (outcome.kind === 'found' && outcome.report !== undefined && keep(outcome.report)) this.fetched.set(key, { kind: 'found', report: outcome.report, fetchedAt });
    else if (outcome.kind === 'unknown') this.fetched.set(key, { kind: 'unknown', fetchedAt });
  }

  /** What to write back: every loaded answer still fresh, then what was fetched. */
  kept(options: CacheOptions, now: Date): Map<string, Kept<R>> {
    const entries = new Map<string, Kept<R>>();
    for (const [key, answer] of this.loaded) if (isFresh(answer, options, now)) entries.set(key, answer);
    for (const [key, answer] of this.fetched) entries.set(key, answer);
    return entries;
  }
}

/**
 * The entries of one scope for one run: loaded once, asked per hash (or URL), recorded per answer,
 * and written back with what is still fresh.
 */
export class VerdictCache {
  private readonly files = new Shelf<FileReport>();
  private readonly urls = new Shelf<UrlReport>();
  private readonly problems: string[] = [];
  private readonly scope: CacheScope;
  private readonly options: CacheOptions;
  private readonly store: VerdictCacheStore;
  private readonly log: VerdictCacheLog;

  constructor(scope: CacheScope, options: CacheOptions, store: VerdictCacheStore, log: VerdictCacheLog) {
    [this.scope, this.options, this.store, this.log] = [scope, options, store, log];
  }

  /** Reads the store; a store that fails, or text that is not a trusted cache of this scope, leaves it empty. */
  async load(now = new Date()): Promise<void> {
    let text: string | null;
    try {
      text = await this.store.load(this.scope);
    } catch (error) {
      return this.problem(`The verdict cache could not be restored (${messageOf(error)}); every hash is looked up.`);
    }
    if (text === null) return this.log.debug('No verdict cache to restore for this provider and api-url.');
    try {
      const { files, urls } = decodeCacheEntries(text, this.scope, now);
      for (const [sha256, answer] of files) this.files.loaded.set(sha256, answer);
      for (const [key, answer] of urls) this.urls.loaded.set(key, answer);
      this.log.debug(`Restored ${this.files.loaded.size} cached answers${urls.size > 0 ? ` and ${urls.size} of URLs` : ''}.`);
    } catch (error) {
      if (!(error instanceof CacheFormatError)) throw error;
      this.problem(`The verdict cache was ignored, not trusted: ${error.message}. Every hash is looked up.`);
    }
  }

  /** The cached answer for a hash when it is of a kind asked for and young enough to reuse, as a lookup outcome; null otherwise. */
  reuse(sha256: string, now = new Date(), kinds: readonly CachedAnswer['kind'][] = ['found', 'unknown']): LookupOutcome | null {
    return this.files.reuse(sha256, this.options, now, kinds);
  }

  /** Keeps what the service just answered; errors are never kept. */
  record(sha256: string, outcome: LookupOutcome, fetchedAt = new Date()): void {
    this.files.record(sha256, outcome, fetchedAt);
  }

  /** The cached answer for a URL (as given), under the same freshness rules as a hash's; null when there is none to reuse. */
  reuseUrl(url: string, now = new Date()): UrlLookupOutcome | null {
    return this.urls.reuse(urlCacheKey(url), this.options, now, ['found', 'unknown']);
  }

  /**
   * Keeps what the service just answered for a URL. A report whose id is not the service's SHA-256 (it
   * may then be the URL's own base64url) is not kept, so the URL never reaches the cache.
   */
  recordUrl(url: string, outcome: UrlLookupOutcome, fetchedAt = new Date()): void {
    this.urls.record(urlCacheKey(url), outcome, fetchedAt, (report) => SHA256.test(report.id));
  }

  /** Writes what was fetched, with every loaded answer still fresh, back to the store; a failure warns. */
  async save(now = new Date()): Promise<void> {
    const files = this.files.kept(this.options, now);
    const urls = this.urls.kept(this.options, now);
    const unchanged = (shelf: Shelf<unknown>, kept: Map<string, unknown>) => shelf.fetched.size === 0 && kept.size === shelf.loaded.size;
    if (unchanged(this.files, files) && unchanged(this.urls, urls)) return this.log.debug('Nothing new to cache.');
    try {
      await this.store.save(this.scope, encodeCache(this.scope, files, urls));
      this.log.debug(`Saved ${files.size} answers${urls.size > 0 ? ` and ${urls.size} of URLs` : ''} to the verdict cache.`);
    } catch (error) {
      this.problem(`The verdict cache could not be saved (${messageOf(error)}); the next run looks these hashes up again.`);
    }
  }

  use(): CacheUse {
    const times = [...this.files.reusedAt.values(), ...this.urls.reusedAt.values()].map((date) => date.getTime());
    const urls = { reused: this.urls.reusedAt.size, lookedUp: this.urls.lookedUp };
    return {
      reused: this.files.reusedAt.size,
      lookedUp: this.files.lookedUp,
      ...(urls.reused + urls.lookedUp > 0 && { urls }),
      oldestFetchedAt: times.length === 0 ? null : new Date(Math.min(...times)),
      problems: [...this.problems],
    };
  }

  private problem(message: string): void {
    this.problems.push(message);
    this.log.warning(message);
  }
}

const SHA256 = /^[0-9a-f]{64}$/;

function isFresh(answer: Kept<unknown>, options: CacheOptions, now: Date): boolean {
  const maxAge = answer.kind === 'found' ? options.maxAgeMs : options.unknownMaxAgeMs;
  return maxAge > 0 && now.getTime() - answer.fetchedAt.getTime() <= maxAge;
}

/** A cache text that is not a trusted cache of this scope; the message says what is wrong. */
export class CacheFormatError extends Error {
  override name = 'CacheFormatError';
}

/**
 * The cache as text. A report is kept in the service's own shape, cut to the fields parseFileReport
 * reads, so that loading it is validating a fresh answer.
 */
export function encodeCache(scope: CacheScope, entries: ReadonlyMap<string, CachedAnswer>, urlEntries: ReadonlyMap<string, CachedUrlAnswer> = new Map()): string {
  const urls = urlEntries.size > 0 ? { urls: encodeEntries(urlEntries, urlReportBody) } : {};
  return `${JSON.stringify({ schema: CACHE_SCHEMA, version: CACHE_SCHEMA_VERSION, provider: scope.provider, origin: scope.origin, entries: encodeEntries(entries, reportBody), ...urls })}\n`;
}

function encodeEntries<R>(entries: ReadonlyMap<string, Kept<R>>, body: (report: R) => Record<string, unknown>): Record<string, unknown> {
  const encoded: Record<string, unknown> = {};
  for (const [key, answer] of [...entries].sort(([a], [b]) => a.localeCompare(b))) {
    encoded[key] =
      answer.kind === 'found' ? { fetchedAt: answer.fetchedAt.toISOString(), answer: 'found', report: body(answer.report) } : { fetchedAt: answer.fetchedAt.toISOString(), answer: 'unknown' };
  }
  return encoded;
}

/** Reads the files' answers of a cache text of this scope; throws CacheFormatError on anything not proven right. */
export function decodeCache(text: string, scope: CacheScope, now: Date): Map<string, CachedAnswer> {
  return decodeCacheEntries(text, scope, now).files;
}

/**
 * Reads a cache text of this scope: the files' answers (`entries`, by SHA-256) and the URLs' (`urls`, by
 * urlCacheKey; absent in caches written before URLs were kept). Throws CacheFormatError on anything not proven right.
 */
export function decodeCacheEntries(text: string, scope: CacheScope, now: Date): { files: Map<string, CachedAnswer>; urls: Map<string, CachedUrlAnswer> } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CacheFormatError(`it is not JSON (${messageOf(error)})`);
  }
  if (!isObject(parsed) || parsed.schema !== CACHE_SCHEMA) throw new CacheFormatError(`it is not a ${CACHE_SCHEMA} file`);
  if (parsed.version !== CACHE_SCHEMA_VERSION) throw new CacheFormatError(`it has version ${JSON.stringify(parsed.version)}; this gate reads version ${CACHE_SCHEMA_VERSION}`);
  if (parsed.provider !== scope.provider || parsed.origin !== scope.origin) {
    throw new CacheFormatError(`it holds answers of ${JSON.stringify(parsed.provider)} at ${JSON.stringify(parsed.origin)}, not of ${scope.provider} at ${scope.origin}`);
  }
  if (!isObject(parsed.entries)) throw new CacheFormatError('it has no entries');
  if (parsed.urls !== undefined && !isObject(parsed.urls)) throw new CacheFormatError('its urls are not an object of entries');
  return {
    files: decodeEntries(parsed.entries, 'entry', now, (body, sha256) => parseFileReport(body, sha256)),
    urls: decodeEntries(parsed.urls ?? {}, 'URL entry', now, (body) => parseCachedUrlReport(body)),
  };
}

/** One kind of entries, each named by a lower-case SHA-256 (a file's, or a URL's urlCacheKey), its report read by `parse`. */
function decodeEntries<R>(entries: Record<string, unknown>, noun: string, now: Date, parse: (body: unknown, key: string) => R): Map<string, Kept<R>> {
  const answers = new Map<string, Kept<R>>();
  for (const [key, entry] of Object.entries(entries)) {
    const where = `${noun} ${JSON.stringify(key.slice(0, 80))}`;
    if (!SHA256.test(key)) throw new CacheFormatError(`${where} is not named by a lower-case SHA-256`);
    if (!isObject(entry)) throw new CacheFormatError(`${where} is not an object`);
    const fetchedAt = typeof entry.fetchedAt === 'string' ? new Date(entry.fetchedAt) : new Date(Number.NaN);
    if (Number.isNaN(fetchedAt.getTime()) || fetchedAt.toISOString() !== entry.fetchedAt) throw new CacheFormatError(`${where} has no valid fetchedAt time`);
    if (fetchedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) throw new CacheFormatError(`${where} was fetched in the future (${entry.fetchedAt})`);
    if (entry.answer === 'unknown') {
      answers.set(key, { kind: 'unknown', fetchedAt });
    } else if (entry.answer === 'found') {
      try {
        answers.set(key, { kind: 'found', report: parse(entry.report, key), fetchedAt });
      } catch (error) {
        if (!(error instanceof ProtocolError)) throw error;
        throw new CacheFormatError(`${where} is not a valid report: ${error.message}`);
      }
    } else {
      throw new CacheFormatError(`${where} has answer ${JSON.stringify(entry.answer)}, neither "found" nor "unknown"`);
    }
  }
  return answers;
}

/** A v3 file report body that parseFileReport reads back as exactly `report`. */
export function reportBody(report: FileReport): Record<string, unknown> {
  return {
    data: {
      id: report.sha256,
      type: 'file',
      attributes: {
        sha256: report.sha256,
        ...analysisAttributes(report),
        ...(report.suggestedThreatLabel !== null && { popular_threat_classification: { suggested_threat_label: report.suggestedThreatLabel } }),
      },
    },
  };
}

/** A v3 URL report body that parseCachedUrlReport reads back as exactly `report`: without the URL. */
export function urlReportBody(report: UrlReport): Record<string, unknown> {
  return { data: { id: report.id, type: 'url', attributes: { ...analysisAttributes(report), threat_names: report.threatNames, categories: report.categories } } };
}

/** What file and URL reports share, in the service's shape: the stats, the engines that flag, the dates. */
function analysisAttributes(report: Pick<FileReport, 'stats' | 'engineCount' | 'detections' | 'firstSeen' | 'lastAnalysed'>): Record<string, unknown> {
  const { stats } = report;
  const named = stats.malicious + stats.suspicious + stats.undetected + stats.harmless + stats.timeout + stats.failure + stats.typeUnsupported;
  const seconds = (date: Date | null) => (date === null ? null : Math.round(date.getTime() / 1000));
  return {
    last_analysis_stats: {
      malicious: stats.malicious,
      suspicious: stats.suspicious,
      undetected: stats.undetected,
      harmless: stats.harmless,
      timeout: stats.timeout,
      failure: stats.failure,
      'type-unsupported': stats.typeUnsupported,
      // Categories the gate does not name (confirmed-timeout, …) still count engines.
      ...(report.engineCount > named && { other: report.engineCount - named }),
    },
    last_analysis_results: Object.fromEntries(report.detections.map((d) => [d.engine, { engine_name: d.engine, category: d.category, result: d.result, engine_version: d.version }])),
    first_submission_date: seconds(report.firstSeen),
    last_analysis_date: seconds(report.lastAnalysed),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}
