// End to end through the bundled action: what hides inside a release's archives is judged.
import { readFile, truncate } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { debOf, elf, pe, run, scratch, tarOf, writeTree, zipOf } from '../support/archives.ts';
import { serveEachTest } from '../support/gate.ts';
import { fileReport, sha256Of } from '../support/reports.ts';
import { REPO_ROOT, type ActionRun } from '../support/runner.ts';
import { makeWorkspace } from '../support/workspace.ts';

const fixture = serveEachTest('archives-key-5c1e-77ab02');

function gate(workspace: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  return fixture.gate(workspace, inputs, { env, timeoutMs: 120_000 });
}

const byPath = (result: ActionRun) => Object.fromEntries(result.report.artifacts.map((a: any) => [a.path, a]));
const lookupsOf = (sha256: string) => fixture.server.requests.filter((request) => request.sha256 === sha256).length;

const EVIL = elf('evil');
const CLEAN = pe('clean');

function knowEvilAndClean(): void {
  fixture.server.reports.set(sha256Of(EVIL), fileReport({ sha256: sha256Of(EVIL), malicious: { Kaspersky: 'HEUR:Backdoor.Linux.Agent', ESET: 'Linux/Agent.X' } }));
  fixture.server.reports.set(sha256Of(CLEAN), fileReport({ sha256: sha256Of(CLEAN) }));
}

test('a known-malicious library in a zip in a tar.gz fails the gate, named by its chain everywhere', async () => {
  knowEvilAndClean();
  const app = await zipOf({ 'lib/libevil.so': EVIL, 'bin/tool.exe': CLEAN, 'README.txt': 'not looked up' });
  const workspace = await makeWorkspace({ 'dist/release.tar.gz': await tarOf({ 'app.zip': app }, ['-z']) });

  const result = await gate(workspace, { 'sarif-path': 'gate.sarif' });

  const member = 'dist/release.tar.gz!/./app.zip!/lib/libevil.so';
  expect(result.exitCode).toBe(1);
  expect(result.outputs.result).toBe('fail');
  const artifacts = byPath(result);
  expect(Object.keys(artifacts).sort()).toEqual(['dist/release.tar.gz', 'dist/release.tar.gz!/./app.zip', 'dist/release.tar.gz!/./app.zip!/bin/tool.exe', member]);
  expect(artifacts[member]).toMatchObject({ status: 'malicious', consequence: 'fail', sha256: sha256Of(EVIL), container: ['dist/release.tar.gz', './app.zip'], size: EVIL.length });
  expect(artifacts['dist/release.tar.gz!/./app.zip!/bin/tool.exe']).toMatchObject({ status: 'clean', container: ['dist/release.tar.gz', './app.zip'] });
  // The archives holding it fail with it, keeping their own verdict (unknown, which on-unknown=warn only warns about).
  expect(artifacts['dist/release.tar.gz']).toMatchObject({
    status: 'unknown',
    consequence: 'fail',
    container: null,
    unscanned: null,
    failingMembers: { count: 1, paths: [member], ownConsequence: 'warn' },
  });
  expect(artifacts['dist/release.tar.gz!/./app.zip'].failingMembers).toEqual({ count: 1, paths: [member], ownConsequence: 'warn' });
  expect(result.report.failureMessage).toBe(`1 of 4 artifacts exceeds max-malicious=0: ${member} (2/62); so 1 archive fails with what it holds: dist/release.tar.gz (${member})`);
  expect(result.stdout).toContain(member); // the log shows members
  // …and says the archive fails because of it.
  expect(result.stdout).toContain(`dist/release.tar.gz — failed: it holds a failing member: ${member}; by its own hash, warning: unknown to VirusTotal (on-unknown=warn)`);
  const error = result.annotations.find((a) => a.level === 'error' && a.message.includes(member));
  expect(error?.properties.file).toBe('dist/release.tar.gz'); // the annotation points at the file in the repository
  expect(result.summary).toContain('libevil.so');
  // The summary shows the member beneath its archive's row.
  const table = result.summary.slice(result.summary.indexOf('### Artifacts that need attention'));
  const archiveRow = table.indexOf('<tr><td><code>dist/release.tar.gz</code></td>');
  expect(archiveRow).toBeGreaterThan(0);
  expect(table.indexOf(`<tr><td>&emsp;↳ <code title="${member}">./app.zip!/lib/libevil.so</code></td>`)).toBeGreaterThan(archiveRow);
  // SARIF: the member's result is at the outer file, names the member, and carries its chain.
  const sarif = JSON.parse(await readFile(path.join(workspace, 'gate.sarif'), 'utf8'));
  const [sarifResult, ...others] = sarif.runs[0].results;
  expect(others.map((r: any) => r.ruleId)).toEqual(['artifact-reputation/unknown', 'artifact-reputation/unknown']); // the archives' own verdicts, warnings
  expect(sarifResult.ruleId).toBe('artifact-reputation/malicious');
  expect(sarifResult.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'dist/release.tar.gz', uriBaseId: '%SRCROOT%' });
  expect(sarifResult.locations[0].logicalLocations).toEqual([{ name: 'lib/libevil.so', fullyQualifiedName: member, kind: 'resource' }]);
  expect(sarifResult.message.text).toMatch(new RegExp(`^${member.replace(/[.!/]/g, '\\$&')} \\(SHA-256 `));
  expect(sarifResult.properties.container).toEqual(['dist/release.tar.gz', './app.zip']);
  // The outer archive is looked up too; the README is not, under archive-members: binaries.
  expect(lookupsOf(sha256Of(await readFile(path.join(workspace, 'dist/release.tar.gz'))))).toBe(1);
  expect(lookupsOf(sha256Of('not looked up'))).toBe(0);
});

test('the same member in two archives is looked up once; the allow list works on member hashes', async () => {
  knowEvilAndClean();
  const workspace = await makeWorkspace({
    'dist/a.zip': await zipOf({ 'x/libevil.so': EVIL }),
    'dist/b.jar': await zipOf({ 'native/libevil.so': EVIL, 'native/tool.exe': CLEAN }),
  });

  const failed = await gate(workspace);
  expect(failed.exitCode).toBe(1);
  expect(lookupsOf(sha256Of(EVIL))).toBe(1);
  expect(byPath(failed)['dist/a.zip!/x/libevil.so'].status).toBe('malicious');
  expect(byPath(failed)['dist/b.jar!/native/libevil.so'].status).toBe('malicious');

  const allowed = await gate(workspace, { allow: `${sha256Of(EVIL)} test fixture, vetted` });
  expect(allowed.exitCode).toBe(0);
  expect(byPath(allowed)['dist/b.jar!/native/libevil.so']).toMatchObject({ status: 'allowed', statusIfNotAllowed: 'malicious' });
});

test('a zip bomb is refused cleanly: that member is unscanned, judged by on-error; the rest is judged', async () => {
  knowEvilAndClean();
  const bomb = await zipOf({ 'zeros.bin': Buffer.alloc(128 * 1024 * 1024), 'lib/libevil.so': EVIL }, ['-9']);
  const workspace = await makeWorkspace({ 'dist/bomb.zip': bomb });

  const failing = await gate(workspace);
  expect(failing.exitCode).toBe(1);
  const artifacts = byPath(failing);
  expect(artifacts['dist/bomb.zip!/zeros.bin']).toMatchObject({ status: 'unscanned', consequence: 'fail', sha256: null, error: null, unscanned: expect.stringContaining('archive-max-ratio') });
  expect(artifacts['dist/bomb.zip!/lib/libevil.so'].status).toBe('malicious');
  expect(failing.outputs).toMatchObject({ unscanned: '1', errors: '0' });
  expect(failing.report.failureMessage).toContain('1 of 3 artifacts was not scanned fully (on-error=fail): dist/bomb.zip!/zeros.bin');

  fixture.server.reports.delete(sha256Of(EVIL));
  const warned = await gate(workspace, { 'on-error': 'warn' });
  expect(warned.exitCode).toBe(0);
  expect(byPath(warned)['dist/bomb.zip!/zeros.bin']).toMatchObject({ status: 'unscanned', consequence: 'warn' });
  const warning = warned.annotations.find((a) => a.level === 'warning' && a.message.includes('dist/bomb.zip!/zeros.bin'));
  expect(warning?.properties).toMatchObject({ title: 'Archive member not read', file: 'dist/bomb.zip' });
  expect(warning!.message).toMatch(/^dist\/bomb\.zip!\/zeros\.bin was not read: it expands more than 200 times/);
  expect(warned.summary).toContain('| Errors | Unscanned |');
  expect(warned.summary).toContain('🚧 unscanned');
});

test('a nested archive over archive-max-nested-mib is judged by its hash and reported as not opened', async () => {
  knowEvilAndClean();
  const inner = await zipOf({ 'padding.bin': Buffer.alloc(3 * 1024 * 1024, 1), 'libevil.so': EVIL }, ['-0']);
  const workspace = await makeWorkspace({ 'dist/outer.tar': await tarOf({ 'inner.zip': inner }) });

  const result = await gate(workspace, { 'archive-max-nested-mib': '1', 'on-error': 'warn' });

  expect(result.exitCode).toBe(0);
  const nested = byPath(result)['dist/outer.tar!/./inner.zip'];
  expect(nested).toMatchObject({
    status: 'unscanned',
    consequence: 'warn',
    sha256: sha256Of(inner),
    error: null,
    unscanned: expect.stringMatching(/^it is larger than archive-max-nested-mib \(1 MiB\)/),
  });
  expect(nested.decidedBy.text).toBe('warning: not scanned fully (on-error=warn)');
  expect(Object.keys(byPath(result)).some((name) => name.endsWith('libevil.so'))).toBe(false);
  expect(lookupsOf(sha256Of(inner))).toBe(1);
});

test('a .deb as dpkg-deb makes it (data.tar.xz) is opened by the bundle: its known-malicious library fails the gate', async () => {
  knowEvilAndClean();
  const workspace = await makeWorkspace({ 'dist/tool.deb': await debOf({ 'usr/lib/libevil.so': EVIL, 'usr/bin/tool': CLEAN }, 'xz') });

  const result = await gate(workspace);

  expect(result.exitCode).toBe(1);
  const artifacts = byPath(result);
  expect(artifacts['dist/tool.deb!/data.tar.xz!/./usr/lib/libevil.so']).toMatchObject({ status: 'malicious', container: ['dist/tool.deb', 'data.tar.xz'] });
  expect(artifacts['dist/tool.deb!/data.tar.xz!/./usr/bin/tool'].status).toBe('clean');
  expect(artifacts['dist/tool.deb!/data.tar.xz']).toMatchObject({ unscanned: null, consequence: 'fail' });
});

test('archive-members: none keeps archives whole: no member is listed or looked up', async () => {
  knowEvilAndClean();
  const zip = await zipOf({ 'lib/libevil.so': EVIL });
  const workspace = await makeWorkspace({ 'dist/app.zip': zip });

  const result = await gate(workspace, { 'archive-members': 'none' });

  expect(result.exitCode).toBe(0);
  expect(result.report.artifacts.map((a: any) => a.path)).toEqual(['dist/app.zip']);
  expect(fixture.server.requests.map((request) => request.sha256)).toEqual([sha256Of(zip)]);
});

test('a bad archive-members value stops the action before any request, naming the input', async () => {
  const workspace = await makeWorkspace({ 'dist/a.bin': 'a' });
  const result = await gate(workspace, { 'archive-members': 'some' });
  expect(result.exitCode).toBe(1);
  expect(result.stdout).toContain('Input `archive-members` must be one of `binaries`, `all`, `none`; got "some".');
  expect(fixture.server.requests).toEqual([]);
});

test('memory stays bounded reading a large archive: members are streamed, a big nested archive is not held', async () => {
  const directory = await scratch();
  // Sparse files read as zeros: 512 MiB of member and a 320 MiB nested zip, in an uncompressed tar.
  await writeTree(path.join(directory, 'tree'), { 'big.bin': '', 'nested/filler.bin': '', 'nested/x.so': elf('inside') });
  await truncate(path.join(directory, 'tree', 'big.bin'), 512 * 1024 * 1024);
  await truncate(path.join(directory, 'tree', 'nested', 'filler.bin'), 320 * 1024 * 1024);
  run(path.join(directory, 'tree', 'nested'), 'zip', '-q', '-0', '-X', path.join(directory, 'tree', 'nested.zip'), 'filler.bin', 'x.so');
  const workspace = await makeWorkspace();
  run(path.join(directory, 'tree'), 'tar', '-cf', path.join(workspace, 'release.tar'), 'big.bin', 'nested.zip');
  const rssFile = path.join(directory, 'max-rss');

  const result = await gate(
    workspace,
    { files: 'release.tar', 'archive-members': 'all', 'on-error': 'warn' },
    { NODE_OPTIONS: `--import ${JSON.stringify(path.join(REPO_ROOT, 'test', 'support', 'max-rss.ts'))}`, MAX_RSS_FILE: rssFile },
  );

  expect(result.exitCode).toBe(0);
  const artifacts = byPath(result);
  expect(artifacts['release.tar!/big.bin'].size).toBe(512 * 1024 * 1024);
  expect(artifacts['release.tar!/nested.zip'].unscanned).toMatch(/^it is larger than archive-max-nested-mib/);
  const peakMiB = Number(await readFile(rssFile, 'utf8')) / 1024;
  // About 200 MiB here; holding the member (512 MiB) or the nested zip (320 MiB, over 1 GiB at peak when it was) would break it.
  expect(peakMiB).toBeLessThan(400);
}, 180_000);
