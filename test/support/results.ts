// Judged results built to order, for tests of the reporters.
import type { Artifact, ArtifactResult, ArtifactStatus, Consequence } from '../../src/core/types.ts';
import { sha256Of } from './reports.ts';

/**
 * A judged result for `artifact` (its SHA-256 is that of its display path). What is not given is as
 * the verdict leaves it: counted from the report's stats, not allowed, not stale.
 */
export function judged(artifact: Artifact, status: ArtifactStatus, consequence: Consequence, extra: Partial<ArtifactResult> = {}): ArtifactResult {
  const report = extra.report ?? null;
  return {
    artifact,
    sha256: sha256Of(artifact.displayPath),
    status,
    consequence,
    report,
    error: null,
    counted: report ? { malicious: report.stats.malicious, suspicious: report.stats.suspicious } : null,
    allowed: null,
    staleDays: null,
    ...extra,
  };
}
