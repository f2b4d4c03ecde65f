// The policy the action's defaults (action.yml) parse to, for tests of the stages after inputs.
// test/unit/inputs.test.ts checks these very values against what parseInputs makes of action.yml.
import type { Policy } from '../../src/core/types.ts';

export function defaultPolicy(overrides: Partial<Policy> = {}): Policy {
  return {
    maxMalicious: 0,
    maxSuspicious: null,
    minEngines: 1,
    maxReportAgeDays: null,
    ignoreEngines: [],
    allow: {},
    allowEntries: {},
    failEngines: [],
    warnMalicious: null,
    maxMaliciousPercent: null,
    onUnknown: 'warn',
    onError: 'fail',
    ifNoFilesFound: 'warn',
    ...overrides,
  };
}
