import { expect, test } from 'vitest';
import { EXIT_CODES, exitCodeFor } from '../../src/cli/exit-codes.ts';

test.each([
  ['pass', 0],
  ['fail', 1],
] as const)('a gate that ended in %s exits %i', (result, code) => {
  expect(exitCodeFor(result)).toBe(code);
});

test('a usage or configuration error is 2, apart from both results', () => {
  expect(EXIT_CODES).toEqual({ passed: 0, failed: 1, usage: 2 });
});
