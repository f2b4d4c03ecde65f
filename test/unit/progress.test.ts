import { describe, expect, test } from 'vitest';
import { describeEstimate, describeProgress, formatDuration } from '../../src/report/progress.ts';

describe('describeEstimate', () => {
  test('says how long a long paced scan takes', () => {
    expect(describeEstimate(120, 4, 29.5 * 60_000)).toBe('120 unique hashes at 4/min: about 30 minutes. Raise `requests-per-minute` if your key allows more.');
  });
  test('counts the URLs looked up beside the hashes, and the URLs alone in a run without files', () => {
    expect(describeEstimate(120, 4, 31 * 60_000, undefined, 5)).toBe('120 unique hashes and 5 URLs at 4/min: about 31 minutes. Raise `requests-per-minute` if your key allows more.');
    expect(describeEstimate(0, 4, 10 * 60_000, undefined, 40)).toBe('40 URLs at 4/min: about 10 minutes. Raise `requests-per-minute` if your key allows more.');
  });
  test.each([0, 59_999])('says nothing for a short wait (%i ms)', (ms) => {
    expect(describeEstimate(4, 4, ms)).toBeNull();
  });
  test('with uploads on a paced key, says what each upload adds, even before a short wait', () => {
    expect(describeEstimate(4, 4, 0, 8)).toBe('Each unknown file uploaded adds up to 8 requests (the upload, its polls, a re-read), about 2 minutes at this rate.');
    expect(describeEstimate(120, 4, 29.5 * 60_000, 8)).toBe(
      '120 unique hashes at 4/min: about 30 minutes. Each unknown file uploaded adds up to 8 requests (the upload, its polls, a re-read), about 2 minutes at this rate. Raise `requests-per-minute` if your key allows more.',
    );
    expect(describeEstimate(4, 0, 0, 8)).toBeNull(); // unpaced: nothing to wait for
  });
});

describe('describeProgress', () => {
  test('done, errors, in flight and waiting', () => {
    expect(describeProgress({ done: 37, errors: 2, inFlight: 4, pending: 83, requests: 40, pausedForMs: 0 })).toBe('Lookups: 37 done (2 failed), 4 in flight, 79 waiting.');
  });
  test('and a pause for the quota', () => {
    expect(describeProgress({ done: 1, errors: 0, inFlight: 1, pending: 5, requests: 2, pausedForMs: 14_200 })).toBe(
      "Lookups: 1 done (0 failed), 1 in flight, 4 waiting; paused 15 s for the service's quota.",
    );
  });
  test('nothing when no lookup is left', () => {
    expect(describeProgress({ done: 5, errors: 0, inFlight: 0, pending: 0, requests: 5, pausedForMs: 0 })).toBeNull();
  });
});

test.each([
  [5_000, '5 seconds'],
  [60_000, '1 minute'],
  [29.5 * 60_000, '30 minutes'],
  [89 * 60_000, '89 minutes'],
  [125 * 60_000, '2.1 hours'],
])('formatDuration(%i) is %s', (ms, text) => {
  expect(formatDuration(ms)).toBe(text);
});
