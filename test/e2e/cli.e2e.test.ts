// The command line exactly as a user runs it: packed with `npm pack`, installed from the tarball into a
// fresh project, started as node_modules/.bin/artifact-reputation-gate against the sandbox server.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Ajv from 'ajv';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { FLAGS } from '../../src/cli/flags.ts';
import { installPackedCli, runCli, type CliOptions, type InstalledCli } from '../support/cli.ts';
import { junitErrors } from '../support/junit-schema.ts';
import { hashesOf, urlFixtureReport } from '../support/reports.ts';
import { REPO_ROOT } from '../support/runner.ts';
import { CLEAN_SAMPLE, EICAR, SANDBOX_API_KEY, sandboxReports, UNKNOWN_SAMPLE } from '../support/sandbox.ts';
import { sarifErrors } from '../support/sarif-schema.ts';
import { VtServer } from '../support/vt-server.ts';
import { makeWorkspace } from '../support/workspace.ts';
import { zipOf } from '../support/archives.ts';

const ESC = '\u001b[';
const codeQualitySchema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'gitlab', 'codequality-report.schema.json'), 'utf8'));
const validateCodeQuality = new Ajv.default({ allErrors: true }).compile(codeQualitySchema);
const VERSION = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const EICAR_HASHES = hashesOf(EICAR);
const CLEAN_HASHES = hashesOf(CLEAN_SAMPLE);
const UNKNOWN_HASHES = hashesOf(UNKNOWN_SAMPLE);

let cli: InstalledCli;
let server: VtServer;

beforeAll(async () => {
  cli = await installPackedCli();
}, 120_000);
afterAll(async () => {
  await cli?.remove();
});
beforeEach(async () => {
  server = await VtServer.start({ apiKeys: [SANDBOX_API_KEY], reports: sandboxReports() });
});
afterEach(async () => {
  await server.close();
});

/** The CLI with the sandbox's key in VT_API_KEY, its URL and no pacing. */
function gate(args: string[], options: Partial<CliOptions> & { cwd: string }) {
  return runCli(cli.bin, ['--api-url', server.url, '--requests-per-minute', '0', ...args], { ...options, env: { VT_API_KEY: SANDBOX_API_KEY, ...options.env } });
}

function samples(extra: Record<string, string> = {}): Promise<string> {
  return makeWorkspace({ 'dist/eicar.com': EICAR, 'dist/app.js': CLEAN_SAMPLE, 'dist/fresh-build.bin': UNKNOWN_SAMPLE, ...extra });
}

/** The first column of the table's rows (the heading left out). */
function firstColumn(table: string): string[] {
  return table
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split(/\s+/)[0]!);
}

test('the tarball holds the command line only (its bundle, hash worker and licences), and installs without the network', () => {
  expect(cli.packedFiles.filter((file) => !file.startsWith('dist/cli/'))).toEqual(['README.md', 'package.json']);
  expect(cli.packedFiles).toEqual(expect.arrayContaining(['dist/cli/index.js', 'dist/cli/hash-worker.js', 'dist/cli/licenses.txt', 'dist/cli/package.json']));
  expect(cli.packedFiles.filter((file) => !/^dist\/cli\/(\d+\.)?[\w-]+\.(js|txt|json)$/.test(file) && file.startsWith('dist/'))).toEqual([]);
});

test('GITHUB_STEP_SUMMARY set (a `run:` step on GitHub Actions): the summary is appended there, unless --job-summary false', async () => {
  const workspace = await samples({ 'summary.md': '# before\n' });
  const env = { GITHUB_STEP_SUMMARY: path.join(workspace, 'summary.md') };
  expect((await gate(['dist/app.js'], { cwd: workspace, env })).exitCode).toBe(0);
  expect(await readFile(env.GITHUB_STEP_SUMMARY, 'utf8')).toMatch(/^# before\n## ✅ Artifact reputation gate passed/);
  expect((await gate(['dist/app.js', '--job-summary', 'false'], { cwd: workspace, env })).exitCode).toBe(0);
  expect((await readFile(env.GITHUB_STEP_SUMMARY, 'utf8')).match(/Artifact reputation gate passed/g)).toHaveLength(1);
});

describe('files', () => {
  test('a flagged file fails the gate (exit 1): the table on stdout, worst first, without colour in a pipe', async () => {
    const workspace = await samples();
    const run = await gate(['dist/**'], { cwd: workspace });

    expect(run.exitCode).toBe(1);
    expect(run.stdout.split('\n')[0]).toMatch(/^ARTIFACT\s+STATUS\s+DETECTIONS\s+DETAILS\s+LINK$/);
    expect(firstColumn(run.stdout)).toEqual(['dist/eicar.com', 'dist/fresh-build.bin', 'dist/app.js']);
    expect(run.stdout).toContain(`https://www.virustotal.com/gui/file/${EICAR_HASHES.sha256}`);
    expect(run.stdout).not.toContain(ESC);
    expect(run.stderr).toContain(`Checking 3 artifacts against VirusTotal (${server.url}).`);
    expect(run.stderr).toContain('Gate failed: 1 of 3 artifacts exceeds max-malicious=0: dist/eicar.com (8/14)');
    expect(`${run.stdout}${run.stderr}`).not.toContain(SANDBOX_API_KEY);
  });

  test('archives: a member that fails fails its archive and the gate; one not opened fully is unscanned, judged by --on-error', async () => {
    const zip = await zipOf({ 'eicar.com': EICAR, 'app.js': CLEAN_SAMPLE });
    const workspace = await makeWorkspace({ 'dist/app.zip': zip, 'dist/cut.zip': zip.subarray(0, zip.length - 30) });

    const run = await gate(['dist/*.zip', '--archive-members', 'all', '--on-error', 'warn'], { cwd: workspace });

    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/\ndist\/app\.zip!\/eicar\.com\s+malicious\s+8\/14 /);
    expect(run.stdout).toMatch(/\ndist\/cut\.zip\s+unscanned\s+— +warning: not scanned fully \(on-error=warn\) — it could not be read as zip: /);
    expect(run.stdout).toMatch(/\ndist\/app\.zip\s+unknown\s+— +failed: it holds a failing member: dist\/app\.zip!\/eicar\.com; by its own hash, warning: unknown/);
    expect(run.stderr).toContain(
      'Gate failed: 1 of 4 artifacts exceeds max-malicious=0: dist/app.zip!/eicar.com (8/14); so 1 archive fails with what it holds: dist/app.zip (dist/app.zip!/eicar.com)',
    );
  });

  test('clean files pass (exit 0); the key can come from --api-key-file', async () => {
    const workspace = await samples({ 'key.txt': `${SANDBOX_API_KEY}\n` });
    const run = await runCli(cli.bin, ['--api-url', server.url, '--api-key-file', 'key.txt', 'dist/app.js'], { cwd: workspace });

    expect(run.stderr).toContain('Gate passed: 1 artifact checked.');
    expect(run.exitCode).toBe(0);
    expect(firstColumn(run.stdout)).toEqual(['dist/app.js']);
    expect(server.requests.map((r) => r.apiKey)).toEqual([SANDBOX_API_KEY]);
  });

  test('--cache-dir: a second run of the same files asks the service nothing, and is judged again', async () => {
    const workspace = await samples();
    const first = await gate(['--cache-dir', '.verdicts', 'dist/**'], { cwd: workspace });
    expect(first.exitCode).toBe(1);
    const asked = server.requests.length;
    expect(asked).toBeGreaterThan(0);

    const again = await gate(['--cache-dir', '.verdicts', '--max-malicious', '100', 'dist/**'], { cwd: workspace });

    expect(server.requests.length).toBe(asked); // not one more request
    expect(again.stderr).toMatch(/Verdict cache: 3 of 3 unique hashes from the cache .*, 0 looked up/);
    expect(again.exitCode).toBe(0); // the new policy judged the reused EICAR report
  });

  test("an expired allow line: warned on stderr like the action's annotation, and the artifact judged as any other", async () => {
    const workspace = await samples();
    const run = await gate(['dist/eicar.com', 'dist/app.js', '--allow', `${EICAR_HASHES.sha256} test file expires=2020-01-01`, '--allow', `${UNKNOWN_HASHES.sha256} old build expires=2020-02-01`], {
      cwd: workspace,
    });

    expect(run.exitCode).toBe(1);
    // Both expired lines are said, also the one whose hash no file of this run has.
    expect(run.stderr).toContain(`Warning: allow line 1 allowed ${EICAR_HASHES.sha256} (test file) until 2020-01-01: from that day it no longer allows`);
    expect(run.stderr).toContain(`Warning: allow line 2 allowed ${UNKNOWN_HASHES.sha256} (old build) until 2020-02-01: from that day it no longer allows`);
    expect(run.stdout).toContain('; its entry in allow line 1 expired on 2020-01-01 and no longer allows');
    expect(run.stderr).toContain('Gate failed: 1 of 2 artifacts exceeds max-malicious=0: dist/eicar.com (8/14)');
  });

  test('--upload-unknown true: an unknown file is uploaded, its analysis judges it, and the JSON report links the analysis', async () => {
    const workspace = await makeWorkspace({ 'dist/fresh.exe': 'a build nobody has seen' });
    const sha256 = hashesOf('a build nobody has seen').sha256;
    server.analysisSteps = ['not-found', 'completed'];
    server.verdicts.set(sha256, { malicious: { EngineA: 'Trojan.Fresh' } });

    const run = await gate(['--upload-unknown', 'true', '--analysis-timeout-minutes', '0.05', '--json', 'report.json', 'dist/**'], { cwd: workspace });

    expect(run.exitCode).toBe(1);
    expect(server.uploads.map((u) => u.sha256)).toEqual([sha256]);
    expect(run.stderr).toContain("becomes available to VirusTotal's premium customers");
    const report = JSON.parse(await readFile(path.join(workspace, 'report.json'), 'utf8'));
    const artifact = report.artifacts.find((a: any) => a.path === 'dist/fresh.exe');
    expect(artifact).toMatchObject({ status: 'malicious', upload: { state: 'analysed', analysisLink: expect.stringMatching(/^https:\/\/www\.virustotal\.com\/gui\/file-analysis\//) } });
  });

  test('globs as the action reads `files`: `!` excludes, a directory stands for its tree, dot files included', async () => {
    const workspace = await samples({ 'dist/.hidden/eicar.com': EICAR });
    const run = await gate(['dist', '!dist/*.bin'], { cwd: workspace });
    expect(firstColumn(run.stdout).sort()).toEqual(['dist/.hidden/eicar.com', 'dist/app.js', 'dist/eicar.com']);
  });

  test('a glob the walk cannot use: exit 2, saying which', async () => {
    const run = await gate(['dist/../dist/**'], { cwd: await samples() });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^artifact-reputation-gate: The pattern ".*dist\/\.\.\/dist\/\*\*" given as a glob uses `\.` or `\.\.` inside a path/m);
  });

  test("a flag takes the action input's value: --max-malicious 10 lets the EICAR file pass", async () => {
    const workspace = await samples();
    const run = await gate(['--max-malicious', '10', '--on-unknown', 'pass', 'dist/**'], { cwd: workspace });
    expect(run.exitCode).toBe(0);
  });
});

describe('hash lists', () => {
  const list = ['# from alert queue 42', CLEAN_HASHES.sha1.toUpperCase(), '', `${UNKNOWN_HASHES.sha256}   # the dropper`, EICAR_HASHES.md5, EICAR_HASHES.md5].join('\n');

  test('MD5, SHA-1 and SHA-256 from a file: each looked up as given, sorted worst first, the hash in place of a path', async () => {
    const workspace = await makeWorkspace({ 'alerts.txt': list });
    const run = await gate(['--hashes', 'alerts.txt', '--json', 'out/report.json'], { cwd: workspace });

    expect(run.exitCode).toBe(1);
    expect(run.stdout.split('\n')[0]).toMatch(/^HASH\s+STATUS/);
    expect(firstColumn(run.stdout)).toEqual([EICAR_HASHES.md5, UNKNOWN_HASHES.sha256, CLEAN_HASHES.sha1]);
    expect(server.requests.map((r) => r.path.split('/').at(-1)).sort()).toEqual([EICAR_HASHES.md5, UNKNOWN_HASHES.sha256, CLEAN_HASHES.sha1].sort());
    expect(run.stderr).toContain(`Checking 3 hashes (1 repeated line left out) against VirusTotal (${server.url}).`);
    const report = JSON.parse(await readFile(path.join(workspace, 'out', 'report.json'), 'utf8'));
    expect(report.artifacts.map((a: any) => [a.path, a.hashKind, a.sha256, a.status, a.size])).toEqual([
      [CLEAN_HASHES.sha1, 'sha1', CLEAN_HASHES.sha256, 'clean', null],
      [UNKNOWN_HASHES.sha256, 'sha256', UNKNOWN_HASHES.sha256, 'unknown', null],
      [EICAR_HASHES.md5, 'md5', EICAR_HASHES.sha256, 'malicious', null],
    ]);
  });

  test('from standard input (`--hashes -`); an allow-list entry (by SHA-256) applies to a hash looked up by MD5', async () => {
    const workspace = await makeWorkspace();
    const run = await gate(['--hashes', '-', '--allow', `${EICAR_HASHES.sha256} the anti-virus test file`], { cwd: workspace, stdin: `${EICAR_HASHES.md5}\n${CLEAN_HASHES.sha256}\n` });

    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^${EICAR_HASHES.md5}\\s+allowed\\s+8/14\\s+passed: allowed by allow line 1 \\(the anti-virus test file\\)`, 'm'));
  });

  test('bad lines: exit 2, every one named by its line number, nothing sent', async () => {
    const workspace = await makeWorkspace({ 'alerts.txt': [EICAR_HASHES.md5, 'not-a-hash', `${EICAR_HASHES.sha1.slice(0, 39)}`, `${CLEAN_HASHES.sha256} extra words`].join('\n') });
    const run = await gate(['--hashes', 'alerts.txt'], { cwd: workspace });

    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        'artifact-reputation-gate: --hashes alerts.txt: 3 lines are not a hash. Each line must be one MD5 (32), SHA-1 (40) or SHA-256 (64) hexadecimal hash; # starts a comment.',
        '  line 2: "not-a-hash": not a hexadecimal hash',
        `  line 3: "${EICAR_HASHES.sha1.slice(0, 39)}": 39 hexadecimal digits, where a hash has 32, 40 or 64`,
        `  line 4: "${CLEAN_HASHES.sha256} extra words": a hash followed by more text (one hash a line; put notes after #)`,
        '',
      ].join('\n'),
    );
    expect(server.requests).toEqual([]);
  });

  test('a list that cannot be read, or globs beside --hashes: exit 2, naming the flag', async () => {
    const workspace = await makeWorkspace();
    const missing = await gate(['--hashes', 'gone.txt'], { cwd: workspace });
    expect([missing.exitCode, missing.stderr]).toEqual([2, 'artifact-reputation-gate: --hashes must name a readable file (or - for standard input); cannot read "gone.txt" (ENOENT).\n']);
    const both = await gate(['--hashes', '-', 'dist/**'], { cwd: workspace });
    expect([both.exitCode, both.stderr]).toEqual([2, 'artifact-reputation-gate: Give glob patterns or --hashes, not both (got --hashes - and 1 pattern: dist/**).\n']);
  });
});

describe('URLs', () => {
  const PHISHING = 'http://login-verify.example.net/secure/update.php';

  test('--urls FILE: a known-bad URL fails the gate (exit 1); it shows defanged on stdout, in the failure line and in every report', async () => {
    server.addUrlReport(PHISHING, urlFixtureReport('malicious-phishing', PHISHING));
    const workspace = await samples({ 'deploy/urls.txt': `# where the release points\n${PHISHING}\n` });
    const run = await gate(['dist/app.js', '--urls', 'deploy/urls.txt', '--json', 'out/r.json', '--sarif', 'out/r.sarif', '--markdown', 'out/summary.md'], { cwd: workspace });

    expect(run.exitCode).toBe(1);
    expect(server.requests.map((r) => r.urlId).filter(Boolean)).toEqual([Buffer.from(PHISHING).toString('base64url')]);
    expect(run.stderr).toContain(`Checking 1 artifact and 1 URL against VirusTotal (${server.url}).`);
    expect(run.stdout).toContain('malicious  hxxp://login-verify[.]example[.]net/secure/update.php 7/13');
    expect(run.stderr).toContain('Gate failed: 1 of 1 URL exceeds max-malicious=0: hxxp://login-verify[.]example[.]net/secure/update.php (7/13)');
    const read = (name: string) => readFile(path.join(workspace, 'out', name), 'utf8');
    const json = JSON.parse(await read('r.json'));
    expect(json.urls.map((u: any) => [u.url, u.status, u.source])).toEqual([[PHISHING, 'malicious', { input: 'urls', line: 2 }]]);
    const sarif = JSON.parse(await read('r.sarif'));
    expect(sarifErrors(sarif)).toEqual([]);
    expect(JSON.stringify(sarif.runs[0].results)).toContain('hxxp://login-verify[.]example[.]net/secure/update.php');
    expect(await read('summary.md')).toContain('### URLs (1: 1 malicious)');
    expect(`${run.stdout}${run.stderr}`).not.toContain(PHISHING);
  });

  test('--cache-dir: a second run answers the URLs from the cache, without a request, judged again by the new policy', async () => {
    server.addUrlReport(PHISHING, urlFixtureReport('malicious-phishing', PHISHING));
    const workspace = await samples({ 'urls.txt': `${PHISHING}\nhttps://fresh.example.com/install.sh\n` });
    const first = await gate(['--cache-dir', '.verdicts', 'dist/app.js', '--urls', 'urls.txt'], { cwd: workspace });
    expect(first.exitCode).toBe(1);
    expect(server.requests.filter((r) => r.urlId !== null)).toHaveLength(2);
    const asked = server.requests.length;

    const again = await gate(['--cache-dir', '.verdicts', '--max-malicious', '7', 'dist/app.js', '--urls', 'urls.txt', '--json', 'r.json'], { cwd: workspace });

    expect(server.requests.length).toBe(asked); // not one more request, for the file or the URLs
    expect(again.stderr).toMatch(/Verdict cache: 1 of 1 unique hash and 2 of 2 URLs from the cache \(up to .*\), 0 looked up\./);
    expect(again.exitCode).toBe(0);
    const json = JSON.parse(await readFile(path.join(workspace, 'r.json'), 'utf8'));
    expect(json.cache).toMatchObject({ reused: 1, lookedUp: 0, urls: { reused: 2, lookedUp: 0 } });
    expect(json.urls.map((u: any) => [u.status, typeof u.cachedAt])).toEqual([
      ['clean', 'string'],
      ['unknown', 'string'],
    ]);
  });

  test('URLs alone (no globs): only the URLs are asked; JUnit and Code Quality list them as their own kind, defanged', async () => {
    server.addUrlReport(PHISHING, urlFixtureReport('malicious-phishing', PHISHING));
    const MIRROR = 'https://downloads.example.org/app/1.4.2/app-linux-x64.tar.gz';
    server.addUrlReport(MIRROR, urlFixtureReport('harmless-download', MIRROR));
    const workspace = await samples({ 'urls.txt': `${PHISHING}\n`, 'deploy/mirrors.txt': `# mirrors\n${MIRROR}\nhttps://fresh.example.com/install.sh\n` });

    const run = await gate(['--urls', 'urls.txt', '--urls-file', 'deploy/mirrors.txt', '--if-no-files-found', 'error', '--junit', 'out/junit.xml', '--gitlab-codequality', 'out/cq.json'], {
      cwd: workspace,
    });

    expect(run.exitCode).toBe(1);
    expect(server.requests.map((r) => r.urlId !== null)).toEqual([true, true, true]);
    expect(run.stderr).toContain(`No files given: checking 3 URLs only against VirusTotal (${server.url}).`);
    expect(run.stderr).not.toContain('No files were found');
    expect(run.stderr).toContain('Gate failed: 1 of 3 URLs exceeds max-malicious=0: hxxp://login-verify[.]example[.]net/secure/update.php (7/13)\n');
    expect(run.stdout).not.toContain('ARTIFACT');
    expect(run.stdout).toMatch(/^URLs: 1 malicious, 0 suspicious, 1 unknown, 0 errors, 0 allowed, 1 clean\n/);

    const junit = await readFile(path.join(workspace, 'out', 'junit.xml'), 'utf8');
    expect(await junitErrors(junit)).toEqual([]);
    expect([...junit.matchAll(/<testcase name="([^"]*)" classname="([^"]*)">\n {6}<([\w-]+)/g)].map((m) => m.slice(1))).toEqual([
      ['hxxp://login-verify[.]example[.]net/secure/update.php', 'artifact-reputation-gate.virustotal.url', 'failure'],
      ['hxxps://downloads[.]example[.]org/app/1.4.2/app-linux-x64.tar.gz', 'artifact-reputation-gate.virustotal.url', 'system-out'],
      ['hxxps://fresh[.]example[.]com/install.sh', 'artifact-reputation-gate.virustotal.url', 'skipped'],
    ]);
    const codeQuality = JSON.parse(await readFile(path.join(workspace, 'out', 'cq.json'), 'utf8'));
    expect(validateCodeQuality(codeQuality), JSON.stringify(validateCodeQuality.errors)).toBe(true);
    expect(codeQuality.map((i: any) => [i.check_name, i.location.path, i.location.lines.begin])).toEqual([
      ['url-reputation/malicious', 'urls', 1],
      ['url-reputation/unknown', 'deploy/mirrors.txt', 3],
    ]);
    for (const text of [junit, JSON.stringify(codeQuality), run.stdout, run.stderr]) {
      expect(text).not.toContain('login-verify.example.net');
      expect(text).not.toContain('downloads.example.org');
    }
  });

  test('--urls: a bad line, an unreadable file, or standard input asked for twice: exit 2 naming the flag, nothing sent', async () => {
    const workspace = await samples({ 'urls.txt': 'ftp://mirror.example.com/app.tgz\n' });
    const bad = await gate(['dist/app.js', '--urls', 'urls.txt'], { cwd: workspace });
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/^artifact-reputation-gate: --urls line 1 must be an http:\/\/ or https:\/\/ URL; got .* \(ftp\)\./);
    const missing = await gate(['dist/app.js', '--urls', 'gone.txt'], { cwd: workspace });
    expect([missing.exitCode, missing.stderr]).toEqual([2, 'artifact-reputation-gate: --urls must name a readable file (or - for standard input); cannot read "gone.txt" (ENOENT).\n']);
    const both = await gate(['--hashes', '-', '--urls', '-'], { cwd: workspace, stdin: `${EICAR_HASHES.md5}\n` });
    expect([both.exitCode, both.stderr]).toEqual([
      2,
      'artifact-reputation-gate: --hashes - and --urls - cannot both read standard input: give one of them as a file (--hashes FILE or --urls FILE).\n',
    ]);
    expect(server.requests).toEqual([]);
  });
});

describe('reports', () => {
  test('--json, --sarif, --junit, --gitlab-codequality and --markdown, each valid for its reader', async () => {
    const workspace = await samples();
    const run = await gate(['dist/**', '--json', 'out/r.json', '--sarif', 'out/r.sarif', '--junit', 'out/junit.xml', '--gitlab-codequality', 'out/cq.json', '--markdown', 'out/summary.md'], {
      cwd: workspace,
    });
    expect(run.exitCode).toBe(1);
    const read = (name: string) => readFile(path.join(workspace, 'out', name), 'utf8');

    const json = JSON.parse(await read('r.json'));
    expect([json.result, json.counts.malicious, json.artifacts.length]).toEqual(['fail', 1, 3]);

    const sarif = JSON.parse(await read('r.sarif'));
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results.map((r: any) => r.ruleId)).toContain('artifact-reputation/malicious');

    const junit = await read('junit.xml');
    expect(await junitErrors(junit)).toEqual([]);
    expect(junit).toMatch(/<testcase name="dist\/eicar\.com"[^>]*>\s*<failure type="malicious"/);

    const codeQuality = JSON.parse(await read('cq.json'));
    expect(validateCodeQuality(codeQuality), JSON.stringify(validateCodeQuality.errors)).toBe(true);
    expect(codeQuality.map((issue: any) => [issue.location.path, issue.severity])).toEqual([
      ['dist/eicar.com', 'blocker'],
      ['dist/fresh-build.bin', 'minor'],
    ]);

    expect(await read('summary.md')).toMatch(/^## ❌ Artifact reputation gate failed/);
    for (const [what, file] of [
      ['JSON report', 'r.json'],
      ['SARIF log', 'r.sarif'],
      ['JUnit report', 'junit.xml'],
      ['GitLab Code Quality report', 'cq.json'],
      ['Markdown summary', 'summary.md'],
    ] as const) {
      expect(run.stderr).toContain(`${what}: ${path.join(workspace, 'out', file)}`);
    }
  });

  test('a hash list in JUnit and Code Quality: the hash names the test case and the issue', async () => {
    const workspace = await makeWorkspace();
    const run = await gate(['--hashes', '-', '--junit', 'j.xml', '--gitlab-codequality', 'cq.json'], { cwd: workspace, stdin: `${EICAR_HASHES.md5}\n` });
    expect(run.exitCode).toBe(1);
    const junit = await readFile(path.join(workspace, 'j.xml'), 'utf8');
    expect(await junitErrors(junit)).toEqual([]);
    expect(junit).toContain(`<testcase name="${EICAR_HASHES.md5}"`);
    expect(junit).toContain(`Hash: ${EICAR_HASHES.md5} (MD5)`);
    const codeQuality = JSON.parse(await readFile(path.join(workspace, 'cq.json'), 'utf8'));
    expect(validateCodeQuality(codeQuality)).toBe(true);
    expect(codeQuality[0].location.path).toBe(EICAR_HASHES.md5);
  });

  test('a report that cannot be written: said, naming the flag, and the run exits 2 though the gate passed', async () => {
    const workspace = await samples({ blocker: 'a file where a directory should be' });
    const run = await gate(['dist/app.js', '--junit', 'blocker/junit.xml'], { cwd: workspace });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`Could not write JUnit report (--junit ${path.join(workspace, 'blocker', 'junit.xml')}): `);
  });
});

describe('exit codes and usage', () => {
  test.each([
    [['--bogus'], 'Unknown flag --bogus. Run artifact-reputation-gate --help for the flags.'],
    [['--max-malicous', '3', 'x'], 'Unknown flag --max-malicous (did you mean --max-malicious?). Run artifact-reputation-gate --help for the flags.'],
    [['--max-malicious', 'abc', 'x'], '--max-malicious must be a whole number, 0 or more; got "abc".'],
    [['--api-key', 'k', 'x'], '--api-key is not a flag: a key on the command line shows in the process list and the shell history.'],
    [['--api-url', 'http://example.com', 'x'], '--api-url must use https:// (http:// is accepted only for localhost, 127.0.0.0/8 and [::1]); got "http://example.com/".'],
    [[], 'Give one or more glob patterns'],
  ])('%j: exit 2, naming the flag', async (args, message) => {
    const workspace = await makeWorkspace();
    const run = await runCli(cli.bin, args, { cwd: workspace, env: { VT_API_KEY: SANDBOX_API_KEY } });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(`artifact-reputation-gate: ${message}`);
    expect(run.stdout).toBe('');
  });

  test('no key: exit 2, saying where a key comes from', async () => {
    const run = await runCli(cli.bin, ['dist/**'], { cwd: await makeWorkspace() });
    expect([run.exitCode, run.stderr]).toEqual([
      2,
      'artifact-reputation-gate: No API key: set VT_API_KEY to your VirusTotal API key, or pass --api-key-file FILE. (It is never taken from a flag: the process list would show it.)\n',
    ]);
  });

  test('--version prints the package version; --help lists every flag with its default (exit 0)', async () => {
    const workspace = await makeWorkspace();
    const version = await runCli(cli.bin, ['--version'], { cwd: workspace });
    expect([version.exitCode, version.stdout]).toEqual([0, `${VERSION}\n`]);
    const help = await runCli(cli.bin, ['--help'], { cwd: workspace });
    expect(help.exitCode).toBe(0);
    for (const flag of FLAGS) expect(help.stdout).toContain(`--${flag.name}${flag.value ? ` ${flag.value}` : ''}${flag.default ? `  (default: ${flag.default}` : ''}`);
  });

  test('SIGINT: one line saying how far the scan got, exit 130', async () => {
    server.fault = () => ({ type: 'hang' });
    const workspace = await samples();
    const run = await gate(['dist/**'], {
      cwd: workspace,
      onSpawn: (child) => child.stderr!.on('data', (chunk: Buffer) => chunk.toString().includes('Checking 3 artifacts') && child.kill('SIGINT')),
    });
    expect(run.exitCode).toBe(130);
    expect(run.stderr).toMatch(
      /artifact-reputation-gate: The scan was cancelled \(SIGINT\) after hashing \d of 3 artifacts and looking up 0 of \d unique hash(es)? found so far; no verdict was reached\.\n$/,
    );
    expect(run.stdout).toBe('');
  });
});

describe('on a terminal', () => {
  test('colour, a table fitted to the width, and a live progress line wiped before the table', async () => {
    server.latencyMs = 2_500; // long enough for the once-a-second live line to show
    const workspace = await samples();
    const run = await gate(['dist/eicar.com', 'dist/app.js'], { cwd: workspace, terminalColumns: 100 });

    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(`${ESC}1;31mmalicious`);
    expect(run.stdout).toContain(`${ESC}32mclean`);
    expect(run.stdout).toMatch(/\rLookups 0\/2 \(0%\), 2 in flight\u001b\[K/);
    expect(run.stdout).toContain('\r\u001b[K');
    // What the terminal shows of each line: the text after its last carriage return.
    const lines = run.stdout
      .replace(/\u001b\[[\d;]*[mK]/g, '')
      .split('\n')
      .map((line) => line.replace(/\r$/, '').split('\r').at(-1)!);
    const table = lines.slice(lines.findIndex((line) => line.startsWith('ARTIFACT')));
    expect(table[1]).toMatch(/^dist\/eicar\.com\s+malicious/);
    // Every row fits; a link is never cut, so at this width it has a line of its own under its row.
    for (const line of table.filter((row) => !row.startsWith('  https://'))) expect(line.length).toBeLessThanOrEqual(100);
    expect(table[2]).toBe(`  https://www.virustotal.com/gui/file/${EICAR_HASHES.sha256}`);
  });

  test.each([
    ['NO_COLOR', [], { NO_COLOR: '1' }],
    ['--no-color', ['--no-color'], {}],
  ])('no colour with %s', async (_, flags, env) => {
    const workspace = await samples();
    const run = await gate([...flags, 'dist/eicar.com'], { cwd: workspace, terminalColumns: 100, env });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/dist\/eicar\.com\s+malicious/);
    expect(run.stdout).not.toContain(`${ESC}1;31m`);
    expect(run.stdout).not.toMatch(/\u001b\[[\d;]*m/);
  });
});
