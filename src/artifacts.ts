// Stage 1: glob patterns to a sorted, de-duplicated list of the files to judge.
import * as glob from '@actions/glob';
import { lstat, stat } from 'node:fs/promises';
import path from 'node:path';
import { mapConcurrent } from './concurrency.js';
import type { Artifact } from './types.js';

/** What stat() calls at once while listing; enough to hide disk latency, few enough to keep fds low. */
const STAT_CONCURRENCY = 16;

export interface ArtifactList {
  artifacts: Artifact[];
  /** Paths the patterns matched that were left out: broken symbolic links. */
  skipped: { path: string; reason: string }[];
}

export async function findArtifacts(patterns: string, workspace: string): Promise<ArtifactList> {
  const globber = await glob.create(patterns, {
    followSymbolicLinks: true,
    implicitDescendants: true,
    matchDirectories: true,
    omitBrokenSymbolicLinks: true,
  });
  const paths = [...new Set(await globber.glob())];
  const skipped: ArtifactList['skipped'] = [];
  const listed = await mapConcurrent(paths, STAT_CONCURRENCY, async (absolutePath): Promise<Artifact | null> => {
    const { displayPath, inWorkspace } = describePath(absolutePath, workspace);
    let info;
    try {
      info = await stat(absolutePath);
    } catch (error) {
      // Matched but gone or unreachable since globbing: judged as an error, never silently dropped.
      return { absolutePath, displayPath, inWorkspace, size: 0, statError: describeStatError(error) };
    }
    if (info.isDirectory()) return null; // directories are walked by the globber, not judged
    const special = info.isFile() ? undefined : specialFileType(info);
    return { absolutePath, displayPath, inWorkspace, size: info.isFile() ? info.size : 0, ...(special && { special }) };
  });
  for (const link of await findBrokenLinks(patterns, new Set(paths))) {
    skipped.push({ path: describePath(link, workspace).displayPath, reason: 'broken symbolic link' });
  }
  const artifacts = listed.filter((artifact): artifact is Artifact => artifact !== null);
  artifacts.sort((a, b) => (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0));
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { artifacts, skipped };
}

/**
 * The globber drops broken links silently when it follows links. A second walk that does not follow
 * them lists each link itself; the links it finds that the first walk did not return, and that do
 * not resolve, are the broken ones.
 */
async function findBrokenLinks(patterns: string, found: ReadonlySet<string>): Promise<string[]> {
  const globber = await glob.create(patterns, { followSymbolicLinks: false, implicitDescendants: true, matchDirectories: false });
  const broken: string[] = [];
  for await (const candidate of globber.globGenerator()) {
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
