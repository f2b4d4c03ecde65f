// Archives made by the real tools (zip, tar, gzip, zstd, dpkg-deb) and Python's zipfile for odd
// cases, in a scratch directory; fake native binaries that carry real magic bytes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

/** Bytes that sniff as an ELF shared object (or PE, Mach-O), unique by `label`. */
export function elf(label: string): Buffer {
  return Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.from(`ELF member ${label}\n`)]);
}
export function pe(label: string): Buffer {
  return Buffer.concat([Buffer.from('MZ'), Buffer.from(`PE member ${label}\n`)]);
}

/** A scratch directory, removed when the test ends. */
export async function scratch(): Promise<string> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'arg-archives-'));
  onTestFinished(() => rm(directory, { recursive: true, force: true }));
  return directory;
}

/** Writes `files` (relative paths) under `directory`. */
export async function writeTree(directory: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(directory, name)), { recursive: true });
    await writeFile(path.join(directory, name), content);
  }
}

export function run(cwd: string, command: string, ...args: string[]): void {
  execFileSync(command, args, { cwd, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
}

/** `zip -r -X archive .` over a tree of `files`; returns the archive's bytes. `extra` goes before the names (e.g. `-0`, `-P`). */
export async function zipOf(files: Record<string, string | Buffer>, extra: string[] = []): Promise<Buffer> {
  const directory = await scratch();
  await writeTree(path.join(directory, 'tree'), files);
  run(path.join(directory, 'tree'), 'zip', '-q', '-r', '-X', ...extra, path.join(directory, 'out.zip'), '.');
  return readFile(path.join(directory, 'out.zip'));
}

/** Whether the JDK's `jar` tool is on PATH (tests that need it are skipped without it). */
export const HAS_JAR = spawnSync('jar', ['--version'], { stdio: 'ignore' }).status === 0;

/** `jar cf` over a tree of `files`, as a Java build makes it (a META-INF/MANIFEST.MF first). */
export async function jarOf(files: Record<string, string | Buffer>): Promise<Buffer> {
  const directory = await scratch();
  await writeTree(path.join(directory, 'tree'), files);
  run(directory, 'jar', 'cf', 'out.jar', '-C', 'tree', '.');
  return readFile(path.join(directory, 'out.jar'));
}

/** `tar` over a tree, with the compression flag given (`-z`, `--zstd`, or none). */
export async function tarOf(files: Record<string, string | Buffer>, compression: string[] = []): Promise<Buffer> {
  const directory = await scratch();
  await writeTree(path.join(directory, 'tree'), files);
  run(directory, 'tar', '-c', ...compression, '-f', 'out.tar', '-C', 'tree', '.');
  return readFile(path.join(directory, 'out.tar'));
}

/** A zip written by Python's zipfile: member names exactly as given (`..`, absolute), stored or deflated. */
export async function pythonZipOf(members: [string, string | Buffer][], deflate = true): Promise<Buffer> {
  const directory = await scratch();
  const list = members.map(([name, content]) => [name, Buffer.from(content).toString('base64')]);
  await writeFile(path.join(directory, 'members.json'), JSON.stringify(list));
  const script = [
    'import base64, json, sys, zipfile',
    'members = json.load(open("members.json"))',
    'with zipfile.ZipFile("out.zip", "w") as z:',
    '    for name, data in members:',
    '        info = zipfile.ZipInfo(name)',
    `        info.compress_type = zipfile.${deflate ? 'ZIP_DEFLATED' : 'ZIP_STORED'}`,
    '        z.writestr(info, base64.b64decode(data))',
  ].join('\n');
  run(directory, 'python3', '-c', script);
  return readFile(path.join(directory, 'out.zip'));
}

/** A .deb made by dpkg-deb, its data.tar compressed as `compression` says (gzip, zstd, xz). */
export async function debOf(files: Record<string, string | Buffer>, compression: string): Promise<Buffer> {
  const directory = await scratch();
  await writeTree(path.join(directory, 'pkg'), {
    ...files,
    'DEBIAN/control': 'Package: gate-sample\nVersion: 1.0\nArchitecture: amd64\nMaintainer: Gate Tests <gate@example.invalid>\nDescription: a sample\n',
  });
  run(directory, 'dpkg-deb', '--root-owner-group', `-Z${compression}`, '--build', 'pkg', 'out.deb');
  return readFile(path.join(directory, 'out.deb'));
}
