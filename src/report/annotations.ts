// Annotations: which ones, in which order, and the cap GitHub puts on them (10 errors and 10 warnings
// a step). Planning is pure; src/action/annotations.ts emits the plan as workflow commands.
import { outerPath } from '../core/archives/member-path.js';
import { analysisLink, PROVIDERS, reportLink } from '../core/providers.js';
import type { Artifact, ArtifactResult, ExpiredAllow, Policy, Provider } from '../core/types.js';
import { analysedEngines, endedScan, ownConsequence } from '../core/verdict.js';
import { countedEngines, sentence, worstFirst } from './findings.js';
import { decisionSentence, describeDecision, describeExpiredAllow } from './decision.js';
import { clip, describeDetection, formatDate, plural } from './text.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  /** Workspace-relative path, so GitHub can attach the annotation to the file. */
  file?: string;
  /** The line of `file` it is about, when it is about one. */
  line?: number;
}

/** GitHub shows at most this many annotations of each level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;
const ENGINES_IN_MESSAGE = 8;

/**
 * The annotations to emit, worst first and within GitHub's caps. `failing` leaves one error for the
 * line core.setFailed adds, so the reason the job failed is never the one GitHub hides.
 */
export function planAnnotations(results: readonly ArtifactResult[], provider: Provider, policy: Policy, failing = false, expiredAllows: readonly ExpiredAllow[] = []): Annotation[] {
  const shown: Annotation[] = [];
  const hidden: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const room: Record<AnnotationLevel, number> = { error: ANNOTATIONS_PER_LEVEL - (failing ? 1 : 0), warning: ANNOTATIONS_PER_LEVEL, notice: ANNOTATIONS_PER_LEVEL };
  // Each is described only when shown, and counted otherwise: 100,000 artifacts would otherwise make
  // 100,000 messages (or 100,000 deferred ones) for 10 annotations.
  const offer = (level: AnnotationLevel, make: () => Annotation) => {
    if (room[level] > 0) {
      shown.push(make());
      room[level]--;
    } else {
      hidden[level]++;
    }
  };
  // An expired allow line comes first: it explains the verdicts after it, and it takes its place in GitHub's cap like them.
  for (const annotation of planExpiredAllowAnnotations(expiredAllows)) offer(annotation.level, () => annotation);
  let scanStopSaid = false;
  for (const result of worstFirst(results)) {
    // A refused key (or another error that ended the scan) fails every artifact left the same way:
    // the failure line says it, once; under on-error=warn, one warning says it.
    if (endedScan(result.error)) {
      if (result.consequence === 'fail' || scanStopSaid) continue;
      scanStopSaid = true;
    }
    // By its own verdict: an archive that fails only through its members is pointed at by their annotations.
    if (ownConsequence(result) === 'pass') {
      // A passing verdict on an old report still deserves a word: the file may have been re-judged since.
      if (result.staleDays !== null && result.status !== 'allowed') offer('warning', () => describeStale(result, policy));
      continue;
    }
    offer(levelOf(result), () => describe(result, provider, policy));
  }
  const hiddenParts = [hidden.error && plural(hidden.error, 'error'), hidden.warning && plural(hidden.warning, 'warning')].filter(Boolean);
  if (hiddenParts.length > 0) {
    shown.push({
      level: 'notice',
      title: 'More findings in the job summary',
      message: `${hiddenParts.join(' and ')} more ${hidden.error + hidden.warning === 1 ? 'is' : 'are'} not shown as annotations (GitHub shows ${ANNOTATIONS_PER_LEVEL} of each kind); the job summary and the JSON report list every artifact.`,
    });
  }
  return shown;
}

/** Where GitHub attaches the annotation: a member of an archive points at the archive's file. */
function annotatedFile(artifact: Artifact): { file?: string } {
  return artifact.inWorkspace ? { file: outerPath(artifact) } : {};
}

function levelOf(result: ArtifactResult): AnnotationLevel {
  return ownConsequence(result) === 'fail' ? 'error' : 'warning';
}

function describe(result: ArtifactResult, provider: Provider, policy: Policy): Annotation {
  const { artifact, report, sha256, counted } = result;
  const level = levelOf(result);
  const file = annotatedFile(artifact);
  const providerName = PROVIDERS[provider].name;
  const link = sha256 ? reportLink(provider, sha256) : null;
  const hashText = sha256 ? ` (SHA-256 ${sha256})` : '';
  // A verdict from this run's own upload says so: the file was unknown until now.
  const linkText = `${result.submission?.state === 'analysed' ? ' Analysed now (uploaded in this run).' : ''}${link ? ` Report: ${link}` : ''}`;
  const stale = result.staleDays !== null ? ` The report is ${result.staleDays} days old (max-report-age-days=${policy.maxReportAgeDays}).` : '';
  const decision = ` ${decisionSentence(describeDecision(result, policy, provider))}`;
  if ((result.status === 'malicious' || result.status === 'suspicious' || result.status === 'flagged') && report && counted) {
    const category = result.status === 'suspicious' ? 'suspicious' : 'malicious';
    const engines = countedEngines(report, policy, category);
    const named = engines.slice(0, ENGINES_IN_MESSAGE).map(describeDetection);
    const more = engines.length > ENGINES_IN_MESSAGE ? `, and ${engines.length - ENGINES_IN_MESSAGE} more` : '';
    const count = counted[category];
    return {
      level,
      title: `${TITLES[result.status]} artifact: ${count}/${report.engineCount} engines`,
      message: `${artifact.displayPath}${hashText} is flagged ${category} by ${count} of ${report.engineCount} engines: ${named.join(', ')}${more}.${report.contradiction ? ` ${report.contradiction}` : ''}${decision}${stale}${linkText}`,
      ...file,
    };
  }
  if (result.status === 'unanalysed' && report) {
    return {
      level,
      title: `Not analysed by ${providerName}`,
      message: `${artifact.displayPath}${hashText} has a report with verdicts from only ${plural(analysedEngines(report), 'engine')} (min-engines=${policy.minEngines}): ${providerName} has not really analysed it yet.${decision}${stale}${linkText}`,
      ...file,
    };
  }
  if (result.status === 'pending') {
    const analysis = result.submission?.analysisId ? (analysisLink(provider, result.submission.analysisId) ?? `analysis ${result.submission.analysisId}`) : null;
    return {
      level,
      title: `Analysis pending at ${providerName}`,
      message: `${artifact.displayPath}${hashText} was uploaded, and its analysis did not complete in time (${clip(result.submission?.reason ?? '')}), so it has no verdict yet.${decision}${analysis ? ` Analysis: ${analysis}` : ''}`,
      ...file,
    };
  }
  if (result.status === 'unknown') {
    return {
      level,
      title: `Unknown to ${providerName}`,
      message: `${artifact.displayPath}${hashText} has never been seen by ${providerName}, so it has no reputation yet.${result.submission?.reason ? ` Not uploaded: ${clip(result.submission.reason)}.` : ''}${decision}`,
      ...file,
    };
  }
  if (result.status === 'unscanned') {
    const what = sha256 === null ? 'was not read' : 'was not scanned fully';
    return {
      level,
      title: sha256 === null ? 'Archive member not read' : artifact.member ? 'Archive member not scanned fully' : 'Archive not scanned fully',
      message: `${artifact.displayPath}${hashText} ${what}: ${sentence(clip(artifact.unscanned ?? 'no reason given'))}${decision}${linkText}`,
      ...file,
    };
  }
  return {
    level,
    title: result.error?.kind === 'file' ? 'Artifact could not be read' : 'Reputation lookup failed',
    message: `${artifact.displayPath}${hashText} could not be checked: ${sentence(clip(result.error?.message ?? 'unknown error'))}${decision}`,
    ...file,
  };
}

const TITLES = { malicious: 'Malicious', suspicious: 'Suspicious', flagged: 'Flagged' } as const;

/** One warning per expired allow entry, at its line when it is in an allow-file of the workspace. */
function planExpiredAllowAnnotations(expired: readonly ExpiredAllow[]): Annotation[] {
  return expired.map((entry) => ({
    level: 'warning',
    title: 'Allow entry expired',
    message: describeExpiredAllow(entry),
    ...(entry.file !== null && { file: entry.file, line: entry.line }),
  }));
}

function describeStale(result: ArtifactResult, policy: Pick<Policy, 'maxReportAgeDays'>): Annotation {
  const { artifact, report } = result;
  return {
    level: 'warning',
    title: 'Stale reputation report',
    message:
      `${artifact.displayPath} was last analysed ${result.staleDays} days ago (${formatDate(report?.lastAnalysed ?? null)}), ` +
      `more than max-report-age-days=${policy.maxReportAgeDays}: the verdict may be stale. Ask the service to reanalyse it.`,
    ...annotatedFile(artifact),
  };
}
