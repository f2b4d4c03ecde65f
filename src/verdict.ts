// Stage 4, pure: a lookup outcome plus the policy gives each artifact a status and a consequence,
// and the whole scan a result and the one line that says why it failed.
import type { ScannedArtifact } from './scan.js';
import type { ArtifactResult, ArtifactStatus, Consequence, Policy, ScanSummary } from './types.js';

export function judgeArtifact(scanned: ScannedArtifact, policy: Policy): ArtifactResult {
  const { artifact, sha256, outcome } = scanned;
  const base = { artifact, sha256, report: null, error: null };
  switch (outcome.kind) {
    case 'found': {
      const malicious = outcome.report.stats.malicious > policy.maxMalicious;
      return { ...base, report: outcome.report, status: malicious ? 'malicious' : 'clean', consequence: malicious ? 'fail' : 'pass' };
    }
    case 'unknown':
      return { ...base, status: 'unknown', consequence: policy.onUnknown };
    case 'error':
      // A refused key means the gate could not work at all: that fails whatever on-error says.
      return { ...base, error: outcome.error, status: 'error', consequence: outcome.error.kind === 'auth' ? 'fail' : policy.onError };
  }
}

const FAILURE_LIST_LENGTH = 5;
export const NO_FILES_MESSAGE = 'No files were found with the provided patterns (if-no-files-found=error).';

export function summarize(scanned: readonly ScannedArtifact[], policy: Policy, providerName: string): ScanSummary {
  const results = scanned.map((entry) => judgeArtifact(entry, policy));
  const counts = { scanned: results.length, uniqueHashes: new Set(results.map((r) => r.sha256).filter(Boolean)).size, malicious: 0, unknown: 0, error: 0, clean: 0 };
  for (const result of results) counts[result.status]++;

  const failing = (status: ArtifactStatus) => results.filter((r) => r.status === status && r.consequence === 'fail');
  const of = `of ${results.length} artifact${results.length === 1 ? '' : 's'}`;
  const reasons: string[] = [];
  if (results.length === 0 && policy.ifNoFilesFound === 'error') reasons.push(NO_FILES_MESSAGE);
  const malicious = failing('malicious');
  if (malicious.length > 0) {
    const list = listPaths(malicious, (r) => `${r.artifact.displayPath} (${r.report?.stats.malicious}/${r.report?.engineCount})`);
    reasons.push(`${malicious.length} ${of} exceed${malicious.length === 1 ? 's' : ''} max-malicious=${policy.maxMalicious}: ${list}`);
  }
  const unknown = failing('unknown');
  if (unknown.length > 0) {
    reasons.push(`${unknown.length} ${of} ${unknown.length === 1 ? 'is' : 'are'} unknown to ${providerName} (on-unknown=fail): ${listPaths(unknown, (r) => r.artifact.displayPath)}`);
  }
  const errors = failing('error');
  if (errors.length > 0) {
    const auth = errors.find((r) => r.error?.kind === 'auth');
    reasons.push(
      auth
        ? auth.error!.message
        : `${errors.length} ${of} could not be checked (on-error=fail): ${listPaths(errors, (r) => r.artifact.displayPath)}`,
    );
  }
  return { result: reasons.length > 0 ? 'fail' : 'pass', results, counts, failureMessage: reasons.join('; ') };
}

function listPaths(results: ArtifactResult[], describe: (result: ArtifactResult) => string): string {
  const shown = results.slice(0, FAILURE_LIST_LENGTH).map(describe).join(', ');
  const more = results.length - FAILURE_LIST_LENGTH;
  return more > 0 ? `${shown} and ${more} more` : shown;
}

/** Worst first: what a reader must see before anything else. */
export const STATUS_ORDER: readonly ArtifactStatus[] = ['malicious', 'error', 'unknown', 'clean'];
export const CONSEQUENCE_ORDER: readonly Consequence[] = ['fail', 'warn', 'pass'];
