// Stage 1: glob patterns to a sorted, de-duplicated list of the files to judge. Matching the patterns
// against the tree is a port (Glob); both front doors pass the walk in src/core/walk.ts.
import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import { showBytes } from './bytes.js';
import { mapConcurrent } from './concurrency.js';
import type { Artifact } from './types.js';

/** What stat() calls at once while listing; enough to hide disk latency, few enough to keep fds low. */
const STAT_CONCURRENCY = 16;

export interface ArtifactList {
  artifacts: Artifact[];
  /** Paths the patterns matched that were left out: broken symbolic links. */
  skipped: { path: string; reason: string }[];
}

/** What a Glob found for the patterns. */
export interface MatchedPaths {
  /** Matched paths (directories included, walked already); a name that is not UTF-8 comes as its exact bytes. */
  paths: (string | Buffer)[];
  /** Matched symbolic links that lead nowhere. */
  brokenLinks: string[];
  /** Whether links to directories were followed (not after a link loop). */
  followsLinks: boolean;
  /**
   * What the glob found each path to be, by index, when it looked already (src/core/walk.ts): then
   * `paths` holds no directories and no path is examined again.
   */
  kinds?: PathKind[];
}

/** A matched path as its glob found it: a regular file, a special file, or one it could not examine. */
export type PathKind = 'file' | { special: string } | { error: string };

/**
 * The listing port: expands newline-separated patterns (the @actions/glob syntax: `!` excludes, `#`
 * comments, a directory matches its whole tree) to absolute paths.
 */
export type Glob = (patterns: string) => Promise<MatchedPaths>;

export async function findArtifacts(patterns: string, workspace: string, glob: Glob): Promise<ArtifactList> {
  const { paths: candidates, followsLinks, brokenLinks, kinds } = await glob(patterns);
  const skipped: ArtifactList['skipped'] = [];
  const listed = kinds ? examinedArtifacts(candidates, kinds, workspace) : await statEach(candidates, workspace, followsLinks, skipped);
  // A set of every path only when there is a broken link to look up in it: most trees have none.
  if (brokenLinks.length > 0) {
    const found = new Set(candidates.filter((candidate): candidate is string => typeof candidate === 'string'));
    for (const link of brokenLinks.filter((link) => !found.has(link))) {
      skipped.push({ path: describePath(link, workspace).displayPath, reason: 'broken symbolic link' });
    }
  }
  const artifacts = kinds ? (listed as Artifact[]) : listed.filter((artifact): artifact is Artifact => artifact !== null);
  artifacts.sort(byDisplayPath);
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { artifacts, skipped };
}

function byDisplayPath(a: Artifact, b: Artifact): number {
  return a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0;
}

/** Artifacts from what the glob found; each size is known once the file is hashed. */
function examinedArtifacts(candidates: readonly (string | Buffer)[], kinds: readonly PathKind[], workspace: string): Artifact[] {
  // The walk's paths are normalized: one below the workspace is shown by slicing, without path.relative each time.
  const below = path.sep === '/' && path.resolve(workspace) !== '/' ? `${path.resolve(workspace)}/` : null;
  const artifacts: Artifact[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i]!;
    // One literal for the common case (a plain file in the workspace): no spread, one object shape.
    const artifact: Artifact =
      below !== null && typeof candidate === 'string' && candidate.length > below.length && candidate.startsWith(below)
        ? { absolutePath: candidate, displayPath: candidate.slice(below.length), inWorkspace: true, size: 0 }
        : { ...named(candidate, workspace), size: 0 };
    const kind = kinds[i]!;
    if (kind !== 'file') {
      if ('special' in kind) artifact.special = kind.special;
      else artifact.statError = kind.error;
    }
    artifacts.push(artifact);
  }
  return artifacts;
}

/** A name that is not UTF-8 is examined by its bytes and shown with them escaped. */
function named(candidate: string | Buffer, workspace: string): Pick<Artifact, 'absolutePath' | 'rawPath' | 'displayPath' | 'inWorkspace'> {
  const absolutePath = typeof candidate === 'string' ? candidate : showBytes(candidate);
  const rawPath = typeof candidate === 'string' ? undefined : { rawPath: candidate };
  return { absolutePath, ...rawPath, ...describePath(absolutePath, workspace) };
}

/** For a glob that gives bare paths: a stat of each, to tell files from directories, links and the rest. */
function statEach(candidates: (string | Buffer)[], workspace: string, followsLinks: boolean, skipped: ArtifactList['skipped']): Promise<(Artifact | null)[]> {
  return mapConcurrent(candidates, STAT_CONCURRENCY, async (candidate): Promise<Artifact | null> => {
    const name = named(candidate, workspace);
    const { displayPath } = name;
    let info;
    try {
      info = await stat(candidate);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && (await isLink(candidate))) {
        skipped.push({ path: displayPath, reason: 'broken symbolic link' });
        return null;
      }
      // Matched but gone or unreachable since globbing (or a link loop): judged as an error, never dropped.
      return { ...name, size: 0, statError: describeStatError(error) };
    }
    if (info.isDirectory()) {
      // Directories are walked by the globber, not judged; a link to one is walked only when links are followed.
      if (!followsLinks && (await isLink(candidate))) skipped.push({ path: displayPath, reason: 'symbolic link to a directory, not walked' });
      return null;
    }
    const special = info.isFile() ? undefined : specialFileType(info);
    return { ...name, size: info.isFile() ? info.size : 0, ...(special && { special }) };
  });
}

function isLink(file: string | Buffer): Promise<boolean> {
  return lstat(file).then(
    (info) => info.isSymbolicLink(),
    () => false,
  );
}

/** The path people read: relative to the workspace with forward slashes, or absolute outside it. */
export function describePath(absolutePath: string, workspace: string): { displayPath: string; inWorkspace: boolean } {
  const relative = path.relative(workspace, absolutePath);
  const inWorkspace = relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
  return { displayPath: (inWorkspace ? relative : absolutePath).split(path.sep).join('/'), inWorkspace };
}

export function describeStatError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'it no longer exists (ENOENT)';
  if (code === 'EACCES' || code === 'EPERM') return `permission denied (${code})`;
  return code ?? String(error);
}

export function specialFileType(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isFIFO()) return 'FIFO';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice()) return 'character device';
  if (info.isBlockDevice()) return 'block device';
  return 'special file';
}
