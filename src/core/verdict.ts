// Stage 4, pure: a lookup outcome plus the policy gives each artifact a status and a consequence,
// and the whole scan a result. Data only: the words that say why live in src/report/failure.ts.
import type { ScannedArtifact } from './scan.js';
import type { ArtifactResult, ArtifactStatus, FileReport, Judgement, LookupError, Policy, UrlItem, UrlLookupOutcome, UrlResult } from './types.js';

/** What judging reads of a report, file or URL. */
type AnalysisReport = Pick<FileReport, 'stats' | 'detections' | 'lastAnalysed'>;

const DAY_MS = 86_400_000;

export function judgeArtifact(scanned: ScannedArtifact, policy: Policy, now: Date): ArtifactResult {
  const judged = judgeOutcome(scanned, policy, now);
  const reason = scanned.sha256 ? policy.allow[scanned.sha256] : undefined;
  // An allowed artifact never fails the gate, whatever the service says; it keeps what it said.
  if (reason === undefined) return judged;
  return { ...judged, status: 'allowed', consequence: 'pass', allowed: { reason, otherwise: judged.status } };
}

function judgeOutcome({ artifact, sha256, outcome }: ScannedArtifact, policy: Policy, now: Date): ArtifactResult {
  const submission = outcome.kind !== 'error' && outcome.submission ? { submission: outcome.submission } : {};
  return { artifact, sha256, ...submission, ...judgeReport(outcome, policy, now) };
}

/** A URL's verdict: the same rules as an artifact's; an allow line naming the URL makes it `allowed`. */
export function judgeUrl(item: UrlItem, outcome: UrlLookupOutcome, policy: Policy, now = new Date()): UrlResult {
  const judged = { item, ...judgeReport(outcome, policy, now) };
  const reason = policy.allowUrls?.[item.url];
  if (reason === undefined) return judged;
  return { ...judged, status: 'allowed', consequence: 'pass', allowed: { reason, otherwise: judged.status } };
}

/** Adds the URLs' verdicts to the artifacts': the gate fails when either fails. */
export function withUrls(judgement: Judgement, urls: UrlResult[]): Judgement {
  if (urls.length === 0) return judgement;
  const urlFails = urls.some((r) => r.consequence === 'fail' || (r.error !== null && failsWhateverPolicy(r.error)));
  return { ...judgement, urls, result: judgement.result === 'fail' || urlFails ? 'fail' : 'pass' };
}

function judgeReport<R extends AnalysisReport>(
  outcome: { kind: 'found'; report: R } | { kind: 'unknown' } | { kind: 'pending' } | { kind: 'error'; error: LookupError },
  policy: Policy,
  now: Date,
): Pick<UrlResult, 'status' | 'consequence' | 'error' | 'counted' | 'allowed' | 'staleDays'> & { report: R | null } {
  const base = { report: null, error: null, counted: null, allowed: null, staleDays: null };
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
    case 'pending':
      // Uploaded, not yet judged by the service: as unknown as a file it has never seen.
      return { ...base, status: 'pending', consequence: policy.onUnknown };
    case 'error':
      // A refused key or an endpoint that serves no reports means the gate could not work at all: that fails whatever on-error says.
      return { ...base, error: outcome.error, status: 'error', consequence: failsWhateverPolicy(outcome.error) ? 'fail' : policy.onError };
  }
}

/** The one engine filter: whether the policy leaves this engine's verdicts out of the counts. */
export function isIgnoredEngine(policy: Pick<Policy, 'ignoreEngines'>, engine: string): boolean {
  return policy.ignoreEngines.includes(engine.toLowerCase());
}

/** A refused key, or an error that says nothing could be checked as configured. */
export function failsWhateverPolicy(error: LookupError): boolean {
  return error.kind === 'auth' || error.alwaysFails === true;
}

/** An error that ended the whole scan: every artifact left carries it, so it is said once. */
export function endedScan(error: LookupError | null): boolean {
  return error !== null && (error.kind === 'auth' || error.scanStopped === true);
}

/**
 * The detections, less the verdicts of ignored engines (which still show, marked ignored). Never
 * fewer than the distinct engines listed as flagging the file: stats that say fewer are contradicted.
 */
function countedDetections(report: AnalysisReport, policy: Policy): { malicious: number; suspicious: number } {
  const count = (category: 'malicious' | 'suspicious') => {
    const engines = report.detections.filter((d) => d.category === category);
    const ignored = engines.filter((d) => isIgnoredEngine(policy, d.engine)).length;
    return Math.max(0, Math.max(report.stats[category], engines.length) - ignored);
  };
  return { malicious: count('malicious'), suspicious: count('suspicious') };
}

/** Engines that produced a verdict: malicious, suspicious, undetected or harmless. */
export function analysedEngines({ stats }: Pick<FileReport, 'stats'>): number {
  return stats.malicious + stats.suspicious + stats.undetected + stats.harmless;
}

function staleDays(report: AnalysisReport, policy: Policy, now: Date): number | null {
  if (policy.maxReportAgeDays === null || report.lastAnalysed === null) return null;
  const days = Math.floor((now.getTime() - report.lastAnalysed.getTime()) / DAY_MS);
  return days > policy.maxReportAgeDays ? days : null;
}

export function judge(scanned: readonly ScannedArtifact[], policy: Policy, now = new Date()): Judgement {
  const results = scanned.map((entry) => judgeArtifact(entry, policy, now));
  const counts = {
    scanned: results.length,
    uniqueHashes: new Set(results.map((r) => r.sha256).filter(Boolean)).size,
    stale: results.filter((r) => r.staleDays !== null).length,
    uploaded: results.filter((r) => r.submission !== undefined && r.submission.state !== 'not-uploaded').length,
    ...(Object.fromEntries(STATUS_ORDER.map((status) => [status, 0])) as Record<ArtifactStatus, number>),
  };
  for (const result of results) counts[result.status]++;
  // A refused key (or an api-url that serves no reports) means nothing could be checked: the job fails, allowed artifacts or not.
  const fails =
    (results.length === 0 && policy.ifNoFilesFound === 'error') || results.some((r) => r.consequence === 'fail' || (r.error !== null && failsWhateverPolicy(r.error)));
  return { result: fails ? 'fail' : 'pass', results, counts };
}

/** Worst first: what a reader must see before anything else. */
export const STATUS_ORDER: readonly ArtifactStatus[] = ['malicious', 'suspicious', 'error', 'unanalysed', 'pending', 'unknown', 'allowed', 'clean'];
