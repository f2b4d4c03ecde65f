// End to end against hostile input: file names, special files, unreadable files, broken links, and a
// service that echoes the key back.
import { spawnSync } from 'node:child_process';
import { chmod, symlink } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { elf, pythonZipOf, tarOf } from '../support/archives.ts';
import { fileReport, sha256Of } from '../support/reports.ts';
import { runAction, type ActionRun } from '../support/runner.ts';
import { VtServer } from '../support/vt-server.ts';
import { makeWorkspace } from '../support/workspace.ts';

const KEY = 'hostile-key-0b7d41';
let server: VtServer;

beforeEach(async () => {
  server = await VtServer.start({ apiKeys: [KEY] });
});
afterEach(async () => {
  await server.close();
});

function gate(workspace: string, inputs: Record<string, string> = {}, extra: Partial<Parameters<typeof runAction>[0]> = {}): Promise<ActionRun> {
  return runAction({ workspace, inputs: { files: 'dist/**', 'api-key': KEY, 'api-url': server.url, 'requests-per-minute': '0', ...inputs }, ...extra });
}

/** Workflow commands are lines starting with `::`; only the action's own may appear. */
function commandLines(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((line) => /^\s*::/.test(line));
}

test('hostile file names cannot start a workflow command, break an annotation, a table or inject HTML', async () => {
  const names = ['evil\n::error title=Injected::pwned.bin', 'a,b:c%25d%0A.bin', '|pipe| <b>bold</b> `tick`.bin', '<img src=x onerror=alert(1)>.exe', '@team #1 $x$ *em*.bin'];
  const workspace = await makeWorkspace(Object.fromEntries(names.map((name, i) => [`dist/${name}`, `content ${i}`])));
  for (const [i] of names.entries()) {
    const sha = sha256Of(`content ${i}`);
    server.reports.set(sha, fileReport({ sha256: sha, malicious: { 'Engine<script>': `Threat|${i}\n::warning::x <i>y</i>` } }));
  }

  const run = await gate(workspace);

  expect(run.exitCode).toBe(1);
  const malicious = run.annotations.filter((a) => a.properties.title?.startsWith('Malicious'));
  expect(malicious.map((a) => a.properties.file).sort()).toEqual(names.map((n) => `dist/${n}`).sort());
  expect(run.annotations.some((a) => a.properties.title === 'Injected' || a.message.startsWith('pwned'))).toBe(false);
  // Every command line is one the action meant: a mask, a debug line, a group, or one annotation each.
  const unexpected = commandLines(run).filter((line) => !/^::(add-mask|debug|group|endgroup|error|warning|notice)\b/.test(line));
  expect(unexpected).toEqual([]);
  expect(commandLines(run).filter((line) => line.startsWith('::error title=Malicious'))).toHaveLength(names.length);
  expect(commandLines(run).filter((line) => line.startsWith('::warning'))).toEqual([]);

  expect(run.summary).not.toMatch(/<b>|<img|<script|<i>/);
  const rows = run.summary.split('\n').filter((line) => line.startsWith('<tr><td>'));
  for (const row of rows) expect(row.match(/<td>/g)?.length).toBeOneOf([4, 5]); // engine rows have 4 cells, artifact rows 5
  expect(run.summary).toContain('&lt;img src=x onerror=alert(1)&gt;.exe');
  expect(run.summary).toContain('<code>dist/evil&#92;n::error title=Injected::pwned.bin</code>'); // the newline shown as \n
  expect(run.report.artifacts.map((a: any) => a.path).sort()).toEqual(names.map((n) => `dist/${n}`).sort());
});

test('hostile archive member names cannot start a workflow command or hide in the log, the summary or an annotation', async () => {
  const tarNames = ['evil\n::error title=Injected::pwned.so', '100%25%0A::warning::x.so', '<img src=x onerror=alert(1)>|`*em*`.so', 'gpj.\u202eexe.so'];
  // Python's zipfile flags a non-ASCII name as UTF-8, so its newline is read as one (not as CP437's ◙).
  const zipNames = ['é\r\n::error title=Injected::zip.so', 'ü\u2066::notice::x.so'];
  const tar = await tarOf(Object.fromEntries(tarNames.map((name, i) => [name, elf(`tar ${i}`)])));
  const zip = await pythonZipOf(zipNames.map((name, i) => [name, elf(`zip ${i}`)]));
  const workspace = await makeWorkspace({ 'dist/release.tar': tar, 'dist/app.zip': zip });

  const run = await gate(workspace, { 'on-unknown': 'fail' });

  expect(run.exitCode).toBe(1);
  expect(run.report.artifacts).toHaveLength(2 + tarNames.length + zipNames.length);
  // The archives fail with their members, and the line saying so names each of them on the same line.
  const unexpected = commandLines(run).filter((line) => !/^::(add-mask|debug|group|endgroup|error|warning|notice)\b/.test(line));
  expect(unexpected).toEqual([]);
  expect(commandLines(run).filter((line) => /^::(error|warning|notice) title=Unknown/.test(line))).toHaveLength(2 + tarNames.length + zipNames.length);
  expect(commandLines(run).filter((line) => /^::(error|warning|notice)(::| title=(?!Unknown))/.test(line))).toEqual([expect.stringMatching(/^::error::\d+ of \d+ artifacts are unknown/)]);
  expect(run.annotations.some((a) => a.properties.title === 'Injected')).toBe(false);
  const archiveLine = run.stdout.split('\n').find((line) => line.startsWith('unknown    dist/release.tar — failed: it holds 4 failing members'));
  expect(archiveLine).toContain('dist/release.tar!/./evil\\n::error title=Injected::pwned.so');
  expect(run.stdout).toContain('dist/app.zip!/é\\r\\n::error title=Injected::zip.so');
  expect(run.stdout).not.toMatch(/[\u202e\u2066]/);
  expect(run.summary).not.toMatch(/<img|[\u202e\u2066]/);
  for (const annotation of run.annotations) expect(annotation.message).not.toMatch(/[\u202e\u2066]/);
});

test('special files are errors, never read; broken links are skipped with a notice; the rest is judged', async () => {
  const workspace = await makeWorkspace({ 'dist/good.bin': 'good' });
  server.reports.set(sha256Of('good'), fileReport({ sha256: sha256Of('good') }));
  const dist = path.join(workspace, 'dist');
  expect(spawnSync('mkfifo', [path.join(dist, 'pipe')]).status).toBe(0);
  const socketServer = net.createServer().listen(path.join(dist, 'socket'));
  await new Promise((resolve) => socketServer.once('listening', resolve));
  await symlink('/dev/null', path.join(dist, 'device'));
  await symlink(path.join(dist, 'missing-target'), path.join(dist, 'dangling'));
  try {
    const run = await gate(workspace, {}, { timeoutMs: 20_000 });

    expect(run.exitCode).toBe(1); // on-error=fail
    const byPath = Object.fromEntries(run.report.artifacts.map((a: any) => [a.path, a]));
    expect(Object.keys(byPath).sort()).toEqual(['dist/device', 'dist/good.bin', 'dist/pipe', 'dist/socket']);
    expect(byPath['dist/good.bin']).toMatchObject({ status: 'clean' });
    expect(byPath['dist/pipe']).toMatchObject({ status: 'error', sha256: null, error: { kind: 'file', message: 'dist/pipe is not a regular file but a FIFO; it was not read.' } });
    expect(byPath['dist/socket'].error.message).toContain('but a socket');
    expect(byPath['dist/device'].error.message).toContain('but a character device');
    expect(run.outputs).toMatchObject({ scanned: '4', errors: '3' });
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'notice', message: 'Skipped 1 matched path that is not a file to check: dist/dangling (broken symbolic link).' }));
    expect(server.requests.map((r) => r.sha256)).toEqual([sha256Of('good')]);
  } finally {
    socketServer.close();
  }
});

test('a symbolic link loop is an error for that path, not the end of the scan; the rest is still judged', async () => {
  const workspace = await makeWorkspace({ 'dist/good.bin': 'good', 'lib/inner.bin': 'inner' });
  server.reports.set(sha256Of('good'), fileReport({ sha256: sha256Of('good') }));
  await symlink('loop', path.join(workspace, 'dist', 'loop'));
  await symlink('../lib', path.join(workspace, 'dist', 'lib-link'));
  await symlink('.', path.join(workspace, 'dist', 'up'));

  const run = await gate(workspace, { 'on-error': 'warn', 'on-unknown': 'pass' }, { timeoutMs: 20_000 });

  expect(run.exitCode).toBe(0);
  const byPath = Object.fromEntries(run.report.artifacts.map((a: any) => [a.path, a]));
  expect(Object.keys(byPath).sort()).toEqual(['dist/good.bin', 'dist/lib-link/inner.bin', 'dist/loop', 'dist/up']);
  expect(byPath['dist/good.bin'].status).toBe('clean');
  expect(byPath['dist/loop']).toMatchObject({ status: 'error', error: { kind: 'file', message: 'Could not read dist/loop: ELOOP.' } });
  expect(byPath['dist/up']).toMatchObject({ status: 'error', error: { kind: 'file', message: 'Could not read dist/up: it is a symbolic link loop (ELOOP): it leads back to dist.' } });
  // A loop elsewhere in the tree does not stop other links from being followed.
  expect(byPath['dist/lib-link/inner.bin']).toMatchObject({ status: 'unknown', size: 5 });
});

describe('a file that cannot be read', () => {
  const root = process.getuid?.() === 0;
  test('is an error for that artifact (permission denied), and the others are still judged', async () => {
    const workspace = await makeWorkspace({ 'dist/secret.bin': 'secret', 'dist/open.bin': 'open' });
    server.reports.set(sha256Of('open'), fileReport({ sha256: sha256Of('open'), malicious: { E: 'Bad' } }));
    await chmod(path.join(workspace, 'dist', 'secret.bin'), 0o000);
    // Root reads anything: run the action as nobody then, as a runner's user would be.
    if (root) for (const dir of [workspace, path.join(workspace, 'dist')]) await chmod(dir, 0o755);

    const run = await gate(workspace, { 'on-error': 'warn' }, root ? { user: { uid: 65534, gid: 65534 } } : {});

    expect(run.exitCode).toBe(1);
    const byPath = Object.fromEntries(run.report.artifacts.map((a: any) => [a.path, a]));
    expect(byPath['dist/secret.bin']).toMatchObject({ status: 'error', consequence: 'warn', error: { kind: 'file' } });
    expect(byPath['dist/secret.bin'].error.message).toBe('Could not hash dist/secret.bin: cannot open the file: permission denied (EACCES).');
    expect(byPath['dist/open.bin']).toMatchObject({ status: 'malicious' });
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'warning', properties: { file: 'dist/secret.bin', title: 'Artifact could not be read' } }));
  });
});

test('the key never appears in logs, annotations, summary or report, with debug on and a service that echoes it', async () => {
  const files = { 'dist/a.bin': 'a', 'dist/b.bin': 'b', 'dist/c.bin': 'c' };
  const workspace = await makeWorkspace(files);
  server.reports.set(sha256Of('c'), fileReport({ sha256: sha256Of('c'), malicious: { [`Engine ${KEY}`]: `Threat.${KEY}` } }));
  server.fault = (request) => {
    if (request.sha256 === sha256Of('a')) return { type: 'status', status: 400, code: 'BadRequestError', message: `key ${KEY} is not valid here` };
    if (request.sha256 === sha256Of('b')) return { type: 'raw', status: 418, body: `teapot says ${KEY}`, contentType: 'text/plain' };
    return undefined;
  };

  const run = await gate(workspace, {}, { env: { RUNNER_DEBUG: '1' } });

  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain('::debug::'); // debug logging really was on
  expect(run.stdout).toContain('key *** is not valid here');
  const lines = run.stdout.split('\n');
  expect(lines.filter((line) => line.includes(KEY))).toEqual([`::add-mask::${KEY}`]);
  expect(run.stderr).not.toContain(KEY);
  expect(run.summary).not.toContain(KEY);
  expect(JSON.stringify(run.report)).not.toContain(KEY);
  expect(JSON.stringify(run.outputs)).not.toContain(KEY);
  expect(run.report.artifacts.find((a: any) => a.path === 'dist/c.bin').detections[0]).toMatchObject({ engine: 'Engine ***', result: 'Threat.***' });
});
