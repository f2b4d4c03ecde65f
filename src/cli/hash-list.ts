// A list of hashes to check, as incident responders paste them: one MD5, SHA-1 or SHA-256 a line,
// `#` comments, blank lines ignored. Every bad line is reported at once, by line number.
import { hashKindOf } from '../core/subjects.js';
import type { HashKind } from '../core/types.js';
import { terminalSafe } from '../report/console-table.js';

export type { HashKind };

export interface ListedHash {
  /** Lower-case hexadecimal. */
  hash: string;
  kind: HashKind;
  /** 1-based line of its first occurrence. */
  line: number;
}

export interface HashList {
  /** Each hash once, in the order of first occurrence. */
  hashes: ListedHash[];
  /** Lines that repeated a hash already listed (in any case). */
  duplicates: number;
}

export interface BadLine {
  line: number;
  /** The line as written, clipped and escaped for a terminal. */
  text: string;
  reason: string;
}

export class HashListError extends Error {
  override name = 'HashListError';
  readonly badLines: BadLine[];

  constructor(message: string, badLines: BadLine[]) {
    super(message);
    this.badLines = badLines;
  }
}

const BAD_LINES_SHOWN = 20;
const TEXT_SHOWN = 80;

/** Parses the list read from `source` (for example `--hashes alerts.txt`); throws HashListError naming every bad line. */
export function parseHashList(text: string, source: string): HashList {
  const hashes: ListedHash[] = [];
  const seen = new Set<string>();
  const bad: BadLine[] = [];
  let duplicates = 0;
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
  for (const [index, raw] of lines.entries()) {
    const entry = raw.replace(/#.*$/s, '').trim();
    if (entry === '') continue;
    const kind = hashKindOf(entry);
    if (kind === null) {
      bad.push({ line: index + 1, text: clip(raw.trim()), reason: reasonFor(entry) });
      continue;
    }
    const hash = entry.toLowerCase();
    if (seen.has(hash)) {
      duplicates++;
      continue;
    }
    seen.add(hash);
    hashes.push({ hash, kind, line: index + 1 });
  }
  if (bad.length > 0) throw new HashListError(describeBadLines(bad, source), bad);
  return { hashes, duplicates };
}

function reasonFor(entry: string): string {
  if (/^[0-9a-f]+$/i.test(entry)) return `${entry.length} hexadecimal digits, where a hash has 32, 40 or 64`;
  const first = entry.split(/\s+/)[0]!;
  if (hashKindOf(first) !== null) return 'a hash followed by more text (one hash a line; put notes after #)';
  return 'not a hexadecimal hash';
}

function clip(text: string): string {
  const chars = [...text];
  return terminalSafe(chars.length > TEXT_SHOWN ? `${chars.slice(0, TEXT_SHOWN).join('')}…` : text);
}

function describeBadLines(bad: readonly BadLine[], source: string): string {
  const shown = bad.slice(0, BAD_LINES_SHOWN).map(({ line, text, reason }) => `  line ${line}: "${text}": ${reason}`);
  const rest = bad.slice(BAD_LINES_SHOWN);
  const more = rest.length > 0 ? [`  and ${rest.length} more, from line ${rest[0]!.line} to line ${rest.at(-1)!.line}`] : [];
  const count = bad.length === 1 ? '1 line is' : `${bad.length} lines are`;
  return [`${source}: ${count} not a hash. Each line must be one MD5 (32), SHA-1 (40) or SHA-256 (64) hexadecimal hash; # starts a comment.`, ...shown, ...more].join('\n');
}
