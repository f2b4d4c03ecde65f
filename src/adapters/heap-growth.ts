// How far V8 lets the heap grow before it collects, set for long scans. `node dist/index.js` takes no
// flags, so these are V8 flags that V8 reads each time it resizes (their maxima are fixed at start-up).
//
// - The young generation doubles while a program keeps allocating, up to 128 MiB on a runner with
//   16 GiB or more; a scan allocates for every lookup and always reaches it. Its growth stops at 32 MiB.
// - The old generation may grow to several times what is live before a full collection; a scan of
//   100,000 files promotes about 10 MiB of short-lived answers a second, so it grew to 400+ MiB with
//   60 MiB live. It may now grow by a quarter of what is live.
// Measured (README "Performance"): 100,000 files 432–455 → 284–290 MiB peak, CPU within the noise of a
// loaded machine; stopping the young generation at its 3 MiB start instead cost 10–25 % more CPU.
import v8 from 'node:v8';

/** Young-generation size past which it no longer grows. */
export const YOUNG_GENERATION_CAP_BYTES = 32 * 1024 * 1024;
/** How much the old generation may grow beyond what a full collection left, in percent. */
export const OLD_GENERATION_GROWTH_PERCENT = 25;
const CHECK_EVERY_MS = 50;

/** Sets the old generation's growth, and stops the young generation's once it reaches `youngCapBytes`. */
export function limitHeapGrowth(youngCapBytes = YOUNG_GENERATION_CAP_BYTES, oldGrowthPercent = OLD_GENERATION_GROWTH_PERCENT): void {
  v8.setFlagsFromString(`--heap-growing-percent=${oldGrowthPercent}`);
  const check = setInterval(() => {
    const youngBytes = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
    if (youngBytes < youngCapBytes) return;
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    clearInterval(check);
  }, CHECK_EVERY_MS).unref();
}
