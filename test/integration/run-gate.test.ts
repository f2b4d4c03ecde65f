// runGate without a runner: the core with its ports, a plain listing port, against the sandbox server.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { httpTransport } from '../../src/adapters/http.ts';
import type { ArtifactList, Glob } from '../../src/core/listing.ts';
import { runGate, type GateOptions, type GatePorts, type HashingDone } from '../../src/core/run-gate.ts';
import { gateOptions } from '../support/gate-options.ts';
import { DEFAULT_ARCHIVE_LIMITS } from '../../src/core/archives/limits.ts';
import { elf, zipOf } from '../support/archives.ts';
import { defaultPolicy } from '../support/policy.ts';
import { fileReport, hashesOf, sha256Of, urlFixtureReport } from '../support/reports.ts';
import { parseUrlList } from '../../src/core/url-list.ts';
import { explain } from '../../src/report/failure.ts';
import { VtServer } from '../support/vt-server.ts';
import { makeWorkspace } from '../support/workspace.ts';

const KEY = 'run-gate-key';
let server: VtServer;

beforeAll(async () => {
  server = await VtServer.start({ apiKeys: [KEY] });
  server.reports.set(sha256Of('bad'), fileReport({ sha256: sha256Of('bad'), malicious: { EngineA: 'Trojan.Test' } }));
  server.reports.set(sha256Of('good'), fileReport({ sha256: sha256Of('good') }));
});
afterAll(async () => {
  await server.close();
});

/** A listing port that is not @actions/glob: every file of the directory the pattern names, no wildcards. */
const listDirectory: Glob = async (patterns) => {
  const directory = patterns.trim();
  return { paths: (await readdir(directory)).map((name) => path.join(directory, name)), brokenLinks: [], followsLinks: true };
};

function recordingPorts() {
  const events = { listed: [] as ArtifactList[], hashed: [] as HashingDone[], debug: [] as string[] };
  const ports: GatePorts = {
    glob: listDirectory,
    http: httpTransport({}),
    log: { debug: (message) => events.debug.push(message) },
    progress: { listed: (list) => events.listed.push(list), hashed: (done) => events.hashed.push(done), lookups: () => {} },
  };
  return { ports, events };
}

function options(workspace: string, overrides: Partial<GateOptions> = {}): GateOptions {
  return gateOptions(workspace, server.url, KEY, { userAgent: 'run-gate-test', ...overrides });
}

test('lists through the port, looks each unique hash up once, and returns the judgement as data', async () => {
  const workspace = await makeWorkspace({ 'dist/bad.exe': 'bad', 'dist/app.js': 'good', 'dist/copy.js': 'good', 'dist/new.bin': 'never seen' });
  server.requests.length = 0;
  const { ports, events } = recordingPorts();

  const { judgement, skipped } = await runGate(options(workspace), ports);

  expect(judgement.result).toBe('fail');
  expect(Object.fromEntries(judgement.results.map((r) => [r.artifact.displayPath, r.status]))).toEqual({
    'dist/app.js': 'clean',
    'dist/bad.exe': 'malicious',
    'dist/copy.js': 'clean',
    'dist/new.bin': 'unknown',
  });
  expect(judgement.counts).toMatchObject({ scanned: 4, uniqueHashes: 3, malicious: 1, clean: 2, unknown: 1 });
  expect(skipped).toEqual([]);
  expect(server.requests.map((r) => r.sha256).sort()).toEqual([sha256Of('bad'), sha256Of('good'), sha256Of('never seen')].sort());
  expect(new Set(server.requests.map((r) => r.userAgent))).toEqual(new Set(['run-gate-test']));
  expect(events.listed.map((list) => list.artifacts.map((a) => a.displayPath))).toEqual([['dist/app.js', 'dist/bad.exe', 'dist/copy.js', 'dist/new.bin']]);
  expect(events.hashed).toEqual([{ uniqueHashes: 3, requestsPerMinute: 0, estimateMs: 0 }]);
  expect(events.debug.some((line) => line.startsWith('Looked up every hash'))).toBe(true);
});

test('no files: nothing is sent, and if-no-files-found=error fails the judgement', async () => {
  const workspace = await makeWorkspace({ 'dist/.keep': '' });
  server.requests.length = 0;
  const { ports } = recordingPorts();
  const { judgement } = await runGate(options(workspace, { patterns: path.join(workspace, 'empty-dir-that-is-not-there'), policy: defaultPolicy({ ifNoFilesFound: 'error' }) }), {
    ...ports,
    glob: async () => ({ paths: [], brokenLinks: [], followsLinks: true }),
  });

  expect(judgement).toMatchObject({ result: 'fail', results: [] });
  expect(server.requests).toEqual([]);
});

test('URLs without files: nothing is listed or read, only the URLs are asked, and if-no-files-found=error does not apply', async () => {
  const workspace = await makeWorkspace({ 'dist/bad.exe': 'bad' });
  const phishing = 'http://login-verify.example.net/secure/only-urls.php';
  server.addUrlReport(phishing, urlFixtureReport('malicious-phishing', phishing));
  server.requests.length = 0;
  const { ports, events } = recordingPorts();
  const urls = parseUrlList(`${phishing}\nhttps://fresh.example.com/only-urls.sh`, { input: 'urls' }, 'Input `urls`');
  const glob: Glob = async () => {
    throw new Error('a URL-only run lists nothing');
  };

  const { judgement } = await runGate(options(workspace, { patterns: '', urls, policy: defaultPolicy({ ifNoFilesFound: 'error', maxMalicious: 7 }) }), { ...ports, glob });

  expect(judgement).toMatchObject({ result: 'pass', results: [], urlsOnly: true, counts: { scanned: 0 } });
  expect(judgement.urls?.map((r) => r.status)).toEqual(['clean', 'unknown']);
  expect(server.requests.map((r) => r.sha256 ?? r.urlId).sort()).toEqual(urls.map((item) => Buffer.from(item.url).toString('base64url')).sort());
  expect(events.listed).toEqual([{ artifacts: [], skipped: [] }]);
  expect(events.hashed).toEqual([{ uniqueHashes: 0, urls: 2, requestsPerMinute: 0, estimateMs: 0 }]);
  // The same policy still fails a URL over its threshold.
  const strict = await runGate(options(workspace, { patterns: '', urls, policy: defaultPolicy({ ifNoFilesFound: 'error' }) }), { ...ports, glob });
  expect(explain(strict.judgement, defaultPolicy({ ifNoFilesFound: 'error' }), 'VirusTotal').failureMessage).toBe(
    '1 of 2 URLs exceeds max-malicious=0: hxxp://login-verify[.]example[.]net/secure/only-urls.php (7/13)',
  );
});

test('hashes instead of files: each looked up as given (MD5, SHA-1, SHA-256), none read, the allow list applied by the SHA-256 the report proves', async () => {
  const bad = hashesOf('bad by md5');
  const good = hashesOf('good by sha1');
  server.reports.set(bad.sha256, fileReport({ ...bad, malicious: { EngineA: 'Trojan.Test' } }));
  server.reports.set(good.sha256, fileReport({ ...good }));
  const allowed = hashesOf('allowed by md5');
  server.reports.set(allowed.sha256, fileReport({ ...allowed, malicious: { EngineB: 'FalsePositive' } }));
  const unknownSha1 = hashesOf('never seen').sha1;
  const { ports, events } = recordingPorts();
  const before = server.requests.length;
  const workspace = await makeWorkspace();

  const { judgement } = await runGate(
    options(workspace, {
      policy: defaultPolicy({ allow: { [allowed.sha256]: 'vendor tool' } }),
      hashes: [
        { hash: bad.md5.toUpperCase(), kind: 'md5' },
        { hash: good.sha1, kind: 'sha1' },
        { hash: allowed.md5, kind: 'md5' },
        { hash: unknownSha1, kind: 'sha1' },
        { hash: sha256Of('bad'), kind: 'sha256' },
      ],
    }),
    ports,
  );

  expect(
    server.requests
      .slice(before)
      .map((r) => r.path.split('/').at(-1))
      .sort(),
  ).toEqual([bad.md5, good.sha1, allowed.md5, unknownSha1, sha256Of('bad')].sort());
  expect(judgement.results.map((r) => [r.artifact.displayPath, r.status, r.sha256])).toEqual([
    [bad.md5, 'malicious', bad.sha256],
    [good.sha1, 'clean', good.sha256],
    [allowed.md5, 'allowed', allowed.sha256],
    [unknownSha1, 'unknown', null],
    [sha256Of('bad'), 'malicious', sha256Of('bad')],
  ]);
  expect(judgement.result).toBe('fail');
  expect(events.listed[0]!.artifacts.every((a) => a.hash !== undefined && a.absolutePath === '')).toBe(true);
  expect(events.hashed).toEqual([{ uniqueHashes: 5, requestsPerMinute: 0, estimateMs: 0 }]);
});

test('members of archives are looked up with everything else, and the estimate after hashing counts them', async () => {
  const zip = await zipOf({ 'lib/a.so': elf('run-gate a'), 'lib/b.so': elf('run-gate b'), 'lib/again.so': elf('run-gate a') });
  const workspace = await makeWorkspace({ 'dist/app.zip': zip, 'dist/notes.txt': 'notes' });
  const archives = { members: 'binaries' as const, limits: DEFAULT_ARCHIVE_LIMITS };

  const whole = recordingPorts();
  await runGate(options(workspace), whole.ports);
  expect(whole.events.hashed.map((done) => done.uniqueHashes)).toEqual([2]);

  const opened = recordingPorts();
  const { judgement } = await runGate(options(workspace, { archives }), opened.ports);
  expect(opened.events.hashed.map((done) => done.uniqueHashes)).toEqual([4]); // the zip, notes.txt, a.so (twice) and b.so
  // Each archive is followed by its members (in the archive's order), then the next file.
  const paths = judgement.results.map((r) => r.artifact.displayPath);
  expect([paths[0], paths[4]]).toEqual(['dist/app.zip', 'dist/notes.txt']);
  expect(paths.slice(1, 4).sort()).toEqual(['dist/app.zip!/lib/a.so', 'dist/app.zip!/lib/again.so', 'dist/app.zip!/lib/b.so']);
});
