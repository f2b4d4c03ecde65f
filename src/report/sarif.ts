// A SARIF 2.1.0 log of the artifacts that need attention, for github/codeql-action/upload-sarif.
// Built as a pure function of the scan, within code scanning's documented limits; tests check it
// against the official 2.1.0 schema and with Microsoft's SARIF multitool and its GitHub rules.
import type { Location, Log, Notification, ReportingDescriptor, Result } from 'sarif';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { outerPath } from '../core/archives/member-path.js';
import { PROVIDERS, reportLink } from '../core/providers.js';
import type { Artifact, ArtifactResult, ArtifactStatus, Consequence, Policy, Provider, UrlResult } from '../core/types.js';
import { analysedEngines, ownConsequence } from '../core/verdict.js';
import { ACTION_VERSION } from '../core/version.js';
import { countedEngines, describeUpload, markIgnored, needsAttention, sentence, worstFirst } from './findings.js';
import { clip, describeDetection, escapeInvisible, plural } from './text.js';
import { decisionSentence, describeDecision } from './decision.js';
import { sarifUrlResult } from './urls.js';

export interface SarifContext {
  provider: Provider;
  policy: Policy;
  /** The action's documentation, for the driver's and the rules' help links. */
  helpUri: string;
  /** The URLs checked; those that warn or fail become results too (src/report/urls.ts). */
  urls?: readonly UrlResult[];
}

/** Code scanning's limits: results per run, and the gzip-compressed size of an upload (less a margin). */
export const SARIF_LIMITS = { resultsPerRun: 25_000, gzippedBytes: 10 * 1000 * 1000 - 256 * 1024 };
/** Engines named in one result's message; all of them are in its properties. */
const ENGINES_IN_MESSAGE = 5;
/** Where an artifact outside the workspace is located: relative to the file system root. */
const OUTSIDE_WORKSPACE = 'OUTSIDE_WORKSPACE';

type RuleStatus = Exclude<ArtifactStatus, 'clean' | 'allowed'>;

interface RuleText {
  name: string;
  short: string;
  /** What the status means. */
  meaning: string;
  /** What to do about it, one step per item. */
  remedies: string[];
  severity: string;
}

const ALLOW = 'If you have checked the artifact yourself and trust it, add its SHA-256 to `allow` (or `allow-file`) with the reason; it then passes, reported as allowed.';
const IGNORE = 'If one engine keeps flagging your builds wrongly, list it in `ignore-engines`: its verdicts stay visible but no longer count.';
const FALSE_POSITIVE = "Report a false positive to the vendor of each engine that flagged it (the engine names are in the result's message and properties).";
const REBUILD = 'If it should not be flagged, rebuild from a clean checkout on a clean runner and check again: a compromised dependency or build machine is the likeliest cause.';

/** One rule per status that needs attention. `security-severity` orders alerts in code scanning. */
const RULES: Record<RuleStatus, RuleText> = {
  malicious: {
    name: 'MaliciousArtifact',
    short: 'More engines flag the artifact as malicious than max-malicious allows.',
    meaning:
      'The reputation service has analysed this exact file (by SHA-256), and more of its anti-malware engines flag it as malicious than the `max-malicious` input allows. Do not release or deploy it until you know why.',
    remedies: [REBUILD, FALSE_POSITIVE, ALLOW, IGNORE],
    severity: '9.0',
  },
  suspicious: {
    name: 'SuspiciousArtifact',
    short: 'More engines flag the artifact as suspicious than max-suspicious allows.',
    meaning: 'The reputation service has analysed this exact file, and more of its engines flag it as suspicious (a heuristic, not a known threat) than the `max-suspicious` input allows.',
    remedies: [REBUILD, FALSE_POSITIVE, ALLOW, IGNORE],
    severity: '6.0',
  },
  flagged: {
    name: 'FlaggedArtifact',
    short: 'Some engines flag the artifact as malicious: more than warn-malicious, not more than max-malicious.',
    meaning:
      'The reputation service has analysed this exact file, and some of its engines flag it as malicious: more than the `warn-malicious` input, but not more than `max-malicious` (and no engine of `fail-engines` among them). The gate passes it with a warning, so that a few detections are looked at before they become many.',
    remedies: [FALSE_POSITIVE, REBUILD, ALLOW, IGNORE],
    severity: '5.0',
  },
  error: {
    name: 'ReputationLookupFailed',
    short: 'The artifact could not be checked: the lookup failed or the file could not be read.',
    meaning:
      "The gate could not find out the artifact's reputation: the lookup failed after its retries (a timeout, a server error, an exhausted quota) or the file could not be read. Nothing is known about it, so it is not clean.",
    remedies: [
      'Read the error in the message: for a quota, lower `requests-per-minute` or use a key with a larger quota; for a timeout or server error, run the job again.',
      'For a file that could not be read, check that the build produced it and that the runner can read it.',
      'Set `on-error: warn` only if an unchecked artifact may be released.',
    ],
    severity: '4.0',
  },
  unscanned: {
    name: 'ArtifactNotScanned',
    short: 'The archive, or a member of it, could not be scanned fully: not opened, not read, or named to unpack outside its target.',
    meaning:
      "The gate could not look at everything this archive holds: it is corrupt or cut short, a compression bomb, encrypted, nested deeper than `archive-max-depth`, over a size or count limit, or it holds itself; or a member's name leads out of the archive (`..` or an absolute path). What was not read may hide what the gate looks for, so it is judged like an error (`on-error`) unless its own hash already fails it.",
    remedies: [
      'Read the reason in the message: rebuild a corrupt archive; raise the `archive-max-*` limit it names only if the archive is yours and really that large or deep.',
      'An encrypted member, an archive that holds itself or a name with `..` has no place in a release: find out where it comes from.',
      'Set `on-error: warn` only if an archive the gate could not read fully may be released.',
    ],
    severity: '4.0',
  },
  unanalysed: {
    name: 'UnanalysedArtifact',
    short: 'The service knows the artifact but fewer engines than min-engines gave a verdict.',
    meaning:
      'The reputation service has a report on this file, but fewer of its engines gave a verdict than the `min-engines` input asks for: a fresh upload reads 0/0. Such a report says nothing yet, so the artifact is judged like an unknown one (`on-unknown`).',
    remedies: ['Wait for the service to analyse the file, or ask it to, then run the job again.', 'Lower `min-engines` only if a report with fewer verdicts is enough for you.', ALLOW],
    severity: '3.0',
  },
  pending: {
    name: 'PendingAnalysis',
    short: 'The artifact was uploaded, and its analysis did not complete within analysis-timeout-minutes.',
    meaning:
      'The service had never seen this file, so the gate uploaded it for analysis (`upload-unknown: true`), and the analysis did not complete within `analysis-timeout-minutes`. Nothing is known about it yet, so it is judged like an unknown one (`on-unknown`).',
    remedies: ['Open the analysis link in the result, and run the job again once the analysis is complete.', 'Raise `analysis-timeout-minutes` if analyses regularly take longer.', ALLOW],
    severity: '3.0',
  },
  unknown: {
    name: 'UnknownArtifact',
    short: 'The service has never seen the artifact, so it has no reputation.',
    meaning: 'The reputation service has never seen a file with this SHA-256. That is normal for a fresh build (the gate uploads nothing), but it also means no engine has vouched for it.',
    remedies: [
      'If the artifact is yours and built from reviewed sources, add its SHA-256 to `allow` with the reason, or set `on-unknown: pass` to keep unknown artifacts out of code scanning.',
      'Otherwise, have the service analyse the file before you release it.',
    ],
    severity: '3.0',
  },
};
const RULE_IDS = Object.keys(RULES) as RuleStatus[];

const LEVELS: Record<Exclude<Consequence, 'pass'>, Result.level> = { fail: 'error', warn: 'warning' };

function rule(status: RuleStatus, helpUri: string): ReportingDescriptor {
  const { name, short, meaning, remedies, severity } = RULES[status];
  return {
    id: `artifact-reputation/${status}`,
    name,
    shortDescription: { text: short },
    fullDescription: { text: meaning },
    help: {
      text: `${meaning}\n\nWhat to do:\n${remedies.map((step) => `- ${step}`).join('\n')}`,
      markdown: `${meaning}\n\n**What to do**\n\n${remedies.map((step) => `- ${step}`).join('\n')}\n\nSee [how the gate decides](${helpUri}#how-the-gate-decides) and [living with false positives](${helpUri}#living-with-false-positives).`,
    },
    helpUri: `${helpUri}#how-the-gate-decides`,
    defaultConfiguration: { level: status === 'malicious' || status === 'suspicious' || status === 'error' || status === 'unscanned' ? 'error' : 'warning' },
    properties: { tags: ['security', 'supply-chain'], precision: 'high', 'problem.severity': status === 'malicious' ? 'error' : 'warning', 'security-severity': severity },
  };
}

/**
 * The log. Only artifacts whose verdict warns or fails become results (an unknown artifact under
 * `on-unknown: pass` stays out of code scanning), worst first, cut to code scanning's limits with a
 * notification that says what was left out. `gzippedLimit` is for tests.
 */
export function buildSarif(results: readonly ArtifactResult[], context: SarifContext, gzippedLimit = SARIF_LIMITS.gzippedBytes): Log {
  // By the artifact's own verdict: an archive that fails only through its members has no result of its own; each failing member has one at the archive's file.
  const reported = worstFirst(results.filter((r): r is ArtifactResult & { status: RuleStatus } => needsAttention(r) && ownConsequence(r) !== 'pass'));
  let kept = Math.min(reported.length, SARIF_LIMITS.resultsPerRun);
  for (;;) {
    const log = assemble(reported.slice(0, kept), reported.length, context);
    if (kept === 0 || gzipSync(JSON.stringify(log)).length <= gzippedLimit) return log;
    kept = Math.floor(kept * 0.8);
  }
}

function assemble(kept: (ArtifactResult & { status: RuleStatus })[], total: number, context: SarifContext): Log {
  const notifications: Notification[] = [];
  if (kept.length < total) {
    const left = total - kept.length;
    notifications.push({
      level: 'warning',
      message: {
        text: `${plural(left, 'artifact')} that need${left === 1 ? 's' : ''} attention ${left === 1 ? 'is' : 'are'} left out of this log to stay within code scanning's limits (${SARIF_LIMITS.resultsPerRun.toLocaleString('en-US')} results and 10 MB compressed); the least serious were left out. The JSON report lists every artifact.`,
      },
    });
  }
  const anyOutside = kept.some((r) => !r.artifact.inWorkspace);
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
            rules: RULE_IDS.map((status) => rule(status, context.helpUri)),
          },
        },
        ...(anyOutside && { originalUriBaseIds: { [OUTSIDE_WORKSPACE]: { uri: 'file:///', description: { text: 'The file system root, for artifacts outside the workspace.' } } } }),
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results: [
          ...kept.map((r) => result(r, context)),
          ...(context.urls ?? [])
            .filter((r) => r.consequence !== 'pass')
            .map((r) => sarifUrlResult(r, context.provider, context.policy, RULE_IDS.indexOf(r.status as RuleStatus), LEVELS[r.consequence as Exclude<Consequence, 'pass'>])),
        ],
      },
    ],
  };
}

function result(artifactResult: ArtifactResult & { status: RuleStatus }, context: SarifContext): Result {
  const { artifact, sha256, report, counted, error, status } = artifactResult;
  const providerName = PROVIDERS[context.provider].name;
  const detections = countedEngines(report, context.policy, status === 'flagged' ? 'malicious' : status);
  const what: Record<RuleStatus, string> = {
    malicious: `is flagged malicious by ${counted?.malicious} of ${report?.engineCount} engines`,
    suspicious: `is flagged suspicious by ${counted?.suspicious} of ${report?.engineCount} engines`,
    flagged: `is flagged malicious by ${counted?.malicious} of ${report?.engineCount} engines`,
    unanalysed: `has verdicts from only ${report ? analysedEngines(report) : 0} engines at ${providerName} (min-engines=${context.policy.minEngines})`,
    pending: `was uploaded to ${providerName}, and its analysis is not complete`,
    unknown: `is unknown to ${providerName}`,
    error: `could not be checked: ${clip(error?.message ?? 'unknown error')}`,
    unscanned: `${sha256 === null ? 'was not read' : 'was not scanned fully'}: ${clip(artifact.unscanned ?? 'no reason given')}`,
  };
  const named = detections.slice(0, ENGINES_IN_MESSAGE).map(describeDetection);
  const more = detections.length > ENGINES_IN_MESSAGE ? ` and ${detections.length - ENGINES_IN_MESSAGE} more` : '';
  const link = sha256 ? reportLink(context.provider, sha256) : null;
  const ruleId = `artifact-reputation/${status}`;
  const decision = describeDecision(artifactResult, context.policy, context.provider);
  const upload = describeUpload(artifactResult, context.provider);
  return {
    ruleId,
    ruleIndex: RULE_IDS.indexOf(status),
    level: LEVELS[ownConsequence(artifactResult) as Exclude<Consequence, 'pass'>],
    message: {
      text: escapeInvisible(
        sentence(`${artifact.displayPath} (SHA-256 ${sha256 ?? 'not computed'}) ${what[status]}${named.length > 0 ? `: ${named.join(', ')}${more}` : ''}`) +
          (report?.contradiction ? ` ${report.contradiction}` : '') +
          ` ${decisionSentence(decision)}` +
          (upload ? ` ${upload.text}.${upload.link ? ` Analysis: ${upload.link}` : ''}` : '') +
          (link ? ` Report: ${link}` : ''),
      ),
    },
    // A member is located at its outer archive's file, which code scanning can link; the member and its chain are the logical location.
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(artifactResult), region: { startLine: 1 } }, ...memberLocation(artifact) }],
    // One alert per artifact path and rule across runs and rebuilds: not the content's hash, which every build changes.
    partialFingerprints: { primaryLocationLineHash: `${createHash('sha256').update(`${ruleId}\0${artifact.displayPath}`).digest('hex').slice(0, 16)}:1` },
    properties: {
      sha256,
      size: artifact.size,
      link,
      stats: report?.stats ?? null,
      engineCount: report?.engineCount ?? null,
      detections: markIgnored(report, context.policy),
      decidedBy: { ...artifactResult.decidedBy, text: decision },
      ...(artifact.member && { container: artifact.member.chain.slice(0, -1) }),
      ...(artifact.unscanned !== undefined && { unscanned: artifact.unscanned }),
    },
  };
}

/** A member's place inside its archives: `dist/app.zip!/lib/vendor.dll`, named by its own last part. */
function memberLocation({ member, displayPath }: Artifact): Pick<Location, 'logicalLocations'> {
  if (!member) return {};
  return { logicalLocations: [{ name: escapeInvisible(member.chain.at(-1)!), fullyQualifiedName: escapeInvisible(displayPath), kind: 'resource' }] };
}

/** Workspace paths relative to the checkout; others relative to the root, never an absolute URI code scanning rejects. */
function artifactLocation({ artifact }: ArtifactResult): { uri: string; uriBaseId: string } {
  const encode = (text: string) => text.split('/').map(encodeURIComponent).join('/');
  if (artifact.inWorkspace) return { uri: encode(outerPath(artifact)), uriBaseId: '%SRCROOT%' };
  const fromRoot = artifact.absolutePath
    .split(path.sep)
    .join('/')
    .replace(/^[A-Za-z]:/, '')
    .replace(/^\/+/, '');
  return { uri: encode(fromRoot), uriBaseId: OUTSIDE_WORKSPACE };
}

/** The log as the file's text. */
export function sarifText(log: Log): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}
