// What the command line's exit status means, for CI systems and scripts.
export const EXIT_CODES = {
  /** The gate passed. */
  passed: 0,
  /** The gate failed: an artifact was flagged, or could not be checked and the policy says fail. */
  failed: 1,
  /** The command was wrong (a flag, a value, a missing key or file): nothing was checked. */
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

export function exitCodeFor(result: 'pass' | 'fail'): ExitCode {
  return result === 'pass' ? EXIT_CODES.passed : EXIT_CODES.failed;
}
