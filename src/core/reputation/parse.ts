// Pure parsing of VirusTotal v3 answers. A body that does not prove itself a report for the requested
// hash is a protocol error, never a clean result.
import type { AnalysisStats, EngineDetection, FileReport } from '../types.js';

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

/** Validates a 200 body (already parsed JSON) as the file report of `sha256`. Throws ProtocolError. */
export function parseFileReport(body: unknown, sha256: string): FileReport {
  const data = field(body, 'data');
  const attributes = field(data, 'attributes');
  const id = text(field(data, 'id'));
  const reportedHash = text(field(attributes, 'sha256'));
  const matches = [id, reportedHash].some((value) => value?.toLowerCase() === sha256);
  if (!matches) {
    throw new ProtocolError(`the service answered with a report for ${id ?? reportedHash ?? 'no hash'}, not for ${sha256}`);
  }

  const rawStats = field(attributes, 'last_analysis_stats');
  if (!isObject(rawStats)) throw new ProtocolError('the report has no last_analysis_stats');
  if (!isCount(rawStats.malicious)) {
    throw new ProtocolError(`last_analysis_stats.malicious is not a count: ${JSON.stringify(rawStats.malicious) ?? 'missing'}`);
  }
  const stats = {} as AnalysisStats;
  for (const [key, name] of Object.entries(STAT_FIELDS) as [keyof AnalysisStats, string][]) {
    const value = rawStats[name];
    if (value !== undefined && value !== null && !isCount(value)) {
      throw new ProtocolError(`last_analysis_stats.${name} is not a count: ${JSON.stringify(value)}`);
    }
    stats[key] = isCount(value) ? value : 0;
  }
  // Every category counts one engine; include ones this code does not name (e.g. confirmed-timeout).
  const engineCount = Object.values(rawStats).reduce<number>((sum, value) => sum + (isCount(value) ? value : 0), 0);

  const detections = parseDetections(field(attributes, 'last_analysis_results'));
  return {
    sha256,
    stats,
    engineCount,
    detections,
    threatNames: topThreatNames(detections),
    suggestedThreatLabel: text(field(field(attributes, 'popular_threat_classification'), 'suggested_threat_label')),
    firstSeen: date(field(attributes, 'first_submission_date')),
    lastAnalysed: date(field(attributes, 'last_analysis_date')),
  };
}

/** What the service says in an error is quoted in logs and reports: one line, and not a long one. */
const MAX_ERROR_TEXT = 300;

/** The `{"error": {"code", "message"}}` of an error body, when it has one, cut to a sane length. */
export function parseErrorBody(body: unknown): { code: string | null; message: string | null } {
  const error = field(body, 'error');
  const short = (value: string | null) => (value === null ? null : clip(value.replace(/\s+/g, ' ').trim(), MAX_ERROR_TEXT));
  return { code: short(text(field(error, 'code'))), message: short(text(field(error, 'message'))) };
}

function clip(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

function parseDetections(results: unknown): EngineDetection[] {
  if (!isObject(results)) return [];
  const detections: EngineDetection[] = [];
  for (const [key, entry] of Object.entries(results)) {
    const category = text(field(entry, 'category'));
    if (category !== 'malicious' && category !== 'suspicious') continue;
    detections.push({
      engine: text(field(entry, 'engine_name')) ?? key,
      category,
      result: text(field(entry, 'result')),
      version: text(field(entry, 'engine_version')),
    });
  }
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

function field(value: unknown, name: string): unknown {
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
