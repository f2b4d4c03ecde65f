// What the verdict cache did for a run, in words for the log (and data for the JSON report).
import type { CacheUse } from '../core/verdict-cache.js';
import { escapeHtml, plural } from './text.js';

/** "114 of 120 from the cache (up to 6 h old), 6 looked up"; null when the cache was off or nothing was asked. */
export function describeCacheUse(use: CacheUse | null, now = new Date()): string | null {
  if (use === null || use.reused + use.lookedUp === 0) return null;
  const total = use.reused + use.lookedUp;
  if (use.reused === 0) return `Verdict cache: none of ${plural(total, 'unique hash', 'unique hashes')} from the cache, ${use.lookedUp} looked up.`;
  const age = use.oldestFetchedAt === null ? '' : ` (up to ${describeAge(now.getTime() - use.oldestFetchedAt.getTime())} old)`;
  return `Verdict cache: ${use.reused} of ${plural(total, 'unique hash', 'unique hashes')} from the cache${age}, ${use.lookedUp} looked up.`;
}

/** An age in the largest unit that reads well: "40 s", "12 min", "6 h", "3 d". */
export function describeAge(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 48 * 3600) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86_400)} d`;
}

/** The JSON report's `cache` member: what the run reused and asked, and the age of the oldest reuse. */
export function cacheUseData(use: CacheUse | null, now: Date): Record<string, unknown> | null {
  if (use === null) return null;
  const oldest = use.oldestFetchedAt;
  return {
    reused: use.reused,
    lookedUp: use.lookedUp,
    oldestFetchedAt: oldest?.toISOString() ?? null,
    oldestAgeSeconds: oldest === null ? null : Math.max(0, Math.round((now.getTime() - oldest.getTime()) / 1000)),
    problems: use.problems,
  };
}

/** The job summary's note on the cache, kept apart from summary.ts: a paragraph, or '' when there is nothing to say. */
export function summaryCacheNote(use: CacheUse | null, now = new Date()): string {
  const line = describeCacheUse(use, now);
  return line === null ? '' : `\n<p><sub>${escapeHtml(line)}</sub></p>\n`;
}
