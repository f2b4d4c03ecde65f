// The table the command line prints on standard output: one row per artifact (or hash), worst first,
// fitted to the terminal. Names from outside are escaped so they cannot move the cursor, colour the
// screen or reorder the line; colour itself only when the caller says the output is a terminal.
import type { ArtifactResult, ArtifactStatus, Consequence, Policy, Provider } from '../core/types.js';
import { describeDecision } from './decision.js';
import { worstFirst } from './findings.js';
import { reportLink } from '../core/providers.js';
import { oneLine } from './text.js';

export interface ConsoleTableOptions {
  provider: Provider;
  /** The policy that judged the results: each row says which of its rules decided. */
  policy: Policy;
  /** Terminal columns to fit; null when the output is not a terminal (nothing is cut). */
  width: number | null;
  /** ANSI colour: the CLI passes `isTTY && !NO_COLOR`. */
  color: boolean;
  /** Heading of the first column: `ARTIFACT` for files, `HASH` for a hash list. */
  subject?: string;
}

const GAP = '  ';
const THREAT_NAMES_SHOWN = 3;
/** Below these a column is not squeezed further: the line overflows instead. */
const MIN_SUBJECT_WIDTH = 20;
const MIN_DETAILS_WIDTH = 12;

const SGR = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33', cyan: '36' } as const;

function statusColour(status: ArtifactStatus, consequence: Consequence): string {
  if (status === 'malicious') return `${SGR.bold};${SGR.red}`;
  if (consequence === 'fail') return SGR.red;
  if (consequence === 'warn') return SGR.yellow;
  if (status === 'clean') return SGR.green;
  return status === 'allowed' ? SGR.cyan : SGR.dim;
}

interface Row {
  subject: string;
  status: string;
  detections: string;
  details: string;
  link: string;
  colour: string;
}

export function renderConsoleTable(results: readonly ArtifactResult[], options: ConsoleTableOptions): string {
  if (results.length === 0) return 'No artifacts were checked.\n';
  const rows: Row[] = worstFirst(results).map((result) => ({
    subject: terminalSafe(result.artifact.displayPath),
    status: result.status,
    detections: detections(result),
    details: details(result, options),
    link: (result.sha256 && reportLink(options.provider, result.sha256)) ?? '',
    colour: statusColour(result.status, result.consequence),
  }));
  const heading: Row = { subject: options.subject ?? 'ARTIFACT', status: 'STATUS', detections: 'DETECTIONS', details: 'DETAILS', link: 'LINK', colour: '' };
  const widthOf = (key: keyof Row) => Math.max(...[heading, ...rows].map((row) => displayWidth(row[key])));
  const hasLinks = rows.some((row) => row.link !== '');
  const fixed = widthOf('status') + widthOf('detections') + 3 * GAP.length;
  const linkWidth = hasLinks ? GAP.length + widthOf('link') : 0;
  const [natural, naturalDetails] = [widthOf('subject'), widthOf('details')];
  const minimum = Math.min(natural, MIN_SUBJECT_WIDTH) + Math.min(naturalDetails, MIN_DETAILS_WIDTH);
  // A link is never cut: when it does not fit beside the rest, it goes on a line of its own under its row.
  const linkBelow = hasLinks && options.width !== null && options.width - fixed - linkWidth < minimum;
  const room = options.width === null ? Infinity : options.width - fixed - (hasLinks && !linkBelow ? linkWidth : 0);
  const [subjectWidth, detailsWidth] = share(room, natural, naturalDetails);

  const paint = (text: string, sgr: string) => (options.color && sgr !== '' ? `\u001b[${sgr}m${text}\u001b[0m` : text);
  const line = (row: Row) => {
    const cells = [
      pad(truncateMiddle(row.subject, subjectWidth), subjectWidth),
      paint(pad(row.status, widthOf('status')), row.colour),
      pad(row.detections, widthOf('detections')),
      hasLinks && !linkBelow ? pad(truncateEnd(row.details, detailsWidth), detailsWidth) : truncateEnd(row.details, detailsWidth),
      ...(hasLinks && !linkBelow ? [row.link] : []),
    ];
    const text = cells.join(GAP).trimEnd();
    return linkBelow && row.link !== '' && row !== heading ? `${text}\n  ${row.link}` : text;
  };
  const head = paint(line(heading), SGR.bold);
  return `${[head, ...rows.map(line)].join('\n')}\n`;
}

/** Splits `room` between the subject and details columns: both whole when they fit, else the details give first. */
function share(room: number, subject: number, details: number): [number, number] {
  if (subject + details <= room) return [subject, details];
  const detailsWidth = Math.max(Math.min(details, MIN_DETAILS_WIDTH), room - subject);
  const subjectWidth = Math.max(Math.min(subject, MIN_SUBJECT_WIDTH), room - detailsWidth);
  return [subjectWidth, detailsWidth];
}

function detections({ report, counted }: ArtifactResult): string {
  if (!report || !counted) return '—';
  return `${counted.malicious}/${report.engineCount}${counted.suspicious > 0 ? ` +${counted.suspicious} susp.` : ''}`;
}

/** Which rule decided, then the error or the top threat names. */
function details(result: ArtifactResult, { policy, provider }: ConsoleTableOptions): string {
  const decision = terminalSafe(describeDecision(result, policy, provider));
  if (result.allowed) return decision;
  if (result.error) return `${decision} — ${terminalSafe(result.error.message)}`;
  if (result.artifact.unscanned !== undefined) return `${decision} — ${terminalSafe(result.artifact.unscanned)}`;
  const report = result.report;
  const names = report ? [...new Set(report.suggestedThreatLabel ? [report.suggestedThreatLabel, ...report.threatNames] : report.threatNames)] : [];
  return names.length > 0 ? `${decision} — ${names.slice(0, THREAT_NAMES_SHOWN).map(terminalSafe).join(', ')}` : decision;
}

/**
 * oneLine's escapes, and also what a terminal would act on or hide: C1 controls (U+009B starts an
 * escape sequence on some terminals), bidirectional overrides and invisible format characters.
 */
export function terminalSafe(text: string): string {
  return oneLine(text).replace(
    /[\u0080-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** East Asian wide and fullwidth characters, and the common emoji blocks, take two columns. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** What the eye sees as one character (a letter and its accents, an emoji sequence), with its columns. */
function cells(text: string): { text: string; width: number }[] {
  return [...graphemes.segment(text)].map(({ segment }) => ({ text: segment, width: WIDE.test(segment) ? 2 : /^[\p{Mn}\p{Me}]+$/u.test(segment) ? 0 : 1 }));
}

/** Columns the text takes on a terminal. */
export function displayWidth(text: string): number {
  return cells(text).reduce((sum, cell) => sum + cell.width, 0);
}

/** The leading cells that fit in `width` columns, as text. */
function fitStart(from: readonly { text: string; width: number }[], width: number): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const cell of from) {
    if (used + cell.width > width) break;
    kept.push(cell.text);
    used += cell.width;
  }
  return kept;
}

/** Cut in the middle with `…`, keeping more of the end (for a path, its file name). */
export function truncateMiddle(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width < 1) return '';
  const all = cells(text);
  const tail = fitStart([...all].reverse(), Math.ceil((width - 1) * 0.6)).reverse();
  const head = fitStart(all, width - 1 - displayWidth(tail.join('')));
  return `${head.join('')}…${tail.join('')}`;
}

/** Cut at the end with `…`. */
export function truncateEnd(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width < 1) return '';
  return `${fitStart(cells(text), width - 1).join('')}…`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
