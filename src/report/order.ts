// What every report agrees on: one worst-first order, one "needs attention" rule, and one way to
// show engines the policy ignores.
import { isIgnoredEngine, STATUS_ORDER } from '../core/verdict.js';
import type { ArtifactResult, ArtifactStatus, Consequence, EngineDetection, FileReport, Policy } from '../core/types.js';

export const CONSEQUENCE_ORDER: readonly Consequence[] = ['fail', 'warn', 'pass'];

/** Most serious first: failing before warning, malicious before errors before unknowns, most detections first. */
export function worstFirst<T extends ArtifactResult>(results: readonly T[]): T[] {
  const rank = (r: ArtifactResult) => CONSEQUENCE_ORDER.indexOf(r.consequence) * 10 + STATUS_ORDER.indexOf(r.status);
  return [...results].sort((a, b) => rank(a) - rank(b) || (b.counted?.malicious ?? 0) - (a.counted?.malicious ?? 0));
}

export type AttentionStatus = Exclude<ArtifactStatus, 'clean' | 'allowed'>;

/** Whether a reader should look at the artifact: anything but clean or allowed, whatever the policy made of it. */
export function needsAttention(result: ArtifactResult): result is ArtifactResult & { status: AttentionStatus } {
  return result.status !== 'clean' && result.status !== 'allowed';
}

/** The detections that count toward the thresholds (ignored engines left out), of one category or all. */
export function countedEngines(report: FileReport | null, policy: Pick<Policy, 'ignoreEngines'>, category?: string): EngineDetection[] {
  return report?.detections.filter((d) => (category === undefined || d.category === category) && !isIgnoredEngine(policy, d.engine)) ?? [];
}

/** A report's detections, each marked whether the policy ignores its engine. */
export function markIgnored(report: FileReport | null, policy: Pick<Policy, 'ignoreEngines'>): (EngineDetection & { ignored: boolean })[] {
  return report?.detections.map((d) => ({ ...d, ignored: isIgnoredEngine(policy, d.engine) })) ?? [];
}
