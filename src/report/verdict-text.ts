// One sentence per verdict, shared by the JUnit, Code Quality and console reports: what the service
// said and which policy setting made it pass, warn or fail.
import type { ArtifactResult, Policy, Provider, UrlResult } from '../core/types.js';
import { analysedEngines } from '../core/verdict.js';
import { plural } from './text.js';
import { PROVIDERS } from '../core/providers.js';
import { oneLine } from './text.js';
import { decisionReason } from './decision.js';

/** What the verdict is and why, as a clause that reads after the artifact's (or URL's) name; one line. */
export function describeVerdict(result: ArtifactResult | UrlResult, provider: Provider, policy: Policy): string {
  const { status, report, counted, error } = result;
  const providerName = PROVIDERS[provider].name;
  switch (status) {
    case 'malicious':
      return `flagged malicious by ${counted?.malicious} of ${report?.engineCount} engines (${result.decidedBy.rule === 'max-malicious' ? `max-malicious=${policy.maxMalicious}` : decisionReason(result, policy, provider)})`;
    case 'flagged':
      return `flagged malicious by ${counted?.malicious} of ${report?.engineCount} engines, a warning (warn-malicious=${policy.warnMalicious}, max-malicious=${policy.maxMalicious})`;
    case 'suspicious':
      return `flagged suspicious by ${counted?.suspicious} of ${report?.engineCount} engines (max-suspicious=${policy.maxSuspicious})`;
    case 'error':
      return `could not be checked: ${oneLine(error?.message ?? 'unknown error')} (on-error=${policy.onError})`;
    case 'unscanned':
      // Only an artifact (an archive or a member) is ever unscanned; a URL never is.
      if (!('artifact' in result)) return `not scanned fully (on-error=${policy.onError})`;
      return `${result.sha256 === null ? 'not read' : 'not scanned fully'}: ${oneLine(result.artifact.unscanned ?? 'no reason given')} (on-error=${policy.onError})`;
    case 'unknown':
      return `unknown to ${providerName}: it has no reputation (on-unknown=${policy.onUnknown})`;
    case 'pending':
      return `uploaded to ${providerName}, whose analysis did not complete in time: no verdict yet (on-unknown=${policy.onUnknown})`;
    case 'unanalysed':
      return `not analysed by ${providerName}: verdicts from only ${plural(report ? analysedEngines(report) : 0, 'engine')}, fewer than min-engines=${policy.minEngines} (on-unknown=${policy.onUnknown})`;
    case 'allowed':
      return `allowed: ${oneLine(result.allowed?.reason ?? '')} (otherwise ${result.allowed?.otherwise})`;
    case 'clean':
      return `clean: ${counted?.malicious ?? 0} of ${report?.engineCount ?? 0} engines flag it (max-malicious=${policy.maxMalicious})`;
  }
}
