// Stage 1: glob patterns to a sorted, de-duplicated list of the files to judge. The pattern walk
// itself is a port (Glob): the action passes @actions/glob (src/action/glob.ts).
import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import { mapConcurrent } from './concurrency.js';
import type { Artifact } from './types.js';

/** What stat() calls at once while listing; enough to hide disk latency, few enough to keep fds low. */
const STAT_CONCURRENCY = 16;

export interface GlobOptions {
  followSymbolicLinks: boolean;
  /** Whether a directory the patterns match is returned itself (its files are, either way). */
  matchDirectories: boolean;
  omitBrokenSymbolicLinks: boolean;
}

/**
 * The listing port: expands newline-separated patterns (the @actions/glob syntax: `!` excludes, `#`
 * comments, a directory matches its whole tree) to absolute paths. A link loop throws ELOOP when links
 * are followed.
 */
export type Glob = (patterns: string, options: GlobOptions) => AsyncIterable<string>;

export interface ArtifactList {
  artifacts: Artifact[];
  /** Paths the patterns matched that were left out: broken symbolic links. */
  skipped: { path: string; reason: string }[];
}

export async function findArtifacts(patterns: string, workspace: string, glob: Glob): Promise<ArtifactList> {
  const { paths, followsLinks } = await globPaths(patterns, glob);
  const skipped: ArtifactList['skipped'] = [];
  const listed = await mapConcurrent(paths, STAT_CONCURRENCY, async (absolutePath): Promise<Artifact | null> => {
    const { displayPath, inWorkspace } = describePath(absolutePath, workspace);
    let info;
    try {
      info = await stat(absolutePath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && (await isLink(absolutePath))) {
        skipped.push({ path: displayPath, reason: 'broken symbolic link' });
        return null;
      }
      // Matched but gone or unreachable since globbing (or a link loop): judged as an error, never dropped.
      return { absolutePath, displayPath, inWorkspace, size: 0, statError: describeStatError(error) };
    }
    if (info.isDirectory()) {
      // Directories are walked by the globber, not judged; a link to one is walked only when links are followed.
      if (!followsLinks && (await isLink(absolutePath))) skipped.push({ path: displayPath, reason: 'symbolic link to a directory, not walked' });
      return null;
    }
    const special = info.isFile() ? undefined : specialFileType(info);
    return { absolutePath, displayPath, inWorkspace, size: info.isFile() ? info.size : 0, ...(special && { special }) };
  });
  if (followsLinks) {
    for (const link of await findBrokenLinks(patterns, new Set(paths), glob)) {
      skipped.push({ path: describePath(link, workspace).displayPath, reason: 'broken symbolic link' });
    }
  }
  const artifacts = listed.filter((artifact): artifact is Artifact => artifact !== null);
  artifacts.sort((a, b) => (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0));
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { artifacts, skipped };
}

/**
 * The matched paths, following symbolic links. The globber gives up a whole walk over one link it
 * cannot follow (a loop: ELOOP); then the tree is walked again without following links, so each link
 * is listed itself and judged on its own (the loop becomes an error for that path).
 */
async function globPaths(patterns: string, glob: Glob): Promise<{ paths: string[]; followsLinks: boolean }> {
  const walk = async (followSymbolicLinks: boolean) => {
    const paths = new Set<string>();
    for await (const found of glob(patterns, { followSymbolicLinks, matchDirectories: true, omitBrokenSymbolicLinks: true })) paths.add(found);
    return [...paths];
  };
  try {
    return { paths: await walk(true), followsLinks: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOOP') throw error;
    return { paths: await walk(false), followsLinks: false };
  }
}

function isLink(file: string): Promise<boolean> {
  return lstat(file).then((info) => info.isSymbolicLink(), () => false);
}

/**
 * The globber drops broken links silently when it follows links. A second walk that does not follow
 * them lists each link itself; the links it finds that the first walk did not return, and that do
 * not resolve, are the broken ones.
 */
async function findBrokenLinks(patterns: string, found: ReadonlySet<string>, glob: Glob): Promise<string[]> {
  const broken: string[] = [];
  for await (const candidate of glob(patterns, { followSymbolicLinks: false, matchDirectories: false, omitBrokenSymbolicLinks: true })) {
    if (found.has(candidate)) continue;
    const link = await lstat(candidate).catch(() => null);
    if (link?.isSymbolicLink() && !(await stat(candidate).then(() => true, () => false))) broken.push(candidate);
  }
  return broken;
}

/** The path people read: relative to the workspace with forward slashes, or absolute outside it. */
export function describePath(absolutePath: string, workspace: string): { displayPath: string; inWorkspace: boolean } {
  const relative = path.relative(workspace, absolutePath);
  const inWorkspace = relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
  return { displayPath: (inWorkspace ? relative : absolutePath).split(path.sep).join('/'), inWorkspace };
}

function describeStatError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'it no longer exists (ENOENT)';
  if (code === 'EACCES' || code === 'EPERM') return `permission denied (${code})`;
  return code ?? String(error);
}

function specialFileType(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isFIFO()) return 'FIFO';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice()) return 'character device';
  if (info.isBlockDevice()) return 'block device';
  return 'special file';
}
