// Stage 4, pure: a lookup outcome plus the policy gives each artifact a status and a consequence,
// and the whole scan a result and the one line that says why it failed.
import type { ScannedArtifact } from './scan.js';
import type { ArtifactResult, ArtifactStatus, Consequence, EngineDetection, FileReport, Policy, ScanSummary } from './types.js';

const DAY_MS = 86_400_000;

export function judgeArtifact(scanned: ScannedArtifact, policy: Policy, now: Date): ArtifactResult {
  const judged = judgeOutcome(scanned, policy, now);
  const reason = scanned.sha256 ? policy.allow[scanned.sha256] : undefined;
  // An allowed artifact never fails the gate, whatever the service says; it keeps what it said.
  if (reason === undefined) return judged;
  return { ...judged, status: 'allowed', consequence: 'pass', allowed: { reason, otherwise: judged.status } };
}

function judgeOutcome({ artifact, sha256, outcome }: ScannedArtifact, policy: Policy, now: Date): ArtifactResult {
  const base = { artifact, sha256, report: null, error: null, counted: null, allowed: null, staleDays: null };
  switch (outcome.kind) {
    case 'found': {
      const { report } = outcome;
      const counted = countedDetections(report, policy);
      const found = { ...base, report, counted, staleDays: staleDays(report, policy, now) };
      if (counted.malicious > policy.maxMalicious) return { ...found, status: 'malicious', consequence: 'fail' };
      if (policy.maxSuspicious !== null && counted.suspicious > policy.maxSuspicious) return { ...found, status: 'suspicious', consequence: 'fail' };
      // Under the thresholds, a report with too few verdicts (a fresh upload reads 0/0) says nothing: never clean.
      if (analysedEngines(report) < policy.minEngines) return { ...found, status: 'unanalysed', consequence: policy.onUnknown };
      return { ...found, status: 'clean', consequence: 'pass' };
    }
    case 'unknown':
      return { ...base, status: 'unknown', consequence: policy.onUnknown };
    case 'error':
      // A refused key means the gate could not work at all: that fails whatever on-error says.
      return { ...base, error: outcome.error, status: 'error', consequence: outcome.error.kind === 'auth' ? 'fail' : policy.onError };
  }
}

export function isIgnoredEngine(policy: Pick<Policy, 'ignoreEngines'>, engine: string): boolean {
  return policy.ignoreEngines.includes(engine.toLowerCase());
}

/** A report's detections, each marked whether the policy ignores its engine (for the reports). */
export function markIgnored(report: FileReport | null, policy: Pick<Policy, 'ignoreEngines'>): (EngineDetection & { ignored: boolean })[] {
  return report?.detections.map((d) => ({ ...d, ignored: isIgnoredEngine(policy, d.engine) })) ?? [];
}

/** The stats' counts, less the verdicts of ignored engines (which still show, marked ignored). */
function countedDetections(report: FileReport, policy: Policy): { malicious: number; suspicious: number } {
  const ignored = report.detections.filter((d) => isIgnoredEngine(policy, d.engine));
  const less = (category: string) => ignored.filter((d) => d.category === category).length;
  return {
    malicious: Math.max(0, report.stats.malicious - less('malicious')),
    suspicious: Math.max(0, report.stats.suspicious - less('suspicious')),
  };
}

/** Engines that produced a verdict: malicious, suspicious, undetected or harmless. */
export function analysedEngines({ stats }: FileReport): number {
  return stats.malicious + stats.suspicious + stats.undetected + stats.harmless;
}

function staleDays(report: FileReport, policy: Policy, now: Date): number | null {
  if (policy.maxReportAgeDays === null || report.lastAnalysed === null) return null;
  const days = Math.floor((now.getTime() - report.lastAnalysed.getTime()) / DAY_MS);
  return days > policy.maxReportAgeDays ? days : null;
}

const FAILURE_LIST_LENGTH = 5;
export const NO_FILES_MESSAGE = 'No files were found with the provided patterns (if-no-files-found=error).';

export function summarize(scanned: readonly ScannedArtifact[], policy: Policy, providerName: string, now = new Date()): ScanSummary {
  const results = scanned.map((entry) => judgeArtifact(entry, policy, now));
  const counts = {
    scanned: results.length,
    uniqueHashes: new Set(results.map((r) => r.sha256).filter(Boolean)).size,
    stale: results.filter((r) => r.staleDays !== null).length,
    ...(Object.fromEntries(STATUS_ORDER.map((status) => [status, 0])) as Record<ArtifactStatus, number>),
  };
  for (const result of results) counts[result.status]++;

  const failing = (status: ArtifactStatus) => results.filter((r) => r.status === status && r.consequence === 'fail');
  const of = `of ${plural(results.length, 'artifact')}`;
  const reasons: string[] = [];
  if (results.length === 0 && policy.ifNoFilesFound === 'error') reasons.push(NO_FILES_MESSAGE);
  // Most detected first, as in every report.
  const malicious = failing('malicious').sort((a, b) => (b.counted?.malicious ?? 0) - (a.counted?.malicious ?? 0));
  if (malicious.length > 0) {
    const list = listPaths(malicious, (r) => `${r.artifact.displayPath} (${r.counted?.malicious}/${r.report?.engineCount})`);
    reasons.push(`${malicious.length} ${of} exceed${malicious.length === 1 ? 's' : ''} max-malicious=${policy.maxMalicious}: ${list}`);
  }
  const suspicious = failing('suspicious').sort((a, b) => (b.counted?.suspicious ?? 0) - (a.counted?.suspicious ?? 0));
  if (suspicious.length > 0) {
    const list = listPaths(suspicious, (r) => `${r.artifact.displayPath} (${r.counted?.suspicious} suspicious/${r.report?.engineCount})`);
    reasons.push(`${suspicious.length} ${of} exceed${suspicious.length === 1 ? 's' : ''} max-suspicious=${policy.maxSuspicious}: ${list}`);
  }
  const unknown = failing('unknown');
  if (unknown.length > 0) {
    reasons.push(`${unknown.length} ${of} ${unknown.length === 1 ? 'is' : 'are'} unknown to ${providerName} (on-unknown=fail): ${listPaths(unknown, (r) => r.artifact.displayPath)}`);
  }
  const unanalysed = failing('unanalysed');
  if (unanalysed.length > 0) {
    const list = listPaths(unanalysed, (r) => `${r.artifact.displayPath} (${plural(analysedEngines(r.report!), 'engine')})`);
    reasons.push(`${unanalysed.length} ${of} ${unanalysed.length === 1 ? 'has' : 'have'} fewer engine verdicts than min-engines=${policy.minEngines} (on-unknown=fail): ${list}`);
  }
  // A refused key means nothing could be checked: the job fails, allowed artifacts or not.
  const auth = results.find((r) => r.error?.kind === 'auth');
  const errors = failing('error');
  if (auth) reasons.push(auth.error!.message);
  else if (errors.length > 0) reasons.push(`${errors.length} ${of} could not be checked (on-error=fail): ${listPaths(errors, (r) => r.artifact.displayPath)}`);
  return { result: reasons.length > 0 ? 'fail' : 'pass', results, counts, failureMessage: reasons.join('; ') };
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function listPaths(results: ArtifactResult[], describe: (result: ArtifactResult) => string): string {
  const shown = results.slice(0, FAILURE_LIST_LENGTH).map(describe).join(', ');
  const more = results.length - FAILURE_LIST_LENGTH;
  return more > 0 ? `${shown} and ${more} more` : shown;
}

/** Worst first: what a reader must see before anything else. */
export const STATUS_ORDER: readonly ArtifactStatus[] = ['malicious', 'suspicious', 'error', 'unanalysed', 'unknown', 'allowed', 'clean'];
export const CONSEQUENCE_ORDER: readonly Consequence[] = ['fail', 'warn', 'pass'];
