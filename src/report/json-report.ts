// The JSON report: every artifact with its verdict and the policy that judged it. The schema is
// documented in the README ("JSON report") and versioned by `schemaVersion`.
import type { ArtifactResult, Policy, Provider, ScanSummary } from '../core/types.js';
import { analysedEngines } from '../core/verdict.js';
import { ACTION_NAME, ACTION_VERSION } from '../core/version.js';
import { reportLink } from '../core/providers.js';
import { markIgnored } from './order.js';

export const REPORT_SCHEMA_VERSION = 3;

export interface ReportContext {
  provider: Provider;
  apiUrl: string;
  policy: Policy;
  generatedAt: Date;
}

export function reportHeader(scan: ScanSummary, context: ReportContext): Record<string, unknown> {
  return {
    schema: `${ACTION_NAME}/report`,
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: ACTION_NAME, version: ACTION_VERSION },
    generatedAt: context.generatedAt.toISOString(),
    provider: context.provider,
    apiUrl: context.apiUrl,
    policy: context.policy,
    result: scan.result,
    failureMessage: scan.failureMessage,
    counts: scan.counts,
  };
}

export function reportArtifact(result: ArtifactResult, provider: Provider, policy: Pick<Policy, 'ignoreEngines'>): Record<string, unknown> {
  const { artifact, report, error, sha256 } = result;
  return {
    path: artifact.displayPath,
    container: artifact.member?.chain.slice(0, -1) ?? null, // v3: the archives holding a member, outermost first
    size: artifact.size,
    sha256,
    status: result.status,
    consequence: result.consequence,
    link: sha256 ? reportLink(provider, sha256) : null,
    allowedReason: result.allowed?.reason ?? null,
    statusIfNotAllowed: result.allowed?.otherwise ?? null,
    stats: report?.stats ?? null,
    engineCount: report?.engineCount ?? null,
    analysedEngines: report ? analysedEngines(report) : null,
    counted: result.counted,
    contradiction: report?.contradiction ?? null, // the stats count fewer detections than the engines listed
    detections: markIgnored(report, policy),
    threatNames: report?.threatNames ?? [],
    suggestedThreatLabel: report?.suggestedThreatLabel ?? null,
    firstSeen: report?.firstSeen?.toISOString() ?? null,
    lastAnalysed: report?.lastAnalysed?.toISOString() ?? null,
    staleDays: result.staleDays,
    unscanned: artifact.unscanned ?? null, // v3: why an archive was not opened fully
    error: error ? { kind: error.kind, message: error.message, httpStatus: error.status ?? null } : null,
  };
}

/** The report as pieces, artifact by artifact, for writeReportFile: 100,000 artifacts never make one huge string. */
export function* jsonReportText(scan: ScanSummary, context: ReportContext): Generator<string> {
  const header = JSON.stringify(reportHeader(scan, context), null, 2);
  yield `${header.slice(0, -2)},\n  "artifacts": [`; // reopen the header object to append the list
  for (const [index, result] of scan.results.entries()) {
    yield `${index === 0 ? '' : ','}\n    ${JSON.stringify(reportArtifact(result, context.provider, context.policy))}`;
  }
  yield `${scan.results.length === 0 ? '' : '\n  '}]\n}\n`;
}
