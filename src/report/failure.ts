// The one line that says why the gate failed, in the words of the policy's inputs.
import { analysedEngines, endedScan, failsWhateverPolicy, ownConsequence } from '../core/verdict.js';
import { describeFailingMembers } from './findings.js';
import type { ArtifactResult, ArtifactStatus, DecisionRule, Judgement, Policy, ScanSummary } from '../core/types.js';
import { plural } from './text.js';
import { urlFailureReasons } from './urls.js';

const FAILURE_LIST_LENGTH = 5;
export const NO_FILES_MESSAGE = 'No files were found with the provided patterns (if-no-files-found=error).';

/** The judgement with its failure line: what every report renders. */
export function explain(judgement: Judgement, policy: Policy, providerName: string): ScanSummary {
  if (judgement.result !== 'fail') return { ...judgement, failureMessage: '' };
  const artifacts = failureMessage(judgement.results, judgement.urlsOnly ? { ...policy, ifNoFilesFound: 'ignore' } : policy, providerName);
  // A scan stop (a refused key) is said once, though artifacts and URLs both carry it.
  const urls = urlFailureReasons(judgement.urls, policy, providerName).filter((reason) => !artifacts.includes(reason));
  return { ...judgement, failureMessage: [artifacts, ...urls].filter(Boolean).join('; ') };
}

function failureMessage(results: readonly ArtifactResult[], policy: Policy, providerName: string): string {
  // By each one's own verdict: an archive that fails only through its members is said after them.
  const failing = (status: ArtifactStatus) => results.filter((r) => r.status === status && ownConsequence(r) === 'fail');
  const of = `of ${plural(results.length, 'artifact')}`;
  const reasons: string[] = [];
  if (results.length === 0 && policy.ifNoFilesFound === 'error') reasons.push(NO_FILES_MESSAGE);
  // In the order the rules apply; most detected first, as in every report.
  const malicious = failing('malicious').sort((a, b) => (b.counted?.malicious ?? 0) - (a.counted?.malicious ?? 0));
  const decidedBy = (rule: DecisionRule) => malicious.filter((r) => r.decidedBy.rule === rule);
  const byEngine = decidedBy('fail-engines');
  if (byEngine.length > 0) {
    const list = listPaths(byEngine, (r) => `${r.artifact.displayPath} (${(r.decidedBy.engines ?? []).join(', ')})`);
    reasons.push(`${byEngine.length} ${of} ${byEngine.length === 1 ? 'is' : 'are'} flagged malicious by an engine in fail-engines: ${list}`);
  }
  const overCount = decidedBy('max-malicious');
  if (overCount.length > 0) {
    const list = listPaths(overCount, (r) => `${r.artifact.displayPath} (${r.counted?.malicious}/${r.report?.engineCount})`);
    reasons.push(`${overCount.length} ${of} exceed${overCount.length === 1 ? 's' : ''} max-malicious=${policy.maxMalicious}: ${list}`);
  }
  const overShare = decidedBy('max-malicious-percent');
  if (overShare.length > 0) {
    const list = listPaths(overShare, (r) => `${r.artifact.displayPath} (${r.counted?.malicious} of ${plural(analysedEngines(r.report!), 'verdict')})`);
    reasons.push(`${overShare.length} ${of} exceed${overShare.length === 1 ? 's' : ''} max-malicious-percent=${policy.maxMaliciousPercent}: ${list}`);
  }
  const suspicious = failing('suspicious').sort((a, b) => (b.counted?.suspicious ?? 0) - (a.counted?.suspicious ?? 0));
  if (suspicious.length > 0) {
    const list = listPaths(suspicious, (r) => `${r.artifact.displayPath} (${r.counted?.suspicious} suspicious/${r.report?.engineCount})`);
    reasons.push(`${suspicious.length} ${of} exceed${suspicious.length === 1 ? 's' : ''} max-suspicious=${policy.maxSuspicious}: ${list}`);
  }
  const unknown = failing('unknown');
  if (unknown.length > 0) {
    reasons.push(`${unknown.length} ${of} ${unknown.length === 1 ? 'is' : 'are'} unknown to ${providerName} (on-unknown=fail): ${listPaths(unknown, (r) => r.artifact.displayPath)}`);
  }
  const pending = failing('pending');
  if (pending.length > 0) {
    reasons.push(
      `${pending.length} ${of} ${pending.length === 1 ? 'was' : 'were'} uploaded to ${providerName} and not analysed in time (on-unknown=fail): ${listPaths(pending, (r) => r.artifact.displayPath)}`,
    );
  }
  const unanalysed = failing('unanalysed');
  if (unanalysed.length > 0) {
    const list = listPaths(unanalysed, (r) => `${r.artifact.displayPath} (${plural(analysedEngines(r.report!), 'engine')})`);
    reasons.push(`${unanalysed.length} ${of} ${unanalysed.length === 1 ? 'has' : 'have'} fewer engine verdicts than min-engines=${policy.minEngines} (on-unknown=fail): ${list}`);
  }
  // A refused key (or an api-url that serves no reports) means nothing could be checked: the job
  // fails, allowed artifacts or not. An error that ended the scan is said once, not per artifact.
  const stop = results.find((r) => r.error !== null && failsWhateverPolicy(r.error)) ?? results.find((r) => endedScan(r.error) && r.consequence === 'fail');
  const errors = failing('error');
  if (stop) reasons.push(stop.error!.message);
  else if (errors.length > 0) reasons.push(`${errors.length} ${of} could not be checked (on-error=fail): ${listPaths(errors, (r) => r.artifact.displayPath)}`);
  const unscanned = failing('unscanned');
  if (unscanned.length > 0) {
    reasons.push(`${unscanned.length} ${of} ${unscanned.length === 1 ? 'was' : 'were'} not scanned fully (on-error=fail): ${listPaths(unscanned, (r) => r.artifact.displayPath)}`);
  }
  // The outer files a release ships: each fails with the member it holds, named.
  const holders = results.filter((r) => r.failingMembers && !r.artifact.member && ownConsequence(r) !== 'fail');
  if (holders.length > 0) {
    const list = listPaths(holders, (r) => `${r.artifact.displayPath} (${describeFailingMembers(r)})`);
    reasons.push(`so ${holders.length === 1 ? '1 archive fails' : `${holders.length} archives fail`} with what ${holders.length === 1 ? 'it holds' : 'they hold'}: ${list}`);
  }
  return reasons.join('; ');
}

function listPaths(results: ArtifactResult[], describe: (result: ArtifactResult) => string): string {
  const shown = results.slice(0, FAILURE_LIST_LENGTH).map(describe).join(', ');
  const more = results.length - FAILURE_LIST_LENGTH;
  return more > 0 ? `${shown} and ${more} more` : shown;
}
