// The job summary, rendered as a pure function of the scan. Everything from outside is escaped.
// It is read in GitHub's ~1,000 px summary pane: the attention table has five narrow columns (the
// hash shortened, notes in a row of their own), and everything long goes in collapsed details.
// The result stays under GitHub's 1 MiB step-summary limit; a cut summary says so at the top.
import { containerKey, memberPath, outerPath } from '../core/archives/member-path.js';
import { PROVIDERS, reportLink } from '../core/providers.js';
import type { ArtifactResult, Policy, Provider, ScanSummary } from '../core/types.js';
import { isIgnoredEngine } from '../core/verdict.js';
import {
  describeUnscanned,
  describeUpload,
  detectionLines,
  sentence,
  failEngineNames,
  ignoredDetections,
  ignoredEngineNames,
  needsAttention,
  shortHash,
  STATUS_LABELS,
  worstFirst,
} from './findings.js';
import { clip, escapeHtml, formatBytes, formatDate, oneLine, plural } from './text.js';
import { decidedAsUsual, decisionSentence, describeDecision, describeExpiredAllow } from './decision.js';

/** GitHub refuses a step summary over 1 MiB; keep a margin for the closing tags and the notes. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;
/** Room kept for the note at the top of a cut summary. */
const TOP_NOTE_BYTES = 1024;

export interface SummaryContext {
  provider: Provider;
  policy: Policy;
  /** Where the JSON report was written, or null when there is none. Only its existence is shown: the path dies with the runner. */
  reportPath: string | null;
  /** The action's documentation, for the link on keeping the reports. */
  helpUri?: string;
}

export function renderSummary(scan: ScanSummary, context: SummaryContext, limitBytes = SUMMARY_LIMIT_BYTES): string {
  const { counts } = scan;
  const passed = scan.result === 'pass';
  const heading = `## ${passed ? '✅' : '❌'} Artifact reputation gate ${passed ? 'passed' : 'failed'}\n\n`;
  const out = new BoundedText(limitBytes - TOP_NOTE_BYTES - Buffer.byteLength(heading));
  if (!passed) out.add(`${escapeHtml(scan.failureMessage)}\n\n`);
  if (counts.scanned === 0 && !scan.urlsOnly) out.add('No file matched the `files` patterns, so nothing was checked.\n\n');
  // Flagged only where warn-malicious can flag, so the table stays as narrow as it was without it.
  const flagged = context.policy.warnMalicious !== null || counts.flagged > 0;
  // Unscanned only when an archive was not scanned fully, for the same reason.
  const unscanned = counts.unscanned > 0;
  // A URL-only run has no artifacts to count: its URLs have their own section.
  if (!scan.urlsOnly)
    out.add(
      `| Artifacts | Unique hashes | Malicious | Suspicious |${flagged ? ' Flagged |' : ''} Unknown | Unanalysed | Errors |${unscanned ? ' Unscanned |' : ''} Allowed | Clean |\n|---:|---:|---:|---:|${flagged ? '---:|' : ''}---:|---:|---:|${unscanned ? '---:|' : ''}---:|---:|\n` +
        `| ${counts.scanned} | ${counts.uniqueHashes} | ${counts.malicious} | ${counts.suspicious} |${flagged ? ` ${counts.flagged} |` : ''} ${counts.unknown} | ${counts.unanalysed} | ${counts.error} |${unscanned ? ` ${counts.unscanned} |` : ''} ${counts.allowed} | ${counts.clean} |\n\n`,
    );
  out.add(
    `Checked against ${PROVIDERS[context.provider].name} with ${describePolicy(scan.results, context.policy)}.` +
      (counts.stale > 0 ? ` ${counts.stale} report${counts.stale === 1 ? ' is' : 's are'} older than max-report-age-days=${context.policy.maxReportAgeDays} (⏳): the verdict may be stale.` : '') +
      (context.reportPath ? ` ${reportSentence(context)}` : '') +
      '\n\n',
  );
  for (const expired of scan.expiredAllows) out.add(`⌛ ${escapeHtml(describeExpiredAllow(expired))}\n\n`);

  const ordered = worstFirst(scan.results);
  const attention = ordered.filter(needsAttention);
  const rows = attentionRows(ordered);
  const rowsShown = out.list(
    rows,
    '### Artifacts that need attention\n\n<table>\n<tr><th>Artifact</th><th>Detections</th><th>Status</th><th>SHA-256</th><th>Size</th></tr>\n',
    (row) => attentionRow(row, context),
    '</table>\n\n',
  );
  const attentionShown = rows.slice(0, rowsShown).filter((row) => needsAttention(row.result)).length;

  const allowed = ordered.filter((r) => r.status === 'allowed');
  const allowedShown = out.list(
    allowed,
    `### Allowed artifacts (${allowed.length})\n\n<table>\n<tr><th>Artifact</th><th>Detections</th><th>Otherwise</th><th>SHA-256</th></tr>\n`,
    (result) => allowedRow(result, context),
    '</table>\n\n',
  );

  // Every artifact that needs attention, is allowed, or that any engine flagged (ignored engines included).
  const detailed = [...attention, ...ordered.filter((r) => !needsAttention(r) && (r.allowed !== null || (r.report?.detections.length ?? 0) > 0))];
  const detailsShown = out.list(detailed, '### Engines and hashes\n\n', (result) => detailsBlock(result, context), '');

  const clean = ordered.filter((r) => r.status === 'clean');
  const cleanShown = out.list(clean, `<details><summary>Clean artifacts (${clean.length})</summary>\n\n<ul>\n`, (result) => cleanItem(result, context), '</ul>\n</details>\n');

  if (!out.wasCut) return heading + out.text();
  const left = [
    attention.length > attentionShown && `${attention.length - attentionShown} of ${plural(attention.length, 'artifact')} that need attention`,
    allowed.length > allowedShown && `${allowed.length - allowedShown} of ${plural(allowed.length, 'allowed artifact')}`,
    detailed.length > detailsShown && `the engines and hashes of ${plural(detailed.length - detailsShown, 'artifact')}`,
    clean.length > cleanShown && `${clean.length - cleanShown} of ${plural(clean.length, 'clean artifact')}`,
  ].filter((part): part is string => typeof part === 'string');
  const where = context.reportPath ? ' The JSON report (`report-path` output) lists every artifact.' : '';
  const topNote = `> [!WARNING]\n> This summary is cut to stay under GitHub's 1 MiB limit. Left out, as the least serious: ${joinList(left)}.${where}\n\n`;
  return `${heading}${topNote}${out.text()}\n\n> [!NOTE]\n> This summary was cut to stay under GitHub's 1 MiB limit.${where}\n`;
}

function reportSentence(context: SummaryContext): string {
  const how = context.helpUri ? ` ([how](${context.helpUri}#keeping-the-reports))` : '';
  return `Every artifact, with every engine's verdict, is in the JSON report: the step's \`report-path\` output, kept after the job when uploaded with \`actions/upload-artifact\`${how}.`;
}

function describePolicy(results: readonly ArtifactResult[], policy: Policy): string {
  const parts = [`max-malicious=${policy.maxMalicious}`];
  if (policy.maxMaliciousPercent !== null) parts.push(`max-malicious-percent=${policy.maxMaliciousPercent}`);
  if (policy.warnMalicious !== null) parts.push(`warn-malicious=${policy.warnMalicious}`);
  if (policy.failEngines.length > 0) parts.push(`fail-engines: ${failEngineNames(results, policy).map(escapeHtml).join(', ')}`);
  if (policy.maxSuspicious !== null) parts.push(`max-suspicious=${policy.maxSuspicious}`);
  parts.push(`min-engines=${policy.minEngines}`, `on-unknown=${policy.onUnknown}`, `on-error=${policy.onError}`);
  if (policy.ignoreEngines.length > 0) parts.push(`ignored engines: ${ignoredEngineNames(results, policy).map(escapeHtml).join(', ')}`);
  const allowed = Object.keys(policy.allow).length;
  if (allowed > 0) parts.push(`${allowed} allowed hash${allowed === 1 ? '' : 'es'}`);
  return parts.join(', ');
}

const ATTENTION_COLUMNS = 5;
/** A member's row starts with an arrow under its archive's path, indented: the eye reads it as part of the archive above. */
const MEMBER_INDENT = '&emsp;↳ ';
/** A text in the row below an artifact is cut here (about 600 px); the details block has all of it. */
const NOTE_CHARS = 90;

/** A row of the attention table: an artifact, or a member shown beneath its outer archive. */
interface AttentionRow {
  result: ArtifactResult;
  /** Set for a member under its archive's row: what follows the archive's path (`lib/a.jar!/x.so`). */
  inArchive?: string;
}

/**
 * The attention table's rows, worst first, each archive's members that need attention right beneath
 * it: the archive's row comes first, even when it passes on its own (it fails with them).
 */
function attentionRows(ordered: readonly ArtifactResult[]): AttentionRow[] {
  const outerKey = ({ artifact }: ArtifactResult) => containerKey(artifact.absolutePath, outerPath(artifact));
  const members = new Map<string, ArtifactResult[]>();
  for (const result of ordered) {
    if (!result.artifact.member || !needsAttention(result)) continue;
    const held = members.get(outerKey(result)) ?? [];
    if (held.length === 0) members.set(outerKey(result), held);
    held.push(result);
  }
  // Without a member to show, no key per artifact: on 100,000 files they were megabytes for nothing.
  if (members.size === 0) return ordered.filter(needsAttention).map((result) => ({ result }));
  const outers = new Map<string, ArtifactResult>();
  for (const result of ordered) if (!result.artifact.member && members.has(outerKey(result))) outers.set(outerKey(result), result);
  const rows: AttentionRow[] = [];
  const grouped = new Set<string>();
  for (const result of ordered) {
    const group = outerKey(result);
    const outer = outers.get(group);
    const held = members.get(group);
    if (!held || !outer) {
      if (needsAttention(result)) rows.push({ result });
      continue;
    }
    if (grouped.has(group) || !(needsAttention(result) || result === outer)) continue;
    grouped.add(group);
    rows.push({ result: outer }, ...held.map((member) => ({ result: member, inArchive: memberPath(member.artifact.member!.chain.slice(1)) })));
  }
  return rows;
}

/** One row of five narrow cells; what would widen the table (an error, staleness) goes in a row below. */
function attentionRow({ result, inArchive }: AttentionRow, context: SummaryContext): string {
  // A member shows the part after its archive's path; its whole path is the title, on hover.
  const path = inArchive === undefined ? pathCell(result) : `${MEMBER_INDENT}<code title="${attributeText(result.artifact.displayPath)}">${escapeHtml(inArchive)}</code>`;
  const cells = [path, detectionCell(result, context.policy), STATUS_LABELS[result.status], hashCell(result.sha256, context.provider), formatBytes(result.artifact.size)];
  // Short, so the note never sets the table's width; the whole message is in the details block.
  // The status column says the usual rule; another one (fail-engines, a share, an expired allow line) is said here too.
  const notes = [
    !decidedAsUsual(result) && escapeHtml(shorten(decisionNote(result, context), NOTE_CHARS)),
    result.error && `⚠️ ${escapeHtml(shorten(result.error.message, NOTE_CHARS))}`,
    result.artifact.unscanned !== undefined && `🚧 ${escapeHtml(shorten(describeUnscanned(result)!, NOTE_CHARS))}`,
    staleNote(result, context.policy),
    uploadNote(result, context.provider),
  ].filter(Boolean);
  const noteRow = notes.length > 0 ? `<tr><td colspan="${ATTENTION_COLUMNS}">${notes.join('<br>')}</td></tr>\n` : '';
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>\n${noteRow}`;
}

/** The decision in a short note; an archive failing with its members points at them, right below it. */
function decisionNote(result: ArtifactResult, context: SummaryContext): string {
  if (!result.failingMembers) return decisionSentence(describeDecision(result, context.policy, context.provider));
  const own = describeDecision({ ...result, failingMembers: undefined, consequence: result.failingMembers.ownConsequence }, context.policy, context.provider);
  const count = result.failingMembers.paths.length;
  return `Fails with ${count === 1 ? 'the member' : `${count} members`} below; own hash: ${sentence(own)}`;
}

function allowedRow(result: ArtifactResult, context: SummaryContext): string {
  const cells = [
    pathCell(result),
    detectionCell(result, context.policy),
    STATUS_LABELS[result.allowed!.otherwise] + (result.staleDays !== null ? ' ⏳' : ''),
    hashCell(result.sha256, context.provider),
  ];
  // The reason is prose of any length: below the row, so it never sets the table's width.
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>\n<tr><td colspan="${cells.length}">Allowed: ${escapeHtml(shorten(result.allowed!.reason, NOTE_CHARS))}</td></tr>\n`;
}

function pathCell(result: ArtifactResult): string {
  return `<code>${escapeHtml(result.artifact.displayPath)}</code>`;
}

function detectionCell(result: ArtifactResult, policy: Policy): string {
  return detectionLines(result, policy)?.map(escapeHtml).join('<br>') ?? '—';
}

/** 🕓 what an upload in this run did, with the analysis linked (the link is the provider's, never from outside). */
function uploadNote(result: ArtifactResult, provider: Provider): string | null {
  const upload = describeUpload(result, provider);
  if (!upload) return null;
  return `🕓 ${upload.text}${upload.link ? `: <a href="${upload.link}">analysis</a>` : ''}.`;
}

function staleNote(result: ArtifactResult, policy: Policy): string | null {
  if (result.staleDays === null) return null;
  return `⏳ Last analysed ${result.staleDays} days ago (${formatDate(result.report?.lastAnalysed ?? null)}), more than max-report-age-days=${policy.maxReportAgeDays}: the verdict may be stale.`;
}

/** What an artifact's details block says it is about, after its path. */
function detailsTitle(result: ArtifactResult, context: SummaryContext): string {
  const flagged = result.report?.detections.length ?? 0;
  if (flagged > 0) return `${plural(flagged, 'engine')} flagged it`;
  const provider = PROVIDERS[context.provider].name;
  if (result.status === 'unknown') return `unknown to ${provider}`;
  if (result.status === 'unanalysed') return `not analysed yet by ${provider}`;
  if (result.status === 'error') return 'not checked';
  if (result.status === 'unscanned') return result.sha256 === null ? 'not read' : 'not scanned fully';
  return STATUS_LABELS[result.status];
}

/** The full hash, dates, threat names, the error, and every engine that flagged the artifact. */
function detailsBlock(result: ArtifactResult, context: SummaryContext): string {
  const { report, sha256 } = result;
  const facts = [`${STATUS_LABELS[result.status]}`, `SHA-256 ${sha256 ? hashLink(sha256, context.provider, sha256) : 'not computed'}`];
  if (report) facts.push(`first seen ${formatDate(report.firstSeen)}`, `last analysed ${formatDate(report.lastAnalysed)}`);
  const lines = [facts.join(' · '), escapeHtml(decisionSentence(describeDecision(result, context.policy, context.provider)))];
  if (report) {
    const names = report.suggestedThreatLabel ? [report.suggestedThreatLabel, ...report.threatNames] : report.threatNames;
    if (names.length > 0) lines.push(`Threat names: ${[...new Set(names)].map((name) => escapeHtml(clip(name))).join(', ')}`);
  }
  if (result.error) lines.push(`⚠️ ${escapeHtml(clip(result.error.message))}`);
  const unscanned = describeUnscanned(result);
  if (unscanned) lines.push(`🚧 ${escapeHtml(clip(unscanned))}`);
  if (report?.contradiction) lines.push(`⚠️ ${escapeHtml(report.contradiction)}`);
  const upload = uploadNote(result, context.provider);
  if (upload) lines.push(upload);
  const stale = staleNote(result, context.policy);
  if (stale) lines.push(stale);
  if (result.allowed) lines.push(`Allowed: ${escapeHtml(clip(result.allowed.reason))}`);
  const engines = report?.detections ?? [];
  const table =
    engines.length === 0
      ? ''
      : '<table>\n<tr><th>Engine</th><th>Category</th><th>Result</th><th>Version</th></tr>\n' +
        engines
          .map((d) => {
            const ignored = isIgnoredEngine(context.policy, d.engine) ? ' <em>(ignored)</em>' : '';
            return `<tr><td>${escapeHtml(clip(d.engine))}${ignored}</td><td>${escapeHtml(clip(d.category))}</td><td>${escapeHtml(clip(d.result ?? '—'))}</td><td>${escapeHtml(clip(d.version ?? '—'))}</td></tr>\n`;
          })
          .join('') +
        '</table>\n';
  return `<details><summary><code>${escapeHtml(result.artifact.displayPath)}</code>: ${detailsTitle(result, context)}</summary>\n\n${lines.join('<br>\n')}\n\n${table}</details>\n\n`;
}

function cleanItem(result: ArtifactResult, context: SummaryContext): string {
  const detections = result.report && result.counted ? ` ${result.counted.malicious}/${result.report.engineCount}` : '';
  const ignored = ignoredDetections(result, context.policy).map((d) => escapeHtml(clip(`${d.engine}: ${d.result ?? d.category}`)));
  const ignoredText = ignored.length > 0 ? `, ignored: ${ignored.join(', ')}` : '';
  const stale = result.staleDays !== null ? ` ⏳ ${result.staleDays} days old` : '';
  return `<li><code>${escapeHtml(result.artifact.displayPath)}</code> ${formatBytes(result.artifact.size)}${detections}${ignoredText}${stale} ${hashCell(result.sha256, context.provider)}</li>\n`;
}

/** The short hash, linked to the provider's report where it has one; the full hash in the title. */
function hashCell(sha256: string | null, provider: Provider): string {
  return sha256 ? hashLink(sha256, provider, shortHash(sha256)) : '—';
}

function hashLink(sha256: string, provider: Provider, shown: string): string {
  const link = reportLink(provider, sha256);
  return link ? `<a href="${link}" title="${sha256}"><code>${shown}</code></a>` : `<code title="${sha256}">${shown}</code>`;
}

/** Cut to `chars` characters with an ellipsis, for a note that must stay one short line (the whole text is in the details). */
function shorten(text: string, chars: number): string {
  const characters = [...text];
  return characters.length <= chars
    ? text
    : `${characters
        .slice(0, chars - 1)
        .join('')
        .trimEnd()}…`;
}

/** Text for an attribute value: one line, quotes and markup escaped (nothing there becomes a link or markup). */
function attributeText(text: string): string {
  return oneLine(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function joinList(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
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

  get wasCut(): boolean {
    return this.cut;
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

  /**
   * A section: its opening goes with the first item, so a cut never leaves a heading alone; its
   * closing is always kept (the margin leaves room), so a cut never leaves a block open. Returns
   * how many items made it.
   */
  list<T>(items: readonly T[], open: string, render: (item: T) => string, close: string): number {
    let shown = 0;
    for (const item of items) {
      if (!this.add((shown === 0 ? open : '') + render(item))) break;
      shown++;
    }
    if (shown > 0) {
      this.parts.push(close);
      this.bytes += Buffer.byteLength(close);
    }
    return shown;
  }

  text(): string {
    return this.parts.join('');
  }
}
