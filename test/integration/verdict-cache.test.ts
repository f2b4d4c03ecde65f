// runGate with the verdict cache, without a runner: the command line's directory store, against the
// sandbox server over real sockets.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { httpTransport } from '../../src/adapters/http.ts';
import { directoryStore } from '../../src/cli/cache-dir.ts';
import type { Glob } from '../../src/core/listing.ts';
import { runGate, type GateOptions, type HashingDone } from '../../src/core/run-gate.ts';
import { cacheScope, type VerdictCacheStore } from '../../src/core/verdict-cache.ts';
import { gateOptions } from '../support/gate-options.ts';
import { sha256Of, urlFixtureReport } from '../support/reports.ts';
import { parseUrlList } from '../../src/core/url-list.ts';
import { defaultPolicy } from '../support/policy.ts';
import { CLEAN_SAMPLE, EICAR, SANDBOX_API_KEY, startSandbox, writeSampleArtifacts } from '../support/sandbox.ts';
import type { VtServer } from '../support/vt-server.ts';
import { makeWorkspace } from '../support/workspace.ts';

const KEY = SANDBOX_API_KEY;
const HOUR = 3_600_000;
let server: VtServer;

beforeAll(async () => {
  server = await startSandbox();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
});

const FILES = ['eicar.com', 'app.js', 'fresh-build.bin'];
/** Lists the named files of the workspace's dist/: no wildcards, no @actions/glob. */
const namedFiles: Glob = async (patterns) => ({ paths: patterns.split('\n').map((name) => name.trim()), brokenLinks: [], followsLinks: true });

async function gate(workspace: string, store: VerdictCacheStore, overrides: Partial<GateOptions> = {}, files = FILES) {
  const warnings: string[] = [];
  const hashed: HashingDone[] = [];
  const result = await runGate(
    gateOptions(workspace, server.url, KEY, {
      patterns: files.map((name) => path.join(workspace, 'dist', name)).join('\n'),
      cache: { maxAgeMs: 24 * HOUR, unknownMaxAgeMs: HOUR },
      ...overrides,
    }),
    {
      glob: namedFiles,
      http: httpTransport({}),
      log: { debug: () => {} },
      progress: { listed: () => {}, hashed: (done) => hashed.push(done), lookups: () => {} },
      cache: { store, log: { warning: (message) => warnings.push(message), debug: () => {} } },
    },
  );
  const statuses = Object.fromEntries(result.judgement.results.map((r) => [r.artifact.displayPath, r.status]));
  return { ...result, statuses, warnings, hashed };
}

async function workspaceFiles(extra: Record<string, string> = {}): Promise<string> {
  const workspace = await makeWorkspace(extra);
  await writeSampleArtifacts(path.join(workspace, 'dist'));
  return workspace;
}
const EXPECTED = { 'dist/app.js': 'clean', 'dist/eicar.com': 'malicious', 'dist/fresh-build.bin': 'unknown' };

test('the second run reads every answer from the directory and sends nothing', async () => {
  const workspace = await workspaceFiles();
  const store = directoryStore(path.join(workspace, '.cache', 'gate'));

  const first = await gate(workspace, store);
  expect(first.statuses).toEqual(EXPECTED);
  expect(server.requests).toHaveLength(3);
  expect(first.cache).toEqual({ reused: 0, lookedUp: 3, oldestFetchedAt: null, problems: [] });
  const file = path.join(workspace, '.cache', 'gate', `verdicts-${cacheScope('virustotal', server.url).key}.json`);
  expect(await readFile(file, 'utf8')).not.toContain(KEY);

  server.requests.length = 0;
  const second = await gate(workspace, store);
  expect(server.requests).toEqual([]);
  expect(second.statuses).toEqual(EXPECTED);
  expect(second.cache).toMatchObject({ reused: 3, lookedUp: 0, problems: [] });
  expect(second.judgement.results.every((r) => r.cachedAt instanceof Date)).toBe(true);
  expect(second.warnings).toEqual([]);

  // A new file among cached ones: the estimate counts only what is asked.
  await writeFile(path.join(workspace, 'dist', 'extra.bin'), 'one more build');
  const third = await gate(workspace, store, { requestsPerMinute: 1 }, [...FILES, 'extra.bin']);
  expect(server.requests.map((r) => r.sha256)).toEqual([sha256Of('one more build')]);
  expect(third.hashed).toEqual([{ uniqueHashes: 1, requestsPerMinute: 1, estimateMs: 0 }]);
  server.requests.length = 0;

  // Without the cache option nothing is read: the same store, every hash asked again.
  const uncached = await gate(workspace, store, { cache: null });
  expect(server.requests).toHaveLength(3);
  expect(uncached.cache).toBeNull();
});

test('URL answers are reused across runs like hashes: the second run asks the service nothing, judges again, and counts them', async () => {
  const workspace = await workspaceFiles();
  const store = directoryStore(path.join(workspace, '.cache', 'gate'));
  const phishing = 'http://login-verify.example.net/secure/cached.php?session=tok_77aa01';
  server.addUrlReport(phishing, urlFixtureReport('malicious-phishing', phishing));
  const urls = parseUrlList(`${phishing}\nhttps://fresh.example.com/cached.sh`, { input: 'urls' }, 'Input `urls`');
  const urlRequests = () =>
    server.requests
      .filter((r) => r.urlId !== null)
      .map((r) => Buffer.from(r.urlId!, 'base64url').toString())
      .sort();

  const first = await gate(workspace, store, { urls }, ['app.js']);
  expect(urlRequests()).toEqual([phishing, 'https://fresh.example.com/cached.sh']);
  expect(first.judgement.urls?.map((r) => [r.status, r.cachedAt])).toEqual([
    ['malicious', undefined],
    ['unknown', undefined],
  ]);
  expect(first.cache).toEqual({ reused: 0, lookedUp: 1, urls: { reused: 0, lookedUp: 2 }, oldestFetchedAt: null, problems: [] });
  const file = await readFile(path.join(workspace, '.cache', 'gate', `verdicts-${cacheScope('virustotal', server.url).key}.json`), 'utf8');
  expect(file).not.toContain('tok_77aa01');
  expect(file).not.toContain('login-verify');

  server.requests.length = 0;
  const second = await gate(workspace, store, { urls, requestsPerMinute: 1, policy: defaultPolicy({ maxMalicious: 7 }) }, ['app.js']);
  expect(server.requests).toEqual([]);
  // Judged again by this run's policy, from the kept report.
  expect(second.judgement.urls?.map((r) => r.status)).toEqual(['clean', 'unknown']);
  expect(second.judgement.urls?.every((r) => r.cachedAt instanceof Date)).toBe(true);
  expect(second.cache).toMatchObject({ reused: 1, lookedUp: 0, urls: { reused: 2, lookedUp: 0 } });
  // Nothing left to ask: the estimate counts no URL.
  expect(second.hashed).toEqual([{ uniqueHashes: 0, requestsPerMinute: 1, estimateMs: 0 }]);

  // A "never seen" older than cache-unknown-max-age-hours is asked again; the report is still reused.
  server.requests.length = 0;
  const third = await gate(workspace, store, { urls, cache: { maxAgeMs: 24 * HOUR, unknownMaxAgeMs: 0 } }, ['app.js']);
  expect(urlRequests()).toEqual(['https://fresh.example.com/cached.sh']);
  expect(third.cache).toMatchObject({ urls: { reused: 1, lookedUp: 1 } });
});

test('a cache file that is not trusted is said once and every hash is looked up', async () => {
  const workspace = await workspaceFiles();
  const directory = path.join(workspace, 'cache');
  await gate(workspace, directoryStore(directory));
  const file = path.join(directory, `verdicts-${cacheScope('virustotal', server.url).key}.json`);
  // A clean report planted for the malicious file: the report names another hash.
  const text = await readFile(file, 'utf8');
  const parsed = JSON.parse(text);
  parsed.entries[sha256Of(EICAR)] = parsed.entries[sha256Of(CLEAN_SAMPLE)];
  await writeFile(file, JSON.stringify(parsed));

  server.requests.length = 0;
  const run = await gate(workspace, directoryStore(directory));
  expect(run.statuses).toEqual(EXPECTED);
  expect(server.requests).toHaveLength(3);
  expect(run.warnings).toEqual([expect.stringContaining(`The verdict cache was ignored, not trusted: entry "${sha256Of(EICAR)}" is not a valid report`)]);
});

test('a store that cannot save warns; the judgement is the same', async () => {
  const workspace = await workspaceFiles({ 'not-a-directory': 'a file' });
  const run = await gate(workspace, directoryStore(path.join(workspace, 'not-a-directory')));
  expect(run.statuses).toEqual(EXPECTED);
  expect(run.warnings).toEqual([
    expect.stringMatching(/^The verdict cache could not be restored \(.*ENOTDIR.*\); every hash is looked up\.$/),
    expect.stringMatching(/^The verdict cache could not be saved \(.*(ENOTDIR|EEXIST).*\); the next run looks these hashes up again\.$/),
  ]);
  expect(run.cache?.problems).toEqual(run.warnings);
});

test('with upload-unknown a cached "never seen" is asked again and uploaded; the analysed report is then reused', async () => {
  const content = 'a build nobody has seen, uploaded on the second run';
  const sha256 = sha256Of(content);
  const workspace = await workspaceFiles({ 'dist/new.bin': content });
  const store = directoryStore(path.join(workspace, 'cache'));
  const files = ['app.js', 'new.bin'];
  const uploads = { uploadUnknown: true, uploadPatterns: '**', analysisTimeoutMs: 5_000, analysisTimings: { firstPollMs: 10, maxPollMs: 40 } };

  const first = await gate(workspace, store, {}, files);
  expect(first.statuses).toEqual({ 'dist/app.js': 'clean', 'dist/new.bin': 'unknown' });

  server.requests.length = 0;
  const second = await gate(workspace, store, uploads, files);
  expect(second.statuses).toEqual({ 'dist/app.js': 'clean', 'dist/new.bin': 'clean' });
  expect(second.cache).toMatchObject({ reused: 1, lookedUp: 1 });
  expect(server.uploads.map((upload) => upload.sha256)).toContain(sha256);
  expect(second.judgement.results.find((r) => r.sha256 === sha256)).toMatchObject({ submission: { state: 'analysed' } });

  server.requests.length = 0;
  const third = await gate(workspace, store, uploads, files);
  expect(server.requests).toEqual([]);
  expect(third.statuses).toEqual({ 'dist/app.js': 'clean', 'dist/new.bin': 'clean' });
  expect(third.cache).toMatchObject({ reused: 2, lookedUp: 0 });
});
