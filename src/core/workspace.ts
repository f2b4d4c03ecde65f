// One workspace for every path the user gives: `files` patterns, `allow-file`, `sarif-path` and the
// displayed paths all resolve against GITHUB_WORKSPACE, or the working directory when it is unset,
// so a tool that runs the action outside the runner (@github/local-action) scans the right folder.
import path from 'node:path';

/** The workspace: `githubWorkspace` (GITHUB_WORKSPACE, when the front door has one) resolved against `cwd`. */
export function workspaceDirectory(githubWorkspace: string | undefined, cwd: string): string {
  return path.resolve(cwd, githubWorkspace || '.');
}

/**
 * The `files` patterns with each relative one rooted at the workspace (@actions/glob would root them
 * at the working directory). Comments, blank lines, absolute and `~` patterns stay as written; a
 * leading `!` stays in front; glob characters in the workspace's own path are escaped.
 */
export function rootPatterns(patterns: string, workspace: string): string {
  const root = escapeGlob(workspace.split(path.sep).join('/').replace(/\/+$/, ''));
  return patterns
    .split(/\r?\n/)
    .map((line) => {
      const trimmed = line.trim();
      if (trimmed === '' || trimmed.startsWith('#')) return line;
      const negation = /^!*/.exec(trimmed)![0];
      const pattern = trimmed.slice(negation.length);
      if (pattern.startsWith('~') || path.isAbsolute(pattern) || /^[A-Za-z]:[\\/]/.test(pattern)) return trimmed;
      return `${negation}${root}/${pattern}`;
    })
    .join('\n');
}

/** A literal path as an @actions/glob pattern (as its own globEscape does for the working directory). */
function escapeGlob(literal: string): string {
  return (process.platform === 'win32' ? literal : literal.replace(/\\/g, '\\\\')).replace(/[*?[]/g, (char) => `[${char}]`);
}
