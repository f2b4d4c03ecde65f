// A GitLab Code Quality report (artifacts:reports:codequality): the artifacts that need attention as
// issues in the merge request widget, on every GitLab tier. The format is a subset of the Code Climate
// issue spec; tests check it against the fields GitLab documents (test/fixtures/gitlab).
import { createHash } from 'node:crypto';
import type { Artifact, ArtifactResult, ArtifactStatus, Consequence, Policy, Provider } from '../core/types.js';
import { reportLink } from '../core/providers.js';
import { oneLine } from './text.js';
import { describeVerdict } from './verdict-text.js';
import { decisionSentence, describeDecision } from './decision.js';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeQualityIssue {
  type: 'issue';
  check_name: string;
  description: string;
  categories: string[];
  severity: CodeQualitySeverity;
  /** The same artifact path and check give the same fingerprint in every run, so GitLab can tell new issues from old. */
  fingerprint: string;
  location: { path: string; lines: { begin: number } };
}

export interface CodeQualityContext {
  provider: Provider;
  policy: Policy;
}

const THREAT_NAMES_SHOWN = 5;

/** A verdict's weight: a detection blocks, whatever could not be verified weighs what the policy made of it. */
function severity(status: ArtifactStatus, consequence: Consequence): CodeQualitySeverity {
  if (status === 'malicious') return 'blocker';
  if (status === 'suspicious') return 'critical';
  return consequence === 'fail' ? 'major' : consequence === 'warn' ? 'minor' : 'info';
}

export function buildCodeQuality(results: readonly ArtifactResult[], { provider, policy }: CodeQualityContext): CodeQualityIssue[] {
  const issues: CodeQualityIssue[] = [];
  for (const result of results) {
    const path = result.artifact.displayPath;
    const link = result.sha256 ? reportLink(provider, result.sha256) : null;
    const linkText = link ? ` Report: ${link}` : '';
    if (result.status !== 'clean' && result.status !== 'allowed') {
      const names = result.report ? threatNames(result.report.suggestedThreatLabel, result.report.threatNames) : '';
      const decision = decisionSentence(describeDecision(result, policy, provider));
      issues.push(
        issue(
          `artifact-reputation/${result.status}`,
          result.artifact,
          severity(result.status, result.consequence),
          `${oneLine(path)} ${describeVerdict(result, provider, policy)}${names}. ${decision}${linkText}`,
        ),
      );
    } else if (result.staleDays !== null && result.status === 'clean') {
      const description = `${oneLine(path)} was last analysed ${result.staleDays} days ago, more than max-report-age-days=${policy.maxReportAgeDays}: the clean verdict may be stale.${linkText}`;
      issues.push(issue('artifact-reputation/stale', result.artifact, 'info', description));
    }
  }
  return issues;
}

export function renderCodeQuality(results: readonly ArtifactResult[], context: CodeQualityContext): string {
  return `${JSON.stringify(buildCodeQuality(results, context), null, 2)}\n`;
}

function issue(checkName: string, artifact: Artifact, severity: CodeQualitySeverity, description: string): CodeQualityIssue {
  return {
    type: 'issue',
    check_name: checkName,
    description,
    categories: ['Security'],
    severity,
    fingerprint: createHash('sha256').update(`${checkName}\0${artifact.displayPath}`).digest('hex'),
    // A member is located at its outer archive's file, which GitLab can link; the description names the member.
    location: { path: artifact.member?.chain[0] ?? artifact.displayPath, lines: { begin: 1 } },
  };
}

function threatNames(suggested: string | null, names: readonly string[]): string {
  const unique = [...new Set(suggested ? [suggested, ...names] : names)].slice(0, THREAT_NAMES_SHOWN);
  return unique.length > 0 ? `; threat names: ${unique.map(oneLine).join(', ')}` : '';
}
