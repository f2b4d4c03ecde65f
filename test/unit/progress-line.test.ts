// The command line's progress: a live line on a terminal, plain lines in a log.
import { describe, expect, test } from 'vitest';
import { CLEAR_LINE, liveProgressLine, plainProgressLine } from '../../src/cli/progress-line.ts';
import type { LookupProgress } from '../../src/core/reputation/lookups.ts';

function progress(overrides: Partial<LookupProgress> = {}): LookupProgress {
  return { done: 30, errors: 0, inFlight: 2, pending: 90, requests: 32, pausedForMs: 0, ...overrides };
}

describe('on a terminal', () => {
  test.each([
    [progress(), 0, 'Lookups 30/120 (25%), 2 in flight'],
    [progress({ errors: 3 }), 0, 'Lookups 30/120 (25%), 3 failed, 2 in flight'],
    [progress({ pausedForMs: 14_200 }), 0, 'Lookups 30/120 (25%), 2 in flight, paused 15 s for the quota'],
    [progress(), 22.4 * 60_000, 'Lookups 30/120 (25%), 2 in flight, about 22 minutes left'],
    [progress({ done: 0, pending: 3, inFlight: 3 }), 0, 'Lookups 0/3 (0%), 3 in flight'],
  ])('%o with %i ms left reads %j, rewritten in place', (state, remainingMs, text) => {
    expect(liveProgressLine(state, remainingMs, 200)).toBe(`\r${text}\u001b[K`);
  });

  test.each([20, 40, 80])('fits in %i columns, leaving the last one free', (width) => {
    const line = liveProgressLine(progress({ errors: 3, pausedForMs: 9000 }), 3_600_000, width);
    const visible = line.replace(/^\r/, '').replace(/\u001b\[K$/, '');
    expect(visible.length).toBeLessThanOrEqual(width - 1);
    expect(visible).toMatch(/^Lookups 30\/120/);
    expect(visible.endsWith('…')).toBe(true);
  });

  test('when nothing is left, the line is cleared', () => {
    expect(liveProgressLine(progress({ done: 120, pending: 0, inFlight: 0 }), 0, 80)).toBe(CLEAR_LINE);
    expect(CLEAR_LINE).toBe('\r\u001b[K');
  });
});

describe('in a log', () => {
  test.each([
    [progress(), 0, 'Lookups: 30 done (0 failed), 2 in flight, 88 waiting.\n'],
    [progress({ pausedForMs: 14_200 }), 5 * 60_000, "Lookups: 30 done (0 failed), 2 in flight, 88 waiting; paused 15 s for the service's quota; about 5 minutes left.\n"],
    [progress({ done: 120, pending: 0, inFlight: 0 }), 0, ''],
  ])('%o with %i ms left is %j: one whole line, no terminal codes', (state, remainingMs, text) => {
    expect(plainProgressLine(state, remainingMs)).toBe(text);
  });
});
