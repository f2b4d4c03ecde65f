// The verdict cache's store for the command line (`--cache-dir DIR`): one file per scope in a
// directory, which another CI system's own cache can keep between runs.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { VerdictCacheStore } from '../core/verdict-cache.js';

export function directoryStore(directory: string): VerdictCacheStore {
  const file = (key: string) => path.join(directory, `verdicts-${key}.json`);
  return {
    async load(scope) {
      try {
        return await readFile(file(scope.key), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async save(scope, text) {
      await mkdir(directory, { recursive: true });
      // Written aside and renamed: a run killed while writing leaves the last whole file, not half of one.
      const temporary = `${file(scope.key)}.${process.pid}.tmp`;
      await writeFile(temporary, text);
      await rename(temporary, file(scope.key));
    },
  };
}
