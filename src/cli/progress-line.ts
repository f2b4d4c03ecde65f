// Where a long (paced) scan is, on standard error: on a terminal one line rewritten in place, fitted to
// its width; otherwise (a CI log, a file) a plain line each time, the same one the action logs.
import { truncateEnd } from '../report/console-table.js';
import type { LookupProgress } from '../core/reputation/lookups.js';
import { describeProgress, formatDuration } from '../report/progress.js';

/** Back to the start of the line, and erase to its end: what ends the live line before other output. */
export const CLEAR_LINE = '\r\u001b[K';

/** The live line for a terminal `width` columns wide, to write as is; '' when no lookup is left. */
export function liveProgressLine(progress: LookupProgress, remainingMs: number, width: number): string {
  if (progress.pending === 0) return CLEAR_LINE;
  const total = progress.done + progress.pending;
  const parts = [
    `Lookups ${progress.done}/${total} (${Math.floor((progress.done / total) * 100)}%)`,
    ...(progress.errors > 0 ? [`${progress.errors} failed`] : []),
    `${progress.inFlight} in flight`,
    ...(progress.pausedForMs > 0 ? [`paused ${Math.ceil(progress.pausedForMs / 1000)} s for the quota`] : []),
    ...(remainingMs > 0 ? [`about ${formatDuration(remainingMs)} left`] : []),
  ];
  // One column short of the width: writing the last column makes some terminals wrap to a new line.
  return `\r${truncateEnd(parts.join(', '), Math.max(0, width - 1))}\u001b[K`;
}

/** A line for a log, with its line break; '' when no lookup is left. */
export function plainProgressLine(progress: LookupProgress, remainingMs: number): string {
  const line = describeProgress(progress);
  if (line === null) return '';
  return `${remainingMs > 0 ? `${line.slice(0, -1)}; about ${formatDuration(remainingMs)} left.` : line}\n`;
}
