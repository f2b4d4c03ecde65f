// One workspace for every path: patterns rooted at GITHUB_WORKSPACE (or the working directory).
import { describe, expect, test } from 'vitest';
import { rootPatterns, workspaceDirectory } from '../../src/core/workspace.ts';

describe('workspaceDirectory', () => {
  test.each([
    [{ GITHUB_WORKSPACE: '/home/runner/work/app/app' }, '/somewhere', '/home/runner/work/app/app'],
    [{}, '/home/me/project', '/home/me/project'],
    [{ GITHUB_WORKSPACE: '' }, '/home/me/project', '/home/me/project'],
    [{ GITHUB_WORKSPACE: 'checkout' }, '/home/me', '/home/me/checkout'],
  ])('%j from %s: %s', (env, cwd, expected) => {
    expect(workspaceDirectory((env as { GITHUB_WORKSPACE?: string }).GITHUB_WORKSPACE, cwd)).toBe(expected);
  });
});

describe('rootPatterns', () => {
  test.each([
    ['dist/**', '/ws/dist/**'],
    ['./dist/*.exe', '/ws/./dist/*.exe'],
    ['!dist/**/*.map', '!/ws/dist/**/*.map'],
    ['  build/out  ', '/ws/build/out'],
    ['/abs/path/**', '/abs/path/**'],
    ['!/abs/x', '!/abs/x'],
    ['~/cache/*', '~/cache/*'],
    ['# a comment', '# a comment'],
    ['', ''],
  ])('%j → %j', (pattern, expected) => {
    expect(rootPatterns(pattern, '/ws')).toBe(expected);
  });

  test('several lines keep their order and comments', () => {
    expect(rootPatterns('# artifacts\ndist/**\n\n!dist/*.map', '/ws/')).toBe('# artifacts\n/ws/dist/**\n\n!/ws/dist/*.map');
  });

  test("glob characters in the workspace's own path match only themselves", () => {
    expect(rootPatterns('dist/**', '/tmp/a*b/[x]?')).toBe('/tmp/a[*]b/[[]x][?]/dist/**');
  });
});
