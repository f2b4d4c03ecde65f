// Keeps a spawned action off the real DNS: see dns-fence-preload.ts. For tests that aim the action at
// a made-up host name, which must reach the test server through a proxy or nowhere.
import { preloadLog } from './preload-log.ts';

export interface DnsFence {
  /** Environment for runAction: the preload and its log. */
  env: Record<string, string>;
  /** The host names the action tried to resolve, in order. */
  lookups(): Promise<string[]>;
}

export async function dnsFence(): Promise<DnsFence> {
  const { env, lines } = await preloadLog('dns-fence-preload.ts', 'DNS_FENCE_LOG');
  return { env, lookups: lines };
}
