// Real files in a temporary workspace, removed when the test ends.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

/** Creates a workspace with the given files (relative path → content) and removes it after the test. */
export async function makeWorkspace(files: Record<string, string | Buffer> = {}): Promise<string> {
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'arg-ws-'));
  // Removing a 100,000-file tree can take longer than vitest's default 10 s hook limit on a busy machine.
  onTestFinished(() => rm(workspace, { recursive: true, force: true }), 120_000);
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(workspace, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  return workspace;
}
