// Plain-text lines for a log or a terminal: what listing found, where a scan is, and the results.
import type { ArtifactList } from '../core/listing.js';
import type { ArtifactResult, Policy, Provider, ScanSummary, Submission } from '../core/types.js';
import { describeDecision } from './decision.js';
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

export function describeChecking(artifacts: number, providerName: string, apiUrl: string, urls = 0): string {
  return `Checking ${plural(artifacts, 'artifact')}${andUrls(urls)} against ${providerName} (${apiUrl}).`;
}

/** ` and 3 URLs` when URLs are checked beside the artifacts or hashes. */
export function andUrls(urls: number): string {
  return urls > 0 ? ` and ${plural(urls, 'URL')}` : '';
}

export function describePassed(summary: ScanSummary): string {
  const urls = summary.urls ? plural(summary.urls.length, 'URL') : '';
  if (summary.urlsOnly) return `Gate passed: ${urls} checked.`;
  return `Gate passed: ${plural(summary.counts.scanned, 'artifact')}${urls ? ` and ${urls}` : ''} checked.`;
}

/** A run given URLs and no `files`: said instead of describeChecking (and of the no-files warning). */
export function describeCheckingUrls(urls: number, providerName: string, apiUrl: string): string {
  return `No files given: checking ${plural(urls, 'URL')} only against ${providerName} (${apiUrl}).`;
}

/**
 * The heading of the results and one line per artifact, worst first, with the detections as every
 * report reads them (counted and ignored apart) and the rule that decided; null when there is nothing
 * to list. Each line is rendered when it is read: 100,000 artifacts never make 100,000 lines at once.
 */
export function describeResults(summary: ScanSummary, policy: Policy, provider: Provider): { title: string; lines: Iterable<string> } | null {
  if (summary.results.length === 0) return null;
  const { counts } = summary;
  const flagged = counts.flagged > 0 ? `${counts.flagged} flagged, ` : '';
  const pending = counts.pending > 0 ? `, ${counts.pending} pending` : '';
  const unscanned = counts.unscanned > 0 ? `, ${counts.unscanned} unscanned` : '';
  const title = `Results: ${counts.malicious} malicious, ${counts.suspicious} suspicious, ${flagged}${counts.unknown + counts.unanalysed} unknown${pending}, ${counts.error} errors${unscanned}, ${counts.allowed} allowed, ${counts.clean} clean`;
  return { title, lines: resultLines(worstFirst(summary.results), policy, provider) };
}

function* resultLines(ordered: readonly ArtifactResult[], policy: Policy, provider: Provider): Generator<string> {
  for (const result of ordered) yield resultLine(result, policy, provider);
}

function resultLine(result: ArtifactResult, policy: Policy, provider: Provider): string {
  const { artifact, status, report, error, allowed, submission } = result;
  const detections = detectionLines(result, policy);
  const unscanned = artifact.unscanned === undefined ? null : `: ${result.sha256 === null ? 'not read' : 'not scanned fully'}: ${clip(artifact.unscanned)}`;
  const details = [allowed ? `(${clip(allowed.reason)})` : null, detections ? detections.join(', ') : null, error ? `: ${clip(error.message)}` : null, unscanned, report?.contradiction ?? null].filter(
    (part): part is string => part !== null,
  );
  const detail = details.map((part) => (part.startsWith(':') ? part : ` ${part}`)).join('');
  const submitted = submission ? describeSubmission(submission) : '';
  return `${status.padEnd(10)} ${oneLine(artifact.displayPath)}${oneLine(detail + submitted)} — ${describeDecision(result, policy, provider)}`;
}

/** How an upload went, after an artifact's verdict: analysed now, pending with its analysis, or why not uploaded. */
export function describeSubmission({ state, analysisId, reason }: Submission): string {
  if (state === 'analysed') return ` (analysed now${analysisId ? `, analysis ${analysisId}` : ''})`;
  if (state === 'pending') return ` (uploaded, analysis ${analysisId} not complete: ${clip(reason ?? '')})`;
  return ` (not uploaded: ${clip(reason ?? '')})`;
}

/** Said once when uploads are on: what an upload means for the files, in plain words. */
export function describeUploadsOn(providerName: string, patterns: string): string {
  const shown = oneLine(patterns.trim().split(/\r?\n/).join(', '));
  return (
    `upload-unknown is on: a file ${providerName} has never seen is uploaded for analysis when upload-files (${shown}) matches it. ` +
    `What is uploaded becomes available to ${providerName}'s premium customers, and the public API is not for commercial workflows; ` +
    'narrow upload-files to keep files private.'
  );
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
