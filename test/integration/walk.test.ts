// The listing walk (src/core/walk.ts) on real trees: @actions/glob's pattern semantics, checked
// against @actions/glob itself (a devDependency kept for this comparison only), and what the walk
// adds: exact bytes for names that are not UTF-8, followed links, loops and broken links per path.
import * as actionsGlob from '@actions/glob';
import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { findArtifacts, type MatchedPaths } from '../../src/core/listing.ts';
import { parsePatterns, PatternError, walkingGlob } from '../../src/core/walk.ts';
import { makeWorkspace } from '../support/workspace.ts';

const TREE = {
  'dist/app.exe': 'a',
  'dist/app.exe.map': 'b',
  'dist/lib/a.js': 'c',
  'dist/lib/a.js.map': 'd',
  'dist/lib/deep/b.bin': 'e',
  'dist/docs/readme.md': 'f',
  'dist/.hidden/secret.bin': 'g',
  'dist/.env': 'h',
  'dist/[x].bin': 'i',
  'dist/star*.bin': 'j',
  'dist/{a,b}': 'k',
  'other/c.txt': 'l',
  'top.txt': 'm',
};

/** What @actions/glob, as the action used it, lists as files (directories dropped), run from `cwd`. */
async function globbedFiles(patterns: string, cwd: string): Promise<string[]> {
  const previous = process.cwd();
  const write = process.stdout.write;
  process.chdir(cwd); // @actions/glob roots patterns at the working directory
  process.stdout.write = () => true; // its `::debug::` lines
  try {
    const globber = await actionsGlob.create(patterns, { implicitDescendants: true, matchDirectories: true, omitBrokenSymbolicLinks: true });
    return [...new Set(await globber.glob())].filter((file) => !statSync(file).isDirectory()).sort();
  } finally {
    process.stdout.write = write;
    process.chdir(previous);
  }
}

function strings(found: MatchedPaths): string[] {
  return found.paths.map((file) => (typeof file === 'string' ? file : file.toString())).sort();
}

describe('matches what @actions/glob matches', () => {
  let workspace: string;
  beforeAll(async () => {
    // One tree for the whole table (makeWorkspace removes its tree after each test).
    workspace = await mkdtemp(path.join(os.tmpdir(), 'arg-walk-'));
    for (const [relative, content] of Object.entries(TREE)) {
      await mkdir(path.dirname(path.join(workspace, relative)), { recursive: true });
      await writeFile(path.join(workspace, relative), content);
    }
    await symlink('dist/lib', path.join(workspace, 'link-to-lib'));
    await symlink('../top.txt', path.join(workspace, 'dist', 'file-link'));
    return () => rm(workspace, { recursive: true, force: true });
  });

  test.each([
    ['a directory stands for its whole tree', 'dist'],
    ['a directory with a trailing slash', 'dist/'],
    ['a file with a trailing slash matches nothing', 'top.txt/'],
    ['globstar', 'dist/**'],
    ['one level', 'dist/*'],
    ['dot files and dot directories are matched', 'dist/.*'],
    ['an extension anywhere below', 'dist/**/*.map'],
    ['an exclude after an include', 'dist/**\n!dist/**/*.map'],
    ['comments and blank lines', '# the build\n\ndist\n   # indented comment\n!dist/lib'],
    ['a later include wins over an earlier exclude', 'dist/**\n!dist/lib\ndist/lib/deep/**'],
    ['an exclude before any include excludes nothing later', '!dist/lib\ndist/**'],
    ['a directory-only exclude (trailing slash)', 'dist/lib/**\n!dist/lib/deep/'],
    ['double negation includes', '!!dist/lib/a.js'],
    ['globstar from the root of the workspace', '**/*.txt'],
    ['a wildcard at the top', '*.txt'],
    ['explicit ./', './dist/lib'],
    ['? matches one character', 'dist/?pp.exe'],
    ['a character class', 'dist/[a]pp.exe'],
    ['escaped brackets and star are literal', 'dist/\\[x\\].bin\ndist/star\\*.bin'],
    ['braces are literal (nobrace)', 'dist/{a,b}'],
    ['extglob is off (noext)', 'dist/+(app).exe'],
    ['a pattern that matches nothing', 'nowhere/**'],
    ['surrounding whitespace', '   dist/app.exe   '],
    ['a link to a directory is followed', 'link-to-lib/**'],
    ['a link to a file is listed', 'dist/file-link'],
    ['several search paths', 'other\ntop.txt\ndist/lib/deep'],
    ['a search path below another', 'dist/**\ndist/lib/**/*.js'],
    ['exclude everything', 'dist/**\n!**'],
    // A tree every entry of which matches is walked without matching each entry: these check its edges.
    ['a whole tree with an exclude elsewhere', 'dist/**\nother/**\n!other/c.txt'],
    ['a whole tree with an exclude deep inside it', 'dist/**\n!dist/lib/deep/b.bin'],
    ['a whole tree, a dot directory excluded', 'dist\n!dist/.hidden'],
    ['a directories-only globstar (trailing slash)', 'dist/**/'],
    ['a whole tree through a link', 'link-to-lib\n!link-to-lib/deep/**'],
  ])('%s: %j', async (_, patterns) => {
    const walked = strings(await walkingGlob(workspace)(patterns));
    expect(walked).toEqual(await globbedFiles(patterns, workspace));
  });

  test('absolute patterns', async () => {
    const patterns = `${workspace}/other\n${workspace}/dist/**/*.js`;
    const walked = strings(await walkingGlob('/')(patterns));
    expect(walked).toEqual([path.join(workspace, 'dist/lib/a.js'), path.join(workspace, 'other/c.txt')]);
    expect(walked).toEqual(await globbedFiles(patterns, workspace));
  });

  test('a workspace whose path has glob characters matches only itself', async () => {
    const odd = path.join(await makeWorkspace(), 'w[s]*?');
    await mkdir(path.join(odd, 'dist'), { recursive: true });
    await writeFile(path.join(odd, 'dist', 'f.bin'), 'x');
    const walked = strings(await walkingGlob(odd)('dist/**'));
    expect(walked).toEqual([path.join(odd, 'dist', 'f.bin')]);
    expect(walked).toEqual(await globbedFiles('dist/**', odd));
  });
});

describe('what the walk finds beyond matching', () => {
  test('plain files come without a second look, as files', async () => {
    const workspace = await makeWorkspace({ 'dist/a': 'a', 'dist/sub/b': 'b' });
    const found = await walkingGlob(workspace)('dist');
    expect(found.kinds).toEqual(['file', 'file']);
    expect(strings(found)).toEqual([path.join(workspace, 'dist/a'), path.join(workspace, 'dist/sub/b')]);
  });

  test('a name that is not UTF-8 comes back as its exact bytes, matched as U+FFFD, beside its look-alike', async () => {
    const workspace = await makeWorkspace({ 'dist/caf\ufffd.bin': 'look-alike' });
    const raw = Buffer.concat([Buffer.from(path.join(workspace, 'dist', 'caf')), Buffer.from([0xe9]), Buffer.from('.bin')]);
    await writeFile(raw, 'latin-1');
    const found = await walkingGlob(workspace)('dist/caf?.bin');
    const buffers = found.paths.filter((file) => Buffer.isBuffer(file));
    expect(buffers).toEqual([raw]);
    expect(found.paths).toContain(path.join(workspace, 'dist', 'caf\ufffd.bin'));
    expect(found.paths).toHaveLength(2);
  });

  test('a directory whose name is not UTF-8 is walked by its bytes', async () => {
    const workspace = await makeWorkspace();
    const directory = Buffer.concat([Buffer.from(path.join(workspace, 'dist', 'd')), Buffer.from([0xff])]);
    await mkdir(directory, { recursive: true });
    await writeFile(Buffer.concat([directory, Buffer.from('/inner.bin')]), 'x');
    const found = await walkingGlob(workspace)('dist/**/*.bin');
    expect(found.paths).toEqual([Buffer.concat([directory, Buffer.from('/inner.bin')])]);
  });

  test('a link back to a directory above is an error for that path; the walk goes on', async () => {
    const workspace = await makeWorkspace({ 'dist/a.bin': 'a', 'dist/sub/b.bin': 'b' });
    await symlink('..', path.join(workspace, 'dist', 'sub', 'up'));
    const { artifacts } = await findArtifacts('dist/**', workspace, walkingGlob(workspace));
    expect(artifacts.map((a) => [a.displayPath, a.statError ?? null])).toEqual([
      ['dist/a.bin', null],
      ['dist/sub/b.bin', null],
      ['dist/sub/up', 'it is a symbolic link loop (ELOOP): it leads back to dist'],
    ]);
  });

  test('a loop that only a wider walk passes through is not walked, and not an error', async () => {
    const workspace = await makeWorkspace({ 'dist/a.bin': 'a' });
    await symlink('.', path.join(workspace, 'dist', 'self'));
    const found = await walkingGlob(workspace)('dist/**/*.bin');
    expect(strings(found)).toEqual([path.join(workspace, 'dist/a.bin')]);
  });

  test('a link to itself is an error (ELOOP); a broken link is reported apart; a link to a directory elsewhere is walked', async () => {
    const workspace = await makeWorkspace({ 'dist/good.bin': 'good', 'lib/inner.bin': 'inner' });
    await symlink('loop', path.join(workspace, 'dist', 'loop'));
    await symlink('nowhere', path.join(workspace, 'dist', 'dangling'));
    await symlink('../lib', path.join(workspace, 'dist', 'lib-link'));
    const { artifacts, skipped } = await findArtifacts('dist/**', workspace, walkingGlob(workspace));
    expect(artifacts.map((a) => [a.displayPath, a.statError ?? null])).toEqual([
      ['dist/good.bin', null],
      ['dist/lib-link/inner.bin', null],
      ['dist/loop', 'ELOOP'],
    ]);
    expect(skipped).toEqual([{ path: 'dist/dangling', reason: 'broken symbolic link' }]);
  });

  test('special files are listed as what they are, never as files', async () => {
    const workspace = await makeWorkspace({ 'dist/a.bin': 'a' });
    expect(spawnSync('mkfifo', [path.join(workspace, 'dist', 'pipe')]).status).toBe(0);
    await symlink('/dev/null', path.join(workspace, 'dist', 'device'));
    const { artifacts } = await findArtifacts('dist', workspace, walkingGlob(workspace));
    expect(artifacts.map((a) => [a.displayPath, a.special ?? null])).toEqual([
      ['dist/a.bin', null],
      ['dist/device', 'character device'],
      ['dist/pipe', 'FIFO'],
    ]);
  });

  test.skipIf(process.getuid?.() === 0)('a directory that cannot be read is an error for it, not a silent gap', async () => {
    const workspace = await makeWorkspace({ 'dist/a.bin': 'a', 'dist/locked/b.bin': 'b' });
    await chmod(path.join(workspace, 'dist', 'locked'), 0o000);
    try {
      const { artifacts } = await findArtifacts('dist/**', workspace, walkingGlob(workspace));
      expect(artifacts.map((a) => [a.displayPath, a.statError ?? null])).toEqual([
        ['dist/a.bin', null],
        ['dist/locked', 'permission denied (EACCES)'],
      ]);
    } finally {
      await chmod(path.join(workspace, 'dist', 'locked'), 0o755);
    }
  });
});

describe('patterns that cannot be used are named', () => {
  test.each([
    ['!', 'The pattern "!" in `files` has nothing after its `!`'],
    ['dist/**\n ! ', 'The pattern "!" in `files` has nothing after its `!`'],
    ['dist/../secrets', 'The pattern "dist/../secrets" in `files` uses `.` or `..` inside a path'],
    ['../outside/**', 'The pattern "../outside/**" in `files` uses `.` or `..`'],
    ['dist/./app', 'The pattern "dist/./app" in `files` uses `.` or `..`'],
  ])('%j', (patterns, message) => {
    expect(() => parsePatterns(patterns, '/workspace')).toThrow(PatternError);
    expect(() => parsePatterns(patterns, '/workspace')).toThrow(message);
  });

  test('`~` is the home directory, `.` the workspace', () => {
    const [home, here] = parsePatterns('~/dist/**\n./out', '/workspace', '/home/runner');
    expect(home!.searchPath).toBe('/home/runner/dist');
    expect(here!.searchPath).toBe('/workspace/out');
  });
});
