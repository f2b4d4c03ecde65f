// The limits of opening archives, with safe defaults: a zip bomb, a quine or a huge archive ends as
// a clear status, never unbounded time or memory.

export interface ArchiveLimits {
  /** Archives inside archives opened, the outer one counting as 1. */
  maxDepth: number;
  /** Members per archive. */
  maxMembers: number;
  /** Uncompressed bytes of one member. */
  maxMemberBytes: number;
  /** Uncompressed bytes read for one artifact, every level together. */
  maxTotalBytes: number;
  /** How many times its compressed size a member (or a compressed stream) may expand. */
  maxRatio: number;
  /** A nested archive is held in memory (a zip needs random access) up to this size, else not opened. */
  maxNestedBytes: number;
}

const MIB = 1024 * 1024;

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxDepth: 3,
  maxMembers: 10_000,
  maxMemberBytes: 2048 * MIB,
  maxTotalBytes: 8192 * MIB,
  maxRatio: 200,
  maxNestedBytes: 64 * MIB,
};

/** Small members compress arbitrarily well (a page of zeros): the ratio counts only past this size. */
const RATIO_FLOOR_BYTES = MIB;

export function ratioExceeded(expanded: number, compressed: number, maxRatio: number): boolean {
  return expanded > RATIO_FLOOR_BYTES && expanded > maxRatio * Math.max(compressed, 1);
}
