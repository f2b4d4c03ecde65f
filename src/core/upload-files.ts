// Which unknown files may be uploaded: `upload-files` patterns (the `files` syntax, relative to the
// workspace) matched by the same listing port. A hash is uploaded only when every artifact with that
// content is matched: a copy outside the patterns keeps the content private. An archive member counts
// as a copy in its outer file (matched when that file is), but is never uploaded itself.
import path from 'node:path';
import { outerPath } from './archives/member-path.js';
import type { Glob } from './listing.js';
import type { UploadSource } from './reputation/uploads.js';
import type { Artifact } from './types.js';

/** What to upload for a hash, or why not; asked only after `allHashed`. */
export type SourceFor = (sha256: string) => Promise<UploadSource | { excluded: string }>;

/**
 * `members`: archive members by hash, filled while archives are read (before `allHashed`).
 */
export function uploadSources(
  artifacts: readonly Artifact[],
  hashedPaths: ReadonlyMap<string | Buffer, string>,
  members: ReadonlyMap<string, readonly Artifact[]>,
  allHashed: Promise<void>,
  patterns: string,
  glob: Glob,
): SourceFor {
  let matched: Promise<(artifact: Artifact) => boolean> | null = null;
  let byHash: Map<string, Artifact[]> | null = null;
  return async (sha256) => {
    await allHashed;
    matched ??= matcher(patterns, glob);
    const isMatched = await matched;
    byHash ??= groupByHash(artifacts, hashedPaths);
    const files = byHash.get(sha256) ?? [];
    const inArchives = members.get(sha256) ?? [];
    const excluded = [...files, ...inArchives].find((artifact) => !isMatched(artifact));
    if (excluded) return { excluded: `upload-files does not match ${outerPath(excluded)}, so it was not uploaded` };
    const [first] = files;
    if (first) return { path: first.rawPath ?? first.absolutePath, name: path.basename(first.displayPath) };
    const [member] = inArchives;
    if (member?.member) return { excluded: memberNotUploaded(member.member.chain) };
    return { excluded: 'no artifact with this hash could be read again' };
  };
}

/** Why a member alone is not uploaded: it would have to be read out of its archive again. */
export function memberNotUploaded(chain: readonly string[]): string {
  return `it is an archive member, and only whole files are uploaded: its archive ${chain[0]} is looked up (and uploaded when unknown) itself`;
}

/** Adds the members of an opened archive to `members`, by hash. */
export function recordMembers(members: Map<string, Artifact[]>, found: readonly { artifact: Artifact; sha256: string | null }[]): void {
  for (const { artifact, sha256 } of found) if (sha256 !== null) addTo(members, sha256, artifact);
}

function groupByHash(artifacts: readonly Artifact[], hashedPaths: ReadonlyMap<string | Buffer, string>): Map<string, Artifact[]> {
  const groups = new Map<string, Artifact[]>();
  for (const artifact of artifacts) {
    const sha256 = hashedPaths.get(artifact.rawPath ?? artifact.absolutePath);
    if (sha256 !== undefined) addTo(groups, sha256, artifact);
  }
  return groups;
}

function addTo(groups: Map<string, Artifact[]>, sha256: string, artifact: Artifact): void {
  const group = groups.get(sha256);
  if (group) group.push(artifact);
  else groups.set(sha256, [artifact]);
}

/** Whether an artifact is matched. The default `**` is every file in the workspace, without walking it again. */
async function matcher(patterns: string, glob: Glob): Promise<(artifact: Artifact) => boolean> {
  const lines = patterns
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  if (lines.length === 1 && lines[0] === '**') return (artifact) => artifact.inWorkspace;
  const { paths } = await glob(patterns);
  const found = new Set(paths.filter((entry): entry is string => typeof entry === 'string'));
  return (artifact) => artifact.rawPath === undefined && found.has(artifact.absolutePath);
}
