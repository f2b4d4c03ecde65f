// Subjects that are hashes, not files: a hash list (the command line's --hashes) is checked by looking
// each hash up as given. A file-report service knows a file by its MD5, SHA-1 or SHA-256.
import type { ArtifactList } from './listing.js';
import type { HashKind } from './types.js';

const KIND_BY_LENGTH: Record<number, HashKind> = { 32: 'md5', 40: 'sha1', 64: 'sha256' };

/** How people write the kinds, for messages. */
export const HASH_KIND_NAMES: Record<HashKind, string> = { md5: 'MD5', sha1: 'SHA-1', sha256: 'SHA-256' };

/** The kind of a hexadecimal hash by its length; null for anything else. */
export function hashKindOf(hash: string): HashKind | null {
  return /^[0-9a-f]+$/i.test(hash) ? (KIND_BY_LENGTH[hash.length] ?? null) : null;
}

/** The hashes as the artifacts to check, in the order given: each shown as itself, never read. */
export function hashSubjects(hashes: readonly { hash: string; kind: HashKind }[]): ArtifactList {
  const artifacts = hashes.map(({ hash, kind }) => {
    const value = hash.toLowerCase();
    return { absolutePath: '', displayPath: value, inWorkspace: false, size: 0, hash: { kind, value } };
  });
  return { artifacts, skipped: [] };
}
