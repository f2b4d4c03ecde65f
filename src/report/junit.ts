// A JUnit XML report: one test case per artifact (and per URL, in a suite of its own), so Jenkins, GitLab (artifacts:reports:junit), Azure
// DevOps (PublishTestResults) and CircleCI show the gate beside the build's tests. A test case is red
// exactly when the artifact fails the gate: <failure> for a verdict, <error> for a check that could not
// be made; unverified artifacts the gate lets pass (unknown, errors under on-error=warn) are <skipped>.
// Tests validate it against the Jenkins JUnit schema (test/fixtures/junit).
import type { ArtifactResult, Policy, Provider, ScanSummary, UrlResult } from '../core/types.js';
import { describeUnscanned, markIgnored } from './findings.js';
import { ACTION_NAME } from '../core/version.js';
import { PROVIDERS, reportLink } from '../core/providers.js';
import { HASH_KIND_NAMES } from '../core/subjects.js';
import { formatBytes, formatDate, oneLine } from './text.js';
import { describeVerdict } from './verdict-text.js';
import { describeDecision } from './decision.js';
import { ownConsequence } from '../core/verdict.js';
import { shownUrl, urlReportLink, urlSource } from './urls.js';

export interface JunitContext {
  provider: Provider;
  policy: Policy;
  generatedAt: Date;
  /** The machine that ran the scan (JUnit's testsuite/@hostname). */
  hostname: string;
  /** How long the scan took, for testsuite/@time; 0 when not measured. */
  durationMs?: number;
}

type Outcome = { element: 'failure' | 'error'; type: string; message: string } | { element: 'skipped'; message: string } | { element: 'passed' };

/** One test case: an artifact's, or a URL's (shown masked and defanged, so nothing in the report can be clicked to it). */
interface Case {
  name: string;
  classname: string;
  outcome: Outcome;
  details: string[];
}

/**
 * Artifacts in one suite; the URLs (`urls`, `urls-file`), when there are any, in a suite of their own,
 * under their own class name, so that CI systems list them apart.
 */
export function renderJunit(scan: ScanSummary, context: JunitContext): string {
  const classname = `${ACTION_NAME}.${context.provider}`;
  const artifactCases = scan.results.map((result) => ({
    // A stable name and class, so CI systems follow one artifact's history across runs whatever its status.
    name: oneLine(result.artifact.displayPath),
    classname,
    outcome: outcomeOf(result, context),
    details: detailLines(result, context),
  }));
  const urlCases = (scan.urls ?? []).map((result) => ({ name: shownUrl(result), classname: `${classname}.url`, outcome: outcomeOf(result, context), details: urlDetailLines(result, context) }));
  const providerName = PROVIDERS[context.provider].name;
  const suites = [
    { name: `Artifact reputation (${providerName})`, cases: artifactCases, properties: true },
    ...(urlCases.length > 0 ? [{ name: `URL reputation (${providerName})`, cases: urlCases, properties: false }] : []),
  ];
  const count = (cases: Case[], element: Outcome['element']) => cases.filter((c) => c.outcome.element === element).length;
  const totalsOf = (cases: Case[]) => ({ tests: cases.length, failures: count(cases, 'failure'), errors: count(cases, 'error') });
  const time = ((context.durationMs ?? 0) / 1000).toFixed(3);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: ACTION_NAME, ...totalsOf([...artifactCases, ...urlCases]), time })}>`,
    ...suites.flatMap(({ name, cases, properties }) => [
      `  <testsuite${attributes({ name, ...totalsOf(cases), skipped: count(cases, 'skipped'), time, timestamp: context.generatedAt.toISOString().slice(0, 19), hostname: context.hostname })}>`,
      ...(properties ? ['    <properties>', ...Object.entries(suiteProperties(scan, context)).map(([name, value]) => `      <property${attributes({ name, value })}/>`), '    </properties>'] : []),
      ...cases.map(testCase),
      // The gate's failure line once, in the first suite: it covers artifacts and URLs alike.
      ...(properties && scan.failureMessage ? [`    <system-out>${xmlText(`The gate failed: ${oneLine(scan.failureMessage)}`)}</system-out>`] : []),
      '  </testsuite>',
    ]),
    '</testsuites>',
    '',
  ];
  return lines.join('\n');
}

function suiteProperties(scan: ScanSummary, { provider, policy }: JunitContext): Record<string, string> {
  return {
    result: scan.result,
    provider,
    'max-malicious': String(policy.maxMalicious),
    'max-suspicious': policy.maxSuspicious === null ? '' : String(policy.maxSuspicious),
    'min-engines': String(policy.minEngines),
    'on-unknown': policy.onUnknown,
    'on-error': policy.onError,
    'ignore-engines': policy.ignoreEngines.join(', '),
    'fail-engines': policy.failEngines.join(', '),
    'warn-malicious': policy.warnMalicious === null ? '' : String(policy.warnMalicious),
    'max-malicious-percent': policy.maxMaliciousPercent === null ? '' : String(policy.maxMaliciousPercent),
  };
}

function outcomeOf(result: ArtifactResult | UrlResult, context: JunitContext): Outcome {
  const own = ownOutcome(result, context);
  // An archive fails with a member it holds that fails: red, even when its own hash passes.
  if (result.failingMembers && (own.element === 'passed' || own.element === 'skipped')) {
    return { element: 'failure', type: 'member', message: describeDecision(result, context.policy, context.provider) };
  }
  return own;
}

function ownOutcome(result: ArtifactResult | UrlResult, { provider, policy }: JunitContext): Outcome {
  const { status, error } = result;
  const consequence = ownConsequence(result);
  const message = describeVerdict(result, provider, policy);
  if (status === 'malicious' || status === 'suspicious') return { element: 'failure', type: status, message };
  // A flagged artifact passes with a warning: it was verified, so it is not skipped; its details say why it warns.
  // Under on-error=warn or on-unknown=warn|pass the gate passes: the case is not red, but it was not verified either.
  if (status === 'error') return consequence === 'fail' ? { element: 'error', type: error?.kind ?? 'error', message } : { element: 'skipped', message };
  if (status === 'unscanned') return consequence === 'fail' ? { element: 'error', type: 'unscanned', message } : { element: 'skipped', message };
  if (status === 'unknown' || status === 'unanalysed' || status === 'pending') return consequence === 'fail' ? { element: 'failure', type: status, message } : { element: 'skipped', message };
  return { element: 'passed' };
}

function testCase({ name, classname, outcome, details: lines }: Case): string {
  const open = `    <testcase${attributes({ name, classname })}>`;
  const details = xmlText(lines.join('\n'));
  switch (outcome.element) {
    case 'failure':
    case 'error':
      return `${open}\n      <${outcome.element}${attributes({ type: outcome.type, message: outcome.message })}>${details}</${outcome.element}>\n    </testcase>`;
    case 'skipped':
      // The Jenkins schema gives <skipped> text, not a message attribute; every reader shows the text.
      return `${open}\n      <skipped>${xmlText(oneLine(outcome.message))}</skipped>\n      <system-out>${details}</system-out>\n    </testcase>`;
    case 'passed':
      return `${open}\n      <system-out>${details}</system-out>\n    </testcase>`;
  }
}

/** What a reader needs to follow up: the hash and its report page, the verdicts, and why it passed if it did. */
function detailLines(result: ArtifactResult, context: JunitContext): string[] {
  const { artifact, sha256 } = result;
  const link = sha256 ? reportLink(context.provider, sha256) : null;
  const subject = artifact.hash ? `Hash: ${artifact.hash.value} (${HASH_KIND_NAMES[artifact.hash.kind]})` : `Artifact: ${oneLine(artifact.displayPath)} (${formatBytes(artifact.size)})`;
  const lines = [subject, `SHA-256: ${sha256 ?? (artifact.hash ? 'not known' : 'not computed')}`, ...verdictLines(result, link, context)];
  const unscanned = describeUnscanned(result);
  if (unscanned) lines.push(oneLine(unscanned));
  return lines;
}

/** The same for a URL: where it was listed, its report page at the service, the verdicts, the site's categories. */
function urlDetailLines(result: UrlResult, context: JunitContext): string[] {
  const lines = [`URL: ${shownUrl(result)} (${urlSource(result)})`, ...verdictLines(result, urlReportLink(context.provider, result), context)];
  const { report } = result;
  if (report && report.threatNames.length > 0) lines.push(`Threat names: ${report.threatNames.map((name) => oneLine(name)).join(', ')}`);
  const categories = Object.entries(report?.categories ?? {});
  if (categories.length > 0) lines.push(`Categories: ${categories.map(([source, category]) => `${oneLine(source)}: ${oneLine(category)}`).join(', ')}`);
  return lines;
}

/** What artifacts and URLs share: the status, the rule that decided, the report page, the detections. */
function verdictLines(result: ArtifactResult | UrlResult, link: string | null, { provider, policy }: JunitContext): string[] {
  const { report, counted } = result;
  const lines = [`Status: ${result.status}`, `Decision: ${describeDecision(result, policy, provider)}`];
  if (link) lines.push(`Report: ${link}`);
  if (result.allowed) lines.push(`Allowed: ${oneLine(result.allowed.reason)} (otherwise ${result.allowed.otherwise})`);
  if (report && counted) {
    lines.push(`Detections: ${counted.malicious} malicious, ${counted.suspicious} suspicious of ${report.engineCount} engines; last analysed ${formatDate(report.lastAnalysed)}`);
  }
  if (result.staleDays !== null) lines.push(`The report is ${result.staleDays} days old (max-report-age-days=${policy.maxReportAgeDays}): the verdict may be stale.`);
  const detections = markIgnored(report, policy);
  if (detections.length > 0) {
    lines.push('Engines that flagged it:');
    for (const d of detections) lines.push(`  ${oneLine(d.engine)} (${oneLine(d.category)}${d.ignored ? ', ignored' : ''}): ${oneLine(d.result ?? 'no threat name')}`);
  }
  return lines;
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${xmlAttribute(String(value))}"`)
    .join('');
}

/**
 * Characters XML 1.0 refuses even as references (most C0 controls, U+FFFE, U+FFFF, lone surrogates),
 * and the C1 controls it discourages: shown as visible \uXXXX escapes instead.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text content: line breaks and tabs kept, everything XML cannot hold escaped visibly. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/[&<>]/g, (char) => XML_ENTITIES[char]!);
}

/** An attribute value: one line (a parser would turn breaks into spaces), quotes escaped. */
export function xmlAttribute(text: string): string {
  return xmlText(oneLine(text)).replace(/["']/g, (char) => XML_ENTITIES[char]!);
}
