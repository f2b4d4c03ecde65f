// Judged results built to order, for tests of the reporters.
import type { Artifact, ArtifactResult, ArtifactStatus, Consequence, Decision, EngineDetection, FileReport, LookupErrorKind, ScanSummary } from '../../src/core/types.ts';
import { sha256Of } from './reports.ts';

/**
 * A judged result for `artifact` (its SHA-256 is that of its display path). What is not given is as
 * the verdict leaves it: counted from the report's stats, not allowed, not stale.
 */
export function judged(artifact: Artifact, status: ArtifactStatus, consequence: Consequence, extra: Partial<ArtifactResult> = {}): ArtifactResult {
  const report = extra.report ?? null;
  return {
    artifact,
    sha256: sha256Of(artifact.displayPath),
    status,
    consequence,
    report,
    error: null,
    counted: report ? { malicious: report.stats.malicious, suspicious: report.stats.suspicious } : null,
    allowed: null,
    decidedBy: DECIDED_BY[status],
    staleDays: null,
    ...extra,
  };
}

/** The rule that gives each status under the default policy. */
const DECIDED_BY: Record<ArtifactStatus, Decision> = {
  malicious: { rule: 'max-malicious' },
  suspicious: { rule: 'max-suspicious' },
  error: { rule: 'on-error' },
  unscanned: { rule: 'on-error' },
  flagged: { rule: 'warn-malicious' },
  unanalysed: { rule: 'min-engines' },
  pending: { rule: 'on-unknown' },
  unknown: { rule: 'on-unknown' },
  allowed: { rule: 'allow' },
  clean: { rule: 'within-thresholds' },
};

/** An artifact in the workspace at `displayPath`. */
export function artifactAt(displayPath: string, size = 2048): Artifact {
  return { absolutePath: `/workspace/${displayPath}`, displayPath, inWorkspace: true, size };
}

/** A member of the archive at `outer` (a workspace path), `names` down from it: `outer!/a.jar!/x.so`. */
export function memberAt(outer: string, names: string[], size = 2048, unscanned?: string): Artifact {
  const chain = [outer, ...names];
  return { ...artifactAt(outer, size), displayPath: chain.join('!/'), member: { chain }, ...(unscanned !== undefined && { unscanned }) };
}

/**
 * A release archive as judging leaves it: `outer` (unknown, warned about on its own) holds a malicious
 * library and an encrypted member not read, and fails with them; a clean vendored jar beside them.
 */
export function archiveResults(outer = 'dist/app.zip'): ArtifactResult[] {
  const evil = memberAt(outer, ['lib/vendor.jar', 'native/libevil.so']);
  const secret = memberAt(outer, ['secret.dll'], 0, 'it is encrypted');
  const failing = [evil.displayPath, secret.displayPath];
  return [
    judged(artifactAt(outer), 'unknown', 'fail', { failingMembers: { paths: failing, ownConsequence: 'warn' } }),
    judged(memberAt(outer, ['lib/vendor.jar']), 'clean', 'fail', {
      report: fileReportOf(sha256Of(`${outer}!/lib/vendor.jar`), {}),
      counted: { malicious: 0, suspicious: 0 },
      failingMembers: { paths: [evil.displayPath], ownConsequence: 'pass' },
    }),
    judged(evil, 'malicious', 'fail', { report: fileReportOf(sha256Of(evil.displayPath), engines(3, 'Linux.Backdoor.Agent')) }),
    judged(secret, 'unscanned', 'fail', { sha256: null }),
  ];
}

export interface FileReportOptions {
  engineCount?: number;
  /** Engine name to threat name (or null), for engines that say suspicious. */
  suspicious?: Record<string, string | null>;
  threatNames?: string[];
  label?: string | null;
  firstSeen?: Date | null;
  lastAnalysed?: Date | null;
  /** Engine name to engine version; engines not named have none. */
  versions?: Record<string, string>;
}

/** A validated file report (as parse.ts makes it) whose `malicious` engines say malicious. */
export function fileReportOf(sha256: string, malicious: Record<string, string | null>, options: FileReportOptions = {}): FileReport {
  const detections: EngineDetection[] = [
    ...Object.entries(malicious).map(([engine, result]) => ({ engine, category: 'malicious', result, version: options.versions?.[engine] ?? null })),
    ...Object.entries(options.suspicious ?? {}).map(([engine, result]) => ({ engine, category: 'suspicious', result, version: options.versions?.[engine] ?? null })),
  ];
  const count = Object.keys(malicious).length;
  const engineCount = options.engineCount ?? 70;
  return {
    sha256,
    stats: { malicious: count, suspicious: detections.length - count, undetected: Math.max(0, engineCount - detections.length), harmless: 0, timeout: 0, failure: 0, typeUnsupported: 0 },
    engineCount,
    detections,
    threatNames: options.threatNames ?? [],
    suggestedThreatLabel: options.label ?? null,
    firstSeen: options.firstSeen === undefined ? new Date('2024-07-29T04:22:49Z') : options.firstSeen,
    lastAnalysed: options.lastAnalysed === undefined ? new Date('2026-11-01T12:00:00Z') : options.lastAnalysed,
  };
}

/** `count` engines named Engine01… that all say `threat`. */
export function engines(count: number, threat = 'Trojan.Generic'): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`Engine${String(i + 1).padStart(2, '0')}`, threat]));
}

export function flaggedResult(path: string, malicious: Record<string, string | null>, options: FileReportOptions = {}, size = 2048): ArtifactResult {
  return judged(artifactAt(path, size), 'malicious', 'fail', { report: fileReportOf(sha256Of(path), malicious, options) });
}

export function cleanResult(path: string, size = 2048): ArtifactResult {
  return judged(artifactAt(path, size), 'clean', 'pass', { report: fileReportOf(sha256Of(path), {}, { engineCount: 72 }) });
}

export function unknownResult(path: string, consequence: Consequence = 'warn'): ArtifactResult {
  return judged(artifactAt(path), 'unknown', consequence);
}

export function failedResult(path: string, message: string, kind: LookupErrorKind = 'transient'): ArtifactResult {
  return judged(artifactAt(path), 'error', 'fail', { error: { kind, message }, sha256: kind === 'file' ? null : sha256Of(path) });
}

/** A scan summary of these results, counted here, independent of verdict.ts. */
export function scanOf(results: ArtifactResult[], failureMessage = ''): ScanSummary {
  const counts = {
    scanned: results.length,
    uniqueHashes: new Set(results.map((r) => r.sha256).filter((s) => s !== null)).size,
    stale: results.filter((r) => r.staleDays !== null).length,
    uploaded: results.filter((r) => r.submission !== undefined && r.submission.state !== 'not-uploaded').length,
    malicious: 0,
    suspicious: 0,
    error: 0,
    unscanned: 0,
    flagged: 0,
    unanalysed: 0,
    pending: 0,
    unknown: 0,
    allowed: 0,
    clean: 0,
  };
  for (const r of results) counts[r.status]++;
  return { result: failureMessage ? 'fail' : 'pass', results, counts, failureMessage, expiredAllows: [] };
}
