// Listing and hashing real files: the worker pool, files that vanish, and lookups that start early.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, onTestFinished, test, vi } from 'vitest';
import { walkingGlob } from '../../src/core/walk.ts';
import { findArtifacts } from '../../src/core/listing.ts';
import { FileReadError, HashPool } from '../../src/core/hashing.ts';
import { scanArtifacts } from '../../src/core/scan.ts';
import type { LookupOutcome } from '../../src/core/types.ts';
import { makeWorkspace } from '../support/workspace.ts';

function pool(size?: number): HashPool {
  const hashPool = new HashPool(size);
  onTestFinished(() => hashPool.close());
  return hashPool;
}

describe('HashPool', () => {
  test('hashes match node:crypto for empty, small, chunk-sized and multi-chunk files', async () => {
    const contents = {
      empty: Buffer.alloc(0),
      small: Buffer.from('hello'),
      chunk: Buffer.alloc(1024 * 1024, 7),
      'chunk+1': Buffer.alloc(1024 * 1024 + 1, 9),
      multi: Buffer.alloc(3 * 1024 * 1024 + 12345, 3),
    };
    const workspace = await makeWorkspace(contents);
    const hashPool = pool(2);

    const hashes = await Promise.all(Object.keys(contents).map((name) => hashPool.hash(path.join(workspace, name))));

    expect(hashes).toEqual(
      Object.values(contents).map((content) => ({
        sha256: createHash('sha256').update(content).digest('hex'),
        size: content.length,
        head: new Uint8Array(content.subarray(0, 512)), // the first bytes, to recognise an archive by
      })),
    );
  });

  test('files go to the workers in batches, each answer to its own file', async () => {
    const files = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`f${i}`, `content ${i}`]));
    const workspace = await makeWorkspace(files);
    const hashPool = pool(2);
    const sent = vi.spyOn(Worker.prototype, 'postMessage');
    onTestFinished(() => sent.mockRestore());

    const paths = [...Object.keys(files).map((name) => path.join(workspace, name)), path.join(workspace, 'missing')];
    const hashes = await Promise.all(paths.map((file) => hashPool.hash(file).catch((error: Error) => error.message)));

    expect(hashes).toEqual([
      ...Object.values(files).map((content) => ({ sha256: createHash('sha256').update(content).digest('hex'), size: content.length, head: new Uint8Array(Buffer.from(content).subarray(0, 512)) })),
      'cannot open the file: it no longer exists (ENOENT)',
    ]);
    expect(sent.mock.calls.length).toBeLessThanOrEqual(Math.ceil(101 / 32)); // a message per file would be 101
  });

  test('while the workers start, the main thread hashes small files itself; a bigger one waits for a worker', async () => {
    const small = { a: 'first', b: 'second', c: 'third' };
    const big = Buffer.alloc(300 * 1024, 1);
    const workspace = await makeWorkspace({ ...small, big });
    const sha256 = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');

    // Handed over before any event-loop turn: no worker can have said it started.
    const early = pool(2);
    const smallHashes = await Promise.all(Object.keys(small).map((name) => early.hash(path.join(workspace, name))));
    expect(smallHashes.map((hash) => hash.sha256)).toEqual(Object.values(small).map(sha256));
    expect(early.hashedHere).toBeGreaterThan(0);

    const alone = pool(2);
    expect((await alone.hash(path.join(workspace, 'big'))).sha256).toBe(sha256(big));
    expect(alone.hashedHere).toBe(0);
  });

  test('big files that come while the workers start go one to each worker, so they hash on two cores', async () => {
    const workspace = await makeWorkspace({ one: Buffer.alloc(300 * 1024, 1), two: Buffer.alloc(300 * 1024, 2) });
    const hashPool = pool(2);
    const sent = vi.spyOn(Worker.prototype, 'postMessage');
    onTestFinished(() => sent.mockRestore());

    await Promise.all(['one', 'two'].map((name) => hashPool.hash(path.join(workspace, name))));

    const files = sent.mock.calls.map(([message]) => (message as { paths: string[] }).paths.map((file) => path.basename(file)));
    expect(files).toEqual([['one'], ['two']]);
    expect(new Set(sent.mock.contexts).size).toBe(2);
  });

  test('a missing file is a FileReadError that says it no longer exists', async () => {
    const workspace = await makeWorkspace();
    await expect(pool(1).hash(path.join(workspace, 'gone'))).rejects.toThrow(new FileReadError('cannot open the file: it no longer exists (ENOENT)'));
  });

  test('a FIFO handed to the pool straight away (as if it replaced a file after listing) is refused at once, never waited on', async () => {
    const workspace = await makeWorkspace();
    const fifo = path.join(workspace, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // Opening a FIFO without O_NONBLOCK would wait for a writer forever: the test would time out.
    const error = await pool(1)
      .hash(fifo)
      .catch((e: FileReadError) => e);
    expect(error).toBeInstanceOf(FileReadError);
    expect((error as FileReadError).special).toBe('FIFO');
  });

  test('a directory handed to the pool is reported as not a regular file, never read', async () => {
    const workspace = await makeWorkspace({ 'dir/file': 'x' });
    const error = await pool(1)
      .hash(path.join(workspace, 'dir'))
      .catch((e: FileReadError) => e);
    expect(error).toBeInstanceOf(FileReadError);
    expect((error as FileReadError).special).toBe('directory');
  });
});

test('a file that vanishes between listing and hashing is an error for that artifact; the others are judged', async () => {
  const workspace = await makeWorkspace({ 'dist/a': 'a', 'dist/b': 'b', 'dist/c': 'c' });
  const { artifacts } = await findArtifacts('dist/**', workspace, walkingGlob(workspace));
  await rm(path.join(workspace, 'dist', 'b'));
  const hashPool = pool();

  const scanned = await scanArtifacts(artifacts, {
    hash: (file) => hashPool.hash(file),
    hashConcurrency: hashPool.capacity,
    lookup: async () => ({ kind: 'unknown' }),
  });

  expect(scanned.map((s) => [s.artifact.displayPath, s.outcome.kind])).toEqual([
    ['dist/a', 'unknown'],
    ['dist/b', 'error'],
    ['dist/c', 'unknown'],
  ]);
  expect(scanned[1]!.outcome).toEqual({ kind: 'error', error: { kind: 'file', message: 'Could not hash dist/b: cannot open the file: it no longer exists (ENOENT).' } });
});

test('lookups start while hashing is still going on', async () => {
  const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`dist/f${String(i).padStart(2, '0')}`, `file ${i}`]));
  const workspace = await makeWorkspace(files);
  const { artifacts } = await findArtifacts('dist/**', workspace, walkingGlob(workspace));
  const hashPool = pool(1);
  const events: string[] = [];

  await scanArtifacts(artifacts, {
    // One file at a time, each a little slow: hashing takes a while in all.
    hash: async (file) => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      const hash = await hashPool.hash(file);
      events.push(`hashed ${path.basename(String(file))}`);
      return hash;
    },
    hashConcurrency: 1,
    lookup: async (sha256): Promise<LookupOutcome> => {
      events.push(`lookup ${sha256.slice(0, 6)}`);
      return { kind: 'unknown' };
    },
  });

  expect(events.indexOf('lookup ' + createHash('sha256').update('file 0').digest('hex').slice(0, 6))).toBeLessThan(events.indexOf('hashed f11'));
  expect(events.filter((e) => e.startsWith('lookup'))).toHaveLength(12);
});

test('HashPool: asked for it, a file’s first bytes come before its hash, so an archive can be opened while it is hashed', async () => {
  const content = Buffer.alloc(3 * 1024 * 1024, 5);
  content.write('PK\x03\x04', 'latin1');
  const workspace = await makeWorkspace({ 'big.zip': content });
  const hashPool = pool(1);
  const events: string[] = [];

  const hashed = await hashPool.hash(path.join(workspace, 'big.zip'), (head) => events.push(`head ${Buffer.from(head).equals(content.subarray(0, 512))}`));
  events.push(`hash ${hashed.sha256 === createHash('sha256').update(content).digest('hex')}`);

  expect(events).toEqual(['head true', 'hash true']);
});
