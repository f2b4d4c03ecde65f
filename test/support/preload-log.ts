// A module preloaded into a spawned action (NODE_OPTIONS=--import) that writes what it saw to a log
// file, one entry a line: the DNS fence, the list of loaded modules.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { onTestFinished } from 'vitest';

export interface PreloadLog {
  /** Environment for runAction: the preload, and `variable` naming its log. */
  env: Record<string, string>;
  /** The log's lines; none when nothing was written. */
  lines(): Promise<string[]>;
}

/** `preload` (a file beside this one) with a fresh log in `variable`; the log goes when the test ends. */
export async function preloadLog(preload: string, variable: string): Promise<PreloadLog> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'arg-preload-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const log = path.join(dir, 'preload.log');
  return {
    env: { NODE_OPTIONS: `--import=${pathToFileURL(path.join(import.meta.dirname, preload)).href}`, [variable]: log },
    lines: async () => (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean),
  };
}
