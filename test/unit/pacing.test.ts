// The request window, backoff and Retry-After, on fake timers.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Lookups } from '../../src/core/reputation/lookups.ts';
import { backoffDelay, parseRetryAfter, SlidingWindow } from '../../src/core/reputation/pacing.ts';
import type { ClientOutcome as LookupOutcome } from '../../src/core/reputation/client.ts';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-25T12:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

const quota: LookupOutcome = { kind: 'error', error: { kind: 'quota', status: 429, message: 'quota.' } };
const found = (sha256: string): LookupOutcome => ({
  kind: 'found',
  report: {
    sha256,
    stats: { malicious: 0, suspicious: 0, undetected: 1, harmless: 0, timeout: 0, failure: 0, typeUnsupported: 0 },
    engineCount: 1,
    detections: [],
    threatNames: [],
    suggestedThreatLabel: null,
    firstSeen: null,
    lastAnalysed: null,
  },
});

describe('SlidingWindow', () => {
  test('grants `limit` at once, then one more each time the oldest grant leaves the window', async () => {
    const window = new SlidingWindow(4, 60_000);
    const start = Date.now();
    const grantedAt: number[] = [];
    const all = Array.from({ length: 9 }, () => window.acquire().then(() => grantedAt.push(Date.now() - start)));

    await vi.runAllTimersAsync();
    await Promise.all(all);

    expect(grantedAt).toEqual([0, 0, 0, 0, 60_000, 60_000, 60_000, 60_000, 120_000]);
  });

  test('a grant that was spread out frees its slot at its own time, not in batches', async () => {
    const window = new SlidingWindow(2, 1_000);
    const start = Date.now();
    await window.acquire(); // t=0
    await vi.advanceTimersByTimeAsync(400);
    await window.acquire(); // t=400
    const third = window.acquire().then(() => Date.now() - start);
    const fourth = window.acquire().then(() => Date.now() - start);
    await vi.runAllTimersAsync();
    expect(await third).toBe(1_000);
    expect(await fourth).toBe(1_400);
  });

  test.each([
    [0, 0],
    [4, 0],
    [5, 60_000],
    [120, 29 * 60_000],
  ])('estimate for %i requests at 4 a window: %i ms', (requests, expected) => {
    expect(new SlidingWindow(4, 60_000).estimateMs(requests)).toBe(expected);
  });
});

describe('backoffDelay', () => {
  test.each([
    [0, 0, 500],
    [0, 1, 1_000],
    [1, 0, 1_000],
    [3, 1, 8_000],
    [10, 1, 30_000],
    [10, 0, 15_000],
  ])('retry %i with random %f → %i ms (base 1 s, cap 30 s)', (retry, random, expected) => {
    expect(backoffDelay(retry, 1_000, 30_000, () => random)).toBe(expected);
  });

  test('jitter spreads retries between half and all of the delay', () => {
    const delays = Array.from({ length: 200 }, () => backoffDelay(2, 1_000, 30_000));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(2_000);
    expect(Math.max(...delays)).toBeLessThanOrEqual(4_000);
    expect(new Set(delays).size).toBeGreaterThan(50);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-25T12:00:00Z');
  test.each([
    ['30', 30_000],
    ['0', 0],
    [' 7 ', 7_000],
    ['Wed, 25 Nov 2026 12:00:45 GMT', 45_000],
    ['Wed, 25 Nov 2026 11:59:00 GMT', 0],
    ['soon', null],
    ['', null],
    [undefined, null],
    ['-5', null],
  ])('%j → %j', (header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });
});

describe('Lookups on fake time', () => {
  test('429 without Retry-After pauses 15 s, then 30 s, then until the pacing window (61 s) has cleared', async () => {
    const sentAt: number[] = [];
    let calls = 0;
    const client = { lookup: async (sha: string) => (sentAt.push(Date.now()), calls++ < 3 ? quota : found(sha)) };
    const lookups = new Lookups(client, { concurrency: 1, requestsPerWindow: 0, maxRetries: 5 });

    const outcome = lookups.lookup('a');
    await vi.runAllTimersAsync();

    expect((await outcome).kind).toBe('found');
    const gaps = sentAt.slice(1).map((t, i) => t - sentAt[i]!);
    expect(gaps).toEqual([15_000, 30_000, 16_000]);
  });

  test('a 429 that persists once the window has cleared is a spent daily quota: the scan stops within the window', async () => {
    const sentAt: number[] = [];
    const client = { lookup: async () => (sentAt.push(Date.now()), quota) };
    const lookups = new Lookups(client, { concurrency: 2, requestsPerWindow: 0, maxRetries: 100, quotaHint: 'Hint.' });
    const start = Date.now();

    const outcomes = Promise.all(['a', 'b', 'c', 'd'].map((sha) => lookups.lookup(sha)));
    await vi.runAllTimersAsync();

    const errors = (await outcomes).map((o) => (o.kind === 'error' ? o.error : null));
    expect(errors.every((e) => e?.kind === 'quota' && e.scanStopped)).toBe(true);
    expect(new Set(errors.map((e) => e?.message))).toEqual(
      new Set([
        "quota, and still after 61 s without an accepted request, longer than the per-minute limit lasts: the key's daily (or monthly) quota is spent, and the scan stopped. It resets on the service's schedule (the service did not say when). Hint.",
      ]),
    );
    expect(Math.max(...sentAt) - start).toBe(61_000); // nothing is sent after the refusal that proved it
  });

  test('a 429 on one lookup holds back lookups that start during the pause', async () => {
    const sentAt: Record<string, number[]> = { a: [], b: [] };
    let first = true;
    const client = {
      lookup: async (sha: string) => {
        sentAt[sha]!.push(Date.now());
        if (first) return ((first = false), { ...quota, error: { ...quota.error, retryAfterMs: 10_000 } });
        return found(sha);
      },
    };
    const lookups = new Lookups(client, { concurrency: 2, requestsPerWindow: 0, maxRetries: 3 });
    const start = Date.now();

    const a = lookups.lookup('a');
    await vi.advanceTimersByTimeAsync(1_000);
    const b = lookups.lookup('b');
    await vi.runAllTimersAsync();
    await Promise.all([a, b]);

    expect(sentAt.a!.map((t) => t - start)).toEqual([0, 10_000]);
    expect(sentAt.b!.map((t) => t - start)).toEqual([10_000]);
  });

  test('a refused key releases lookups waiting for the window at once, and they send nothing', async () => {
    const auth: LookupOutcome = { kind: 'error', error: { kind: 'auth', status: 401, message: 'refused.' } };
    let sent = 0;
    const client = { lookup: async () => (sent++, auth) };
    const lookups = new Lookups(client, { concurrency: 3, requestsPerWindow: 1, maxRetries: 5 });

    const all = Promise.all(['a', 'b', 'c'].map((sha) => lookups.lookup(sha)));
    await vi.advanceTimersByTimeAsync(10); // far less than the 61 s the window would hold them

    expect(lookups.progress()).toMatchObject({ done: 3, pending: 0 });
    expect(sent).toBe(1);
    expect((await all).map((o) => (o.kind === 'error' ? o.error.kind : o.kind))).toEqual(['auth', 'auth', 'auth']);
  });

  test('progress counts done, errors, in flight and waiting', async () => {
    const client = { lookup: () => new Promise<LookupOutcome>((resolve) => setTimeout(() => resolve(quota), 100)) };
    const lookups = new Lookups(client, { concurrency: 2, requestsPerWindow: 0, maxRetries: 0 });
    const all = ['a', 'b', 'c'].map((sha) => lookups.lookup(sha));
    await vi.advanceTimersByTimeAsync(0);
    expect(lookups.progress()).toMatchObject({ done: 0, errors: 0, inFlight: 2, pending: 3, requests: 2 });
    await vi.runAllTimersAsync();
    await Promise.all(all);
    expect(lookups.progress()).toMatchObject({ done: 3, errors: 3, inFlight: 0, pending: 0, requests: 3 });
  });
});

describe('Lookups: stopping and shared pauses', () => {
  test('stop() ends lookups waiting for the window at once, with its reason, and sends nothing more', async () => {
    let sent = 0;
    const lookups = new Lookups({ lookup: async (sha) => (sent++, found(sha)) }, { concurrency: 4, requestsPerWindow: 1, maxRetries: 5 });
    const all = Promise.all(['a', 'b', 'c'].map((sha) => lookups.lookup(sha)));
    await vi.advanceTimersByTimeAsync(10);

    lookups.stop('The scan stopped.');
    await vi.advanceTimersByTimeAsync(10);

    expect(sent).toBe(1);
    expect((await all).map((o) => (o.kind === 'error' ? o.error.message : o.kind))).toEqual(['found', 'The scan stopped.', 'The scan stopped.']);
  });

  test('four lookups refused in one burst pause 15 s, not 60 s', async () => {
    const sentAt: number[] = [];
    const client = { lookup: async (sha: string) => (sentAt.push(Date.now()), sentAt.length <= 4 ? quota : found(sha)) };
    const lookups = new Lookups(client, { concurrency: 4, requestsPerWindow: 0, maxRetries: 5 });
    const start = Date.now();

    const all = Promise.all(['a', 'b', 'c', 'd'].map((sha) => lookups.lookup(sha)));
    await vi.runAllTimersAsync();
    await all;

    expect(sentAt.map((t) => t - start)).toEqual([0, 0, 0, 0, 15_000, 15_000, 15_000, 15_000]);
  });

  test('a lookup granted by the window during a 429 pause waits for the pause before it sends', async () => {
    const sentAt: Record<string, number[]> = { a: [], b: [] };
    let first = true;
    const client = {
      lookup: async (sha: string) => {
        sentAt[sha]!.push(Date.now());
        if (first) return ((first = false), { ...quota, error: { ...quota.error, retryAfterMs: 120_000 } });
        return found(sha);
      },
    };
    // One request a minute: b waits for the window (61 s) while a's 429 pauses everything for 120 s.
    const lookups = new Lookups(client, { concurrency: 2, requestsPerWindow: 1, maxRetries: 3 });
    const start = Date.now();

    const all = Promise.all([lookups.lookup('a'), lookups.lookup('b')]);
    await vi.runAllTimersAsync();
    await all;

    expect(sentAt.b![0]! - start).toBeGreaterThanOrEqual(120_000);
  });
});
