// The part of listing the globber cannot do. @actions/glob reads directories as strings, so a name
// that is not valid UTF-8 comes back with U+FFFD in place of its bytes: that path does not exist
// (the file was silently left out, or a lookup of it aborted the scan) or names another file (one
// really called with U+FFFD, so the odd one was never judged). This walk reads names as bytes,
// matches them as the globber would, and hands back the exact bytes to stat and hash.
import type * as glob from '@actions/glob';
import { isUtf8 } from 'node:buffer';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** The globber's parsed pattern (@actions/glob's internal `Pattern`), as far as this walk uses it. */
interface GlobPattern {
  negate: boolean;
  segments: string[];
  trailingSeparator: boolean;
  match(itemPath: string): number;
  partialMatch(itemPath: string): boolean;
}

/** @actions/glob's MatchKind.File bit. */
const MATCH_FILE = 2;

export interface ByteListing {
  /** Matched paths with a name that is not valid UTF-8, as their exact bytes. */
  undecodable: Buffer[];
  /** Matched symbolic links that lead nowhere (the globber drops them silently when it follows links). */
  brokenLinks: string[];
}

/**
 * Walks the globber's search paths with names as bytes, following links to directories when
 * `followLinks` (each directory once), and descending only where the patterns could still match.
 */
export async function listByBytes(globber: glob.Globber, followLinks: boolean): Promise<ByteListing> {
  const patterns = matchingPatterns(globber);
  const listing: ByteListing = { undecodable: [], brokenLinks: [] };
  const visited = new Set<string>();
  const walk = async (directory: Buffer): Promise<void> => {
    let entries;
    try {
      const info = await stat(directory);
      const key = `${info.dev}:${info.ino}`;
      if (visited.has(key)) return;
      visited.add(key);
      entries = await readdir(directory, { withFileTypes: true, encoding: 'buffer' });
    } catch {
      return; // the globber reports what it cannot read; this walk only adds what it cannot see
    }
    const directoryIsUtf8 = isUtf8(directory);
    for (const entry of entries) {
      // A plain file with a UTF-8 path is the globber's; only the rest needs matching here.
      if (entry.isFile() && directoryIsUtf8 && isUtf8(entry.name)) continue;
      const entryPath = Buffer.concat([directory, Buffer.from(path.sep), entry.name]);
      const shown = entryPath.toString(); // the globber's view: U+FFFD for bytes that are not UTF-8
      const matched = matchKind(patterns, shown);
      const partial = matched !== 0 || patterns.some((pattern) => !pattern.negate && pattern.partialMatch(shown));
      if (!partial) continue;
      let isDirectory = entry.isDirectory();
      let broken = false;
      if (entry.isSymbolicLink()) {
        const target = await stat(entryPath).catch((error: NodeJS.ErrnoException) => error);
        broken = target instanceof Error && target.code === 'ENOENT';
        isDirectory = followLinks && !(target instanceof Error) && target.isDirectory();
      }
      if (isDirectory) {
        await walk(entryPath);
        continue;
      }
      if (!(matched & MATCH_FILE)) continue;
      if (!isUtf8(entryPath)) listing.undecodable.push(entryPath);
      else if (broken && followLinks) listing.brokenLinks.push(shown);
    }
  };
  for (const searchPath of globber.getSearchPaths()) await walk(Buffer.from(searchPath));
  return listing;
}

/** The globber's patterns with the implicit `/**` it adds for descendants, in its order. */
function matchingPatterns(globber: glob.Globber): GlobPattern[] {
  const parsed = (globber as unknown as { patterns?: GlobPattern[] }).patterns;
  if (!Array.isArray(parsed) || parsed.some((pattern) => typeof pattern.match !== 'function' || typeof pattern.partialMatch !== 'function')) {
    throw new Error('@actions/glob no longer keeps its parsed patterns where this action reads them; names that are not UTF-8 cannot be matched.');
  }
  const patterns: GlobPattern[] = [];
  for (const pattern of parsed) {
    patterns.push(pattern);
    if (pattern.trailingSeparator || pattern.segments.at(-1) !== '**') {
      const Pattern = pattern.constructor as new (negate: boolean, isImplicit: boolean, segments: string[]) => GlobPattern;
      patterns.push(new Pattern(pattern.negate, true, pattern.segments.concat('**')));
    }
  }
  return patterns;
}

/** As the globber decides: later negated patterns take away what earlier ones matched. */
function matchKind(patterns: readonly GlobPattern[], itemPath: string): number {
  let kind = 0;
  for (const pattern of patterns) kind = pattern.negate ? kind & ~pattern.match(itemPath) : kind | pattern.match(itemPath);
  return kind;
}
