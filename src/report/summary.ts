// The job summary, rendered as a pure function of the scan. Everything from outside is escaped;
// the result stays under GitHub's 1 MiB step-summary limit, cut with a note when it would not.
import type { ArtifactResult, ArtifactStatus, FileReport, Policy, Provider, ScanSummary } from '../core/types.js';
import { PROVIDERS, reportLink } from '../core/providers.js';
import { markIgnored, needsAttention, worstFirst } from './order.js';
import { clip, escapeHtml, formatBytes, formatDate } from './text.js';

/** GitHub refuses a step summary over 1 MiB; keep a margin for the cut note. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;

export interface SummaryContext {
  provider: Provider;
  policy: Policy;
  reportPath: string | null;
}

const STATUS_LABELS: Record<ArtifactStatus, string> = {
  malicious: '🔴 malicious',
  suspicious: '🟠 suspicious',
  error: '⚠️ error',
  unanalysed: '❔ unanalysed',
  pending: '🕓 pending',
  unknown: '❔ unknown',
  allowed: '☑️ allowed',
  clean: '✅ clean',
};

export function renderSummary(scan: ScanSummary, context: SummaryContext, limitBytes = SUMMARY_LIMIT_BYTES): string {
  const out = new BoundedText(limitBytes);
  const { counts } = scan;
  const passed = scan.result === 'pass';
  out.add(`## ${passed ? '✅' : '❌'} Artifact reputation gate ${passed ? 'passed' : 'failed'}\n\n`);
  if (!passed) out.add(`${escapeHtml(scan.failureMessage)}\n\n`);
  if (counts.scanned === 0) out.add('No file matched the `files` patterns, so nothing was checked.\n\n');
  out.add(
    '| Artifacts | Unique hashes | Malicious | Suspicious | Unknown | Unanalysed | Errors | Allowed | Clean |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n' +
      `| ${counts.scanned} | ${counts.uniqueHashes} | ${counts.malicious} | ${counts.suspicious} | ${counts.unknown} | ${counts.unanalysed} | ${counts.error} | ${counts.allowed} | ${counts.clean} |\n\n`,
  );
  out.add(
    `Checked against ${PROVIDERS[context.provider].name} with ${describePolicy(context.policy)}.` +
      (counts.stale > 0 ? ` ${counts.stale} report${counts.stale === 1 ? ' is' : 's are'} older than max-report-age-days=${context.policy.maxReportAgeDays} (⏳): the verdict may be stale.` : '') +
      (context.reportPath ? ` Every artifact is in the JSON report: <code>${escapeHtml(context.reportPath)}</code>.` : '') +
      '\n\n',
  );

  const attention = worstFirst(scan.results.filter(needsAttention));
  const header =
    '### Artifacts that need attention\n\n<table>\n' +
    '<tr><th>Artifact</th><th>Status</th><th>Size</th><th>SHA-256</th><th>Detections</th><th>Threat names</th><th>First seen</th><th>Last analysed</th></tr>\n';
  if (attention.length > 0 && out.add(header)) {
    for (const result of attention) if (!out.add(attentionRow(result, context.provider))) break;
    out.close('</table>\n\n');
  }

  const allowed = scan.results.filter((r) => r.status === 'allowed');
  const allowedHeader =
    `### Allowed artifacts (${allowed.length})\n\n<table>\n` + '<tr><th>Artifact</th><th>Reason</th><th>Otherwise</th><th>Detections</th><th>SHA-256</th></tr>\n';
  if (allowed.length > 0 && out.add(allowedHeader)) {
    for (const result of allowed) if (!out.add(allowedRow(result, context.provider))) break;
    out.close('</table>\n\n');
  }

  const flagged = [...attention, ...allowed].filter((r) => r.report && r.report.detections.length > 0);
  for (const [index, result] of flagged.entries()) {
    // The heading goes with the first block, so a cut never leaves it alone.
    const heading = index === 0 ? '### Engines that flagged them\n\n' : '';
    if (!out.add(heading + detectionsBlock(result.artifact.displayPath, result.report!, context.policy))) break;
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

function describePolicy(policy: Policy): string {
  const parts = [`max-malicious=${policy.maxMalicious}`];
  if (policy.maxSuspicious !== null) parts.push(`max-suspicious=${policy.maxSuspicious}`);
  parts.push(`min-engines=${policy.minEngines}`, `on-unknown=${policy.onUnknown}`, `on-error=${policy.onError}`);
  if (policy.ignoreEngines.length > 0) parts.push(`ignored engines: ${policy.ignoreEngines.map(escapeHtml).join(', ')}`);
  const allowed = Object.keys(policy.allow).length;
  if (allowed > 0) parts.push(`${allowed} allowed hash${allowed === 1 ? '' : 'es'}`);
  return parts.join(', ');
}

function attentionRow(result: ArtifactResult, provider: Provider): string {
  const { artifact, report, sha256 } = result;
  const cells = [
    `<code>${escapeHtml(artifact.displayPath)}</code>`,
    STATUS_LABELS[result.status] + staleMark(result) + (result.error ? `<br>${escapeHtml(clip(result.error.message))}` : ''),
    formatBytes(artifact.size),
    hashCell(sha256, provider),
    detectionCell(result),
    report ? threatNames(report) : '—',
    formatDate(report?.firstSeen ?? null),
    formatDate(report?.lastAnalysed ?? null),
  ];
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>\n`;
}

function allowedRow(result: ArtifactResult, provider: Provider): string {
  const cells = [
    `<code>${escapeHtml(result.artifact.displayPath)}</code>`,
    escapeHtml(result.allowed!.reason),
    STATUS_LABELS[result.allowed!.otherwise] + staleMark(result),
    detectionCell(result),
    hashCell(result.sha256, provider),
  ];
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>\n`;
}

/** `malicious/engines` as counted, with the verdicts of ignored engines named apart. */
function detectionCell({ report, counted }: ArtifactResult): string {
  if (!report || !counted) return '—';
  const ignored = report.stats.malicious - counted.malicious + (report.stats.suspicious - counted.suspicious);
  const suspicious = counted.suspicious > 0 ? ` (+${counted.suspicious} suspicious)` : '';
  return `${counted.malicious}/${report.engineCount}${suspicious}${ignored > 0 ? ` (+${ignored} ignored)` : ''}`;
}

function staleMark(result: ArtifactResult): string {
  return result.staleDays !== null ? ` ⏳ ${result.staleDays} days old` : '';
}

function detectionsBlock(displayPath: string, report: FileReport, policy: Policy): string {
  const rows = markIgnored(report, policy)
    .map((d) => {
      const ignored = d.ignored ? ' <em>(ignored)</em>' : '';
      return `<tr><td>${escapeHtml(clip(d.engine))}${ignored}</td><td>${escapeHtml(clip(d.category))}</td><td>${escapeHtml(clip(d.result ?? '—'))}</td><td>${escapeHtml(clip(d.version ?? '—'))}</td></tr>`;
    })
    .join('\n');
  return (
    `<details><summary><code>${escapeHtml(displayPath)}</code>: ${report.detections.length} engine${report.detections.length === 1 ? '' : 's'} flagged it</summary>\n\n` +
    `<table>\n<tr><th>Engine</th><th>Category</th><th>Result</th><th>Engine version</th></tr>\n${rows}\n</table>\n</details>\n\n`
  );
}

function cleanItem(result: ArtifactResult, provider: Provider): string {
  const detections = result.report ? ` ${detectionCell(result)}` : '';
  return `<li><code>${escapeHtml(result.artifact.displayPath)}</code> ${formatBytes(result.artifact.size)}${detections}${staleMark(result)} ${hashCell(result.sha256, provider)}</li>\n`;
}

function hashCell(sha256: string | null, provider: Provider): string {
  if (!sha256) return '—';
  const link = reportLink(provider, sha256);
  return link ? `<a href="${link}"><code>${sha256}</code></a>` : `<code>${sha256}</code>`;
}

function threatNames(report: FileReport): string {
  const names = report.suggestedThreatLabel ? [report.suggestedThreatLabel, ...report.threatNames] : report.threatNames;
  return names.length > 0 ? [...new Set(names)].map((name) => escapeHtml(clip(name))).join('<br>') : '—';
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
