// A SARIF 2.1.0 log of the artifacts that need attention, for github/codeql-action/upload-sarif.
// Built as a pure function of the scan; tests validate it against the official 2.1.0 schema.
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { pathToFileURL } from 'node:url';
import type { ArtifactResult, Consequence, Policy, Provider } from '../core/types.js';
import { ACTION_VERSION } from '../core/version.js';
import { PROVIDERS, reportLink } from '../core/providers.js';
import { countedEngines, markIgnored, needsAttention, type AttentionStatus } from './order.js';
import { clip, describeDetection, escapeInvisible } from './text.js';

export interface SarifContext {
  provider: Provider;
  policy: Policy;
  /** The action's documentation, for the driver's and the rules' help links. */
  helpUri: string;
}

type RuleStatus = AttentionStatus;

/** One rule per status that needs attention. `security-severity` orders alerts in code scanning. */
const RULES: Record<RuleStatus, { name: string; text: string; severity: string }> = {
  malicious: { name: 'MaliciousArtifact', text: 'More engines flag the artifact as malicious than max-malicious allows.', severity: '9.0' },
  suspicious: { name: 'SuspiciousArtifact', text: 'More engines flag the artifact as suspicious than max-suspicious allows.', severity: '6.0' },
  error: { name: 'ReputationLookupFailed', text: 'The artifact could not be checked: the lookup failed or the file could not be read.', severity: '4.0' },
  unanalysed: { name: 'UnanalysedArtifact', text: 'The service knows the artifact but fewer engines than min-engines gave a verdict.', severity: '3.0' },
  pending: { name: 'PendingAnalysis', text: 'The artifact was uploaded, and its analysis did not complete within analysis-timeout-minutes.', severity: '3.0' },
  unknown: { name: 'UnknownArtifact', text: 'The service has never seen the artifact, so it has no reputation.', severity: '3.0' },
};
const RULE_IDS = Object.keys(RULES) as RuleStatus[];

const LEVELS: Record<Consequence, Result.level> = { fail: 'error', warn: 'warning', pass: 'note' };

export function buildSarif(results: readonly ArtifactResult[], context: SarifContext): Log {
  const rules: ReportingDescriptor[] = RULE_IDS.map((status) => ({
    id: `artifact-reputation/${status}`,
    name: RULES[status].name,
    shortDescription: { text: RULES[status].text },
    helpUri: `${context.helpUri}#how-the-gate-decides`,
    properties: { tags: ['security', 'supply-chain'], 'security-severity': RULES[status].severity },
  }));
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'Artifact Reputation Gate',
            semanticVersion: ACTION_VERSION,
            version: ACTION_VERSION,
            informationUri: context.helpUri,
            rules,
          },
        },
        results: results.filter(needsAttention).map((r) => result(r, context)),
      },
    ],
  };
}

function result(artifactResult: ArtifactResult & { status: RuleStatus }, context: SarifContext): Result {
  const { artifact, sha256, report, counted, error, status } = artifactResult;
  const providerName = PROVIDERS[context.provider].name;
  const detections = countedEngines(report, context.policy);
  const what: Record<RuleStatus, string> = {
    malicious: `flagged malicious by ${counted?.malicious} of ${report?.engineCount} engines`,
    suspicious: `flagged suspicious by ${counted?.suspicious} of ${report?.engineCount} engines`,
    unanalysed: `not yet analysed by ${providerName}`,
    pending: `uploaded to ${providerName}, analysis not complete`,
    unknown: `unknown to ${providerName}`,
    error: `not checked: ${clip(error?.message ?? 'unknown error')}`,
  };
  const names = detections.slice(0, 5).map(describeDetection);
  return {
    ruleId: `artifact-reputation/${status}`,
    ruleIndex: RULE_IDS.indexOf(status),
    level: LEVELS[artifactResult.consequence],
    message: { text: escapeInvisible(`${artifact.displayPath} (SHA-256 ${sha256 ?? 'not computed'}) is ${what[status]}${names.length > 0 ? `: ${names.join(', ')}` : ''}.`) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifact.inWorkspace ? { uri: artifact.displayPath.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' } : { uri: pathToFileURL(artifact.absolutePath).href },
        },
      },
    ],
    ...(sha256 && { partialFingerprints: { 'artifactSha256/v1': sha256 } }),
    properties: {
      sha256,
      size: artifact.size,
      link: sha256 ? reportLink(context.provider, sha256) : null,
      stats: report?.stats ?? null,
      engineCount: report?.engineCount ?? null,
      detections: markIgnored(report, context.policy),
    },
  };
}

/** The log as the file's text. */
export function sarifText(log: Log): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}
