// What the verdict cache did for a run, in words for the log (and data for the JSON report).
import type { CacheUse } from '../core/verdict-cache.js';
import { escapeHtml, plural } from './text.js';

/**
 * "114 of 120 unique hashes from the cache (up to 6 h old), 6 looked up", with "and 2 of 3 URLs" when
 * URLs were looked up too; null when the cache was off or nothing was asked.
 */
export function describeCacheUse(use: CacheUse | null, now = new Date()): string | null {
  if (use === null) return null;
  const kinds = [{ reused: use.reused, lookedUp: use.lookedUp, one: 'unique hash', many: 'unique hashes' }, ...(use.urls ? [{ ...use.urls, one: 'URL', many: 'URLs' }] : [])].filter(
    (kind) => kind.reused + kind.lookedUp > 0,
  );
  if (kinds.length === 0) return null;
  const reused = kinds.reduce((sum, kind) => sum + kind.reused, 0);
  const lookedUp = kinds.reduce((sum, kind) => sum + kind.lookedUp, 0);
  const counted = kinds.map((kind) => `${reused === 0 ? '' : `${kind.reused} of `}${plural(kind.reused + kind.lookedUp, kind.one, kind.many)}`).join(' and ');
  if (reused === 0) return `Verdict cache: none of ${counted} from the cache, ${lookedUp} looked up.`;
  const age = use.oldestFetchedAt === null ? '' : ` (up to ${describeAge(now.getTime() - use.oldestFetchedAt.getTime())} old)`;
  return `Verdict cache: ${counted} from the cache${age}, ${lookedUp} looked up.`;
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
    urls: use.urls ?? null, // URLs answered from the cache and asked; null when the run looked no URL up
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
