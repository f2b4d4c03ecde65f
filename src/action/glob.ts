// The core's listing port over @actions/glob. Only the action uses it: the library logs through
// @actions/core, which writes `::debug::` workflow commands to standard output.
import * as glob from '@actions/glob';
import type { Glob } from '../core/listing.js';

export const actionsGlob: Glob = async function* (patterns, options) {
  const globber = await glob.create(patterns, { ...options, implicitDescendants: true });
  yield* globber.globGenerator();
};
