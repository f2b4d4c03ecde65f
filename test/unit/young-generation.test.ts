// The young-generation cap (src/adapters/young-generation.ts) in a child Node that allocates as a
// long scan does: garbage with some survivors, the event loop turning between rounds.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const MODULE = path.resolve(import.meta.dirname, '..', '..', 'src', 'adapters', 'young-generation.ts');
const MiB = 1024 * 1024;
const CAP = 8 * MiB;

const CHILD = `
import v8 from 'node:v8';
import { capYoungGeneration } from ${JSON.stringify(MODULE)};
if (process.argv[1] === 'cap') capYoungGeneration(${CAP});
const young = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size;
let most = 0;
let kept = [];
for (let round = 0; round < 400; round++) {
  for (let i = 0; i < 20000; i++) {
    const item = { index: i, text: 'item ' + i + ' of round ' + round, list: [i, round] };
    if (i % 4 === 0) kept.push(item);
  }
  if (kept.length > 100000) kept = kept.slice(50000);
  most = Math.max(most, young());
  await new Promise((resolve) => setTimeout(resolve, 1));
}
process.stdout.write(String(most));
`;

function peakYoungBytes(mode: 'cap' | 'default'): number {
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, mode], { encoding: 'utf8' }));
}

describe('capYoungGeneration', () => {
  test('the young generation stops growing soon after the cap; without it, it grows far past', () => {
    const capped = peakYoungBytes('cap');
    const uncapped = peakYoungBytes('default');
    expect(capped).toBeGreaterThanOrEqual(CAP); // it did reach the cap, so the cap is what held it
    expect(capped).toBeLessThanOrEqual(4 * CAP);
    expect(uncapped).toBeGreaterThan(4 * CAP);
  });
});
