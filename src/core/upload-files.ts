// Which unknown files may be uploaded: `upload-files` patterns (the `files` syntax, relative to the
// workspace) matched by the same listing port. A hash is uploaded only when every artifact with that
// content is matched: a copy outside the patterns keeps the content private.
import path from 'node:path';
import type { Glob } from './listing.js';
import type { UploadSource } from './reputation/uploads.js';
import type { Artifact } from './types.js';

/** What to upload for a hash, or why not; asked only after `allHashed`. */
export type SourceFor = (sha256: string) => Promise<UploadSource | { excluded: string }>;

export function uploadSources(artifacts: readonly Artifact[], hashedPaths: ReadonlyMap<string | Buffer, string>, allHashed: Promise<void>, patterns: string, glob: Glob): SourceFor {
  let matched: Promise<(artifact: Artifact) => boolean> | null = null;
  let byHash: Map<string, Artifact[]> | null = null;
  return async (sha256) => {
    await allHashed;
    matched ??= matcher(patterns, glob);
    const isMatched = await matched;
    byHash ??= groupByHash(artifacts, hashedPaths);
    const copies = byHash.get(sha256) ?? [];
    const excluded = copies.find((artifact) => !isMatched(artifact));
    if (excluded) return { excluded: `upload-files does not match ${excluded.displayPath}, so it was not uploaded` };
    const [first] = copies;
    if (!first) return { excluded: 'no artifact with this hash could be read again' };
    return { path: first.rawPath ?? first.absolutePath, name: path.basename(first.displayPath) };
  };
}

function groupByHash(artifacts: readonly Artifact[], hashedPaths: ReadonlyMap<string | Buffer, string>): Map<string, Artifact[]> {
  const groups = new Map<string, Artifact[]>();
  for (const artifact of artifacts) {
    const sha256 = hashedPaths.get(artifact.rawPath ?? artifact.absolutePath);
    if (sha256 === undefined) continue;
    const group = groups.get(sha256);
    if (group) group.push(artifact);
    else groups.set(sha256, [artifact]);
  }
  return groups;
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
