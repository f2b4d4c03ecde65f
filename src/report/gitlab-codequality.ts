// A GitLab Code Quality report (artifacts:reports:codequality): the artifacts (and URLs) that need attention as
// issues in the merge request widget, on every GitLab tier. The format is a subset of the Code Climate
// issue spec; tests check it against the fields GitLab documents (test/fixtures/gitlab).
import { createHash } from 'node:crypto';
import type { ArtifactResult, ArtifactStatus, Consequence, Policy, Provider, UrlResult } from '../core/types.js';
import { reportLink } from '../core/providers.js';
import { outerPath } from '../core/archives/member-path.js';
import { oneLine } from './text.js';
import { describeVerdict } from './verdict-text.js';
import { decisionSentence, describeDecision } from './decision.js';
import { shownUrl, urlReportLink, urlSource } from './urls.js';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeQualityIssue {
  type: 'issue';
  check_name: string;
  description: string;
  categories: string[];
  severity: CodeQualitySeverity;
  /** The same artifact path (or URL) and check give the same fingerprint in every run, so GitLab can tell new issues from old. */
  fingerprint: string;
  location: { path: string; lines: { begin: number } };
}

export interface CodeQualityContext {
  provider: Provider;
  policy: Policy;
  /** The URLs checked (`urls`, `urls-file`): issues of their own kind (check names `url-reputation/…`). */
  urls?: readonly UrlResult[];
}

/**
 * Where a URL's issue is located. GitLab needs a path and a line: a URL from `urls-file` is at its line
 * in that file; one from the `urls` input (or the command line's `--urls`) has no file in the repository,
 * so it is at its line of the pseudo path `urls`, the list's own name, the same in every run.
 */
export const URLS_PSEUDO_PATH = 'urls';

const THREAT_NAMES_SHOWN = 5;

/** What an issue says of its subject, an artifact or a URL. */
interface Subject {
  result: ArtifactResult | UrlResult;
  /** The check's family: `artifact-reputation` or `url-reputation`. */
  family: string;
  /** How the subject is named in the description: a path, or a URL masked and defanged with where it was listed. */
  shown: string;
  location: CodeQualityIssue['location'];
  /** What the fingerprint is made of besides the check: the path, or `url` and the masked URL. */
  identity: string;
  link: string | null;
  names: string;
}

/** A verdict's weight: a detection blocks, whatever could not be verified weighs what the policy made of it. */
function severity(status: ArtifactStatus, consequence: Consequence): CodeQualitySeverity {
  if (status === 'malicious') return 'blocker';
  if (status === 'suspicious') return 'critical';
  return consequence === 'fail' ? 'major' : consequence === 'warn' ? 'minor' : 'info';
}

export function buildCodeQuality(results: readonly ArtifactResult[], { provider, policy, urls = [] }: CodeQualityContext): CodeQualityIssue[] {
  const artifacts = results.map((result): Subject => ({
    result,
    family: 'artifact-reputation',
    shown: oneLine(result.artifact.displayPath),
    // A member is located at its outer archive's file, which GitLab can link; the description names the member.
    location: { path: outerPath(result.artifact), lines: { begin: 1 } },
    identity: result.artifact.displayPath,
    link: result.sha256 ? reportLink(provider, result.sha256) : null,
    names: result.report ? threatNames(result.report.suggestedThreatLabel, result.report.threatNames) : '',
  }));
  // Two URLs that differ only in a masked query value read the same: numbered, so each keeps a fingerprint of its own.
  const seen = new Map<string, number>();
  const urlSubjects = urls.map((result): Subject => {
    const { source, display } = result.item;
    const repeat = seen.get(display) ?? 0;
    seen.set(display, repeat + 1);
    return {
      result,
      family: 'url-reputation',
      shown: `${shownUrl(result)} (${urlSource(result)})`,
      location: { path: source.input === 'urls-file' && source.file ? source.file : URLS_PSEUDO_PATH, lines: { begin: source.line } },
      identity: `url\0${display}${repeat > 0 ? `\0${repeat}` : ''}`,
      link: urlReportLink(provider, result),
      names: result.report ? threatNames(null, result.report.threatNames) : '',
    };
  });
  const issues: CodeQualityIssue[] = [];
  for (const { result, family, shown, location, identity, link, names } of [...artifacts, ...urlSubjects]) {
    const linkText = link ? ` Report: ${link}` : '';
    if (result.status !== 'clean' && result.status !== 'allowed') {
      const decision = decisionSentence(describeDecision(result, policy, provider));
      const description = `${shown} ${describeVerdict(result, provider, policy)}${names}. ${decision}${linkText}`;
      issues.push(issue(`${family}/${result.status}`, identity, location, severity(result.status, result.consequence), description));
    } else if (result.staleDays !== null && result.status === 'clean') {
      const description = `${shown} was last analysed ${result.staleDays} days ago, more than max-report-age-days=${policy.maxReportAgeDays}: the clean verdict may be stale.${linkText}`;
      issues.push(issue(`${family}/stale`, identity, location, 'info', description));
    }
  }
  return issues;
}

export function renderCodeQuality(results: readonly ArtifactResult[], context: CodeQualityContext): string {
  return `${JSON.stringify(buildCodeQuality(results, context), null, 2)}\n`;
}

function issue(checkName: string, identity: string, location: CodeQualityIssue['location'], severity: CodeQualitySeverity, description: string): CodeQualityIssue {
  return {
    type: 'issue',
    check_name: checkName,
    description,
    categories: ['Security'],
    severity,
    fingerprint: createHash('sha256').update(`${checkName}\0${identity}`).digest('hex'),
    location,
  };
}

function threatNames(suggested: string | null, names: readonly string[]): string {
  const unique = [...new Set(suggested ? [suggested, ...names] : names)].slice(0, THREAT_NAMES_SHOWN);
  return unique.length > 0 ? `; threat names: ${unique.map(oneLine).join(', ')}` : '';
}
