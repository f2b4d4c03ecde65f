// What a long scan says about itself: the estimate before it, and a steady progress line during it.
import type { LookupProgress } from '../core/reputation/lookups.js';

/**
 * Said only when the wait is long enough to wonder about (a minute or more), or when uploads on a
 * paced key will add to it: each costs several requests of the same quota.
 */
export function describeEstimate(uniqueHashes: number, requestsPerMinute: number, estimateMs: number, requestsPerUpload?: number, urls = 0): string | null {
  const uploads =
    requestsPerUpload && requestsPerMinute > 0
      ? ` Each unknown file uploaded adds up to ${requestsPerUpload} requests (the upload, its polls, a re-read), about ${formatDuration((requestsPerUpload / requestsPerMinute) * 60_000)} at this rate.`
      : '';
  if (estimateMs < 60_000) return uploads === '' ? null : uploads.trim();
  const urlCount = `${urls} URL${urls === 1 ? '' : 's'}`;
  // A run of URLs alone has no hash to count.
  const what = urls === 0 ? `${uniqueHashes} unique hashes` : uniqueHashes === 0 ? urlCount : `${uniqueHashes} unique hashes and ${urlCount}`;
  return `${what} at ${requestsPerMinute}/min: about ${formatDuration(estimateMs)}.${uploads} Raise \`requests-per-minute\` if your key allows more.`;
}

/** One line of where the lookups are; null when nothing is left to wait for. */
export function describeProgress({ done, errors, inFlight, pending, pausedForMs }: LookupProgress): string | null {
  if (pending === 0) return null;
  const paused = pausedForMs > 0 ? `; paused ${Math.ceil(pausedForMs / 1000)} s for the service's quota` : '';
  return `Lookups: ${done} done (${errors} failed), ${inFlight} in flight, ${pending - inFlight} waiting${paused}.`;
}

export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return `${Math.ceil(ms / 1000)} seconds`;
  if (minutes < 90) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return `${(ms / 3_600_000).toFixed(1)} hours`;
}
