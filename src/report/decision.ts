// Which rule decided an artifact, in one wording shared by every report: the job summary, the
// annotations, SARIF, the JSON report, JUnit, Code Quality, the console table and the log lines.
import { PROVIDERS } from '../core/providers.js';
import type { AllowEntry, ArtifactResult, ArtifactStatus, Consequence, DecisionRule, ExpiredAllow, FileReport, Policy, Provider, UrlItem } from '../core/types.js';
import { defang } from '../core/url-list.js';
import { analysedEngines, ownConsequence } from '../core/verdict.js';
import { describeFailingMembers, sentence } from './findings.js';
import { oneLine, plural } from './text.js';

/** What the wording reads of a result: an artifact's, or a URL's (which has no hash). */
export type DecidedResult = Pick<ArtifactResult, 'status' | 'consequence' | 'counted' | 'allowed' | 'decidedBy' | 'failingMembers'> & {
  sha256?: string | null;
  item?: Pick<UrlItem, 'url'>;
  report: Pick<FileReport, 'engineCount' | 'stats'> | null;
};

const OUTCOME_WORDS: Record<Consequence, string> = { fail: 'failed', warn: 'warning', pass: 'passed' };

/** `failed: Kaspersky is in fail-engines`: what the policy made of the artifact, and which rule made it so. One line. */
export function describeDecision(result: DecidedResult, policy: Policy, provider: Provider): string {
  const expired = result.decidedBy.expiredAllow;
  const own = `${OUTCOME_WORDS[ownConsequence(result)]}: ${decisionReason(result, policy, provider)}${expired ? `; ${describeExpiry(expired)}` : ''}`;
  // An archive fails with the members it holds; what its own hash made of it comes after.
  const members = describeFailingMembers(result);
  if (members === null) return own;
  const count = result.failingMembers!.paths.length;
  return `${OUTCOME_WORDS.fail}: it holds ${count === 1 ? 'a failing member' : `${count} failing members`}: ${members}; by its own hash, ${own}`;
}

/** The rule each status has when nothing but its own threshold or setting decided it. */
const USUAL_RULE: Record<ArtifactStatus, DecisionRule> = {
  malicious: 'max-malicious',
  suspicious: 'max-suspicious',
  error: 'on-error',
  unscanned: 'on-error',
  flagged: 'warn-malicious',
  unanalysed: 'min-engines',
  pending: 'on-unknown',
  unknown: 'on-unknown',
  allowed: 'allow',
  clean: 'within-thresholds',
};

/** Whether the status alone says which rule decided; where room is short, only the other decisions need saying. */
export function decidedAsUsual(result: DecidedResult): boolean {
  return result.decidedBy.rule === USUAL_RULE[result.status] && result.decidedBy.expiredAllow === undefined && result.failingMembers === undefined;
}

/** The decision as a sentence of its own, after others: `Failed: Kaspersky is in fail-engines.` */
export function decisionSentence(decision: string): string {
  return sentence(decision.charAt(0).toUpperCase() + decision.slice(1));
}

/** The rule's half of the decision, without the outcome: `Kaspersky is in fail-engines`. */
export function decisionReason(result: DecidedResult, policy: Policy, provider: Provider): string {
  const { report, counted } = result;
  const consequence = ownConsequence(result);
  const of = report ? ` of ${report.engineCount}` : '';
  const malicious = counted?.malicious ?? 0;
  const say = (count: number, category: string) => `${count}${of} engine${report?.engineCount === 1 && count === 1 ? '' : 's'} say${count === 1 ? 's' : ''} ${category}`;
  switch (result.decidedBy.rule) {
    case 'allow': {
      const entry = result.item ? policy.allowUrlEntries?.[result.item.url] : policy.allowEntries[result.sha256 ?? ''];
      return `allowed by ${entry ? entryName(entry) : 'allow'} (${oneLine(result.allowed?.reason ?? '')})${entry?.expires ? `, until it expires on ${entry.expires}` : ''}`;
    }
    case 'fail-engines': {
      const engines = (result.decidedBy.engines ?? []).map(oneLine);
      return `${joinAnd(engines)} ${engines.length === 1 ? 'is' : 'are'} in fail-engines`;
    }
    case 'max-malicious':
      return `${say(malicious, 'malicious')}, more than max-malicious=${policy.maxMalicious}`;
    case 'max-malicious-percent': {
      const analysed = report ? analysedEngines(report) : 0;
      return `${malicious} of ${plural(analysed, 'engine')} with a verdict say${malicious === 1 ? 's' : ''} malicious (${share(malicious, analysed)} %), more than max-malicious-percent=${policy.maxMaliciousPercent}`;
    }
    case 'max-suspicious':
      return `${say(counted?.suspicious ?? 0, 'suspicious')}, more than max-suspicious=${policy.maxSuspicious}`;
    case 'min-engines':
      return `verdicts from only ${plural(report ? analysedEngines(report) : 0, 'engine')}, fewer than min-engines=${policy.minEngines} (on-unknown=${consequence})`;
    case 'warn-malicious':
      return `${say(malicious, 'malicious')}, more than warn-malicious=${policy.warnMalicious} and not more than max-malicious=${policy.maxMalicious}`;
    case 'within-thresholds':
      return `${say(malicious, 'malicious')}, not more than max-malicious=${policy.maxMalicious}`;
    case 'on-unknown':
      // A pending upload is judged like an unknown file, but the service has it now.
      if (result.status === 'pending') return `uploaded, not yet analysed by ${PROVIDERS[provider].name} (on-unknown=${consequence})`;
      return `unknown to ${PROVIDERS[provider].name} (on-unknown=${consequence})`;
    case 'on-error':
      // Not scanned fully (an archive not opened, a member not read) is judged like an error: it may hide what the gate looks for.
      if (result.status === 'unscanned') return `not scanned fully (on-error=${consequence})`;
      return `could not be checked (on-error=${consequence})`;
    case 'unusable-service':
      return 'nothing could be checked with this key and api-url, whatever on-error says';
  }
}

/** `allow line 3 (for 3f0c9a5e0d1b…) expired on 2026-11-01 and no longer allows`. */
export function describeExpiry(expired: ExpiredAllow): string {
  return `its entry in ${entryName(expired)} expired on ${expired.expires} and no longer allows`;
}

/** The warning for an expired entry, which names the line and the date. */
export function describeExpiredAllow(expired: ExpiredAllow): string {
  // A URL is named as people are shown it: masked and defanged.
  const [subject, judged] = expired.url === undefined ? [expired.sha256, 'an artifact with that hash is'] : [oneLine(defang(expired.url)), 'that URL is'];
  return (
    `${entryName(expired)} allowed ${subject} (${oneLine(expired.reason)}) until ${expired.expires}: from that day it no longer allows, ` +
    `and ${judged} judged like any other. Remove the line, or give it a new date once the reason is checked again.`
  );
}

/** `allow line 2`, `allow-file (.github/allow.txt) line 3`. */
function entryName(entry: Pick<AllowEntry, 'source' | 'line'>): string {
  return `${oneLine(entry.source)} line ${entry.line}`;
}

/** The share with one decimal, never rounded up to the limit it is compared with. */
function share(count: number, total: number): string {
  return total === 0 ? '0' : (Math.floor((count * 10_000) / total) / 100).toString();
}

function joinAnd(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
