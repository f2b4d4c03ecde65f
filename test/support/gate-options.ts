// GateOptions for runGate tests: the workspace's dist/ against a server, no pacing, the default policy.
import path from 'node:path';
import type { GateOptions } from '../../src/core/run-gate.ts';
import { defaultPolicy } from './policy.ts';

export function gateOptions(workspace: string, apiUrl: string, apiKey: string, overrides: Partial<GateOptions> = {}): GateOptions {
  return {
    patterns: path.join(workspace, 'dist'),
    apiKey,
    provider: 'virustotal',
    apiUrl,
    policy: defaultPolicy(),
    requestsPerMinute: 0,
    concurrency: 2,
    maxRetries: 0,
    requestTimeoutMs: 5_000,
    workspace,
    ...overrides,
  };
}
