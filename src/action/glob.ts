// The core's listing port over @actions/glob. Only the action uses it: the library logs through
// @actions/core, which writes `::debug::` workflow commands to standard output.
import * as glob from '@actions/glob';
import type { Glob } from '../core/listing.js';
import { listByBytes } from './byte-listing.js';

export const actionsGlob: Glob = async (patterns) => {
  const { paths, followsLinks } = await globPaths(patterns);
  // The globber reads names as text; a second walk by bytes finds what it cannot name, and broken links.
  const byBytes = await listByBytes(await glob.create(patterns, { implicitDescendants: true, matchDirectories: true }), followsLinks);
  return { paths: [...paths, ...byBytes.undecodable], brokenLinks: byBytes.brokenLinks, followsLinks };
};

/**
 * The matched paths, following symbolic links. The globber gives up a whole walk over one link it
 * cannot follow (a loop: ELOOP); then the tree is walked again without following links, so each link
 * is listed itself and judged on its own (the loop becomes an error for that path).
 */
async function globPaths(patterns: string): Promise<{ paths: string[]; followsLinks: boolean }> {
  const walk = async (followSymbolicLinks: boolean) => {
    const globber = await glob.create(patterns, { followSymbolicLinks, implicitDescendants: true, matchDirectories: true, omitBrokenSymbolicLinks: true });
    return [...new Set(await globber.glob())];
  };
  try {
    return { paths: await walk(true), followsLinks: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOOP') throw error;
    return { paths: await walk(false), followsLinks: false };
  }
}
