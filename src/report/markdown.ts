// A compact Markdown block for release notes (`gh release edit --notes-file`, a release action's
// `body_path`): the verdict, then one row per artifact, worst first. Pure; names are escaped.
import { PROVIDERS, reportLink } from '../core/providers.js';
import type { ArtifactResult, Policy, Provider, ScanSummary } from '../core/types.js';
import { detectionLines, shortHash, STATUS_LABELS, worstFirst } from './findings.js';
import { escapeHtml, formatDate, plural } from './text.js';
import { releaseNotesUrlTable } from './urls.js';

/** GitHub's release body holds 125,000 characters; leave room for the text people add around the block. */
export const RELEASE_NOTES_LIMIT_CHARS = 100_000;

export interface ReleaseNotesContext {
  provider: Provider;
  policy: Pick<Policy, 'ignoreEngines' | 'minEngines'>;
  generatedAt: Date;
}

export function renderReleaseNotes(scan: ScanSummary, context: ReleaseNotesContext, limitChars = RELEASE_NOTES_LIMIT_CHARS): string {
  const { counts } = scan;
  const provider = PROVIDERS[context.provider].name;
  const tally = [
    counts.malicious && `${counts.malicious} malicious`,
    counts.suspicious && `${counts.suspicious} suspicious`,
    counts.error && plural(counts.error, 'error'),
    counts.unscanned && `${counts.unscanned} unscanned`,
    counts.flagged && `${counts.flagged} flagged`,
    counts.unanalysed && `${counts.unanalysed} unanalysed`,
    counts.pending && `${counts.pending} pending`,
    counts.unknown && `${counts.unknown} unknown`,
    counts.allowed && `${counts.allowed} allowed`,
    counts.clean && `${counts.clean} clean`,
  ].filter(Boolean);
  const verdict =
    `**${scan.result === 'pass' ? '✅ Artifact reputation: passed' : '❌ Artifact reputation: failed'}** — ` +
    `${scan.urlsOnly ? plural(scan.urls?.length ?? 0, 'URL') : plural(counts.scanned, 'artifact')} checked against ${provider} on ${formatDate(context.generatedAt)}${tally.length > 0 ? `: ${tally.join(', ')}` : ''}.\n`;
  const urlTable = releaseNotesUrlTable(scan.urls, context.provider, context.policy, limitChars / 4);
  if (scan.results.length === 0) return verdict + urlTable;

  const header = '\n| Artifact | Status | Detections | SHA-256 |\n|---|---|---|---|\n';
  let text = verdict + header;
  const ordered = worstFirst(scan.results);
  for (const [index, result] of ordered.entries()) {
    const row = releaseRow(result, context);
    const left = ordered.length - index;
    // Keep room for the line that says how many rows were left out.
    if (text.length + row.length > limitChars - urlTable.length - 200) {
      return `${text}\n${plural(left, 'more artifact')} not listed, to keep the release notes short; the JSON report lists every one.\n${urlTable}`;
    }
    text += row;
  }
  return text + urlTable;
}

function releaseRow(result: ArtifactResult, context: ReleaseNotesContext): string {
  const status = STATUS_LABELS[result.status] + (result.allowed ? ` (${escapeHtml(result.allowed.reason)})` : '');
  const detections = detectionLines(result, context.policy)?.map(escapeHtml).join(', ') ?? '—';
  const { sha256 } = result;
  const link = sha256 ? reportLink(context.provider, sha256) : null;
  const hash = !sha256 ? '—' : link ? `[\`${shortHash(sha256)}\`](${link} "${sha256}")` : `\`${shortHash(sha256)}\``;
  return `| <code>${escapeHtml(result.artifact.displayPath)}</code> | ${status} | ${detections} | ${hash} |\n`;
}
