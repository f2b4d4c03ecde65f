// How a member of an archive is named and found again: one place for the `outer!/member` path and
// for which file on disk holds an artifact, so the reports and the verdict agree on both.
import type { Artifact } from '../types.js';

/** The path shown for a container chain: `dist/app.zip!/lib/x.jar!/y.so`. */
export function memberPath(chain: readonly string[]): string {
  return chain.join('!/');
}

/** The displayPath of the file on disk that holds the artifact: itself, or a member's outer archive. */
export function outerPath(artifact: Pick<Artifact, 'displayPath' | 'member'>): string {
  return artifact.member?.chain[0] ?? artifact.displayPath;
}

/** One key per listed file, member or container in between: the file on disk and the path shown. */
export function containerKey(absolutePath: string, displayPath: string): string {
  return `${absolutePath}\0${displayPath}`;
}
