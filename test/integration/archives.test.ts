// Opening archives in the core: every format made by its real tool, and each hostile case ending as a
// clear status for its member or archive, never a crash, a hang or unbounded memory.
import { createHash, randomBytes } from 'node:crypto';
import { truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from '../../src/core/archives/limits.ts';
import { openArchive, type MemberSelection, type OpenedArchive } from '../../src/core/archives/walk.ts';
import { debOf, elf, pe, pythonZipOf, scratch, tarOf, zipOf } from '../support/archives.ts';

const sha = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Opens `bytes` written as `name`, the way the scan does: its first bytes from the hashing, then the file. */
async function opened(name: string, bytes: Buffer, members: MemberSelection = 'binaries', limits: Partial<ArchiveLimits> = {}): Promise<OpenedArchive | null> {
  const file = path.join(await scratch(), name);
  await writeFile(file, bytes);
  return openArchive({ absolutePath: file, displayPath: `dist/${name}`, inWorkspace: true, size: bytes.length }, bytes.subarray(0, 512), sha(bytes), {
    members,
    limits: { ...DEFAULT_ARCHIVE_LIMITS, ...limits },
  });
}

/** Each member's path to its SHA-256, or `not read: <why>`, for exact comparison. */
function listed(archive: OpenedArchive | null): Record<string, string> {
  expect(archive).not.toBeNull();
  return Object.fromEntries(archive!.members.map((m) => [m.artifact.displayPath, m.sha256 ?? `not read: ${m.artifact.unscanned}`]));
}

describe('formats', () => {
  test('a jar holding a native library and a vendored jar: the binaries and the nested archive, each with its chain', async () => {
    const vendored = await zipOf({ 'com/x/Native.dll': pe('native'), 'com/x/A.class': 'class bytes' });
    const jar = await zipOf({ 'lib/libz.so': elf('libz'), 'lib/vendor.jar': vendored, 'META-INF/MANIFEST.MF': 'Manifest-Version: 1.0\n' });
    const archive = await opened('app.jar', jar);
    expect(archive!.unscanned).toBeNull();
    expect(listed(archive)).toEqual({
      'dist/app.jar!/lib/libz.so': sha(elf('libz')),
      'dist/app.jar!/lib/vendor.jar': sha(vendored),
      'dist/app.jar!/lib/vendor.jar!/com/x/Native.dll': sha(pe('native')),
    });
    const native = archive!.members.find((m) => m.artifact.displayPath.endsWith('Native.dll'))!;
    expect(native.artifact.member!.chain).toEqual(['dist/app.jar', 'lib/vendor.jar', 'com/x/Native.dll']);
    expect(native.artifact.size).toBe(pe('native').length);
  });

  test('`all` looks up every member; `none` opens nothing', async () => {
    const zip = await zipOf({ 'a.txt': 'text', 'b.so': elf('b') });
    expect(Object.keys(listed(await opened('all.zip', zip, 'all'))).sort()).toEqual(['dist/all.zip!/a.txt', 'dist/all.zip!/b.so']);
    expect(await opened('none.zip', zip, 'none')).toBeNull();
  });

  test('a file that only looks like an archive by name is not opened; one that is, whatever its name, is', async () => {
    expect(await opened('fake.zip', Buffer.from('not a zip at all'))).toBeNull();
    const zip = await zipOf({ 'x.so': elf('renamed') });
    expect(listed(await opened('release.bin', zip))).toEqual({ 'dist/release.bin!/x.so': sha(elf('renamed')) });
  });

  test.each([
    ['tar', [] as string[]],
    ['tar.gz', ['-z']],
    ['tar.zst', ['--zstd']],
    ['tar.xz', ['-J']],
  ])('a %s of a tree', async (extension, compression) => {
    const tar = await tarOf({ 'bin/tool': elf('tool'), 'share/doc.txt': 'doc', 'lib/plugin.whl': await zipOf({ 'p/_native.so': elf('plugin') }) }, compression);
    const archive = await opened(`tree.${extension}`, tar);
    expect(archive!.unscanned).toBeNull();
    expect(Object.fromEntries(Object.entries(listed(archive)).filter(([name]) => !name.endsWith('.whl')))).toEqual({
      [`dist/tree.${extension}!/./bin/tool`]: sha(elf('tool')),
      [`dist/tree.${extension}!/./lib/plugin.whl!/p/_native.so`]: sha(elf('plugin')),
    });
  });

  test('a gzip of one binary holds that binary', async () => {
    const directory = await scratch();
    await writeFile(path.join(directory, 'app.exe'), pe('gz'));
    const { execFileSync } = await import('node:child_process');
    const gz = execFileSync('gzip', ['-c', path.join(directory, 'app.exe')]);
    expect(listed(await opened('app.exe.gz', gz))).toEqual({ 'dist/app.exe.gz!/app.exe': sha(pe('gz')) });
  });

  test.each(['gzip', 'zstd', 'xz'])('a .deb (ar) with data.tar compressed by %s', async (compression) => {
    const deb = await debOf({ 'usr/bin/gate-sample': elf('deb') }, compression);
    const archive = await opened('sample.deb', deb, 'binaries');
    expect(archive!.unscanned).toBeNull();
    const members = listed(archive);
    const extension = { gzip: 'gz', zstd: 'zst', xz: 'xz' }[compression];
    expect(members[`dist/sample.deb!/data.tar.${extension}!/./usr/bin/gate-sample`]).toBe(sha(elf('deb')));
  });

  test('a tar.bz2 is not opened: judged by its own hash, inside a zip too', async () => {
    const tbz = await tarOf({ 'bin/tool': elf('bz2') }, ['-j']);
    expect(await opened('tree.tar.bz2', tbz)).toBeNull();
    expect(listed(await opened('holder.zip', await zipOf({ 'tree.tar.bz2': tbz }), 'all'))).toEqual({ 'dist/holder.zip!/tree.tar.bz2': sha(tbz) });
  });

  test('an xz of one binary holds that binary', async () => {
    const { execFileSync } = await import('node:child_process');
    const xzed = execFileSync('xz', ['-c', '-6'], { input: pe('xz') });
    expect(listed(await opened('app.exe.xz', xzed))).toEqual({ 'dist/app.exe.xz!/app.exe': sha(pe('xz')) });
  });

  test('a crx: the zip after its version 3 header', async () => {
    const zip = await zipOf({ 'native/host.exe': pe('crx') });
    const header = Buffer.alloc(16);
    header.write('Cr24', 0, 'latin1');
    header.writeUInt32LE(3, 4);
    header.writeUInt32LE(4, 8); // four bytes of (unread) signed header follow
    expect(listed(await opened('ext.crx', Buffer.concat([header, zip])))).toEqual({ 'dist/ext.crx!/native/host.exe': sha(pe('crx')) });
  });
});

describe('limits and hostile archives', () => {
  test('three levels of nesting: the archive past archive-max-depth is judged by its hash and reported not opened', async () => {
    const level3 = await zipOf({ 'deep.so': elf('deep') });
    const level2 = await zipOf({ 'c.zip': level3 });
    const level1 = await zipOf({ 'b.zip': level2 });
    const archive = await opened('a.zip', level1, 'binaries', { maxDepth: 2 });
    expect(listed(archive)).toEqual({ 'dist/a.zip!/b.zip': sha(level2), 'dist/a.zip!/b.zip!/c.zip': sha(level3) });
    expect(archive!.members[1]!.artifact.unscanned).toBe('it is nested deeper than archive-max-depth (2); not opened');
    const deep = await opened('a.zip', level1, 'binaries', { maxDepth: 3 });
    expect(listed(deep)['dist/a.zip!/b.zip!/c.zip!/deep.so']).toBe(sha(elf('deep')));
  });

  test('a zip bomb: the member that expands past archive-max-ratio is not read, the others are', async () => {
    const bomb = await zipOf({ 'zeros.bin': Buffer.alloc(64 * 1024 * 1024), 'ok.so': elf('beside the bomb') }, ['-9']);
    const archive = await opened('bomb.zip', bomb);
    expect(archive!.unscanned).toBeNull();
    expect(listed(archive)).toEqual({
      'dist/bomb.zip!/ok.so': sha(elf('beside the bomb')),
      'dist/bomb.zip!/zeros.bin': expect.stringMatching(/^not read: it expands more than 200 times .*archive-max-ratio/),
    });
  });

  test('a gzip bomb ends the compressed stream as not opened', async () => {
    const { execFileSync } = await import('node:child_process');
    const bomb = execFileSync('gzip', ['-9c'], { input: Buffer.alloc(64 * 1024 * 1024), maxBuffer: 1 << 30 });
    const archive = await opened('zeros.gz', bomb);
    expect(archive!.members).toEqual([]);
    expect(archive!.unscanned).toMatch(/^it could not be read as gzip: it expands more than 200 times/);
  });

  test('the total uncompressed bytes end the whole walk, at any level', async () => {
    const inner = await zipOf({ 'a.bin': randomBytes(700 * 1024), 'b.bin': randomBytes(700 * 1024) }, ['-0']);
    const outer = await pythonZipOf(
      [
        ['inner.zip', inner],
        ['z.so', elf('after')],
      ],
      false,
    );
    const archive = await opened('big.zip', outer, 'all', { maxTotalBytes: 2 * 1024 * 1024 });
    expect(archive!.unscanned).toBe('more than archive-max-total-mib (2 MiB) uncompressed in all; the rest was not read');
    expect(Object.keys(listed(archive))).not.toContain('dist/big.zip!/z.so');
  });

  test('a nested archive over archive-max-nested-mib is judged by its hash and reported as not opened', async () => {
    const inner = await zipOf({ 'big.bin': randomBytes(2 * 1024 * 1024), 'x.so': elf('inside big') }, ['-0']);
    const archive = await opened('outer.tar.gz', await tarOf({ 'inner.zip': inner }, ['-z']), 'binaries', { maxNestedBytes: 1024 * 1024 });
    expect(listed(archive)).toEqual({ 'dist/outer.tar.gz!/./inner.zip': sha(inner) });
    expect(archive!.members[0]!.artifact.unscanned).toMatch(/^it is larger than archive-max-nested-mib \(1 MiB\)/);
  });

  test('a corrupt (truncated) zip is reported as not opened, never thrown', async () => {
    const zip = await zipOf({ 'a.so': elf('a'), 'b.txt': 'b'.repeat(10_000) });
    const archive = await opened('cut.zip', zip.subarray(0, zip.length - 30));
    expect(archive!.members).toEqual([]);
    expect(archive!.unscanned).toMatch(/^it could not be read as zip: /);
  });

  test('an xz bomb, a truncated or corrupt xz, and one that asks for more than 64 MiB of dictionary: not opened, with the reason', async () => {
    const { execFileSync } = await import('node:child_process');
    const bomb = execFileSync('xz', ['-c', '-9'], { input: Buffer.alloc(64 * 1024 * 1024), maxBuffer: 1 << 30 });
    expect((await opened('zeros.xz', bomb))!.unscanned).toMatch(/^it could not be read as xz: it expands more than 200 times/);

    const txz = await tarOf({ 'a.so': elf('first xz'), 'b.bin': randomBytes(512 * 1024) }, ['-J']);
    const cut = await opened('cut.tar.xz', txz.subarray(0, txz.length - 4096));
    expect(cut!.unscanned).toBe('it could not be read as xz: it is cut short or corrupt');
    expect(listed(cut)['dist/cut.tar.xz!/./a.so']).toBe(sha(elf('first xz')));

    const corrupt = Buffer.from(txz);
    corrupt.fill(0x55, 200, 400);
    expect((await opened('corrupt.tar.xz', corrupt))!.unscanned).toMatch(/^it could not be read as xz: (its compressed data is corrupt|it is cut short or corrupt)$/);

    // xz's LZMA2 dictionary size is one byte in the block header (40: 4 GiB); the header's CRC32 is made to match.
    const small = execFileSync('python3', ['-c', 'import lzma, sys; sys.stdout.buffer.write(lzma.compress(b"x" * 1000, format=lzma.FORMAT_XZ))']);
    const huge = Buffer.from(small);
    const headerSize = (huge[12]! + 1) * 4;
    const props = huge.indexOf(Buffer.from([0x21, 0x01]), 12) + 2;
    huge[props] = 36; // 1 GiB
    const { crc32 } = await import('node:zlib');
    huge.writeUInt32LE(crc32(huge.subarray(12, 12 + headerSize - 4)), 12 + headerSize - 4);
    expect((await opened('huge.xz', huge))!.unscanned).toBe('it could not be read as xz: it needs a dictionary larger than the 64 MiB the decoder allows (xz -9 uses 64 MiB)');
  });

  test('an xz inside an xz being read is judged by its hash and not opened, and the walk goes on', async () => {
    const inner = await tarOf({ 'deep.so': elf('inner xz') }, ['-J']);
    const outer = await tarOf({ 'inner.tar.xz': inner, 'z.so': elf('after the inner xz') }, ['-J']);
    const archive = await opened('outer.tar.xz', outer);
    expect(listed(archive)).toEqual({ 'dist/outer.tar.xz!/./inner.tar.xz': sha(inner), 'dist/outer.tar.xz!/./z.so': sha(elf('after the inner xz')) });
    expect(archive!.members.find((m) => m.artifact.displayPath.endsWith('inner.tar.xz'))!.artifact.unscanned).toBe(
      'it is xz inside an xz stream being read, and the xz decoder reads one stream at a time; not opened',
    );
    // One after the other, xz streams are read: the same inner archive in a zip is opened.
    const zipped = await opened('holder.zip', await zipOf({ 'one.tar.xz': inner, 'two.tar.xz': await tarOf({ 'two.so': elf('second xz') }, ['-J']) }));
    expect(listed(zipped)['dist/holder.zip!/one.tar.xz!/./deep.so']).toBe(sha(elf('inner xz')));
    expect(listed(zipped)['dist/holder.zip!/two.tar.xz!/./two.so']).toBe(sha(elf('second xz')));
  });

  test('a truncated tar.gz keeps what was read and says it was cut short', async () => {
    const tgz = await tarOf({ 'a.so': elf('first'), 'b.bin': randomBytes(256 * 1024) }, ['-z']);
    const archive = await opened('cut.tar.gz', tgz.subarray(0, tgz.length - 4096));
    expect(archive!.unscanned).toMatch(/^it could not be read as gzip: /);
    expect(listed(archive)['dist/cut.tar.gz!/./a.so']).toBe(sha(elf('first')));
  });

  test('an encrypted member is not read, with the reason; the rest is judged', async () => {
    const directory = await scratch();
    const plain = await zipOf({ 'plain.so': elf('plain') });
    await writeFile(path.join(directory, 'p.zip'), plain);
    const { execFileSync } = await import('node:child_process');
    await writeFile(path.join(directory, 'secret.so'), elf('secret'));
    execFileSync('zip', ['-q', '-P', 'password', path.join(directory, 'p.zip'), 'secret.so'], { cwd: directory });
    const { readFile } = await import('node:fs/promises');
    expect(listed(await opened('mixed.zip', await readFile(path.join(directory, 'p.zip'))))).toEqual({
      'dist/mixed.zip!/plain.so': sha(elf('plain')),
      'dist/mixed.zip!/secret.so': 'not read: it is encrypted',
    });
  });

  test('a member whose declared size lies is not read, with the reason', async () => {
    const zip = await pythonZipOf([
      ['liar.so', elf('liar')],
      ['honest.so', elf('honest')],
    ]);
    // The central directory's uncompressed size of the first member (offset 24 of its header), made smaller.
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(3, central + 24);
    expect(listed(await opened('liar.zip', zip))).toEqual({
      'dist/liar.zip!/liar.so': expect.stringMatching(/^not read: /),
      'dist/liar.zip!/honest.so': sha(elf('honest')),
    });
  });

  test('a stored member whose sizes disagree makes the zip not opened, with the reason', async () => {
    const zip = await pythonZipOf([['liar.so', elf('stored liar')]], false);
    zip.writeUInt32LE(3, zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24);
    const archive = await opened('liar.zip', zip);
    expect(archive!.members).toEqual([]);
    expect(archive!.unscanned).toMatch(/^it could not be read as zip: compressed\/uncompressed size mismatch for stored file/);
  });

  test('`..` and absolute member names are only shown, still hashed, and marked as leading out of the archive, whatever they hold', async () => {
    const zip = await pythonZipOf([
      ['../../etc/evil.so', elf('dots')],
      ['/abs/evil.exe', pe('abs')],
      ['C:/Windows/evil.txt', 'a text file: looked up only for its name'],
      ['ctl\u0007ñame.so', elf('control')],
      ['dots..in..name.so', elf('harmless dots')],
    ]);
    const archive = await opened('tricks.zip', zip);
    expect(listed(archive)).toEqual({
      'dist/tricks.zip!/../../etc/evil.so': sha(elf('dots')),
      'dist/tricks.zip!//abs/evil.exe': sha(pe('abs')),
      'dist/tricks.zip!/C:/Windows/evil.txt': sha('a text file: looked up only for its name'),
      'dist/tricks.zip!/ctl\u0007ñame.so': sha(elf('control')),
      'dist/tricks.zip!/dots..in..name.so': sha(elf('harmless dots')),
    });
    const leaving = archive!.members.filter((m) => m.artifact.unscanned !== undefined).map((m) => m.artifact.displayPath);
    expect(leaving).toEqual(['dist/tricks.zip!/../../etc/evil.so', 'dist/tricks.zip!//abs/evil.exe', 'dist/tricks.zip!/C:/Windows/evil.txt']);
    expect(archive!.members[0]!.artifact.unscanned).toBe('its name leads out of the archive (`..` or an absolute path): unpacking it would write outside the target directory');
  });

  test('a tar member named with `..` is marked too', async () => {
    const directory = await scratch();
    const { execFileSync } = await import('node:child_process');
    await writeFile(path.join(directory, 'x.so'), elf('tar dots'));
    execFileSync('tar', ['-cf', 'out.tar', '--transform', 's,^,../,', 'x.so'], { cwd: directory });
    const { readFile } = await import('node:fs/promises');
    const archive = await opened('slip.tar', await readFile(path.join(directory, 'out.tar')));
    expect(listed(archive)).toEqual({ 'dist/slip.tar!/../x.so': sha(elf('tar dots')) });
    expect(archive!.members[0]!.artifact.unscanned).toMatch(/^its name leads out of the archive/);
  });

  test('10,000 tiny members are read; one more than archive-max-members is refused unread', async () => {
    const members: [string, string][] = Array.from({ length: 10_000 }, (_, i) => [`m/${i}.txt`, `${i}`]);
    const zip = await pythonZipOf(members, false);
    const archive = await opened('many.zip', zip, 'all');
    expect(archive!.unscanned).toBeNull();
    expect(archive!.members).toHaveLength(10_000);
    expect(archive!.members[9_999]!.sha256).toBe(sha('9999'));
    const over = await opened('many.zip', zip, 'all', { maxMembers: 9_999 });
    expect(over!.members).toEqual([]);
    expect(over!.unscanned).toBe('it could not be read as zip: it lists 10000 members, more than archive-max-members (9999); none were read');
  });

  test('a quine (an archive that holds itself) is judged by its hash and not opened again', async () => {
    // A real quine unpacks to its own bytes; here the outer file is said to have the hash of the zip it
    // holds, which is what the walk sees of one.
    const quine = await zipOf({ 'x.so': elf('q') });
    const outer = await pythonZipOf([['self.zip', quine]], false);
    const file = path.join(await scratch(), 'q.zip');
    await writeFile(file, outer);
    const archive = await openArchive({ absolutePath: file, displayPath: 'dist/q.zip', inWorkspace: true, size: outer.length }, outer.subarray(0, 512), sha(quine), {
      members: 'binaries',
      limits: { ...DEFAULT_ARCHIVE_LIMITS, maxDepth: 32 },
    });
    expect(listed(archive)).toEqual({ 'dist/q.zip!/self.zip': sha(quine) });
    expect(archive!.members[0]!.artifact.unscanned).toBe('it contains itself (a quine); not opened again');
  });

  test('a file that changed since it was hashed to something unreadable is reported, not thrown', async () => {
    const zip = await zipOf({ 'a.so': elf('gone') });
    const file = path.join(await scratch(), 'gone.zip');
    await writeFile(file, zip);
    await truncate(file, 10);
    const archive = await openArchive({ absolutePath: file, displayPath: 'dist/gone.zip', inWorkspace: true, size: 10 }, zip.subarray(0, 512), sha(zip), {
      members: 'binaries',
      limits: DEFAULT_ARCHIVE_LIMITS,
    });
    expect(archive!.unscanned).toMatch(/^it could not be read as zip: /);
  });
});
