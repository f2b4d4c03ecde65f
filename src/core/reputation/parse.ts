// Pure parsing of VirusTotal v3 answers. A body that does not prove itself a report for the requested
// hash is a protocol error, never a clean result.
import { HASH_KIND_NAMES, hashKindOf } from '../subjects.js';
import type { AnalysisStats, EngineDetection, FileReport, UrlReport } from '../types.js';

export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

const STAT_FIELDS: Record<keyof AnalysisStats, string> = {
  malicious: 'malicious',
  suspicious: 'suspicious',
  undetected: 'undetected',
  harmless: 'harmless',
  timeout: 'timeout',
  failure: 'failure',
  typeUnsupported: 'type-unsupported',
};

/**
 * Validates a 200 body (already parsed JSON) as the file report of `requested`: a SHA-256, or an MD5
 * or SHA-1 that the report's own attributes must name. Throws ProtocolError.
 */
export function parseFileReport(body: unknown, requested: string): FileReport {
  const data = field(body, 'data');
  const attributes = field(data, 'attributes');
  const sha256 = provenSha256(data, attributes, requested.toLowerCase());
  const type = field(data, 'type');
  if (type !== 'file') throw new ProtocolError(`data.type is ${describeValue(type)}, not "file": the answer is not a file report`);

  return {
    sha256,
    ...parseAnalysis(attributes),
    suggestedThreatLabel: text(field(field(attributes, 'popular_threat_classification'), 'suggested_threat_label')),
  };
}

/** What file and URL reports share: the stats, the engines that flag, and the dates. Throws ProtocolError. */
function parseAnalysis(attributes: unknown): Omit<FileReport, 'sha256' | 'suggestedThreatLabel'> {
  const rawStats = field(attributes, 'last_analysis_stats');
  if (!isObject(rawStats)) throw new ProtocolError('the report has no last_analysis_stats');
  if (!isCount(rawStats.malicious)) {
    throw new ProtocolError(`last_analysis_stats.malicious is not a count: ${describeValue(rawStats.malicious)}`);
  }
  const stats = {} as AnalysisStats;
  for (const [key, name] of Object.entries(STAT_FIELDS) as [keyof AnalysisStats, string][]) {
    const value = rawStats[name];
    if (value !== undefined && value !== null && !isCount(value)) {
      throw new ProtocolError(`last_analysis_stats.${name} is not a count: ${describeValue(value)}`);
    }
    stats[key] = isCount(value) ? value : 0;
  }
  // Every category counts one engine; include ones this code does not name (e.g. confirmed-timeout).
  const engineCount = Object.values(rawStats).reduce<number>((sum, value) => sum + (isCount(value) ? value : 0), 0);

  const detections = parseDetections(field(attributes, 'last_analysis_results'));
  const contradiction = describeContradiction(stats, detections);
  return {
    stats,
    engineCount,
    detections,
    ...(contradiction !== undefined && { contradiction }),
    threatNames: topThreatNames(detections),
    firstSeen: date(field(attributes, 'first_submission_date')),
    lastAnalysed: date(field(attributes, 'last_analysis_date')),
  };
}

/**
 * The SHA-256 the report is for, once it is proven to answer `requested`. Every SHA-256 it names
 * must be the same; asked by MD5 or SHA-1, attributes.md5 or .sha1 must be exactly the hash asked.
 */
function provenSha256(data: unknown, attributes: unknown, requested: string): string {
  const kind = hashKindOf(requested) ?? 'sha256';
  const named = [field(data, 'id'), field(attributes, 'sha256')].filter((value) => value !== undefined && value !== null);
  if (kind === 'sha256') {
    if (named.length === 0) throw new ProtocolError(`the answer names no hash (neither data.id nor attributes.sha256), so it is not proven to be the report for ${requested}`);
    for (const value of named) {
      if (typeof value !== 'string' || value.toLowerCase() !== requested) {
        throw new ProtocolError(`the service answered with a report for ${describeValue(value)}, not for ${requested}`);
      }
    }
    return requested;
  }
  const name = HASH_KIND_NAMES[kind];
  const asked = field(attributes, kind);
  if (asked === undefined || asked === null) {
    throw new ProtocolError(`the answer does not name the ${name} asked for (no attributes.${kind}), so it is not proven to be the report for ${requested}`);
  }
  if (typeof asked !== 'string' || asked.toLowerCase() !== requested) {
    throw new ProtocolError(`the service answered with a report for ${name} ${describeValue(asked)}, not for ${requested}`);
  }
  if (named.length === 0) throw new ProtocolError(`the report for ${name} ${requested} names no SHA-256 (neither data.id nor attributes.sha256)`);
  for (const value of named) {
    if (typeof value !== 'string' || hashKindOf(value) !== 'sha256') throw new ProtocolError(`the report for ${name} ${requested} names ${describeValue(value)} as its SHA-256, which is not one`);
  }
  const sha256s = new Set(named.map((value) => (value as string).toLowerCase()));
  if (sha256s.size > 1) throw new ProtocolError(`the report for ${name} ${requested} names two SHA-256s (${[...sha256s].join(' and ')})`);
  return [...sha256s][0]!;
}

/**
 * Validates a 200 body (already parsed JSON) as the URL report of `url`, asked for as `id`: `data.type`
 * is `url`, `data.id` is the service's SHA-256 of the URL (or the id asked for), and
 * `attributes.url` is the same URL (the service canonicalises it, so both are compared as URLs).
 */
export function parseUrlReport(body: unknown, url: string, id: string): UrlReport {
  return readUrlReport(body, { url, id });
}

/**
 * Validates a URL report kept by the verdict cache. It is kept under the SHA-256 of the URL it answers,
 * without the URL (which may hold a token), so there is no URL to compare: data.id must be a SHA-256,
 * and everything else is checked as in a fresh answer.
 */
export function parseCachedUrlReport(body: unknown): UrlReport {
  return readUrlReport(body, null);
}

function readUrlReport(body: unknown, asked: { url: string; id: string } | null): UrlReport {
  const data = field(body, 'data');
  const attributes = field(data, 'attributes');
  const type = field(data, 'type');
  if (type !== 'url') throw new ProtocolError(`data.type is ${describeValue(type)}, not "url": the answer is not a URL report`);
  const dataId = field(data, 'id');
  if (typeof dataId !== 'string' || !(/^[0-9a-f]{64}$/i.test(dataId) || dataId === asked?.id)) {
    throw new ProtocolError(`data.id is ${describeValue(dataId)}, neither a SHA-256 nor the identifier asked for`);
  }
  if (asked) {
    const reported = field(attributes, 'url');
    if (typeof reported !== 'string') throw new ProtocolError('the answer names no URL (attributes.url), so it is not proven to be the report for the URL asked for');
    if (comparableUrl(reported) !== comparableUrl(asked.url)) {
      // The URLs are not quoted: the one asked for may hold a secret, and the other is the service's.
      throw new ProtocolError('the service answered with the report of another URL (attributes.url differs from the URL asked for)');
    }
  }
  const analysis = parseAnalysis(attributes);
  const threatNames = field(attributes, 'threat_names');
  const categories = field(attributes, 'categories');
  return {
    id: dataId.toLowerCase(),
    ...analysis,
    // URL reports name their threats in `threat_names`; the engines' results are only "phishing" and the like.
    threatNames: Array.isArray(threatNames) ? threatNames.filter((name): name is string => typeof name === 'string' && name !== '') : analysis.threatNames,
    categories: isObject(categories) ? Object.fromEntries(Object.entries(categories).filter((entry): entry is [string, string] => typeof entry[1] === 'string')) : {},
  };
}

/** The URL as the WHATWG parser writes it (lower-case host, default port dropped, a path of at least `/`), without a fragment. */
function comparableUrl(text: string): string | null {
  try {
    const parsed = new URL(text);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}

/** The engines in last_analysis_results that flag the file in `category`, each named once. */
function flaggingEngines(detections: readonly EngineDetection[], category: 'malicious' | 'suspicious'): number {
  return detections.filter((d) => d.category === category).length;
}

/** Says where the stats count fewer detections than the engines listed: the verdict counts the engines. */
function describeContradiction(stats: AnalysisStats, detections: EngineDetection[]): string | undefined {
  const parts = (['malicious', 'suspicious'] as const)
    .map((category) => ({ category, stated: stats[category], engines: flaggingEngines(detections, category) }))
    .filter(({ stated, engines }) => engines > stated)
    .map(
      ({ category, stated, engines }) =>
        `last_analysis_stats.${category} says ${stated}, but ${engines} engine${engines === 1 ? '' : 's'} in last_analysis_results say${engines === 1 ? 's' : ''} ${category}`,
    );
  return parts.length === 0 ? undefined : `The report contradicts itself: ${parts.join('; ')}. The engines are counted.`;
}

/** What the service says in an error is quoted in logs and reports: one line, and not a long one. */
const MAX_ERROR_TEXT = 300;

/** The `{"error": {"code", "message"}}` of an error body, when it has one, cut to a sane length. */
export function parseErrorBody(body: unknown): { code: string | null; message: string | null } {
  const error = field(body, 'error');
  const short = (value: string | null) => (value === null ? null : clip(value.replace(/\s+/g, ' ').trim(), MAX_ERROR_TEXT));
  return { code: short(text(field(error, 'code'))), message: short(text(field(error, 'message'))) };
}

/**
 * Whether a 404's message is the real service's answer about the requested hash: exactly
 * `File "<hash>" not found`. Anything else may only echo the route ("Resource not found:
 * /api/v2/files/<hash>", "files:<hash> not found"): no proof, so the endpoint gets proven instead.
 */
export function errorNamesHash(body: unknown, sha256: string): boolean {
  return errorNamesId(body, 'File', sha256, true);
}

/** The same for a URL: exactly `URL "<id>" not found`, the id (base64url, case-sensitive) as asked for. */
export function errorNamesId(body: unknown, noun: 'File' | 'URL', id: string, ignoreCase = false): boolean {
  const message = text(field(field(body, 'error'), 'message'));
  if (message === null) return false;
  const said = message.trim();
  const expected = `${noun} "${id}" not found`;
  // The expected text is ASCII: ignoring case folds no other character into it.
  const same = (a: string, b: string) => (ignoreCase ? /^[\x00-\x7f]*$/.test(a) && a.toLowerCase() === b.toLowerCase() : a === b);
  return same(said, expected) || same(said, `${expected}.`);
}

export function clip(value: string, max = MAX_ERROR_TEXT): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/**
 * A value from the answer, quoted as the service sent it: a number JSON cannot hold exactly (see
 * parseJson) keeps its source text, and a long text is clipped.
 */
export function describeValue(value: unknown): string {
  if (value instanceof UnrepresentableNumber) return value.source;
  return clip(JSON.stringify(value) ?? 'missing', 100);
}

/** A number in the answer that a double cannot hold exactly (1e400, 12345678901234567890), kept as sent. */
export class UnrepresentableNumber {
  readonly source: string;
  constructor(source: string) {
    this.source = source;
  }
}

/** JSON.parse that keeps numbers too large or too precise to read exactly as their source text. */
export function parseJson(body: string): unknown {
  const parsed: unknown = JSON.parse(body);
  // The reviver hands every value its source text, which costs more than the parse itself: it runs only for an answer that needs it.
  if (allExact(parsed)) return parsed;
  return JSON.parse(body, (_key, value: unknown, context?: { source?: string }) => {
    if (typeof value !== 'number' || context?.source === undefined) return value;
    return isExact(value) ? value : new UnrepresentableNumber(context.source);
  });
}

function isExact(value: number): boolean {
  return Number.isFinite(value) && (!Number.isInteger(value) || Number.isSafeInteger(value));
}

/** Whether every number in parsed JSON is one a double holds exactly (see UnrepresentableNumber). */
function allExact(value: unknown): boolean {
  if (typeof value === 'number') return isExact(value);
  if (typeof value !== 'object' || value === null) return true;
  for (const item of Array.isArray(value) ? value : Object.values(value)) if (!allExact(item)) return false;
  return true;
}

function parseDetections(results: unknown): EngineDetection[] {
  if (results === undefined || results === null) return [];
  // Engines listed some other way cannot be counted: read as none, a flagged file would pass.
  if (!isObject(results)) throw new ProtocolError(`last_analysis_results is not an object of engines: ${describeValue(results)}`);
  // One verdict per engine, whatever the key it is listed under: an engine named twice counts once,
  // with its worst category.
  const byEngine = new Map<string, EngineDetection>();
  for (const [key, entry] of Object.entries(results)) {
    const category = text(field(entry, 'category'))?.toLowerCase();
    if (category !== 'malicious' && category !== 'suspicious') continue;
    const engine = text(field(entry, 'engine_name')) ?? key;
    const seen = byEngine.get(engine.toLowerCase());
    if (seen && (seen.category === 'malicious' || category === 'suspicious')) continue;
    byEngine.set(engine.toLowerCase(), { engine, category, result: text(field(entry, 'result')), version: text(field(entry, 'engine_version')) });
  }
  const detections = [...byEngine.values()];
  // Malicious before suspicious, then by engine name: a stable order for reports and tests.
  return detections.sort((a, b) => (a.category === b.category ? a.engine.localeCompare(b.engine) : a.category === 'malicious' ? -1 : 1));
}

const TOP_THREAT_NAMES = 3;

function topThreatNames(detections: EngineDetection[]): string[] {
  const counts = new Map<string, number>();
  for (const { result } of detections) if (result) counts.set(result, (counts.get(result) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([nameA, countA], [nameB, countB]) => countB - countA || nameA.localeCompare(nameB))
    .slice(0, TOP_THREAT_NAMES)
    .map(([name]) => name);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function field(value: unknown, name: string): unknown {
  return isObject(value) ? value[name] : undefined;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Unix seconds to a Date; null when absent or not a representable time. */
function date(value: unknown): Date | null {
  if (typeof value !== 'number' || !(value > 0)) return null;
  const parsed = new Date(value * 1000);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}
