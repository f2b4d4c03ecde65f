// The one table of what differs between providers: where the API is, how fast a key may go by
// default, what the provider is called, where people read its report, and what to do about a quota.
import type { Provider } from './types.js';

export interface ProviderFacts {
  /** The name people know, for logs and reports. */
  name: string;
  /** The default `api-url`: base URL without a trailing slash. */
  apiUrl: string;
  /** The default `requests-per-minute`; 0 means no pacing. */
  requestsPerMinute: number;
  /** What to change when the quota stays exhausted, for this provider's keys. */
  quotaHint: string;
  /** The provider's web page for a hash; null where the provider has no public page to link. */
  reportLink(sha256: string): string | null;
  /** The provider's web page for an upload's analysis; null where there is none. */
  analysisLink?(analysisId: string): string;
}

export const PROVIDERS: Record<Provider, ProviderFacts> = {
  virustotal: {
    name: 'VirusTotal',
    apiUrl: 'https://www.virustotal.com/api/v3',
    // Free VirusTotal keys allow 4 lookups a minute.
    requestsPerMinute: 4,
    quotaHint: 'A free VirusTotal key allows 4 requests per minute and 500 per day; set `requests-per-minute` to what your key allows, or use a key with a larger quota.',
    reportLink: (sha256) => `https://www.virustotal.com/gui/file/${sha256}`,
    analysisLink: (analysisId) => `https://www.virustotal.com/gui/file-analysis/${encodeURIComponent(analysisId)}`,
  },
  reversinglabs: {
    name: 'ReversingLabs',
    apiUrl: 'https://data.reversinglabs.com/api/v3',
    // ReversingLabs keys are not paced by default.
    requestsPerMinute: 0,
    quotaHint: "Set `requests-per-minute` to your ReversingLabs account's rate limit, or ask ReversingLabs for a larger quota.",
    reportLink: () => null,
  },
};

/** The provider's web page for a hash; null where the provider has no public page to link. */
export function reportLink(provider: Provider, sha256: string): string | null {
  return PROVIDERS[provider].reportLink(sha256);
}

/** The provider's web page for an analysis; null where the provider has none. */
export function analysisLink(provider: Provider, analysisId: string): string | null {
  return PROVIDERS[provider].analysisLink?.(analysisId) ?? null;
}
