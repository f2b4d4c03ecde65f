// What the service said, kept between runs so an unchanged re-scan costs no requests. Only answers
// are kept (a report, or "never seen"), with when they were fetched, scoped to the provider and the
// api-url origin: never the key, never an error, never a verdict. Every entry read back is validated
// as a fresh answer is (parseFileReport), and every reuse is judged again by the current policy.
import { createHash } from 'node:crypto';
import { parseFileReport, ProtocolError } from './reputation/parse.js';
import type { FileReport, LookupOutcome, Provider } from './types.js';

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

export type CachedAnswer = { kind: 'found'; report: FileReport; fetchedAt: Date } | { kind: 'unknown'; fetchedAt: Date };

/** How many hashes of this run were answered from the cache, and how many were asked. */
export interface CacheUse {
  /** Unique hashes answered from the cache. */
  reused: number;
  /** Unique hashes asked of the service. */
  lookedUp: number;
  /** When the oldest reused answer was fetched; null when none was reused. */
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

/** Hours from an input to milliseconds. */
export function hoursToMs(hours: number): number {
  return hours * HOUR_MS;
}

/**
 * The entries of one scope for one run: loaded once, asked per hash, recorded per answer, and
 * written back with what is still fresh.
 */
export class VerdictCache {
  private readonly loaded = new Map<string, CachedAnswer>();
  private readonly fetched = new Map<string, CachedAnswer>();
  private readonly reusedAt = new Map<string, Date>();
  private lookedUp = 0;
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
      for (const [sha256, answer] of decodeCache(text, this.scope, now)) this.loaded.set(sha256, answer);
      this.log.debug(`Restored ${this.loaded.size} cached answers.`);
    } catch (error) {
      if (!(error instanceof CacheFormatError)) throw error;
      this.problem(`The verdict cache was ignored, not trusted: ${error.message}. Every hash is looked up.`);
    }
  }

  /** The cached answer for a hash when it is of a kind asked for and young enough to reuse, as a lookup outcome; null otherwise. */
  reuse(sha256: string, now = new Date(), kinds: readonly CachedAnswer['kind'][] = ['found', 'unknown']): LookupOutcome | null {
    const answer = this.loaded.get(sha256);
    if (answer === undefined || !kinds.includes(answer.kind) || !isFresh(answer, this.options, now)) return null;
    this.reusedAt.set(sha256, answer.fetchedAt);
    return answer.kind === 'found' ? { kind: 'found', report: answer.report, cachedAt: answer.fetchedAt } : { kind: 'unknown', cachedAt: answer.fetchedAt };
  }

  /** Keeps what the service just answered; errors are never kept. */
  record(sha256: string, outcome: LookupOutcome, fetchedAt = new Date()): void {
    this.lookedUp++;
    if (outcome.kind === 'found') this.fetched.set(sha256, { kind: 'found', report: outcome.report, fetchedAt });
    else if (outcome.kind === 'unknown') this.fetched.set(sha256, { kind: 'unknown', fetchedAt });
  }

  /** Writes what was fetched, with every loaded answer still fresh, back to the store; a failure warns. */
  async save(now = new Date()): Promise<void> {
    const entries = new Map<string, CachedAnswer>();
    for (const [sha256, answer] of this.loaded) if (isFresh(answer, this.options, now)) entries.set(sha256, answer);
    for (const [sha256, answer] of this.fetched) entries.set(sha256, answer);
    if (this.fetched.size === 0 && entries.size === this.loaded.size) return this.log.debug('Nothing new to cache.');
    try {
      await this.store.save(this.scope, encodeCache(this.scope, entries));
      this.log.debug(`Saved ${entries.size} answers to the verdict cache.`);
    } catch (error) {
      this.problem(`The verdict cache could not be saved (${messageOf(error)}); the next run looks these hashes up again.`);
    }
  }

  use(): CacheUse {
    const times = [...this.reusedAt.values()].map((date) => date.getTime());
    return {
      reused: this.reusedAt.size,
      lookedUp: this.lookedUp,
      oldestFetchedAt: times.length === 0 ? null : new Date(Math.min(...times)),
      problems: [...this.problems],
    };
  }

  private problem(message: string): void {
    this.problems.push(message);
    this.log.warning(message);
  }
}

function isFresh(answer: CachedAnswer, options: CacheOptions, now: Date): boolean {
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
export function encodeCache(scope: CacheScope, entries: ReadonlyMap<string, CachedAnswer>): string {
  const encoded: Record<string, unknown> = {};
  for (const [sha256, answer] of [...entries].sort(([a], [b]) => a.localeCompare(b))) {
    encoded[sha256] =
      answer.kind === 'found' ? { fetchedAt: answer.fetchedAt.toISOString(), answer: 'found', report: reportBody(answer.report) } : { fetchedAt: answer.fetchedAt.toISOString(), answer: 'unknown' };
  }
  return `${JSON.stringify({ schema: CACHE_SCHEMA, version: CACHE_SCHEMA_VERSION, provider: scope.provider, origin: scope.origin, entries: encoded })}\n`;
}

/** Reads a cache text of this scope; throws CacheFormatError on anything not proven right. */
export function decodeCache(text: string, scope: CacheScope, now: Date): Map<string, CachedAnswer> {
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
  const answers = new Map<string, CachedAnswer>();
  for (const [sha256, entry] of Object.entries(parsed.entries)) {
    const where = `entry ${JSON.stringify(sha256.slice(0, 80))}`;
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new CacheFormatError(`${where} is not named by a lower-case SHA-256`);
    if (!isObject(entry)) throw new CacheFormatError(`${where} is not an object`);
    const fetchedAt = typeof entry.fetchedAt === 'string' ? new Date(entry.fetchedAt) : new Date(Number.NaN);
    if (Number.isNaN(fetchedAt.getTime()) || fetchedAt.toISOString() !== entry.fetchedAt) throw new CacheFormatError(`${where} has no valid fetchedAt time`);
    if (fetchedAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) throw new CacheFormatError(`${where} was fetched in the future (${entry.fetchedAt})`);
    if (entry.answer === 'unknown') {
      answers.set(sha256, { kind: 'unknown', fetchedAt });
    } else if (entry.answer === 'found') {
      try {
        answers.set(sha256, { kind: 'found', report: parseFileReport(entry.report, sha256), fetchedAt });
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
  const { stats } = report;
  const named = stats.malicious + stats.suspicious + stats.undetected + stats.harmless + stats.timeout + stats.failure + stats.typeUnsupported;
  const seconds = (date: Date | null) => (date === null ? null : Math.round(date.getTime() / 1000));
  return {
    data: {
      id: report.sha256,
      type: 'file',
      attributes: {
        sha256: report.sha256,
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
        ...(report.suggestedThreatLabel !== null && { popular_threat_classification: { suggested_threat_label: report.suggestedThreatLabel } }),
        first_submission_date: seconds(report.firstSeen),
        last_analysis_date: seconds(report.lastAnalysed),
      },
    },
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}
