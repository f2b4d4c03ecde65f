// The JSON report: every artifact with its verdict and the policy that judged it. The schema is
// documented in the README ("JSON report") and versioned by `schemaVersion`.
import type { ArtifactResult, FileReport, Policy, Provider, ScanSummary } from '../core/types.js';
import { analysedEngines } from '../core/verdict.js';
import { ACTION_NAME, ACTION_VERSION } from '../core/version.js';
import { analysisLink, reportLink } from '../core/providers.js';
import { markIgnored } from './findings.js';
import { cacheUseData } from './cache-use.js';
import type { CacheUse } from '../core/verdict-cache.js';
import { describeDecision, describeExpiredAllow } from './decision.js';
import { reportUrl, urlCounts } from './urls.js';
import { parseUrlLine } from '../core/url-list.js';

/** Failing members an archive's entry names; the members' own entries are all in the report. */
const FAILING_MEMBERS_LISTED = 10;

/** 3: URLs (`urls`, `urlCounts`, `policy.allowUrls`), the verdict cache, `decidedBy` and `expiredAllows`. */
export const REPORT_SCHEMA_VERSION = 3;

export interface ReportContext {
  provider: Provider;
  apiUrl: string;
  policy: Policy;
  generatedAt: Date;
  /** How the verdict cache served the run; absent or null when it was off. */
  cache?: CacheUse | null;
}

export function reportHeader(scan: ScanSummary, context: ReportContext): Record<string, unknown> {
  return {
    schema: `${ACTION_NAME}/report`,
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: ACTION_NAME, version: ACTION_VERSION },
    generatedAt: context.generatedAt.toISOString(),
    provider: context.provider,
    apiUrl: context.apiUrl,
    policy: maskedPolicy(context.policy),
    result: scan.result,
    failureMessage: scan.failureMessage,
    counts: scan.counts,
    cache: cacheUseData(context.cache ?? null, context.generatedAt),
    expiredAllows: scan.expiredAllows.map((entry) => ({ ...entry, warning: describeExpiredAllow(entry) })),
    urlCounts: urlCounts(scan.urls ?? []),
  };
}

/** The policy as parsed, with allowed URLs masked as everywhere else (a URL may hold a token). */
function maskedPolicy(policy: Policy): Policy {
  if (!policy.allowUrls) return policy;
  const masked = <T>(byUrl: Record<string, T> | undefined) => Object.fromEntries(Object.entries(byUrl ?? {}).map(([url, value]) => [parseUrlLine(url).display, value]));
  return { ...policy, allowUrls: masked(policy.allowUrls), allowUrlEntries: masked(policy.allowUrlEntries) };
}

export function reportArtifact(result: ArtifactResult, provider: Provider, policy: Policy): Record<string, unknown> {
  const { artifact, report, error, sha256 } = result;
  return {
    path: artifact.displayPath, // a hash list's entries: the hash as given
    container: artifact.member?.chain.slice(0, -1) ?? null, // v3: the archives holding a member, outermost first
    size: artifact.hash ? null : artifact.size,
    hashKind: artifact.hash?.kind ?? null, // set for a hash list's entries: what the hash in `path` is
    sha256,
    status: result.status,
    consequence: result.consequence,
    link: sha256 ? reportLink(provider, sha256) : null,
    allowedReason: result.allowed?.reason ?? null,
    statusIfNotAllowed: result.allowed?.otherwise ?? null,
    decidedBy: { ...result.decidedBy, text: describeDecision(result, policy, provider) },
    ...reportAnalysis(result, policy),
    suggestedThreatLabel: report?.suggestedThreatLabel ?? null,
    firstSeen: report?.firstSeen?.toISOString() ?? null,
    lastAnalysed: report?.lastAnalysed?.toISOString() ?? null,
    staleDays: result.staleDays,
    cachedAt: result.cachedAt?.toISOString() ?? null, // when the answer reused from the verdict cache was fetched
    unscanned: artifact.unscanned ?? null, // v3: why it was not scanned fully (status `unscanned` unless its own hash fails it)
    // v3: an archive holding members that fail: it fails with them (the first few named), and what its own hash made of it.
    failingMembers: result.failingMembers
      ? { count: result.failingMembers.paths.length, paths: result.failingMembers.paths.slice(0, FAILING_MEMBERS_LISTED), ownConsequence: result.failingMembers.ownConsequence }
      : null,
    error: error ? { kind: error.kind, message: error.message, httpStatus: error.status ?? null } : null,
    // upload-unknown: `analysed` (judged by the analysis of this run's upload), `pending` or `not-uploaded`.
    upload: result.submission
      ? {
          state: result.submission.state,
          analysisId: result.submission.analysisId,
          analysisLink: result.submission.analysisId ? analysisLink(provider, result.submission.analysisId) : null,
          reason: result.submission.reason,
        }
      : null,
  };
}

/** What artifacts and URLs report alike of their analysis, in this order. */
export function reportAnalysis(
  result: Pick<ArtifactResult, 'counted'> & { report: Omit<FileReport, 'sha256' | 'suggestedThreatLabel'> | null },
  policy: Pick<Policy, 'ignoreEngines'>,
): Record<string, unknown> {
  const { report } = result;
  return {
    stats: report?.stats ?? null,
    engineCount: report?.engineCount ?? null,
    analysedEngines: report ? analysedEngines(report) : null,
    counted: result.counted,
    contradiction: report?.contradiction ?? null, // the stats count fewer detections than the engines listed
    detections: markIgnored(report, policy),
    threatNames: report?.threatNames ?? [],
  };
}

/** The report as pieces, artifact by artifact, for writeReportFile: 100,000 artifacts never make one huge string. */
export function* jsonReportText(scan: ScanSummary, context: ReportContext): Generator<string> {
  const header = JSON.stringify(reportHeader(scan, context), null, 2);
  yield `${header.slice(0, -2)},\n  "artifacts": [`; // reopen the header object to append the list
  for (const [index, result] of scan.results.entries()) {
    yield `${index === 0 ? '' : ','}\n    ${JSON.stringify(reportArtifact(result, context.provider, context.policy))}`;
  }
  yield `${scan.results.length === 0 ? '' : '\n  '}],\n  "urls": [`;
  const urls = scan.urls ?? [];
  for (const [index, result] of urls.entries()) yield `${index === 0 ? '' : ','}\n    ${JSON.stringify(reportUrl(result, context.provider, context.policy))}`;
  yield `${urls.length === 0 ? '' : '\n  '}]\n}\n`;
}
