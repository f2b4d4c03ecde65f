// 100,000 matched files: no "too many open files" under a tight descriptor limit, and memory that
// grows by a small record per artifact, not with the tree.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { limitedRun } from '../support/limits.ts';
import { runAction, type ActionRun } from '../support/runner.ts';
import { VtServer } from '../support/vt-server.ts';
import { makeWorkspace } from '../support/workspace.ts';

const KEY = 'large-tree-key-8b3e20';
const DISTINCT = 1_000;
let server: VtServer;

beforeAll(async () => {
  server = await VtServer.start({ apiKeys: [KEY] });
});
afterAll(async () => {
  await server.close();
});

async function tree(files: number): Promise<string> {
  const workspace = await makeWorkspace();
  for (let dir = 0; dir < files / 1_000; dir++) {
    const directory = path.join(workspace, 'dist', `d${dir}`);
    await mkdir(directory, { recursive: true });
    await Promise.all(Array.from({ length: 1_000 }, (_, i) => writeFile(path.join(directory, `f${i}.bin`), `content ${(dir * 1_000 + i) % DISTINCT}`)));
  }
  return workspace;
}

async function scan(files: number): Promise<{ run: ActionRun; peakRssMiB: number }> {
  const workspace = await tree(files);
  const limited = limitedRun(64);
  const run = await runAction({
    workspace,
    inputs: { files: 'dist/**', 'api-key': KEY, 'api-url': server.url, 'requests-per-minute': '0', 'on-unknown': 'pass', 'job-summary': 'true' },
    wrapper: limited.wrapper,
    timeoutMs: 150_000,
  });
  return { run, peakRssMiB: await limited.peakRssMiB() };
}

test('100,000 files scan under a 64-descriptor limit, with memory that grows by a record per artifact', { timeout: 240_000 }, async () => {
  const small = await scan(10_000);
  server.requests.length = 0;
  const large = await scan(100_000);

  expect(large.run.stderr).not.toMatch(/EMFILE|too many open files/i);
  expect(large.run.exitCode).toBe(0);
  expect(large.run.outputs).toMatchObject({ result: 'pass', scanned: '100000', unknown: '100000', errors: '0' });
  expect(large.run.report.artifacts).toHaveLength(100_000);
  expect(server.requests).toHaveLength(DISTINCT); // one lookup per unique hash
  expect(Buffer.byteLength(large.run.summary)).toBeLessThan(1024 * 1024);

  const perArtifactKiB = ((large.peakRssMiB - small.peakRssMiB) * 1024) / 90_000;
  console.log(`peak RSS: ${small.peakRssMiB.toFixed(0)} MiB for 10,000 files, ${large.peakRssMiB.toFixed(0)} MiB for 100,000 (${perArtifactKiB.toFixed(2)} KiB per artifact)`);
  expect(small.run.exitCode).toBe(0);
  expect(perArtifactKiB).toBeLessThan(4);
  expect(large.peakRssMiB).toBeLessThan(512);
});
