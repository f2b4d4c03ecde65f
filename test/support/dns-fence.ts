// Keeps a spawned action off the real DNS: see dns-fence-preload.ts. For tests that aim the action at
// a made-up host name, which must reach the test server through a proxy or nowhere.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { onTestFinished } from 'vitest';

const PRELOAD = path.join(import.meta.dirname, 'dns-fence-preload.ts');

export interface DnsFence {
  /** Environment for runAction: the preload and its log. */
  env: Record<string, string>;
  /** The host names the action tried to resolve, in order. */
  lookups(): Promise<string[]>;
}

export async function dnsFence(): Promise<DnsFence> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'arg-dns-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  const log = path.join(dir, 'lookups.log');
  return {
    env: { NODE_OPTIONS: `--import=${pathToFileURL(PRELOAD).href}`, DNS_FENCE_LOG: log },
    lookups: async () => (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean),
  };
}
