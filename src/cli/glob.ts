// STOPGAP until the core's own walker (src/core/walk.ts, branch `walker`) lands: the command line's
// listing port over Node's fs.glob. The CLI cannot use @actions/glob, which writes `::debug::` lines to
// standard output. Differences from @actions/glob: no dot files, no `~`, links to directories not walked.
import { glob } from 'node:fs/promises';
import path from 'node:path';
import type { Glob } from '../core/listing.js';

/** The patterns (already rooted at the workspace by runGate): `!` excludes, `#` comments, a directory stands for its tree. */
export function nodeGlob(): Glob {
  return async (patterns) => {
    const lines = patterns
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    const withTree = (pattern: string) => [pattern, `${pattern.replace(/\/+$/, '')}/**`];
    const includes = lines.filter((line) => !line.startsWith('!')).flatMap(withTree);
    const excludes = lines.filter((line) => line.startsWith('!')).flatMap((line) => withTree(line.replace(/^!+/, '')));
    const found = new Set<string>();
    if (includes.length > 0) for await (const file of glob(includes)) found.add(path.resolve(file));
    const paths = [...found].filter((file) => !excludes.some((exclude) => path.matchesGlob(file, exclude)));
    return { paths, brokenLinks: [], followsLinks: false };
  };
}
