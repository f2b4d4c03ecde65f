// Lookups for many hashes through one client: bounded concurrency, and a stop for the whole scan
// the moment the service refuses the key.
import { Semaphore } from '../concurrency.js';
import type { LookupError, LookupOutcome } from '../types.js';
import type { ReputationClient } from './client.js';

export interface LookupOptions {
  /** Lookups in flight at once. */
  concurrency: number;
}

export class Lookups {
  private readonly client: Pick<ReputationClient, 'lookup'>;
  private readonly slots: Semaphore;
  /** Set by the first 401/403: every later lookup fails with it, and sends nothing. */
  private authFailure: LookupError | null = null;

  constructor(client: Pick<ReputationClient, 'lookup'>, options: LookupOptions) {
    this.client = client;
    this.slots = new Semaphore(options.concurrency);
  }

  lookup(sha256: string): Promise<LookupOutcome> {
    return this.slots.run(async () => {
      if (this.authFailure) return { kind: 'error', error: this.authFailure };
      const outcome = await this.client.lookup(sha256);
      if (outcome.kind === 'error' && outcome.error.kind === 'auth') this.authFailure ??= outcome.error;
      return outcome;
    });
  }

  /** The refusal that stopped the scan, if the key was refused. */
  get stoppedBy(): LookupError | null {
    return this.authFailure;
  }
}
