// `npm run bench`: the bundled action measured the way a workflow runs it (node dist/index.js with
// INPUT_* and cwd = workspace, through test/support/runner.ts) against the test server on 127.0.0.1,
// each figure beside a reference measured in the same run. Action and reference runs are interleaved
// (action, reference, action, reference, …) after one warm-up of each, and the table shows medians:
// the machines this runs on are noisy, and interleaving spreads the noise over both sides.
//
// It reports; it never fails. A missed target is a "no" in the table, and the exit code stays 0
// (only a machine that cannot run the bench at all, e.g. without openssl or disk space, exits 1).
// Big files are written to a temporary directory and removed at the end.
import { execFileSync, spawn } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, open, readdir, rm, statfs } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SlidingWindow } from '../../src/core/reputation/pacing.ts';
import { FakeCacheService } from '../support/cache-service.ts';
import { limitedRun } from '../support/limits.ts';
import { fileReport, sha256Of } from '../support/reports.ts';
import { BUNDLE, REPO_ROOT, runAction, type ActionRun } from '../support/runner.ts';
import { VtServer } from '../support/vt-server.ts';
import { countByReaddir } from './readdir-walk.ts';

const KEY = 'bench-key-0123456789';
const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const SEQUENTIAL = path.join(REPO_ROOT, 'test', 'bench', 'sequential.ts');
const READDIR_WALK = path.join(REPO_ROOT, 'test', 'bench', 'readdir-walk.ts');

/** Rounds per row (after one warm-up of each side); odd, so a median is one run. BENCH_ROUNDS=n sets them all. */
const ROUNDS_OVERRIDE = Number(process.env.BENCH_ROUNDS) || 0;
const ROUNDS =
  ROUNDS_OVERRIDE > 0
    ? {
        hash: ROUNDS_OVERRIDE,
        many: ROUNDS_OVERRIDE,
        small: ROUNDS_OVERRIDE,
        lookups: ROUNDS_OVERRIDE,
        memory: ROUNDS_OVERRIDE,
        treeMemory: ROUNDS_OVERRIDE,
        startup: ROUNDS_OVERRIDE,
        cache: ROUNDS_OVERRIDE,
        archives: ROUNDS_OVERRIDE,
      }
    : { hash: 7, many: 5, small: 3, lookups: 5, memory: 3, treeMemory: 3, startup: 11, cache: 5, archives: 3 };
const HASH_FILE_BYTES = 512 * MiB;
const MANY_FILES = 5_000;
const SMALL_FILES = 50_000;
const LOOKUP_FILES = 400;
const LOOKUP_LATENCY_MS = 25;
/** The lookup limit row of issue 16: many requests in flight, where the scheduler's own overhead shows. */
const HIGH_CONCURRENCY = 16;
/** Memory of a big tree: the action at TREE_FILES / 2 and at TREE_FILES files of 1 KiB, the difference per artifact. */
const TREE_FILES = 100_000;
/** A release on a free VirusTotal key: 120 artifacts at 4 requests a minute. */
const CACHE_FILES = 120;
const FREE_KEY_RPM = 4;
const DEFAULT_CONCURRENCY = 4;
const ARCHIVE_MEMBER_BYTES = 5 * MiB + 120 * 1024; // 200 of them: 1 GiB
const ELF_MAGIC = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
/** The most the temporary directory holds at once: the archives row (members, zip, tar.gz: 3 GiB), with room to spare. */
const DISK_NEEDED = Math.max(2 * GiB + 256 * MiB, 3 * GiB) + 512 * MiB;

interface Row {
  what: string;
  measured: string;
  reference: string;
  ratio: string;
  target: string;
  met: boolean;
}

const rows: Row[] = [];
const failures: string[] = [];
const benchStarted = performance.now();

const machine = describeMachine();
for (const tool of ['openssl', 'sha256sum', 'python3']) {
  try {
    execFileSync(tool, [tool === 'openssl' ? 'version' : '--version'], { stdio: 'ignore' });
  } catch {
    console.error(`The bench needs ${tool} on PATH.`);
    process.exit(1);
  }
}
const tmp = await mkdtemp(path.join(os.tmpdir(), 'arg-bench-'));
const free = await statfs(tmp).then((info) => info.bavail * info.bsize);
if (free < DISK_NEEDED) {
  await rm(tmp, { recursive: true, force: true });
  console.error(`The bench needs ${gib(DISK_NEEDED)} free in ${os.tmpdir()}; it has ${gib(free)}.`);
  process.exit(1);
}
const server = await VtServer.start({ apiKeys: [KEY] });
const slowServer = await VtServer.start({ apiKeys: [KEY], latencyMs: LOOKUP_LATENCY_MS });

/** BENCH_ONLY=small,startup runs only the rows whose names contain one of those words. */
const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const benches = {
  hash: benchHashing,
  many: benchManyFiles,
  small: benchSmallFiles,
  lookups: benchLookups,
  memory: benchMemory,
  treememory: benchTreeMemory,
  startup: benchStartup,
  cache: benchCache,
  archives: benchArchives,
};
try {
  for (const [name, bench] of Object.entries(benches)) if (only.length === 0 || only.some((word) => name.includes(word))) await bench();
} finally {
  await server.close();
  await slowServer.close();
  await rm(tmp, { recursive: true, force: true });
  // limitedRun leaves its one-number result files behind: ours carry our pid.
  for (const name of await readdir(os.tmpdir())) {
    if (name.startsWith(`arg-rss-${process.pid}-`)) await rm(path.join(os.tmpdir(), name), { force: true });
  }
}

const totalS = (performance.now() - benchStarted) / 1000;
console.log(`\nMachine: ${machine.line}`);
console.log(`Bench: medians of interleaved runs (action, reference, …) after one warm-up each; took ${Math.round(totalS)} s.\n`);
console.log(renderTable(rows));
if (failures.length > 0) {
  console.log('\nRuns that did not do what was asked (their rows are marked "no"):');
  for (const failure of failures) console.log(`- ${failure}`);
}

// ── Rows ─────────────────────────────────────────────────────────────────────────────────────────

/** 2 × 512 MiB, unknown to the service: the action against openssl and sha256sum, one process per file. */
async function benchHashing(): Promise<void> {
  const workspace = path.join(tmp, 'hash');
  const files = [path.join(workspace, 'dist', 'app-linux-x64.tar'), path.join(workspace, 'dist', 'app-windows-x64.zip')];
  progress(`hash-bound: writing 2 × ${HASH_FILE_BYTES / MiB} MiB`);
  for (const file of files) await writeRandomFile(file, HASH_FILE_BYTES);

  const action = () => actionRun('hash-bound', workspace, { files: 'dist/**' }, { scanned: '2', unknown: '2' });
  const parallel = (tool: string, args: string[]) => async () => {
    const started = performance.now();
    const results = await Promise.all(files.map((file) => command(tool, [...args, file])));
    const ms = performance.now() - started;
    for (const result of results) if (result.code !== 0) failures.push(`hash-bound: ${tool} exited ${result.code}: ${result.stderr.trim()}`);
    return ms;
  };
  // Both references must agree with the action's report, or the comparison means nothing.
  const opensslOut = await Promise.all(files.map((file) => command('openssl', ['dgst', '-sha256', '-r', file])));
  const expected = new Set(opensslOut.map((result) => result.stdout.split(' ')[0]));
  const checked = await runAction(actionOptions(workspace, { files: 'dist/**' }, server));
  const reported = new Set<string>((checked.report?.artifacts ?? []).map((artifact: { sha256: string }) => artifact.sha256));
  if ([...expected].some((hash) => !reported.has(hash as string))) failures.push("hash-bound: the action's hashes differ from openssl's");

  const [actionMs, opensslMs, sha256sumMs] = await interleave('hash-bound', ROUNDS.hash, {
    'action ms': action,
    'openssl ms': parallel('openssl', ['dgst', '-sha256']),
    'sha256sum ms': parallel('sha256sum', []),
  });
  const a = median(actionMs);
  const ssl = median(opensslMs);
  const sum = median(sha256sumMs);
  rows.push({
    what: `hash-bound: 2 artifacts of ${HASH_FILE_BYTES / MiB} MiB, all unknown to the service`,
    measured: seconds(a),
    reference: `\`openssl dgst -sha256\`, one process per file, in parallel: ${seconds(ssl)}`,
    ratio: (a / ssl).toFixed(2),
    target: '≤ 1.15',
    met: a / ssl <= 1.15 && !failed('hash-bound'),
  });
  rows.push({
    what: 'the same, for users',
    measured: seconds(a),
    reference: `\`sha256sum\`, one process per file, in parallel: ${seconds(sum)}`,
    ratio: (a / sum).toFixed(2),
    target: 'report (expect well under 0.5)',
    met: a / sum < 0.5 && !failed('hash-bound'),
  });
  await rm(workspace, { recursive: true, force: true });
}

/** 5,000 unique files of 4–64 KiB, the service answering at once: files per second of the whole scan. */
async function benchManyFiles(): Promise<void> {
  const workspace = path.join(tmp, 'many');
  progress(`many files: writing ${MANY_FILES.toLocaleString('en')} files of 4–64 KiB`);
  await writeSmallFiles(path.join(workspace, 'dist'), MANY_FILES, 4 * 1024, 64 * 1024);

  const action = () => actionRun('many files', workspace, { files: 'dist/**' }, { scanned: String(MANY_FILES), unknown: String(MANY_FILES) });
  const loop = () => sequentialRun(path.join(workspace, 'dist'), server, MANY_FILES, 'many files');
  const [actionMs, loopMs] = await interleave('many files', ROUNDS.many, { 'action ms': action, 'loop ms': loop });
  const a = median(actionMs);
  const l = median(loopMs);
  const filesPerSecond = MANY_FILES / (a / 1000);
  rows.push({
    what: `many files: ${MANY_FILES.toLocaleString('en')} files of 4–64 KiB, service answering at once`,
    measured: `${seconds(a)} = ${Math.round(filesPerSecond).toLocaleString('en')} files/s`,
    reference: `hand-written sequential loop: ${seconds(l)} = ${Math.round(MANY_FILES / (l / 1000)).toLocaleString('en')} files/s`,
    ratio: (a / l).toFixed(2),
    target: '≥ 6,000 files/s',
    met: filesPerSecond >= 6_000 && !failed('many files'),
  });
  await rm(workspace, { recursive: true, force: true });
}

/**
 * 50,000 unique files of 1 KiB: the whole scan against `find` piped to parallel `openssl dgst`, and the
 * action's listing (from its debug line) against a bare recursive readdir of the same tree, in a fresh
 * process (the target's reference, like for like) and in the bench's own warm one (reported beside it).
 */
async function benchSmallFiles(): Promise<void> {
  const workspace = path.join(tmp, 'small');
  const dist = path.join(workspace, 'dist');
  progress(`small files: writing ${SMALL_FILES.toLocaleString('en')} files of 1 KiB`);
  await writeSmallFiles(dist, SMALL_FILES, 1024, 1024);

  const listingMs: number[] = [];
  const action = async () => {
    const run = await runAction(actionOptions(workspace, { files: 'dist/**' }, server));
    check('small files', run, { scanned: String(SMALL_FILES), unknown: String(SMALL_FILES) });
    const listed = /::debug::Listed \d+ artifacts in (\d+) ms/.exec(run.stdout);
    if (listed) listingMs.push(Number(listed[1]));
    else failures.push('small files: the action printed no listing time');
    return run.durationMs;
  };
  const find = async () => {
    const result = await command('bash', ['-c', `find dist -type f -print0 | xargs -0 -P${os.availableParallelism()} -n 1000 openssl dgst -sha256 | wc -l`], workspace);
    if (result.code !== 0 || Number(result.stdout.trim()) !== SMALL_FILES) failures.push(`small files: find | openssl printed ${result.stdout.trim()} lines: ${result.stderr.trim().slice(0, 300)}`);
    return result.ms;
  };
  const walk = async () => {
    const started = performance.now();
    const count = countByReaddir(dist);
    if (count !== SMALL_FILES) failures.push(`small files: the bare walk counted ${count} files`);
    return performance.now() - started;
  };
  // Like for like: the action lists in a fresh process (code not yet optimised, heap not yet grown),
  // so the reference is the same walk in a fresh process, timed from inside as the action times its listing.
  const freshWalk = async () => {
    const result = await command(process.execPath, [READDIR_WALK, dist]);
    const walked = JSON.parse(result.stdout || '{}') as { files?: number; ms?: number };
    if (result.code !== 0 || walked.files !== SMALL_FILES)
      failures.push(`small files: the bare walk in a fresh process exited ${result.code} with ${result.stdout.trim()} ${result.stderr.trim().slice(0, 300)}`);
    return walked.ms ?? NaN;
  };
  const [actionMs, findMs, walkMs, freshWalkMs] = await interleave('small files', ROUNDS.small, {
    'action ms': action,
    'find | openssl ms': find,
    'readdir walk ms': walk,
    'readdir walk, fresh process ms': freshWalk,
  });
  const a = median(actionMs);
  const f = median(findMs);
  const listing = median(listingMs.slice(1)); // the warm-up's listing is left out, as its time is
  const w = median(walkMs);
  const fw = median(freshWalkMs);
  rows.push({
    what: `small files: ${SMALL_FILES.toLocaleString('en')} files of 1 KiB, service answering at once`,
    measured: `${seconds(a)} = ${Math.round(SMALL_FILES / (a / 1000)).toLocaleString('en')} files/s`,
    reference: `\`find\` piped to \`xargs -P${os.availableParallelism()} openssl dgst -sha256\` (hashing only): ${seconds(f)}`,
    ratio: (a / f).toFixed(2),
    target: 'report',
    met: !failed('small files'),
  });
  rows.push({
    what: 'listing (the same action runs, from its debug line)',
    measured: `${Math.round(listing)} ms`,
    reference: `a bare recursive \`readdirSync(withFileTypes)\` of the tree in a fresh \`node\`, timed inside: ${Math.round(fw)} ms`,
    ratio: (listing / fw).toFixed(2),
    target: '≤ 2',
    met: listing / fw <= 2 && !failed('small files'),
  });
  rows.push({
    what: 'listing, against a warm process (the same runs)',
    measured: `${Math.round(listing)} ms`,
    reference: `the same walk in the bench's process, already warm: ${Math.round(w)} ms`,
    ratio: (listing / w).toFixed(2),
    target: 'report',
    met: !failed('small files'),
  });
  await rm(workspace, { recursive: true, force: true });
}

/** 400 small artifacts, 25 ms per answer, pacing off: the default concurrency against a loop. */
async function benchLookups(): Promise<void> {
  const workspace = path.join(tmp, 'lookups');
  progress(`lookup-bound: writing ${LOOKUP_FILES} small files`);
  await writeSmallFiles(path.join(workspace, 'dist'), LOOKUP_FILES, 1024, 16 * 1024);

  const action = async () => {
    const before = slowServer.requests.length;
    const ms = await actionRun('lookup-bound', workspace, { files: 'dist/**' }, { scanned: String(LOOKUP_FILES), unknown: String(LOOKUP_FILES) }, slowServer);
    if (slowServer.requests.length - before !== LOOKUP_FILES) failures.push(`lookup-bound: ${slowServer.requests.length - before} requests for ${LOOKUP_FILES} unique hashes`);
    return ms;
  };
  const loop = () => sequentialRun(path.join(workspace, 'dist'), slowServer, LOOKUP_FILES, 'lookup-bound');
  const [actionMs, loopMs] = await interleave('lookup-bound', ROUNDS.lookups, { 'action ms': action, 'loop ms': loop });
  const a = median(actionMs);
  const l = median(loopMs);
  const limit = (LOOKUP_FILES * LOOKUP_LATENCY_MS) / DEFAULT_CONCURRENCY;
  rows.push({
    what: `lookup-bound: ${LOOKUP_FILES} small artifacts, service latency ${LOOKUP_LATENCY_MS} ms, \`requests-per-minute: 0\`, default concurrency (${DEFAULT_CONCURRENCY})`,
    measured: seconds(a),
    reference: `hand-written sequential loop (hash, GET, next file): ${seconds(l)}`,
    ratio: (a / l).toFixed(2),
    target: '≤ 0.30',
    met: a / l <= 0.3 && !failed('lookup-bound'),
  });
  rows.push({
    what: 'lookup limit (the same action runs)',
    measured: seconds(a),
    reference: `N × latency / concurrency = ${LOOKUP_FILES} × ${LOOKUP_LATENCY_MS} ms / ${DEFAULT_CONCURRENCY}: ${seconds(limit)}`,
    ratio: (a / limit).toFixed(2),
    target: '≤ 1.2',
    met: a / limit <= 1.2 && !failed('lookup-bound'),
  });

  const row = 'lookup-bound 16';
  const many = async () => {
    const before = slowServer.requests.length;
    const ms = await actionRun(row, workspace, { files: 'dist/**', concurrency: String(HIGH_CONCURRENCY) }, { scanned: String(LOOKUP_FILES), unknown: String(LOOKUP_FILES) }, slowServer);
    if (slowServer.requests.length - before !== LOOKUP_FILES) failures.push(`${row}: ${slowServer.requests.length - before} requests for ${LOOKUP_FILES} unique hashes`);
    return ms;
  };
  // The floor: the same number of lookups from a bare client on raw sockets in this (warm) process, no start-up, listing or hashing.
  const floor = () => bareLookups(slowServer, LOOKUP_FILES, HIGH_CONCURRENCY);
  const [manyMs, floorMs] = await interleave(row, ROUNDS.lookups, { 'action ms': many, 'bare client ms': floor });
  const m = median(manyMs);
  const manyLimit = (LOOKUP_FILES * LOOKUP_LATENCY_MS) / HIGH_CONCURRENCY;
  const f = median(floorMs);
  rows.push({
    what: `lookup limit: ${LOOKUP_FILES} small artifacts, service latency ${LOOKUP_LATENCY_MS} ms, \`concurrency: ${HIGH_CONCURRENCY}\``,
    measured: seconds(m),
    reference: `N × latency / concurrency = ${LOOKUP_FILES} × ${LOOKUP_LATENCY_MS} ms / ${HIGH_CONCURRENCY}: ${seconds(manyLimit)}`,
    ratio: (m / manyLimit).toFixed(2),
    target: '≤ 1.2',
    met: m / manyLimit <= 1.2 && !failed(row),
  });
  rows.push({
    what: `what the service allows: the same ${LOOKUP_FILES} lookups at concurrency ${HIGH_CONCURRENCY} from a bare client on raw sockets in the bench process (no start-up, listing or hashing)`,
    measured: seconds(f),
    reference: `N × latency / concurrency: ${seconds(manyLimit)}`,
    ratio: (f / manyLimit).toFixed(2),
    target: 'report (the floor of the row above)',
    met: true,
  });
  await rm(workspace, { recursive: true, force: true });
}

/** Peak RSS (python3's getrusage of the child) while hashing one 2 GiB artifact, beside a 256 MiB one. */
async function benchMemory(): Promise<void> {
  const large = path.join(tmp, 'memory-large');
  const small = path.join(tmp, 'memory-small');
  progress('memory: writing 2 GiB and 256 MiB');
  await writeRandomFile(path.join(large, 'dist', 'disk-image.img'), 2 * GiB);
  await writeRandomFile(path.join(small, 'dist', 'disk-image.img'), 256 * MiB);

  const peak = (workspace: string) => async () => {
    const limited = limitedRun(1024);
    const run = await runAction({ ...actionOptions(workspace, { files: 'dist/**' }, server), wrapper: limited.wrapper });
    check('memory', run, { scanned: '1', unknown: '1' });
    return limited.peakRssMiB();
  };
  const [largeMiB, smallMiB] = await interleave('memory', ROUNDS.memory, { 'peak RSS MiB, 2 GiB': peak(large), 'peak RSS MiB, 256 MiB': peak(small) });
  const l = median(largeMiB);
  const s = median(smallMiB);
  rows.push({
    what: 'memory: peak RSS while hashing a 2 GiB artifact',
    measured: `${l.toFixed(0)} MiB`,
    reference: `the same with a 256 MiB artifact: ${s.toFixed(0)} MiB`,
    ratio: (l / s).toFixed(2),
    target: '≤ 160 MiB, flat (ratio ≤ 1.10)',
    met: l <= 160 && l / s <= 1.1 && !failed('memory'),
  });
  await rm(large, { recursive: true, force: true });
  await rm(small, { recursive: true, force: true });
}

/**
 * Peak RSS of whole scans of a big tree, 1 KiB files, the service answering at once: half of the
 * tree (\`dist/a/**\`) and all of it (\`dist/a/**\` and \`dist/b/**\`). The difference divided by the
 * artifacts added is what each artifact costs, whatever Node and the workers cost at rest.
 */
async function benchTreeMemory(): Promise<void> {
  const row = 'tree memory';
  const workspace = path.join(tmp, 'tree');
  const half = TREE_FILES / 2;
  progress(`${row}: writing ${TREE_FILES.toLocaleString('en')} files of 1 KiB`);
  await writeSmallFiles(path.join(workspace, 'dist', 'a'), half, 1024, 1024);
  await writeSmallFiles(path.join(workspace, 'dist', 'b'), half, 1024, 1024);
  const peak = (files: string, count: number) => async () => {
    const limited = limitedRun(1024);
    const run = await runAction({ ...actionOptions(workspace, { files }, server), wrapper: limited.wrapper, timeoutMs: 600_000 });
    check(row, run, { scanned: String(count), unknown: String(count) });
    return limited.peakRssMiB();
  };
  const [halfMiB, wholeMiB] = await interleave(row, ROUNDS.treeMemory, {
    [`peak RSS MiB, ${half}`]: peak('dist/a/**', half),
    [`peak RSS MiB, ${TREE_FILES}`]: peak('dist/a/**\ndist/b/**', TREE_FILES),
  });
  const h = median(halfMiB);
  const w = median(wholeMiB);
  const perArtifactKiB = ((w - h) * 1024) / (TREE_FILES - half);
  rows.push({
    what: `memory: peak RSS of a scan of ${TREE_FILES.toLocaleString('en')} files of 1 KiB, service answering at once`,
    measured: `${w.toFixed(0)} MiB`,
    reference: `the same scan of half of them (${half.toLocaleString('en')}): ${h.toFixed(0)} MiB`,
    ratio: (w / h).toFixed(2),
    target: '≤ 250 MiB',
    met: w <= 250 && !failed(row),
  });
  rows.push({
    what: 'memory per added artifact (the same runs)',
    measured: `${perArtifactKiB.toFixed(2)} KiB`,
    reference: `(${w.toFixed(0)} − ${h.toFixed(0)} MiB) / ${(TREE_FILES - half).toLocaleString('en')} artifacts`,
    ratio: '–',
    target: '≤ 1.5 KiB',
    met: perArtifactKiB <= 1.5 && !failed(row),
  });
  await rm(workspace, { recursive: true, force: true });
}

/** `node dist/index.js` with no file matched, beside Node itself starting and doing nothing. */
async function benchStartup(): Promise<void> {
  const workspace = path.join(tmp, 'empty');
  await mkdir(workspace, { recursive: true });
  const action = () => actionRun('start-up', workspace, { files: 'no-such-dir/**', 'if-no-files-found': 'ignore' }, { scanned: '0', result: 'pass' });
  const bare = async () => (await command(process.execPath, ['-e', ''])).ms;
  const [actionMs, bareMs] = await interleave('start-up', ROUNDS.startup, { 'action ms': action, 'node -e ms': bare });
  const a = median(actionMs);
  const b = median(bareMs);
  rows.push({
    what: `start-up: \`node dist/index.js\` (${(statSync(BUNDLE).size / MiB).toFixed(2)} MiB), no files matched (\`if-no-files-found: ignore\`)`,
    measured: `${Math.round(a)} ms (+${Math.round(a - b)} ms)`,
    reference: `Node alone (\`node -e ''\`): ${Math.round(b)} ms`,
    ratio: (a / b).toFixed(2),
    target: '≤ +45 ms over it',
    met: a - b <= 45 && !failed('start-up'),
  });
}

/**
 * The verdict cache on a free key: a re-run of 120 unchanged artifacts at 4 requests a minute,
 * through the real @actions/cache (fake cache service over Azurite), beside what the first run costs
 * at that rate. The first run fills the cache unpaced: paced, it would take half an hour, which
 * the pacing computes exactly (its estimate is the reference, not waited for).
 */
async function benchCache(): Promise<void> {
  const row = 'cache';
  const workspace = path.join(tmp, 'cache');
  await writeSmallFiles(path.join(workspace, 'dist'), CACHE_FILES, 4 * 1024, 8 * 1024);
  // Known and clean to the service, as a release's artifacts usually are by the re-run.
  for (const file of await readdir(path.join(workspace, 'dist'), { recursive: true })) {
    const full = path.join(workspace, 'dist', file);
    if (!statSync(full).isFile()) continue;
    const sha256 = sha256Of(readFileSync(full));
    server.reports.set(sha256, fileReport({ sha256 }));
  }
  const runnerTemp = path.join(tmp, 'cache-runner-temp');
  await mkdir(runnerTemp, { recursive: true });
  const cacheService = await FakeCacheService.start();
  let runId = 0;
  const run = async (inputs: Record<string, string>) => {
    const before = server.requests.length;
    const result = await runAction({ ...actionOptions(workspace, { files: 'dist/**', ...inputs }, server), env: { ...cacheService.env, RUNNER_TEMP: runnerTemp, GITHUB_RUN_ID: String(++runId) } });
    check(row, result, { scanned: String(CACHE_FILES), result: 'pass' });
    return { ms: result.durationMs, requests: server.requests.length - before };
  };
  try {
    progress(`${row}: first run (fills the cache, unpaced)`);
    const first = await run({});
    if (first.requests !== CACHE_FILES) failures.push(`${row}: the first run sent ${first.requests} requests, not ${CACHE_FILES}`);
    const reruns: number[] = [];
    let requests = 0;
    for (let round = 0; round <= ROUNDS.cache; round++) {
      progress(`${row}: ${round === 0 ? 'warm-up' : `round ${round}/${ROUNDS.cache}`}`);
      const again = await run({ 'requests-per-minute': String(FREE_KEY_RPM) });
      requests += again.requests;
      if (round > 0) reruns.push(again.ms);
    }
    progress(`${row}: re-runs [${reruns.map((ms) => ms.toFixed(0)).join(', ')}] ms, ${requests} requests`);
    const paced = first.ms + new SlidingWindow(FREE_KEY_RPM, 61_000).estimateMs(CACHE_FILES);
    const rerun = median(reruns);
    rows.push({
      what: `verdict cache: ${CACHE_FILES} unchanged artifacts at ${FREE_KEY_RPM} requests a minute, re-run (real \`@actions/cache\`, local cache service and Azurite)`,
      measured: `${seconds(rerun)}, ${requests} requests`,
      reference: `first run at that rate: ${Math.round(paced / 60_000)} min (pacing's own estimate, plus the run unpaced: ${seconds(first.ms)})`,
      ratio: (rerun / paced).toFixed(4),
      target: '0 requests, ≤ 10 s',
      met: requests === 0 && rerun <= 10_000 && !failed(row),
    });
  } finally {
    await cacheService.close();
  }
}

/**
 * Inside archives: a 1 GiB zip and a 1 GiB tar.gz of 200 members (half of them native binaries),
 * every member hashed by the action (`archive-members: all`), against unpacking them to a pipe into
 * openssl. The action also hashes the archive itself.
 */
async function benchArchives(): Promise<void> {
  const workspace = path.join(tmp, 'archives');
  const tree = path.join(tmp, 'archives-tree');
  const members = 200;
  progress(`archives: writing ${members} members of ${ARCHIVE_MEMBER_BYTES / MiB} MiB and packing them`);
  for (let i = 0; i < members; i++) {
    await writeRandomFile(path.join(tree, `m${i}.bin`), ARCHIVE_MEMBER_BYTES, i % 2 === 0 ? ELF_MAGIC : undefined);
  }
  const zip = path.join(workspace, 'dist', 'release.zip');
  const tgz = path.join(workspace, 'dist', 'release.tar.gz');
  await mkdir(path.dirname(zip), { recursive: true });
  execFileSync('zip', ['-q', '-1', '-r', '-X', zip, '.'], { cwd: tree });
  execFileSync('bash', ['-c', `tar -cf - . | gzip -1 > ${JSON.stringify(tgz)}`], { cwd: tree });
  await rm(tree, { recursive: true, force: true });

  for (const [name, file, reference] of [
    ['zip', zip, `unzip -p ${JSON.stringify(zip)} | openssl dgst -sha256`],
    ['tar.gz', tgz, `tar -xOzf ${JSON.stringify(tgz)} | openssl dgst -sha256`],
  ] as const) {
    const row = `archives ${name}`;
    const action = () => actionRun(row, workspace, { files: path.relative(workspace, file), 'archive-members': 'all' }, { scanned: String(members + 1), unknown: String(members + 1) });
    const piped = async () => {
      const result = await command('bash', ['-c', `set -o pipefail; ${reference}`]);
      if (result.code !== 0) failures.push(`${row}: the reference exited ${result.code}: ${result.stderr.trim().slice(0, 300)}`);
      return result.ms;
    };
    const [actionMs, referenceMs] = await interleave(row, ROUNDS.archives, { 'action ms': action, 'reference ms': piped });
    const a = median(actionMs);
    const r = median(referenceMs);
    rows.push({
      what: `archives: a ${gib(statSync(file).size)} ${name} of ${members} members (half native binaries), \`archive-members: all\``,
      measured: seconds(a),
      reference: `\`${reference.replace(JSON.stringify(file), name === 'zip' ? 'release.zip' : 'release.tar.gz')}\`: ${seconds(r)}`,
      ratio: (a / r).toFixed(2),
      target: '≤ 1.3',
      met: a / r <= 1.3 && !failed(row),
    });
  }
  await rm(workspace, { recursive: true, force: true });
}

// ── Running things ───────────────────────────────────────────────────────────────────────────────

function actionOptions(workspace: string, inputs: Record<string, string>, target: VtServer) {
  return {
    workspace,
    inputs: { 'api-key': KEY, 'api-url': target.url, 'requests-per-minute': '0', ...inputs },
    timeoutMs: 120_000,
  };
}

/** One whole run of the bundled action; its wall time, from spawn to exit, in ms. */
async function actionRun(row: string, workspace: string, inputs: Record<string, string>, expected: Record<string, string>, target = server): Promise<number> {
  const run = await runAction(actionOptions(workspace, inputs, target));
  check(row, run, expected);
  return run.durationMs;
}

function check(row: string, run: ActionRun, expected: Record<string, string>): void {
  const wrong = Object.entries(expected).filter(([name, value]) => run.outputs[name] !== value);
  if (run.exitCode !== 0 || wrong.length > 0) {
    failures.push(`${row}: the action exited ${run.exitCode} with ${JSON.stringify(run.outputs)}; ${run.stderr.trim().slice(0, 300)}`);
  }
}

function failed(row: string): boolean {
  return failures.some((failure) => failure.startsWith(`${row}:`));
}

/**
 * `count` lookups of made-up hashes, `concurrency` at a time, each on its own kept-alive socket:
 * request head out, answer read, next. The test server sends its 404s chunked, so an answer ends
 * with the last chunk; anything else is a failure of the row. Its wall time in ms.
 */
async function bareLookups(target: VtServer, count: number, concurrency: number): Promise<number> {
  const url = new URL(target.url);
  const started = performance.now();
  let next = 0;
  let notFound = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      const socket = net.connect({ host: url.hostname, port: Number(url.port) });
      socket.setNoDelay(true);
      try {
        while (next < count) {
          const hash = sha256Of(`bare ${next++} ${started}`);
          const answered = new Promise<string>((resolve, reject) => {
            let text = '';
            const onData = (chunk: Buffer) => {
              text += chunk.toString('latin1');
              if (!text.endsWith('\r\n0\r\n\r\n')) return;
              socket.removeListener('data', onData);
              resolve(text);
            };
            socket.on('data', onData).once('error', reject);
          });
          socket.write(`GET ${url.pathname}/files/${hash} HTTP/1.1\r\nhost: ${url.host}\r\nx-apikey: ${KEY}\r\n\r\n`, 'latin1');
          if (/^HTTP\/1\.1 404 [^]*\r\ntransfer-encoding: chunked\r\n/i.test(await answered)) notFound++;
        }
      } finally {
        socket.destroy();
      }
    }),
  );
  if (notFound !== count) failures.push(`lookup-bound 16: the bare client got ${notFound} of ${count} answers as chunked 404s`);
  return performance.now() - started;
}

/** The hand-written loop, as its own process; its wall time in ms. */
async function sequentialRun(directory: string, target: VtServer, files: number, row: string): Promise<number> {
  const result = await command(process.execPath, [SEQUENTIAL, directory, target.url, KEY]);
  let counts: { files?: number; unknown?: number } = {};
  try {
    counts = JSON.parse(result.stdout);
  } catch {
    // reported below with whatever it printed
  }
  if (result.code !== 0 || counts.files !== files || counts.unknown !== files) {
    failures.push(`${row}: the sequential loop exited ${result.code} with ${result.stdout.trim()} ${result.stderr.trim().slice(0, 300)}`);
  }
  return result.ms;
}

async function command(file: string, args: string[], cwd?: string): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = performance.now();
  const child = spawn(file, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr, ms: performance.now() - started };
}

/**
 * One untimed warm-up of each side (page cache, lazy compilation of the server), then `rounds`
 * rounds of every side in turn. Returns each side's measurements.
 */
async function interleave(row: string, rounds: number, named: Record<string, () => Promise<number>>): Promise<number[][]> {
  const sides = Object.values(named);
  progress(`${row}: warm-up`);
  for (const side of sides) await side();
  const results: number[][] = sides.map(() => []);
  for (let round = 1; round <= rounds; round++) {
    progress(`${row}: round ${round}/${rounds}`);
    for (const [index, side] of sides.entries()) results[index]?.push(await side());
  }
  // Every run, for whoever wonders how noisy the machine was (the table has the medians).
  const names = Object.keys(named);
  progress(`${row}: ${results.map((runs, index) => `${names[index]} [${runs.map((value) => value.toFixed(0)).join(', ')}]`).join('; ')}`);
  return results;
}

// ── Data ─────────────────────────────────────────────────────────────────────────────────────────

/** Random bytes, fast: one 8 MiB buffer refilled by the CSPRNG (GB/s) and appended; `head` first when given. */
async function writeRandomFile(file: string, bytes: number, head?: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const chunk = Buffer.allocUnsafe(8 * MiB);
  const handle = await open(file, 'w');
  try {
    for (let written = 0; written < bytes;) {
      const length = Math.min(chunk.length, bytes - written);
      randomFillSync(chunk, 0, length);
      if (head && written === 0) head.copy(chunk);
      await handle.write(chunk, 0, length);
      written += length;
    }
  } finally {
    await handle.close();
  }
}

/** `count` unique random files of min–max bytes, 500 to a directory, as a build tree would have them. */
async function writeSmallFiles(directory: string, count: number, min: number, max: number): Promise<void> {
  const pool = randomFillSync(Buffer.allocUnsafe(max));
  for (let i = 0; i < count; i++) {
    const sub = path.join(directory, `pkg-${Math.floor(i / 500)}`);
    if (i % 500 === 0) await mkdir(sub, { recursive: true });
    const size = min + Math.floor(Math.random() * (max - min + 1));
    const content = randomFillSync(pool, 0, Math.min(size, 4096)).subarray(0, size); // fresh head: every file unique
    const handle = await open(path.join(sub, `file-${i}.bin`), 'w');
    await handle.write(content);
    await handle.close();
  }
}

// ── Reporting ────────────────────────────────────────────────────────────────────────────────────

function describeMachine(): { line: string } {
  const cpuinfo = readFileSyncSafe('/proc/cpuinfo');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown CPU';
  const flags = /^flags\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.split(/\s+/) ?? [];
  const shaNi = flags.includes('sha_ni') ? 'with SHA extensions (sha_ni)' : 'without SHA extensions (no sha_ni)';
  let nproc = String(os.availableParallelism());
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    // not coreutils: availableParallelism says the same
  }
  const openssl = (() => {
    try {
      return execFileSync('openssl', ['version'], { encoding: 'utf8' }).trim().split(' ').slice(0, 2).join(' ');
    } catch {
      return 'openssl ?';
    }
  })();
  const memory = `${(os.totalmem() / GiB).toFixed(1)} GiB memory`;
  // Pressure stall information: the share of time something here waited for a CPU, other tenants'
  // load included. Tens of percent mean the figures below are noisier than the medians suggest.
  const pressure = /^some avg10=[\d.]+ avg60=([\d.]+)/m.exec(readFileSyncSafe('/proc/pressure/cpu'))?.[1];
  const load = `load average ${os.loadavg()[0]?.toFixed(2)}${pressure === undefined ? '' : `, CPU pressure ${pressure}% (avg60)`} at start`;
  return { line: `nproc ${nproc}, ${model} ${shaNi}, ${memory}, Node ${process.version} (${path.basename(process.execPath)}), ${openssl}, ${os.type()} ${os.release()}; ${load}` };
}

function readFileSyncSafe(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function renderTable(table: Row[]): string {
  const lines = ['| what | measured | reference | ratio | target | met? |', '|---|---|---|---|---|---|'];
  for (const row of table) {
    lines.push(`| ${row.what} | ${row.measured} | ${row.reference} | ${row.ratio} | ${row.target} | ${row.met ? 'yes' : '**no**'} |`);
  }
  return lines.join('\n');
}

function median(values: readonly number[] = []): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function gib(bytes: number): string {
  return `${(bytes / GiB).toFixed(1)} GiB`;
}

function progress(text: string): void {
  process.stderr.write(
    `[bench ${Math.round((performance.now() - benchStarted) / 1000)
      .toString()
      .padStart(3)} s] ${text}\n`,
  );
}
