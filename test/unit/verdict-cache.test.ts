// The verdict cache: what is kept reads back exactly as the service's answer did, anything else is
// refused as a whole, and only young answers are reused.
import { describe, expect, test } from 'vitest';
import { parseCachedUrlReport, parseFileReport, parseUrlReport } from '../../src/core/reputation/parse.ts';
import type { LookupOutcome } from '../../src/core/types.ts';
import {
  cacheScope,
  decodeCache,
  decodeCacheEntries,
  encodeCache,
  reportBody,
  urlCacheKey,
  urlReportBody,
  VerdictCache,
  type CachedAnswer,
  type VerdictCacheStore,
} from '../../src/core/verdict-cache.ts';
import { describeAge, describeCacheUse, summaryCacheNote } from '../../src/report/cache-use.ts';
import { fileReport, fixtureNames, fixtureReport, sha256Of, urlFixtureReport } from '../support/reports.ts';

const HOUR = 3_600_000;
const NOW = new Date('2026-11-25T12:00:00.000Z');
const scope = cacheScope('virustotal', 'https://www.virustotal.com/api/v3');
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * HOUR);

describe('a kept report reads back as the answer it came from', () => {
  test.each(fixtureNames())('recorded answer %s', (name) => {
    const { sha256, body } = fixtureReport(name);
    const report = parseFileReport(body, sha256);
    expect(parseFileReport(JSON.parse(JSON.stringify(reportBody(report))), sha256)).toEqual(report);
  });

  test('with a contradiction, unnamed stat categories and engines listed twice', () => {
    const sha256 = sha256Of('odd');
    const body = fileReport({ sha256, malicious: { A: 'x', B: 'y', C: 'x' }, suspicious: { D: 'z' }, suggestedThreatLabel: 'trojan.x' }) as any;
    body.data.attributes.last_analysis_stats.malicious = 1; // fewer than the engines listed
    body.data.attributes.last_analysis_stats['confirmed-timeout'] = 3;
    body.data.attributes.last_analysis_results.a = { engine_name: 'A', category: 'suspicious', result: 'x' };
    const report = parseFileReport(body, sha256);
    expect(report.contradiction).toBeDefined();
    expect(parseFileReport(reportBody(report), sha256)).toEqual(report);
  });
});

describe('URL answers', () => {
  const URL_WITH_TOKEN = 'https://login-verify.example.net/secure/update.php?session=tok_5e1f93c2';
  const report = (name: 'malicious-phishing' | 'harmless-download') => parseUrlReport(urlFixtureReport(name, URL_WITH_TOKEN), URL_WITH_TOKEN, Buffer.from(URL_WITH_TOKEN).toString('base64url'));

  test.each(['malicious-phishing', 'harmless-download'] as const)('a kept URL report (%s) reads back as the answer it came from, without the URL', (name) => {
    const kept = JSON.parse(JSON.stringify(urlReportBody(report(name))));
    expect(parseCachedUrlReport(kept)).toEqual(report(name));
    expect(JSON.stringify(kept)).not.toContain('login-verify');
  });

  test('kept apart from the files, under the SHA-256 of the URL: never the URL or its token; reused under the same max ages', async () => {
    const saved: string[] = [];
    const store: VerdictCacheStore = { load: async () => saved.at(-1) ?? null, save: async (_, text) => void saved.push(text) };
    const options = { maxAgeMs: 24 * HOUR, unknownMaxAgeMs: HOUR };
    const first = new VerdictCache(scope, options, store, { warning: () => {}, debug: () => {} });
    await first.load(hoursAgo(2));
    expect(first.reuseUrl(URL_WITH_TOKEN, hoursAgo(2))).toBeNull();
    first.recordUrl(URL_WITH_TOKEN, { kind: 'found', report: report('malicious-phishing') }, hoursAgo(2));
    first.recordUrl('https://fresh.example.com/install.sh', { kind: 'unknown' }, hoursAgo(2));
    first.recordUrl('https://down.example.com/', { kind: 'error', error: { kind: 'transient', message: 'timed out' } }, hoursAgo(2));
    expect(first.use()).toEqual({ reused: 0, lookedUp: 0, urls: { reused: 0, lookedUp: 3 }, oldestFetchedAt: null, problems: [] });
    await first.save(hoursAgo(2));

    const text = saved[0]!;
    expect(text).not.toContain('tok_5e1f93c2');
    expect(text).not.toContain('login-verify');
    expect(text).not.toContain(Buffer.from(URL_WITH_TOKEN).toString('base64url'));
    const { files, urls } = decodeCacheEntries(text, scope, NOW);
    expect(files.size).toBe(0);
    expect([...urls.keys()].sort()).toEqual([urlCacheKey(URL_WITH_TOKEN), urlCacheKey('https://fresh.example.com/install.sh')].sort());

    const second = new VerdictCache(scope, options, store, { warning: () => {}, debug: () => {} });
    await second.load(NOW);
    expect(second.reuseUrl(URL_WITH_TOKEN, NOW)).toEqual({ kind: 'found', report: report('malicious-phishing'), cachedAt: hoursAgo(2) });
    // "Never seen" is kept an hour, as for files: two hours on, it is asked again.
    expect(second.reuseUrl('https://fresh.example.com/install.sh', NOW)).toBeNull();
    expect(second.reuseUrl('https://down.example.com/', NOW)).toBeNull();
    // A file hash equal to the URL's key is not answered by the URL's entry.
    expect(second.reuse(urlCacheKey(URL_WITH_TOKEN), NOW)).toBeNull();
    expect(second.use()).toEqual({ reused: 0, lookedUp: 0, urls: { reused: 1, lookedUp: 0 }, oldestFetchedAt: hoursAgo(2), problems: [] });
  });

  test("a report whose id is not the service's SHA-256 (it may be the URL in base64url) is not kept", async () => {
    const saved: string[] = [];
    const cache = new VerdictCache(
      scope,
      { maxAgeMs: HOUR, unknownMaxAgeMs: HOUR },
      { load: async () => null, save: async (_, text) => void saved.push(text) },
      { warning: () => {}, debug: () => {} },
    );
    await cache.load(NOW);
    cache.recordUrl(URL_WITH_TOKEN, { kind: 'found', report: { ...report('harmless-download'), id: Buffer.from(URL_WITH_TOKEN).toString('base64url').toLowerCase() } }, NOW);
    await cache.save(NOW);
    expect(saved).toEqual([]);
    expect(cache.use().urls).toEqual({ reused: 0, lookedUp: 1 });
  });

  test.each([
    ['a URL entry not named by a SHA-256', (key: string) => key.slice(0, 10), 'URL entry "'],
    ['a URL entry that is not a URL report', () => null, 'is not a valid report: data.type is "file", not "url"'],
  ])('%s makes the whole cache untrusted', (_, rename, message) => {
    const entries = new Map([[urlCacheKey(URL_WITH_TOKEN), { kind: 'found' as const, report: report('malicious-phishing'), fetchedAt: hoursAgo(1) }]]);
    let text = encodeCache(scope, new Map(), entries);
    const renamed = rename(urlCacheKey(URL_WITH_TOKEN));
    text = renamed === null ? text.replace('"type":"url"', '"type":"file"') : text.replace(urlCacheKey(URL_WITH_TOKEN), renamed);
    expect(() => decodeCacheEntries(text, scope, NOW)).toThrow(message);
  });
});

describe('decodeCache', () => {
  const sha = sha256Of('a');
  const entries = new Map<string, CachedAnswer>([
    [sha, { kind: 'found', report: parseFileReport(fileReport({ sha256: sha, malicious: { A: 'x' } }), sha), fetchedAt: hoursAgo(2) }],
    [sha256Of('b'), { kind: 'unknown', fetchedAt: hoursAgo(1) }],
  ]);

  test('reads what encodeCache wrote', () => {
    expect(decodeCache(encodeCache(scope, entries), scope, NOW)).toEqual(entries);
  });

  const encoded = () => JSON.parse(encodeCache(scope, entries));
  test.each([
    ['text that is not JSON', () => 'garbage', 'it is not JSON'],
    ['another file', () => JSON.stringify({ schema: 'something-else' }), 'it is not a artifact-reputation-gate/verdict-cache file'],
    ['another version', () => JSON.stringify({ ...encoded(), version: 2 }), 'it has version 2; this gate reads version 1'],
    ['another provider', () => JSON.stringify({ ...encoded(), provider: 'reversinglabs' }), 'it holds answers of "reversinglabs"'],
    ['another origin', () => JSON.stringify({ ...encoded(), origin: 'https://evil.example' }), 'at "https://evil.example", not of virustotal at https://www.virustotal.com'],
    ['no entries', () => JSON.stringify({ ...encoded(), entries: [] }), 'it has no entries'],
    ['an entry not named by a hash', () => JSON.stringify({ ...encoded(), entries: { 'not-a-hash': { answer: 'unknown', fetchedAt: NOW.toISOString() } } }), 'is not named by a lower-case SHA-256'],
    ['a missing time', () => JSON.stringify({ ...encoded(), entries: { [sha]: { answer: 'unknown' } } }), 'has no valid fetchedAt time'],
    ['a time in the future', () => JSON.stringify({ ...encoded(), entries: { [sha]: { answer: 'unknown', fetchedAt: new Date(NOW.getTime() + HOUR).toISOString() } } }), 'was fetched in the future'],
    ['an error kept as an answer', () => JSON.stringify({ ...encoded(), entries: { [sha]: { answer: 'error', fetchedAt: NOW.toISOString() } } }), 'neither "found" nor "unknown"'],
    ['a report of another hash', () => encodeCache(scope, entries).replace(sha, sha256Of('c')), 'is not a valid report: the service answered with a report for'],
    [
      'a report without stats',
      () => JSON.stringify({ ...encoded(), entries: { [sha]: { answer: 'found', fetchedAt: NOW.toISOString(), report: { data: { id: sha, type: 'file', attributes: {} } } } } }),
      'has no last_analysis_stats',
    ],
  ])('refuses %s as a whole', (_, text, message) => {
    expect(() => decodeCache(text(), scope, NOW)).toThrow(message);
  });
});

describe('VerdictCache', () => {
  const fresh = sha256Of('fresh'),
    old = sha256Of('old'),
    unknown = sha256Of('unknown'),
    oldUnknown = sha256Of('old unknown');
  const found = (sha256: string, fetchedAt: Date): CachedAnswer => ({ kind: 'found', report: parseFileReport(fileReport({ sha256 }), sha256), fetchedAt });
  const kept = new Map<string, CachedAnswer>([
    [fresh, found(fresh, hoursAgo(23))],
    [old, found(old, hoursAgo(25))],
    [unknown, { kind: 'unknown', fetchedAt: hoursAgo(0.5) }],
    [oldUnknown, { kind: 'unknown', fetchedAt: hoursAgo(1.5) }],
  ]);

  function memoryStore(text: string | null | Error) {
    const saved: string[] = [];
    const store: VerdictCacheStore = {
      load: async () => {
        if (text instanceof Error) throw text;
        return text;
      },
      save: async (_, written) => void saved.push(written),
    };
    return { store, saved };
  }

  function cacheOver(text: string | null | Error, options = { maxAgeMs: 24 * HOUR, unknownMaxAgeMs: HOUR }) {
    const { store, saved } = memoryStore(text);
    const warnings: string[] = [];
    const cache = new VerdictCache(scope, options, store, { warning: (m) => warnings.push(m), debug: () => {} });
    return { cache, saved, warnings };
  }

  test('reuses only answers younger than their max age, marked with when they were fetched', async () => {
    const { cache } = cacheOver(encodeCache(scope, kept));
    await cache.load(NOW);
    expect(cache.reuse(fresh, NOW)).toMatchObject({ kind: 'found', cachedAt: hoursAgo(23) });
    expect(cache.reuse(unknown, NOW)).toEqual({ kind: 'unknown', cachedAt: hoursAgo(0.5) });
    expect(cache.reuse(old, NOW)).toBeNull();
    expect(cache.reuse(oldUnknown, NOW)).toBeNull();
    expect(cache.reuse(sha256Of('never kept'), NOW)).toBeNull();
    expect(cache.use()).toEqual({ reused: 2, lookedUp: 0, oldestFetchedAt: hoursAgo(23), problems: [] });
  });

  test('a max age of 0 reuses nothing', async () => {
    const { cache } = cacheOver(encodeCache(scope, kept), { maxAgeMs: 0, unknownMaxAgeMs: 0 });
    await cache.load(NOW);
    expect([fresh, unknown].map((sha) => cache.reuse(sha, NOW))).toEqual([null, null]);
  });

  test('saves what was fetched and what is still young, never an error', async () => {
    const { cache, saved } = cacheOver(encodeCache(scope, kept));
    await cache.load(NOW);
    const refetched: LookupOutcome = { kind: 'found', report: parseFileReport(fileReport({ sha256: old, malicious: { A: 'x' } }), old) };
    cache.record(old, refetched, NOW);
    cache.record(sha256Of('broken'), { kind: 'error', error: { kind: 'transient', message: 'timed out' } }, NOW);
    await cache.save(NOW);
    const written = decodeCache(saved[0]!, scope, NOW);
    expect([...written.keys()].sort()).toEqual([fresh, old, unknown].sort());
    expect(written.get(old)).toEqual({ kind: 'found', report: refetched.kind === 'found' && refetched.report, fetchedAt: NOW });
    expect(cache.use().lookedUp).toBe(2);
  });

  test('saves nothing when nothing changed', async () => {
    const young = new Map([...kept].filter(([sha]) => sha === fresh || sha === unknown));
    const { cache, saved } = cacheOver(encodeCache(scope, young));
    await cache.load(NOW);
    await cache.save(NOW);
    expect(saved).toEqual([]);
  });

  test('a cache that is not trusted, or a store that fails, is a warning and an empty cache', async () => {
    const untrusted = cacheOver(encodeCache(cacheScope('virustotal', 'https://other.example/api/v3'), kept));
    await untrusted.cache.load(NOW);
    expect(untrusted.cache.reuse(fresh, NOW)).toBeNull();
    expect(untrusted.warnings).toEqual([
      expect.stringMatching(/^The verdict cache was ignored, not trusted: it holds answers of "virustotal" at "https:\/\/other.example".*Every hash is looked up\.$/),
    ]);

    const failing = cacheOver(new Error('socket hang up'));
    await failing.cache.load(NOW);
    expect(failing.warnings).toEqual(['The verdict cache could not be restored (socket hang up); every hash is looked up.']);
    expect(failing.cache.use().problems).toEqual(failing.warnings);
  });
});

test('the scope is the provider and the api-url origin, not its path', () => {
  expect(cacheScope('virustotal', 'https://www.virustotal.com/api/v3')).toEqual(cacheScope('virustotal', 'https://www.virustotal.com/other'));
  expect(cacheScope('virustotal', 'http://127.0.0.1:8080/api/v3').key).not.toBe(cacheScope('virustotal', 'http://127.0.0.1:8081/api/v3').key);
  expect(cacheScope('reversinglabs', 'https://x.example').key).toMatch(/^reversinglabs-[0-9a-f]{16}$/);
});

describe('describeCacheUse', () => {
  test.each([
    [{ reused: 114, lookedUp: 6, oldestFetchedAt: hoursAgo(6), problems: [] }, 'Verdict cache: 114 of 120 unique hashes from the cache (up to 6 h old), 6 looked up.'],
    [{ reused: 0, lookedUp: 3, oldestFetchedAt: null, problems: [] }, 'Verdict cache: none of 3 unique hashes from the cache, 3 looked up.'],
    [{ reused: 1, lookedUp: 0, oldestFetchedAt: hoursAgo(0.25), problems: [] }, 'Verdict cache: 1 of 1 unique hash from the cache (up to 15 min old), 0 looked up.'],
    [{ reused: 0, lookedUp: 0, oldestFetchedAt: null, problems: [] }, null],
    [
      { reused: 3, lookedUp: 1, urls: { reused: 2, lookedUp: 0 }, oldestFetchedAt: hoursAgo(6), problems: [] },
      'Verdict cache: 3 of 4 unique hashes and 2 of 2 URLs from the cache (up to 6 h old), 1 looked up.',
    ],
    [{ reused: 0, lookedUp: 0, urls: { reused: 1, lookedUp: 0 }, oldestFetchedAt: hoursAgo(0.25), problems: [] }, 'Verdict cache: 1 of 1 URL from the cache (up to 15 min old), 0 looked up.'],
    [{ reused: 0, lookedUp: 2, urls: { reused: 0, lookedUp: 3 }, oldestFetchedAt: null, problems: [] }, 'Verdict cache: none of 2 unique hashes and 3 URLs from the cache, 5 looked up.'],
    [null, null],
  ])('%j', (use, line) => {
    expect(describeCacheUse(use, NOW)).toBe(line);
  });

  test.each([
    [40_000, '40 s'],
    [12 * 60_000, '12 min'],
    [47 * HOUR, '47 h'],
    [72 * HOUR, '3 d'],
  ])('describeAge(%i) is %s', (ms, text) => {
    expect(describeAge(ms)).toBe(text);
  });
});

test('the job summary gets the same line as a small paragraph, and nothing without the cache', () => {
  const use = { reused: 2, lookedUp: 1, oldestFetchedAt: hoursAgo(3), problems: [] };
  expect(summaryCacheNote(use, NOW)).toBe('\n<p><sub>Verdict cache: 2 of 3 unique hashes from the cache (up to 3 h old), 1 looked up.</sub></p>\n');
  expect(summaryCacheNote(null, NOW)).toBe('');
});
