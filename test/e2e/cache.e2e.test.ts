// End to end: the verdict cache through the real @actions/cache, against a fake Actions cache service
// (Twirp, v2) over Azurite. Two runs share RUNNER_TEMP as two runs of one runner do.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { cacheKeyPrefix } from '../../src/action/cache.ts';
import { cacheScope, encodeCache, type CachedAnswer } from '../../src/core/verdict-cache.ts';
import { ACTION_NAME } from '../../src/core/version.ts';
import { parseFileReport } from '../../src/core/reputation/parse.ts';
import { FakeCacheService } from '../support/cache-service.ts';
import { fileReport, sha256Of } from '../support/reports.ts';
import { runAction, type ActionRun } from '../support/runner.ts';
import { VtServer } from '../support/vt-server.ts';
import { makeWorkspace } from '../support/workspace.ts';

const KEY = 'cache-e2e-key-5c1d-88a0';
const HOUR = 3_600_000;
let cacheService: FakeCacheService;
let server: VtServer;

beforeAll(async () => {
  cacheService = await FakeCacheService.start();
}, 60_000);
afterAll(async () => {
  await cacheService?.close();
});
beforeEach(async () => {
  server = await VtServer.start({ apiKeys: [KEY] });
  return () => server.close();
});

const FILES = { 'dist/bad.exe': 'bad build', 'dist/app.js': 'good build', 'dist/copy.js': 'good build', 'dist/new.bin': 'fresh build' };
const sha = { bad: sha256Of('bad build'), good: sha256Of('good build'), fresh: sha256Of('fresh build') };

/** A workspace, a RUNNER_TEMP that outlives one run (as a runner's does), and the server's reports. */
async function setUp(): Promise<{ workspace: string; runnerTemp: string }> {
  server.reports.set(sha.bad, fileReport({ sha256: sha.bad, malicious: { EngineA: 'Trojan.A', EngineB: 'Trojan.B' } }));
  server.reports.set(sha.good, fileReport({ sha256: sha.good }));
  const workspace = await makeWorkspace(FILES);
  const runnerTemp = await mkdtemp(path.join(os.tmpdir(), 'arg-runner-temp-'));
  return { workspace, runnerTemp };
}

let runNumber = 0;
function gate(workspace: string, runnerTemp: string, inputs: Record<string, string> = {}, env: Record<string, string> = cacheService.env): Promise<ActionRun> {
  return runAction({
    workspace,
    inputs: { files: 'dist/**', 'api-key': KEY, 'api-url': server.url, 'requests-per-minute': '0', ...inputs },
    env: { ...env, RUNNER_TEMP: runnerTemp, GITHUB_RUN_ID: String(++runNumber), GITHUB_RUN_ATTEMPT: '1' },
  });
}

const statuses = (run: ActionRun) => Object.fromEntries(run.report.artifacts.map((a: any) => [a.path, a.status]));
const warnings = (run: ActionRun) => run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
const scopeEntries = (scope: ReturnType<typeof cacheScope>) => cacheService.entries.filter((e) => e.finalized && e.key.startsWith(cacheKeyPrefix(scope)));

test('a second run of the same files asks the service nothing, judges again, and a changed policy takes effect', async () => {
  const { workspace, runnerTemp } = await setUp();
  const scope = cacheScope('virustotal', server.url);

  const first = await gate(workspace, runnerTemp);
  expect(first.exitCode).toBe(1);
  expect(statuses(first)).toEqual({ 'dist/app.js': 'clean', 'dist/bad.exe': 'malicious', 'dist/copy.js': 'clean', 'dist/new.bin': 'unknown' });
  expect(server.requests.map((r) => r.sha256).sort()).toEqual([sha.bad, sha.good, sha.fresh].sort());
  expect(first.report.cache).toMatchObject({ reused: 0, lookedUp: 3, oldestFetchedAt: null, problems: [] });
  expect(first.report.artifacts.every((a: any) => a.cachedAt === null)).toBe(true);
  expect(scopeEntries(scope)).toHaveLength(1);
  expect(cacheService.calls.every((call) => call.authorization === `Bearer ${cacheService.token}`)).toBe(true);

  server.requests.length = 0;
  const second = await gate(workspace, runnerTemp);
  expect(server.requests).toEqual([]);
  expect(second.exitCode).toBe(1);
  expect(statuses(second)).toEqual(statuses(first));
  expect(second.outputs).toMatchObject({ result: 'fail', malicious: '1', unknown: '1' });
  expect(second.report.cache).toMatchObject({ reused: 3, lookedUp: 0, problems: [] });
  const secondByPath = Object.fromEntries(second.report.artifacts.map((a: any) => [a.path, a]));
  expect(secondByPath['dist/bad.exe']).toMatchObject({ stats: first.report.artifacts.find((a: any) => a.path === 'dist/bad.exe').stats, threatNames: ['Trojan.A', 'Trojan.B'] });
  for (const artifact of second.report.artifacts) expect(Date.parse(artifact.cachedAt)).toBeLessThanOrEqual(Date.parse(second.report.generatedAt));
  expect(second.stdout).toContain('Verdict cache: 3 of 3 unique hashes from the cache (up to ');
  expect(second.stdout).toContain(', 0 looked up.');
  expect(second.summary).toContain('<p><sub>Verdict cache: 3 of 3 unique hashes from the cache (up to ');

  // The same cached report, judged by a new policy: two engines allowed, one of them ignored.
  const relaxed = await gate(workspace, runnerTemp, { 'max-malicious': '1', 'ignore-engines': 'EngineB', 'on-unknown': 'pass' });
  expect(server.requests).toEqual([]);
  expect(relaxed.exitCode).toBe(0);
  expect(statuses(relaxed)['dist/bad.exe']).toBe('clean');
  const strict = await gate(workspace, runnerTemp, { 'on-unknown': 'fail', allow: `${sha.bad} vetted` });
  expect(server.requests).toEqual([]);
  expect(strict.exitCode).toBe(1);
  expect(statuses(strict)).toMatchObject({ 'dist/bad.exe': 'allowed', 'dist/new.bin': 'unknown' });
  expect(strict.outputs.result).toBe('fail');
}, 90_000);

test('`cache: false` neither restores nor saves', async () => {
  const { workspace, runnerTemp } = await setUp();
  const callsBefore = cacheService.calls.length;
  const run = await gate(workspace, runnerTemp, { cache: 'false' });
  expect(run.exitCode).toBe(1);
  expect(cacheService.calls.length).toBe(callsBefore);
  expect(run.report.cache).toBeNull();
  expect(server.requests).toHaveLength(3);
});

test('a run that may only read the cache (ACTIONS_CACHE_MODE=read) restores, and saves nothing without a warning', async () => {
  const { workspace, runnerTemp } = await setUp();
  await gate(workspace, runnerTemp);
  server.requests.length = 0;
  await writeFile(path.join(workspace, 'dist', 'another.bin'), 'another build');
  const callsBefore = cacheService.calls.length;

  const run = await gate(workspace, runnerTemp, {}, { ...cacheService.env, ACTIONS_CACHE_MODE: 'read' });
  expect(server.requests.map((r) => r.sha256)).toEqual([sha256Of('another build')]);
  expect(run.report.cache).toMatchObject({ reused: 3, lookedUp: 1, problems: [] });
  expect(cacheService.calls.slice(callsBefore).map((call) => call.method)).toEqual(['GetCacheEntryDownloadURL']);
  expect(run.stdout).toContain('The verdict cache is not saved: this run may not write the cache (ACTIONS_CACHE_MODE=read).');
  expect(warnings(run).filter((message) => /cache/i.test(message))).toEqual([]);
}, 60_000);

describe('entries written by an earlier run', () => {
  /** Saves `text` as the newest cache entry of the scope, with the real @actions/cache, as a run would. */
  async function plant(workspace: string, runnerTemp: string, text: string): Promise<void> {
    const scope = cacheScope('virustotal', server.url);
    const dir = path.join(runnerTemp, `${ACTION_NAME}-cache`, scope.key);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'verdicts.json'), text);
    const script = `const cache = await import(${JSON.stringify(import.meta.resolve('@actions/cache'))}); process.exitCode = (await cache.saveCache([${JSON.stringify(dir)}], ${JSON.stringify(`${cacheKeyPrefix(scope)}planted-${++runNumber}`)})) === -1 ? 1 : 0;`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      cwd: workspace,
      env: { PATH: process.env.PATH ?? '', HOME: os.homedir(), ...cacheService.env, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const [code] = await once(child, 'close');
    expect(code, output).toBe(0);
    await rm(dir, { recursive: true, force: true });
  }

  const answer = (kind: 'found' | 'unknown', sha256: string, ageMs: number, body?: unknown): [string, CachedAnswer] => {
    const fetchedAt = new Date(Date.now() - ageMs);
    return [sha256, kind === 'found' ? { kind, fetchedAt, report: parseFileReport(body, sha256) } : { kind, fetchedAt }];
  };

  test('an answer older than its max age is fetched again; a young one is reused', async () => {
    const { workspace, runnerTemp } = await setUp();
    const scope = cacheScope('virustotal', server.url);
    // Clean when fetched 25 hours ago; the service now says malicious. Unknown 2 hours ago; good 23 hours ago.
    const entries = new Map([
      answer('found', sha.bad, 25 * HOUR, fileReport({ sha256: sha.bad })),
      answer('unknown', sha.fresh, 2 * HOUR),
      answer('found', sha.good, 23 * HOUR, fileReport({ sha256: sha.good })),
    ]);
    await plant(workspace, runnerTemp, encodeCache(scope, entries));

    const run = await gate(workspace, runnerTemp);
    expect(server.requests.map((r) => r.sha256).sort()).toEqual([sha.bad, sha.fresh].sort());
    expect(statuses(run)).toEqual({ 'dist/app.js': 'clean', 'dist/bad.exe': 'malicious', 'dist/copy.js': 'clean', 'dist/new.bin': 'unknown' });
    expect(run.report.cache).toMatchObject({ reused: 1, lookedUp: 2 });
    expect(run.stdout).toContain('Verdict cache: 1 of 3 unique hashes from the cache (up to 23 h old), 2 looked up.');

    // What was fetched replaced what had expired: the next run with shorter ages still asks for none of it.
    server.requests.length = 0;
    const next = await gate(workspace, runnerTemp, { 'cache-max-age-hours': '1' });
    expect(server.requests.map((r) => r.sha256)).toEqual([sha.good]);
    expect(next.report.cache).toMatchObject({ reused: 2, lookedUp: 1 });

    // 0 reuses nothing.
    server.requests.length = 0;
    await gate(workspace, runnerTemp, { 'cache-max-age-hours': '0', 'cache-unknown-max-age-hours': '0' });
    expect(server.requests).toHaveLength(3);
  }, 90_000);

  test.each([
    ['not JSON', () => '{"schema": "artifact-reputation-gate/verdict-cache", "entr', 'it is not JSON'],
    ['another origin', () => encodeCache({ ...cacheScope('virustotal', 'https://example.com/api/v3') }, new Map()), 'not of virustotal at http://127.0.0.1'],
    [
      'a report for another hash under this one (a clean report planted for a malicious file)',
      () => encodeCache(cacheScope('virustotal', server.url), new Map([answer('found', sha.good, HOUR, fileReport({ sha256: sha.good }))])).replace(sha.good, sha.bad),
      'is not a valid report',
    ],
    ['an answer fetched in the future', () => encodeCache(cacheScope('virustotal', server.url), new Map([answer('unknown', sha.bad, -48 * HOUR)])), 'was fetched in the future'],
  ])(
    'a corrupt or foreign cache (%s) is ignored with a warning, never trusted',
    async (_, text, reason) => {
      const { workspace, runnerTemp } = await setUp();
      await plant(workspace, runnerTemp, text());

      const run = await gate(workspace, runnerTemp);
      expect(run.exitCode).toBe(1);
      expect(statuses(run)['dist/bad.exe']).toBe('malicious');
      expect(server.requests).toHaveLength(3);
      const warning = warnings(run).find((message) => message.startsWith('The verdict cache was ignored, not trusted'));
      expect(warning).toContain(reason);
      expect(run.report.cache.problems).toEqual([warning]);
      expect(run.report.cache).toMatchObject({ reused: 0, lookedUp: 3 });
    },
    60_000,
  );
});

describe('a cache service that fails', () => {
  afterAll(() => {
    cacheService.mode = 'up';
  });

  test('an unreachable one only warns', async () => {
    const { workspace, runnerTemp } = await setUp();
    const closed = await VtServer.start();
    const url = `http://127.0.0.1:${closed.port}/`;
    await closed.close(); // nothing listens there now
    const run = await gate(workspace, runnerTemp, {}, { ...cacheService.env, ACTIONS_RESULTS_URL: url });
    expect(run.exitCode).toBe(1);
    expect(statuses(run)).toEqual({ 'dist/app.js': 'clean', 'dist/bad.exe': 'malicious', 'dist/copy.js': 'clean', 'dist/new.bin': 'unknown' });
    expect(warnings(run).some((message) => message.includes('Failed to restore'))).toBe(true);
    expect(warnings(run).some((message) => message.startsWith('The verdict cache could not be saved'))).toBe(true);
    // The errors are the gate's own, about the malicious file; none is about the cache.
    const errors = run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((message) => message.includes('dist/bad.exe') && !/cache/i.test(message))).toBe(true);
  });

  test.each([
    ['hangs', 'hang'],
    ['answers 500 (retried by @actions/cache longer than the gate waits)', 'down'],
  ] as const)(
    'one that %s is given up after a short wait, and the gate still judges',
    async (_, mode) => {
      const { workspace, runnerTemp } = await setUp();
      cacheService.mode = mode;
      const run = await gate(workspace, runnerTemp);
      cacheService.mode = 'up';
      expect(run.exitCode).toBe(1);
      expect(statuses(run)['dist/bad.exe']).toBe('malicious');
      expect(server.requests).toHaveLength(3);
      expect(warnings(run)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^The verdict cache could not be restored \(the cache service did not answer within 10 s\)/),
          expect.stringMatching(/^The verdict cache could not be saved \(the cache service did not answer the restore/),
        ]),
      );
    },
    60_000,
  );
});
