// The verdict cache's store on the runner: one file in the GitHub Actions cache (@actions/cache).
// The newest entry of the scope is restored by key prefix; each run saves a new entry under a key of
// its own. The cache service is a convenience: when it fails or is slow, the gate warns and goes on.
import * as core from './workflow.js';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CacheScope, VerdictCacheStore } from '../core/verdict-cache.js';
import { ACTION_NAME } from '../core/version.js';

/** Bumped when the file's format changes incompatibly, so old entries are not even restored. */
const KEY_PREFIX = `${ACTION_NAME}-verdicts-v1`;
const FILE_NAME = 'verdicts.json';
/** How long a restore or a save may take before the gate goes on without it. */
export const CACHE_SERVICE_TIMEOUT_MS = 10_000;

type CacheLibrary = Pick<typeof import('@actions/cache'), 'restoreCache' | 'saveCache' | 'isFeatureAvailable'>;

/** The key prefix of a scope; every entry of it starts so, and a restore takes the newest. */
export function cacheKeyPrefix(scope: CacheScope): string {
  return `${KEY_PREFIX}-${scope.key}-`;
}

/**
 * The store, or null when this runner has no cache service (no ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL:
 * not on GitHub, or an old self-hosted runner). @actions/cache is loaded only when a restore starts.
 */
export function actionsCacheStore(env: NodeJS.ProcessEnv = process.env, timeoutMs = CACHE_SERVICE_TIMEOUT_MS): VerdictCacheStore | null {
  if (!env.ACTIONS_RESULTS_URL && !env.ACTIONS_CACHE_URL) return null;
  // The path is part of the cache's version: it must read the same in every run, so no per-run names.
  const directory = (scope: CacheScope) => path.join(env.RUNNER_TEMP || os.tmpdir(), `${ACTION_NAME}-cache`, scope.key);
  let library: Promise<CacheLibrary> | null = null;
  const load = () => (library ??= import('@actions/cache'));
  /** Set when the service did not answer a restore in time: a late answer could still write the directory. */
  let abandoned = false;

  return {
    async load(scope) {
      const dir = directory(scope);
      await rm(dir, { recursive: true, force: true }); // nothing left by an earlier step is read as restored
      await mkdir(dir, { recursive: true });
      const cache = await load();
      if (!cache.isFeatureAvailable()) throw new Error('the runner has no cache service');
      const prefix = cacheKeyPrefix(scope);
      const restore = cache.restoreCache([dir], `${prefix}${uniqueSuffix(env)}`, [prefix]);
      const matched = await withTimeout(restore, timeoutMs, () => (abandoned = true));
      // A failed restore was already said by @actions/cache; either way there is nothing to read.
      if (matched === undefined) return null;
      try {
        return await readFile(path.join(dir, FILE_NAME), 'utf8');
      } catch (error) {
        throw new Error(`the cache entry ${matched} holds no ${FILE_NAME} (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { cause: error });
      }
    },
    async save(scope, text) {
      // A run the repository treats as untrusted (e.g. a pull request from a fork) may only read: not a problem to warn of.
      if (['read', 'none'].includes((env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase())) {
        core.info(`The verdict cache is not saved: this run may not write the cache (ACTIONS_CACHE_MODE=${env.ACTIONS_CACHE_MODE?.trim()}).`);
        return;
      }
      if (abandoned) throw new Error('the cache service did not answer the restore, so nothing is saved either');
      const dir = directory(scope);
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, FILE_NAME), text);
      const cache = await load();
      const key = `${cacheKeyPrefix(scope)}${uniqueSuffix(env)}`;
      // @actions/cache logs its tar command and upload progress: kept in one fold.
      const id = await core.group('Saving the verdict cache', () => withTimeout(cache.saveCache([dir], key), timeoutMs, () => (abandoned = true)));
      // @actions/cache says why a save failed in its own line and returns -1.
      if (id === -1) throw new Error(`the cache service did not take the entry ${key}`);
    },
  };
}

/** Run id and attempt (one entry per run, as the cache keeps entries immutable), and a random part for several gates in one run. */
function uniqueSuffix(env: NodeJS.ProcessEnv): string {
  return `${env.GITHUB_RUN_ID || 'local'}-${env.GITHUB_RUN_ATTEMPT || '1'}-${randomBytes(4).toString('hex')}`;
}

/**
 * The promise, or an error once `ms` have passed. The operation itself cannot be cancelled: it is
 * left behind (the action exits when its work is done, src/index.ts), and `onTimeout` notes that.
 */
async function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new Error(`the cache service did not answer within ${ms / 1000} s`));
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
