// runGate's options for tests of the core without a runner: no pacing, few retries, a short timeout.
import type { GateOptions } from '../../src/core/run-gate.ts';
import { defaultPolicy } from './policy.ts';

export function gateOptions(required: Pick<GateOptions, 'patterns' | 'apiKey' | 'apiUrl' | 'workspace'>, overrides: Partial<GateOptions> = {}): GateOptions {
  return {
    provider: 'virustotal',
    policy: defaultPolicy(),
    requestsPerMinute: 0,
    concurrency: 2,
    maxRetries: 0,
    requestTimeoutMs: 5_000,
    ...required,
    ...overrides,
  };
}
