// The job summary, rendered as a pure function of the scan. Everything from outside is escaped;
// the result stays under GitHub's 1 MiB step-summary limit, cut with a note when it would not.
import type { ArtifactResult, FileReport, Policy, Provider, ScanSummary } from '../types.js';
import { STATUS_ORDER } from '../verdict.js';
import { PROVIDER_NAMES, reportLink } from './links.js';
import { escapeHtml, formatBytes, formatDate } from './text.js';

/** GitHub refuses a step summary over 1 MiB; keep a margin for the cut note. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;

export interface SummaryContext {
  provider: Provider;
  policy: Policy;
  reportPath: string | null;
}

const STATUS_LABELS = { malicious: '🔴 malicious', error: '⚠️ error', unknown: '❔ unknown', clean: '✅ clean' } as const;

export function renderSummary(scan: ScanSummary, context: SummaryContext, limitBytes = SUMMARY_LIMIT_BYTES): string {
  const out = new BoundedText(limitBytes);
  const { counts } = scan;
  const passed = scan.result === 'pass';
  out.add(`## ${passed ? '✅' : '❌'} Artifact reputation gate ${passed ? 'passed' : 'failed'}\n\n`);
  if (!passed) out.add(`${escapeHtml(scan.failureMessage)}\n\n`);
  out.add(
    `| Artifacts | Unique hashes | Malicious | Unknown | Errors | Clean |\n|---:|---:|---:|---:|---:|---:|\n` +
      `| ${counts.scanned} | ${counts.uniqueHashes} | ${counts.malicious} | ${counts.unknown} | ${counts.error} | ${counts.clean} |\n\n`,
  );
  const { policy } = context;
  out.add(
    `Checked against ${PROVIDER_NAMES[context.provider]} with max-malicious=${policy.maxMalicious}, ` +
      `on-unknown=${policy.onUnknown}, on-error=${policy.onError}.` +
      (context.reportPath ? ` Every artifact is in the JSON report: <code>${escapeHtml(context.reportPath)}</code>.` : '') +
      '\n\n',
  );

  const attention = scan.results
    .filter((r) => r.status !== 'clean')
    .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || (b.report?.stats.malicious ?? 0) - (a.report?.stats.malicious ?? 0));
  const header =
    '### Artifacts that need attention\n\n<table>\n' +
    '<tr><th>Artifact</th><th>Status</th><th>Size</th><th>SHA-256</th><th>Detections</th><th>Threat names</th><th>First seen</th><th>Last analysed</th></tr>\n';
  if (attention.length > 0 && out.add(header)) {
    for (const result of attention) if (!out.add(attentionRow(result, context.provider))) break;
    out.close('</table>\n\n');

    const flagged = attention.filter((r) => r.report && r.report.detections.length > 0);
    for (const [index, result] of flagged.entries()) {
      // The heading goes with the first block, so a cut never leaves it alone.
      const heading = index === 0 ? '### Engines that flagged them\n\n' : '';
      if (!out.add(heading + detectionsBlock(result.artifact.displayPath, result.report!))) break;
    }
  }

  const clean = scan.results.filter((r) => r.status === 'clean');
  if (clean.length > 0 && out.add(`<details><summary>Clean artifacts (${clean.length})</summary>\n\n<ul>\n`)) {
    for (const result of clean) if (!out.add(cleanItem(result, context.provider))) break;
    out.close('</ul>\n</details>\n');
  }
  return out.finish(
    `\n\n> [!NOTE]\n> This summary was cut to stay under GitHub's 1 MiB limit.` +
      (context.reportPath ? ` The JSON report (\`report-path\` output) lists every artifact.` : '') +
      '\n',
  );
}

function attentionRow(result: ArtifactResult, provider: Provider): string {
  const { artifact, report, sha256 } = result;
  const cells = [
    `<code>${escapeHtml(artifact.displayPath)}</code>`,
    STATUS_LABELS[result.status] + (result.error ? `<br>${escapeHtml(result.error.message)}` : ''),
    formatBytes(artifact.size),
    hashCell(sha256, provider),
    report ? `${report.stats.malicious}/${report.engineCount}` : '—',
    report ? threatNames(report) : '—',
    formatDate(report?.firstSeen ?? null),
    formatDate(report?.lastAnalysed ?? null),
  ];
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>\n`;
}

function detectionsBlock(displayPath: string, report: FileReport): string {
  const rows = report.detections
    .map((d) => `<tr><td>${escapeHtml(d.engine)}</td><td>${escapeHtml(d.category)}</td><td>${escapeHtml(d.result ?? '—')}</td></tr>`)
    .join('\n');
  return (
    `<details><summary><code>${escapeHtml(displayPath)}</code>: ${report.detections.length} engine${report.detections.length === 1 ? '' : 's'} flagged it</summary>\n\n` +
    `<table>\n<tr><th>Engine</th><th>Category</th><th>Result</th></tr>\n${rows}\n</table>\n</details>\n\n`
  );
}

function cleanItem(result: ArtifactResult, provider: Provider): string {
  const detections = result.report ? ` ${result.report.stats.malicious}/${result.report.engineCount}` : '';
  return `<li><code>${escapeHtml(result.artifact.displayPath)}</code> ${formatBytes(result.artifact.size)}${detections} ${hashCell(result.sha256, provider)}</li>\n`;
}

function hashCell(sha256: string | null, provider: Provider): string {
  if (!sha256) return '—';
  const link = reportLink(provider, sha256);
  return link ? `<a href="${link}"><code>${sha256}</code></a>` : `<code>${sha256}</code>`;
}

function threatNames(report: FileReport): string {
  const names = report.suggestedThreatLabel ? [report.suggestedThreatLabel, ...report.threatNames] : report.threatNames;
  return names.length > 0 ? [...new Set(names)].map(escapeHtml).join('<br>') : '—';
}

/** Text that refuses additions past a byte budget; once one is refused, all later ones are too. */
class BoundedText {
  private readonly parts: string[] = [];
  private bytes = 0;
  private cut = false;

  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  add(text: string): boolean {
    if (this.cut) return false;
    const size = Buffer.byteLength(text);
    if (this.bytes + size > this.limit) {
      this.cut = true;
      return false;
    }
    this.parts.push(text);
    this.bytes += size;
    return true;
  }

  /** Closing markup, always kept (the limit leaves room for it), so a cut never leaves a table open. */
  close(text: string): void {
    this.parts.push(text);
    this.bytes += Buffer.byteLength(text);
  }

  finish(cutNote: string): string {
    return this.parts.join('') + (this.cut ? cutNote : '');
  }
}
