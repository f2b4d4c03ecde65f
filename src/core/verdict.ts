// Stage 4, pure: a lookup outcome plus the policy gives each artifact a status and a consequence,
// and the whole scan a result. Data only: the words that say why live in src/report/failure.ts.
import type { ScannedArtifact } from './scan.js';
import { containerKey, memberPath } from './archives/member-path.js';
import { maskedUrl } from './url-list.js';
import type {
  AllowEntry,
  ArtifactResult,
  ArtifactStatus,
  Consequence,
  Decision,
  DecisionRule,
  ExpiredAllow,
  FileReport,
  Judgement,
  LookupError,
  Policy,
  UrlItem,
  UrlLookupOutcome,
  UrlResult,
} from './types.js';

/** One frozen decision per rule that says nothing more than its rule: shared by every result it decides, not one each. */
const RULE_ONLY = new Map<DecisionRule, Decision>();
function decidedBy(rule: Exclude<DecisionRule, 'fail-engines'>): Decision {
  let decision = RULE_ONLY.get(rule);
  if (!decision) RULE_ONLY.set(rule, (decision = Object.freeze({ rule })));
  return decision;
}

/** What judging reads of a report, file or URL. */
type AnalysisReport = Pick<FileReport, 'stats' | 'detections' | 'lastAnalysed'>;

const DAY_MS = 86_400_000;

/**
 * The rules in the order they apply (README "Rule order"): the first that applies decides. Allow
 * comes first, then fail-engines, the thresholds, min-engines, and warn-malicious.
 */
export const RULE_ORDER = ['allow', 'fail-engines', 'max-malicious', 'max-malicious-percent', 'max-suspicious', 'min-engines', 'warn-malicious', 'within-thresholds'] as const;

export function judgeArtifact(scanned: ScannedArtifact, policy: Policy, now: Date): ArtifactResult {
  const judged = notFullyScanned(judgeOutcome(scanned, policy, now), policy);
  const { outcome } = scanned;
  if ((outcome.kind === 'found' || outcome.kind === 'unknown') && outcome.cachedAt) judged.cachedAt = outcome.cachedAt;
  return scanned.sha256 ? withAllow(judged, policy.allow[scanned.sha256], expiredAllow(scanned.sha256, policy, now)) : judged;
}

/** What an allow line does to a verdict, for files and URLs alike. */
function withAllow<R extends Pick<ArtifactResult, 'status' | 'consequence' | 'allowed' | 'decidedBy'>>(judged: R, reason: string | undefined, expired: ExpiredAllow | null): R {
  if (reason === undefined) return judged;
  // An expired entry no longer allows: the item is judged as any other, and the result says why.
  if (expired) return { ...judged, decidedBy: { ...judged.decidedBy, expiredAllow: expired } };
  // An allowed item never fails the gate, whatever the service says; it keeps what it said.
  return { ...judged, status: 'allowed', consequence: 'pass', allowed: { reason, otherwise: judged.status }, decidedBy: decidedBy('allow') };
}

function judgeOutcome({ artifact, sha256, outcome }: ScannedArtifact, policy: Policy, now: Date): ArtifactResult {
  if (outcome.kind === 'unscanned') return { artifact, sha256, report: null, error: null, counted: null, allowed: null, staleDays: null, ...unscannedVerdict(policy) };
  const submission = outcome.kind !== 'error' && outcome.submission ? { submission: outcome.submission } : {};
  return { artifact, sha256, ...submission, ...judgeLookup(outcome, policy, now) };
}

/** A URL's verdict: the same rules as an artifact's; an allow line naming the URL makes it `allowed`. */
export function judgeUrl(item: UrlItem, outcome: UrlLookupOutcome, policy: Policy, now = new Date()): UrlResult {
  const judged: UrlResult = { item, ...judgeLookup(outcome, policy, now) };
  if (outcome.kind !== 'error' && outcome.cachedAt) judged.cachedAt = outcome.cachedAt;
  return withAllow(judged, policy.allowUrls?.[item.url], expiredUrlAllow(item.url, policy, now));
}

/** Adds the URLs' verdicts to the artifacts': the gate fails when either fails. */
export function withUrls(judgement: Judgement, urls: UrlResult[]): Judgement {
  if (urls.length === 0) return judgement;
  const urlFails = urls.some((r) => r.consequence === 'fail' || (r.error !== null && failsWhateverPolicy(r.error)));
  return { ...judgement, urls, result: judgement.result === 'fail' || urlFails ? 'fail' : 'pass' };
}

/** A lookup's outcome, file or URL, judged by the rules after allow. */
function judgeLookup<R extends AnalysisReport>(
  outcome: { kind: 'found'; report: R } | { kind: 'unknown' } | { kind: 'pending' } | { kind: 'error'; error: LookupError },
  policy: Policy,
  now: Date,
): Pick<UrlResult, 'status' | 'consequence' | 'error' | 'counted' | 'allowed' | 'staleDays' | 'decidedBy'> & { report: R | null } {
  const base = { report: null, error: null, counted: null, allowed: null, staleDays: null };
  switch (outcome.kind) {
    case 'found': {
      const { report } = outcome;
      const counted = countedDetections(report, policy);
      return { ...base, report, counted, staleDays: staleDays(report, policy, now), ...judgeReport(report, counted, policy) };
    }
    case 'unknown':
      return { ...base, status: 'unknown', consequence: policy.onUnknown, decidedBy: decidedBy('on-unknown') };
    case 'pending':
      // Uploaded, not yet judged by the service: as unknown as a file it has never seen.
      return { ...base, status: 'pending', consequence: policy.onUnknown, decidedBy: decidedBy('on-unknown') };
    case 'error': {
      // A refused key or an endpoint that serves no reports means the gate could not work at all: that fails whatever on-error says.
      const unusable = failsWhateverPolicy(outcome.error);
      return { ...base, error: outcome.error, status: 'error', consequence: unusable ? 'fail' : policy.onError, decidedBy: decidedBy(unusable ? 'unusable-service' : 'on-error') };
    }
  }
}

/** The rules after allow, in RULE_ORDER, over a report: the first that applies decides. */
export function judgeReport(report: AnalysisReport, counted: { malicious: number; suspicious: number }, policy: Policy): { status: ArtifactStatus; consequence: Consequence; decidedBy: Decision } {
  const failing = failEngineDetections(report, policy);
  if (failing.length > 0) return { status: 'malicious', consequence: 'fail', decidedBy: { rule: 'fail-engines', engines: failing } };
  if (counted.malicious > policy.maxMalicious) return { status: 'malicious', consequence: 'fail', decidedBy: decidedBy('max-malicious') };
  if (overPercent(counted.malicious, analysedEngines(report), policy.maxMaliciousPercent)) {
    return { status: 'malicious', consequence: 'fail', decidedBy: decidedBy('max-malicious-percent') };
  }
  if (policy.maxSuspicious !== null && counted.suspicious > policy.maxSuspicious) return { status: 'suspicious', consequence: 'fail', decidedBy: decidedBy('max-suspicious') };
  // Under the thresholds, a report with too few verdicts (a fresh upload reads 0/0) says nothing: never clean.
  if (analysedEngines(report) < policy.minEngines) return { status: 'unanalysed', consequence: policy.onUnknown, decidedBy: decidedBy('min-engines') };
  if (policy.warnMalicious !== null && counted.malicious > policy.warnMalicious) return { status: 'flagged', consequence: 'warn', decidedBy: decidedBy('warn-malicious') };
  return { status: 'clean', consequence: 'pass', decidedBy: decidedBy('within-thresholds') };
}

/** The engines of fail-engines that say malicious, as the service spells them. */
function failEngineDetections(report: AnalysisReport, policy: Pick<Policy, 'failEngines'>): string[] {
  return report.detections.filter((d) => d.category === 'malicious' && policy.failEngines.includes(d.engine.toLowerCase())).map((d) => d.engine);
}

/** More than `percent` % of the engines with a verdict, compared in whole hundredths so 12.5 % of 8 is exactly 1. */
export function overPercent(malicious: number, analysed: number, percent: number | null): boolean {
  if (percent === null || analysed === 0) return false;
  return malicious * 10_000 > Math.round(percent * 100) * analysed;
}

/** The hash's allow entry, when its `expires` day (UTC) has come. */
function expiredAllow(sha256: string, policy: Policy, now: Date): ExpiredAllow | null {
  const entry = policy.allowEntries[sha256];
  return entry && hasExpired(entry, now) ? { ...entry, expires: entry.expires, sha256, reason: policy.allow[sha256] ?? '' } : null;
}

/** The same for a URL's allow line; the URL is named masked, as every report shows it. */
function expiredUrlAllow(url: string, policy: Policy, now: Date): ExpiredAllow | null {
  const entry = policy.allowUrlEntries?.[url];
  return entry && hasExpired(entry, now) ? { ...entry, expires: entry.expires, url: maskedUrl(new URL(url)), reason: policy.allowUrls?.[url] ?? '' } : null;
}

/** Whether an entry's `expires` day (UTC) has come. */
function hasExpired(entry: AllowEntry, now: Date): entry is AllowEntry & { expires: string } {
  return entry.expires !== null && now.getTime() >= Date.parse(`${entry.expires}T00:00:00Z`);
}

/**
 * An archive not opened fully (a zip bomb, corrupt, nested too deep) may hide what the gate looks for,
 * and a member whose name leads out of its archive is an attack on whoever unpacks it: unless its own
 * hash already fails it (or its lookup failed), it is `unscanned`, judged by on-error; `artifact.unscanned` says why.
 */
function notFullyScanned(judged: ArtifactResult, policy: Policy): ArtifactResult {
  if (judged.artifact.unscanned === undefined || judged.consequence === 'fail' || judged.status === 'error' || judged.status === 'unscanned') return judged;
  return { ...judged, ...unscannedVerdict(policy) };
}

function unscannedVerdict(policy: Policy): Pick<ArtifactResult, 'status' | 'consequence' | 'decidedBy'> {
  return { status: 'unscanned', consequence: policy.onError, decidedBy: decidedBy('on-error') };
}

/**
 * An archive fails when a member it holds fails: each failing member marks every archive on its
 * container chain (the outer file and the nested archives between), which keeps its own status and
 * decision. An allowed archive stays allowed; its members are still judged by their own hashes.
 */
function withFailingMembers(results: ArtifactResult[]): ArtifactResult[] {
  const holders = new Map<string, string[]>();
  for (const { artifact, consequence } of results) {
    if (!artifact.member || consequence !== 'fail') continue;
    const { chain } = artifact.member;
    for (let depth = 1; depth < chain.length; depth++) {
      const holder = containerKey(artifact.absolutePath, memberPath(chain.slice(0, depth)));
      const paths = holders.get(holder) ?? [];
      if (paths.length === 0) holders.set(holder, paths);
      paths.push(artifact.displayPath);
    }
  }
  if (holders.size === 0) return results;
  return results.map((result) => {
    const paths = holders.get(containerKey(result.artifact.absolutePath, result.artifact.displayPath));
    if (!paths || result.status === 'allowed') return result;
    return { ...result, consequence: 'fail', failingMembers: { paths, ownConsequence: result.consequence } };
  });
}

/** What the artifact's own verdict made of it, before the members it holds (an archive fails when one of them does). */
export function ownConsequence(result: Pick<ArtifactResult, 'consequence' | 'failingMembers'>): Consequence {
  return result.failingMembers?.ownConsequence ?? result.consequence;
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

/** `urlsOnly`: no `files` were given (only URLs), so no file matching is not a finding for if-no-files-found. */
export function judge(scanned: readonly ScannedArtifact[], policy: Policy, now = new Date(), urlsOnly = false): Judgement {
  const results = withFailingMembers(scanned.map((entry) => judgeArtifact(entry, policy, now)));
  const counts = {
    scanned: results.length,
    uniqueHashes: new Set(results.map((r) => r.sha256).filter(Boolean)).size,
    stale: results.filter((r) => r.staleDays !== null).length,
    uploaded: results.filter((r) => r.submission !== undefined && r.submission.state !== 'not-uploaded').length,
    ...(Object.fromEntries(STATUS_ORDER.map((status) => [status, 0])) as Record<ArtifactStatus, number>),
  };
  for (const result of results) counts[result.status]++;
  // Whether or not this scan has the hash or URL: a lapsed exception is said wherever it is written.
  const expiredAllows = [
    ...Object.keys(policy.allowEntries).map((sha256) => expiredAllow(sha256, policy, now)),
    ...Object.keys(policy.allowUrlEntries ?? {}).map((url) => expiredUrlAllow(url, policy, now)),
  ].filter((entry): entry is ExpiredAllow => entry !== null);
  // A refused key (or an api-url that serves no reports) means nothing could be checked: the job fails, allowed artifacts or not.
  const fails = (results.length === 0 && !urlsOnly && policy.ifNoFilesFound === 'error') || results.some((r) => r.consequence === 'fail' || (r.error !== null && failsWhateverPolicy(r.error)));
  return { result: fails ? 'fail' : 'pass', results, counts, expiredAllows, ...(urlsOnly && { urlsOnly }) };
}

/** Worst first: what a reader must see before anything else. */
export const STATUS_ORDER: readonly ArtifactStatus[] = ['malicious', 'suspicious', 'error', 'unscanned', 'flagged', 'unanalysed', 'pending', 'unknown', 'allowed', 'clean'];
