// Plain-text lines for a log or a terminal: what listing found, where a scan is, and the results.
import type { ArtifactList } from '../core/listing.js';
import type { Policy, ScanSummary } from '../core/types.js';
import { detectionLines, worstFirst } from './findings.js';
import type { GateSnapshot } from '../core/run-gate.js';
import { clip, oneLine, plural } from './text.js';

const SKIPPED_LISTED = 10;

export function describeSkipped(skipped: ArtifactList['skipped']): string {
  const listed = skipped.slice(0, SKIPPED_LISTED).map(({ path: skippedPath, reason }) => `${skippedPath} (${reason})`);
  const more = skipped.length > SKIPPED_LISTED ? `, and ${skipped.length - SKIPPED_LISTED} more` : '';
  return oneLine(`Skipped ${plural(skipped.length, 'matched path')} that ${skipped.length === 1 ? 'is' : 'are'} not a file to check: ${listed.join(', ')}${more}.`);
}

export function describeNoFiles(patterns: string): string {
  return `No files were found with the provided patterns: ${oneLine(patterns.trim().split('\n').join(', '))}. No artifacts were checked.`;
}

export function describeChecking(artifacts: number, providerName: string, apiUrl: string): string {
  return `Checking ${plural(artifacts, 'artifact')} against ${providerName} (${apiUrl}).`;
}

export function describePassed(summary: ScanSummary): string {
  return `Gate passed: ${plural(summary.counts.scanned, 'artifact')} checked.`;
}

/**
 * The heading of the results and one line per artifact, worst first, with the detections as every
 * report reads them (counted and ignored apart); null when there is nothing to list.
 */
export function describeResults(summary: ScanSummary, policy: Pick<Policy, 'ignoreEngines' | 'minEngines'>): { title: string; lines: string[] } | null {
  if (summary.results.length === 0) return null;
  const { counts } = summary;
  const title = `Results: ${counts.malicious} malicious, ${counts.suspicious} suspicious, ${counts.unknown + counts.unanalysed} unknown, ${counts.error} errors, ${counts.allowed} allowed, ${counts.clean} clean`;
  const lines = worstFirst(summary.results).map((result) => {
    const { artifact, status, report, error, allowed } = result;
    const detections = detectionLines(result, policy);
    const details = [
      allowed ? `(${clip(allowed.reason)})` : null,
      detections ? detections.join(', ') : null,
      error ? `: ${clip(error.message)}` : null,
      report?.contradiction ?? null,
    ].filter((part): part is string => part !== null);
    return `${status.padEnd(10)} ${oneLine(artifact.displayPath)}${oneLine(details.map((part) => (part.startsWith(':') ? part : ` ${part}`)).join(''))}`;
  });
  return { title, lines };
}

/** The one line a cancelled run leaves: how far it got, so a re-run can be judged worth it. */
export function describeCancelled(signal: string, { stage, artifacts, hashed, lookups }: GateSnapshot): string {
  const where =
    stage === 'listing'
      ? 'while listing the files to check'
      : stage === 'judging'
        ? `after checking all ${plural(artifacts, 'artifact')}, while writing the reports`
        : `after hashing ${hashed} of ${plural(artifacts, 'artifact')} and looking up ${lookups?.done ?? 0} of ${plural((lookups?.done ?? 0) + (lookups?.pending ?? 0), 'unique hash', 'unique hashes')} found so far`;
  return `The scan was cancelled (${signal}) ${where}; no verdict was reached.`;
}
