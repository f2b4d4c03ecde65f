// Where people read a provider's full report on a hash.
import type { Provider } from './types.js';

export const PROVIDER_NAMES: Record<Provider, string> = {
  virustotal: 'VirusTotal',
  reversinglabs: 'ReversingLabs',
};

/** The provider's web page for a hash; null where the provider has no public page to link. */
export function reportLink(provider: Provider, sha256: string): string | null {
  return provider === 'virustotal' ? `https://www.virustotal.com/gui/file/${sha256}` : null;
}
