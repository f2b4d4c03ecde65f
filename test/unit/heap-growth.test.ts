// The heap limits (src/adapters/heap-growth.ts) in child Nodes that allocate as a long scan does:
// steady garbage, the event loop turning between rounds.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const MODULE = path.resolve(import.meta.dirname, '..', '..', 'src', 'adapters', 'heap-growth.ts');
const MiB = 1024 * 1024;
const YOUNG_CAP = 8 * MiB;
// V8 sizes the young generation's maximum by the machine's memory; fixed here, so the uncapped run can
// grow past the cap on any machine CI runs on.
const MACHINE_INDEPENDENT = ['--max-semi-space-size=64'];

/** Peak size of a heap space in a child that calls limitHeapGrowth(...limits) unless limits is null. */
function peak(space: 'new_space' | 'old_space', limits: [number, number] | null, allocate: string): number {
  const child = `
import v8 from 'node:v8';
import { limitHeapGrowth } from ${JSON.stringify(MODULE)};
${limits ? `limitHeapGrowth(${limits.join(', ')});` : ''}
const size = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === ${JSON.stringify(space)}).space_size;
let most = 0;
${allocate}
process.stdout.write(String(most));`;
  return Number(execFileSync(process.execPath, [...MACHINE_INDEPENDENT, '--input-type=module', '-e', child], { encoding: 'utf8' }));
}

/** Garbage with some survivors, dropped within a few rounds. */
const SHORT_LIVED = `
let kept = [];
for (let round = 0; round < 1600; round++) {
  for (let i = 0; i < 5000; i++) {
    const item = { index: i, text: 'item ' + i + ' of round ' + round, list: [i, round] };
    if (i % 4 === 0) kept.push(item);
  }
  if (kept.length > 100000) kept = kept.slice(50000);
  most = Math.max(most, size());
  await new Promise((resolve) => setTimeout(resolve, 1));
}`;

/** Each item lives for 30 rounds: long enough to be promoted, then garbage in the old generation. */
const PROMOTED = `
const ring = new Array(300000);
let next = 0;
for (let round = 0; round < 600; round++) {
  for (let i = 0; i < 10000; i++) ring[next++ % ring.length] = { index: i, round, text: 'x'.repeat(8) + i };
  most = Math.max(most, size());
  await new Promise((resolve) => setImmediate(resolve));
}`;

describe('limitHeapGrowth', () => {
  test('the young generation stops growing soon after its cap; without it, it grows far past', () => {
    const capped = peak('new_space', [YOUNG_CAP, 100], SHORT_LIVED);
    expect(capped).toBeGreaterThanOrEqual(YOUNG_CAP); // it did reach the cap, so the cap is what held it
    // The cap is checked between turns of the event loop: on a busy machine a doubling or two may come first.
    expect(capped).toBeLessThanOrEqual(8 * YOUNG_CAP);
    expect(peak('new_space', null, SHORT_LIVED)).toBeGreaterThan(8 * YOUNG_CAP);
  });

  test('the old generation grows by the given share of what is live, not by several times it', () => {
    const limited = peak('old_space', [Number.MAX_SAFE_INTEGER, 25], PROMOTED);
    const unlimited = peak('old_space', null, PROMOTED);
    expect(limited).toBeLessThan(unlimited * 0.75); // quiet: about a third; on a busy machine V8 grows it less by itself
  });
});
