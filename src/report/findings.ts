// What every report agrees on: which artifacts need attention, the order they are listed in (worst
// first), how a hash is shortened and how detections read. Plain text; each renderer escapes.
import { analysisLink } from '../core/providers.js';
import type { Artifact, ArtifactResult, ArtifactStatus, Consequence, EngineDetection, FileReport, Policy, Provider } from '../core/types.js';
import { analysedEngines, isIgnoredEngine, STATUS_ORDER } from '../core/verdict.js';
import { plural } from './text.js';

export const CONSEQUENCE_ORDER: readonly Consequence[] = ['fail', 'warn', 'pass'];

/** How each status reads in the summary and the release notes. */
export const STATUS_LABELS: Record<ArtifactStatus, string> = {
  malicious: '🔴 malicious',
  suspicious: '🟠 suspicious',
  error: '⚠️ error',
  unscanned: '🚧 unscanned',
  flagged: '🟡 flagged',
  unanalysed: '❔ unanalysed',
  pending: '🕓 pending',
  unknown: '❔ unknown',
  allowed: '☑️ allowed',
  clean: '✅ clean',
};

/** Characters of a SHA-256 shown where room is short; the full hash goes in the link title and the details. */
export const SHORT_HASH_LENGTH = 12;

export function shortHash(sha256: string): string {
  return sha256.slice(0, SHORT_HASH_LENGTH);
}

export type AttentionStatus = Exclude<ArtifactStatus, 'clean' | 'allowed'>;

/** Neither clean nor allowed: an artifact someone has to look at, whatever the policy made of it. */
export function needsAttention(result: ArtifactResult): result is ArtifactResult & { status: AttentionStatus } {
  return result.status !== 'clean' && result.status !== 'allowed';
}

/**
 * Most serious first: failing before warning before passing, malicious before errors before
 * unknowns, and within a status the most detected first. Ties keep their order (sorted by path).
 */
export function worstFirst<T extends ArtifactResult>(results: readonly T[]): T[] {
  const rank = (r: ArtifactResult) => CONSEQUENCE_ORDER.indexOf(r.consequence) * 10 + STATUS_ORDER.indexOf(r.status);
  const detections = (r: ArtifactResult) => (r.status === 'suspicious' ? (r.counted?.suspicious ?? 0) : (r.counted?.malicious ?? 0));
  return [...results].sort((a, b) => rank(a) - rank(b) || detections(b) - detections(a) || (b.counted?.suspicious ?? 0) - (a.counted?.suspicious ?? 0));
}

/** The detections that count toward the thresholds (ignored engines left out), of one category or all. */
export function countedEngines(report: Pick<FileReport, 'detections'> | null, policy: Pick<Policy, 'ignoreEngines'>, category?: string): EngineDetection[] {
  return report?.detections.filter((d) => (category === undefined || d.category === category) && !isIgnoredEngine(policy, d.engine)) ?? [];
}

/** A report's detections, each marked whether the policy ignores its engine. */
export function markIgnored(report: Pick<FileReport, 'detections'> | null, policy: Pick<Policy, 'ignoreEngines'>): (EngineDetection & { ignored: boolean })[] {
  return report?.detections.map((d) => ({ ...d, ignored: isIgnoredEngine(policy, d.engine) })) ?? [];
}

/** The detections of engines the policy ignores, as the service spelled their names. */
export function ignoredDetections(result: ArtifactResult, policy: Pick<Policy, 'ignoreEngines'>): EngineDetection[] {
  return result.report?.detections.filter((d) => isIgnoredEngine(policy, d.engine)) ?? [];
}

/**
 * The detections as short lines, counted apart from ignored: `3/79 malicious`, `2 suspicious`,
 * `+1 ignored`. The line the status is about comes first, so a suspicious artifact never reads as
 * `0/69`; an unanalysed one says how many engines gave a verdict against min-engines. Null without a report.
 */
export function detectionLines(result: ArtifactResult, policy: Pick<Policy, 'ignoreEngines' | 'minEngines'>): string[] | null {
  const { report, counted } = result;
  if (!report || !counted) return null;
  const status = result.allowed?.otherwise ?? result.status;
  const lines: string[] = [];
  if (status === 'unanalysed') {
    lines.push(`${plural(analysedEngines(report), 'verdict')}`, `min-engines=${policy.minEngines}`);
    if (counted.malicious > 0) lines.push(`${counted.malicious} malicious`);
  } else if (status === 'suspicious') {
    lines.push(`${counted.suspicious}/${report.engineCount} suspicious`);
    if (counted.malicious > 0) lines.push(`${counted.malicious} malicious`);
  } else {
    lines.push(`${counted.malicious}/${report.engineCount} malicious`);
  }
  if (status !== 'suspicious' && counted.suspicious > 0) lines.push(`${counted.suspicious} suspicious`);
  const ignored = ignoredDetections(result, policy).length;
  if (ignored > 0) lines.push(`+${ignored} ignored`);
  return lines;
}

/**
 * Ignored engine names as the service spells them (the policy keeps them lower-cased), in the
 * policy's order; a name no report mentions stays as given.
 */
export function ignoredEngineNames(results: readonly ArtifactResult[], policy: Pick<Policy, 'ignoreEngines'>): string[] {
  const spelled = new Map<string, string>();
  for (const result of results) for (const d of ignoredDetections(result, policy)) if (!spelled.has(d.engine.toLowerCase())) spelled.set(d.engine.toLowerCase(), d.engine);
  return policy.ignoreEngines.map((name) => spelled.get(name) ?? name);
}

/** fail-engines names as the service spells them (the policy keeps them lower-cased), in the policy's order. */
export function failEngineNames(results: readonly ArtifactResult[], policy: Pick<Policy, 'failEngines'>): string[] {
  const spelled = new Map<string, string>();
  for (const result of results) for (const engine of result.decidedBy.engines ?? []) if (!spelled.has(engine.toLowerCase())) spelled.set(engine.toLowerCase(), engine);
  return policy.failEngines.map((name) => spelled.get(name) ?? name);
}

/** A sentence that ends in exactly one full stop, whatever the text it ends with. */
export function sentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * What an upload in this run did for the artifact, in words, with the analysis link where the provider
 * has one: "Analysed now (uploaded in this run)" or "Uploaded; the analysis is not complete". Null
 * when nothing was uploaded.
 */
export function describeUpload(result: ArtifactResult, provider: Provider): { text: string; link: string | null } | null {
  const submission = result.submission;
  if (!submission || submission.state === 'not-uploaded') return null;
  const link = submission.analysisId ? analysisLink(provider, submission.analysisId) : null;
  return { text: submission.state === 'analysed' ? 'Analysed now (uploaded in this run)' : 'Uploaded; the analysis is not complete', link };
}

/**
 * Why an artifact was not scanned fully, as a sentence: `dist/a.zip!/x.so was not read: it is encrypted.`
 * (a member without a hash) or `dist/a.zip was not scanned fully: it could not be read as zip: …`. Null when it was.
 */
export function describeUnscanned({ artifact, sha256 }: { artifact: Artifact; sha256: string | null }): string | null {
  if (artifact.unscanned === undefined) return null;
  return sentence(`${artifact.displayPath} ${sha256 === null ? 'was not read' : 'was not scanned fully'}: ${artifact.unscanned}`);
}

/** Members shown by name where an archive says why it fails; the rest are counted. */
const MEMBERS_NAMED = 3;

/** `dist/a.zip!/x.so, dist/a.zip!/y.so and 4 more`: the failing members an archive holds. Null when none fail. */
export function describeFailingMembers(result: Pick<ArtifactResult, 'failingMembers'>): string | null {
  const paths = result.failingMembers?.paths;
  if (!paths) return null;
  const named = paths.slice(0, MEMBERS_NAMED);
  const more = paths.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}
