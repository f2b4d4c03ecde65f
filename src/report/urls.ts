// URLs in every report: their own kind of item, beside the artifacts. A URL is shown to people
// defanged (`hxxps://evil[.]example/…`), so no one follows a malicious link from a log or a
// summary, and always masked (no query or fragment values), so a token in it is never shown.
import type { Result } from 'sarif';
import { createHash } from 'node:crypto';
import { PROVIDERS } from '../core/providers.js';
import type { ArtifactResult, DecisionRule, Policy, Provider, UrlResult } from '../core/types.js';
import { defang } from '../core/url-list.js';
import { analysedEngines, endedScan, failsWhateverPolicy, STATUS_ORDER } from '../core/verdict.js';
import type { Annotation } from './annotations.js';
import { reportAnalysis } from './json-report.js';
import { describeDecision } from './decision.js';
import { CONSEQUENCE_ORDER, countedEngines, detectionLines, STATUS_LABELS } from './findings.js';
import { clip, describeDetection, escapeHtml, escapeInvisible, oneLine, plural } from './text.js';

const ENGINES_IN_MESSAGE = 8;
/** Rows of the summary's URL table; the JSON report has every URL. */
const URL_ROWS_SHOWN = 200;

/** The URL as people see it: masked and defanged, on one line. */
export function shownUrl(result: Pick<UrlResult, 'item'>): string {
  return oneLine(defang(result.item.display));
}

/** Where the URL was given: `urls line 3` or `urls-file deploy/urls.txt line 3`. */
export function urlSource({ item: { source } }: Pick<UrlResult, 'item'>): string {
  return source.input === 'urls-file' ? `urls-file ${source.file} line ${source.line}` : `urls line ${source.line}`;
}

/** The service's page for the URL's report; null where the provider has none (or the id is not the SHA-256). */
export function urlReportLink(provider: Provider, result: UrlResult): string | null {
  const id = result.report?.id;
  return provider === 'virustotal' && id && /^[0-9a-f]{64}$/.test(id) ? `https://www.virustotal.com/gui/url/${id}` : null;
}

/** Worst first, as the artifacts. */
export function urlsWorstFirst(urls: readonly UrlResult[]): UrlResult[] {
  const rank = (r: UrlResult) => CONSEQUENCE_ORDER.indexOf(r.consequence) * 10 + STATUS_ORDER.indexOf(r.status);
  return [...urls].sort((a, b) => rank(a) - rank(b) || (b.counted?.malicious ?? 0) - (a.counted?.malicious ?? 0));
}

/** The detections as the artifacts' read (`3/94 malicious`, `+1 ignored`), and the engines that call the URL harmless. */
function urlDetectionLines(result: UrlResult, policy: Pick<Policy, 'ignoreEngines' | 'minEngines'>): string[] | null {
  // The file-report shape is what detectionLines reads; a URL report has the same analysis fields.
  const lines = detectionLines(result as unknown as ArtifactResult, policy);
  // URL engines, unlike file engines, vouch for an address (`clean`): that is worth seeing beside the detections.
  const harmless = result.report?.stats.harmless ?? 0;
  return lines && harmless > 0 ? [...lines, `${harmless} harmless`] : lines;
}

/** Counts of the URLs by status, for the log, the JSON report and the summary. */
export function urlCounts(urls: readonly UrlResult[]): Record<string, number> {
  // A URL is never uploaded, so never `pending`: that count is left out (schema 3 as documented).
  const counts: Record<string, number> = { checked: urls.length, ...Object.fromEntries(STATUS_ORDER.filter((status) => status !== 'pending').map((status) => [status, 0])) };
  for (const result of urls) counts[result.status] = (counts[result.status] ?? 0) + 1;
  return counts;
}

/** The log: a heading and one line per URL. Null without URLs. */
export function describeUrlResults(urls: readonly UrlResult[] | undefined): { title: string; lines: string[] } | null {
  if (!urls || urls.length === 0) return null;
  const counts = urlCounts(urls);
  const title = `URLs: ${counts.malicious} malicious, ${counts.suspicious} suspicious, ${(counts.unknown ?? 0) + (counts.unanalysed ?? 0)} unknown, ${counts.error} errors, ${counts.flagged ? `${counts.flagged} flagged, ` : ''}${counts.allowed} allowed, ${counts.clean} clean`;
  const lines = urls.map((result) => {
    const { status, report, counted, error, allowed } = result;
    const detail = allowed ? ` (${allowed.reason})` : report && counted ? ` ${counted.malicious}/${report.engineCount}` : error ? `: ${clip(error.message)}` : '';
    return `${status.padEnd(10)} ${shownUrl(result)}${oneLine(detail)}`;
  });
  return { title, lines };
}

/** Why URLs failed the gate, in the words of the policy; an error that ended the scan is said by the artifacts' line when they carry it. */
export function urlFailureReasons(urls: readonly UrlResult[] | undefined, policy: Policy, providerName: string): string[] {
  if (!urls) return [];
  const failing = (status: string) => urls.filter((r) => r.status === status && r.consequence === 'fail');
  const list = (results: UrlResult[], describe: (r: UrlResult) => string) => {
    const shown = results.slice(0, 5).map(describe).join(', ');
    return results.length > 5 ? `${shown} and ${results.length - 5} more` : shown;
  };
  const of = `of ${plural(urls.length, 'URL')}`;
  const reasons: string[] = [];
  // Malicious by the rule that decided it, as the artifacts' failure line says.
  const malicious = (rule: DecisionRule) => failing('malicious').filter((r) => r.decidedBy.rule === rule);
  const byEngine = malicious('fail-engines');
  if (byEngine.length > 0)
    reasons.push(`${byEngine.length} ${of} ${byEngine.length === 1 ? 'is' : 'are'} failed by fail-engines: ${list(byEngine, (r) => `${shownUrl(r)} (${(r.decidedBy.engines ?? []).join(', ')})`)}`);
  const overCount = malicious('max-malicious');
  if (overCount.length > 0)
    reasons.push(
      `${overCount.length} ${of} exceed${overCount.length === 1 ? 's' : ''} max-malicious=${policy.maxMalicious}: ${list(overCount, (r) => `${shownUrl(r)} (${r.counted?.malicious}/${r.report?.engineCount})`)}`,
    );
  const overShare = malicious('max-malicious-percent');
  if (overShare.length > 0)
    reasons.push(
      `${overShare.length} ${of} exceed${overShare.length === 1 ? 's' : ''} max-malicious-percent=${policy.maxMaliciousPercent}: ${list(overShare, (r) => `${shownUrl(r)} (${r.counted?.malicious} of ${r.report ? analysedEngines(r.report) : 0} with a verdict)`)}`,
    );
  const suspicious = failing('suspicious');
  if (suspicious.length > 0)
    reasons.push(
      `${suspicious.length} ${of} exceed${suspicious.length === 1 ? 's' : ''} max-suspicious=${policy.maxSuspicious}: ${list(suspicious, (r) => `${shownUrl(r)} (${r.counted?.suspicious} suspicious/${r.report?.engineCount})`)}`,
    );
  const unknown = failing('unknown');
  if (unknown.length > 0) reasons.push(`${unknown.length} ${of} ${unknown.length === 1 ? 'is' : 'are'} unknown to ${providerName} (on-unknown=fail): ${list(unknown, shownUrl)}`);
  const unanalysed = failing('unanalysed');
  if (unanalysed.length > 0)
    reasons.push(`${unanalysed.length} ${of} ${unanalysed.length === 1 ? 'has' : 'have'} fewer engine verdicts than min-engines=${policy.minEngines} (on-unknown=fail): ${list(unanalysed, shownUrl)}`);
  const stop = urls.find((r) => r.error !== null && failsWhateverPolicy(r.error)) ?? urls.find((r) => endedScan(r.error) && r.consequence === 'fail');
  const errors = failing('error');
  if (stop) reasons.push(stop.error!.message);
  else if (errors.length > 0) reasons.push(`${errors.length} ${of} could not be checked (on-error=fail): ${list(errors, shownUrl)}`);
  return reasons;
}

/** Annotations for the URLs that warn or fail: not tied to a file (a URL has none). */
export function planUrlAnnotations(urls: readonly UrlResult[] | undefined, provider: Provider, policy: Pick<Policy, 'ignoreEngines' | 'minEngines' | 'maxReportAgeDays'>): Annotation[] {
  const annotations: Annotation[] = [];
  let scanStopSaid = false;
  for (const result of urlsWorstFirst(urls ?? [])) {
    // An error that ended the scan is said once, as for the artifacts (and by the failure line when it fails).
    if (endedScan(result.error)) {
      if (result.consequence === 'fail' || scanStopSaid) continue;
      scanStopSaid = true;
    }
    if (result.consequence === 'pass') continue;
    annotations.push(describeUrl(result, provider, policy));
  }
  return annotations;
}

function describeUrl(result: UrlResult, provider: Provider, policy: Pick<Policy, 'ignoreEngines' | 'minEngines' | 'maxReportAgeDays'>): Annotation {
  const level = result.consequence === 'fail' ? 'error' : 'warning';
  const url = shownUrl(result);
  const where = ` (${urlSource(result)})`;
  const providerName = PROVIDERS[provider].name;
  const link = urlReportLink(provider, result);
  const linkText = link ? ` Report: ${link}` : '';
  const { report, counted } = result;
  if ((result.status === 'malicious' || result.status === 'suspicious') && report && counted) {
    const category = result.status;
    const engines = countedEngines(report, policy, category);
    const named = engines.slice(0, ENGINES_IN_MESSAGE).map(describeDetection);
    const more = engines.length > ENGINES_IN_MESSAGE ? `, and ${engines.length - ENGINES_IN_MESSAGE} more` : '';
    const threats =
      report.threatNames.length > 0
        ? ` Threat names: ${report.threatNames
            .slice(0, 5)
            .map((name) => clip(name))
            .join(', ')}.`
        : '';
    return {
      level,
      title: `${category === 'malicious' ? 'Malicious' : 'Suspicious'} URL: ${counted[category]}/${report.engineCount} engines`,
      message: `${url}${where} is flagged ${category} by ${counted[category]} of ${report.engineCount} engines: ${named.join(', ')}${more}.${threats}${linkText}`,
    };
  }
  if (result.status === 'unanalysed' && report) {
    return {
      level,
      title: `URL not analysed by ${providerName}`,
      message: `${url}${where} has a report with verdicts from only ${plural(analysedEngines(report), 'engine')} (min-engines=${policy.minEngines}).${linkText}`,
    };
  }
  if (result.status === 'unknown') {
    return { level, title: `URL unknown to ${providerName}`, message: `${url}${where} has never been seen by ${providerName}, so it has no reputation yet.` };
  }
  return { level, title: 'URL lookup failed', message: `${url}${where} could not be checked: ${clip(result.error?.message ?? 'unknown error')}` };
}

/** One URL in the JSON report: masked (not defanged: it is data for programs), never as given. */
export function reportUrl(result: UrlResult, provider: Provider, policy: Policy): Record<string, unknown> {
  const { item, report, error } = result;
  return {
    url: item.display,
    source: item.source,
    status: result.status,
    consequence: result.consequence,
    id: report?.id ?? null,
    link: urlReportLink(provider, result),
    allowedReason: result.allowed?.reason ?? null,
    statusIfNotAllowed: result.allowed?.otherwise ?? null,
    decidedBy: { ...result.decidedBy, text: describeDecision(result, policy, provider) },
    ...reportAnalysis(result, policy),
    categories: report?.categories ?? {},
    firstSeen: report?.firstSeen?.toISOString() ?? null,
    lastAnalysed: report?.lastAnalysed?.toISOString() ?? null,
    staleDays: result.staleDays,
    cachedAt: result.cachedAt?.toISOString() ?? null, // when the answer reused from the verdict cache was fetched
    error: error ? { kind: error.kind, message: error.message, httpStatus: error.status ?? null } : null,
  };
}

/** The job summary's URL section (after the artifacts'): one row per URL, worst first. Empty without URLs. */
export function renderUrlSection(urls: readonly UrlResult[] | undefined, provider: Provider, policy: Pick<Policy, 'ignoreEngines' | 'minEngines'>): string {
  if (!urls || urls.length === 0) return '';
  const counts = urlCounts(urls);
  const tally = ['malicious', 'suspicious', 'error', 'flagged', 'unanalysed', 'unknown', 'allowed', 'clean']
    .filter((status) => (counts[status] ?? 0) > 0)
    .map((status) => `${counts[status]} ${status}`);
  const ordered = urlsWorstFirst(urls);
  const rows = ordered.slice(0, URL_ROWS_SHOWN).map((result) => {
    const link = urlReportLink(provider, result);
    const detections = urlDetectionLines(result, policy)?.map(escapeHtml).join('<br>') ?? '—';
    const threats =
      result.report && result.report.threatNames.length > 0
        ? `<br>${result.report.threatNames
            .slice(0, 3)
            .map((name) => escapeHtml(clip(name, 60)))
            .join(', ')}`
        : '';
    const note = result.allowed ? ` (${escapeHtml(result.allowed.reason)})` : result.error ? `<br>${escapeHtml(clip(result.error.message))}` : '';
    const report = link ? `<a href="${link}">report</a>` : '—';
    return `<tr><td><code>${escapeHtml(shownUrl(result))}</code><br><sub>${escapeHtml(urlSource(result))}</sub></td><td>${detections}${threats}</td><td>${STATUS_LABELS[result.status]}${note}</td><td>${report}</td></tr>\n`;
  });
  const more = ordered.length > URL_ROWS_SHOWN ? `\n${plural(ordered.length - URL_ROWS_SHOWN, 'more URL')} not listed; the JSON report has every one.\n` : '';
  return (
    `### URLs (${urls.length}: ${tally.join(', ')})\n\nShown defanged (\`hxxps://\`, \`[.]\`) so that no one opens one by mistake, with query values masked.\n\n` +
    `<table>\n<tr><th>URL</th><th>Detections</th><th>Status</th><th>Report</th></tr>\n${rows.join('')}</table>\n${more}\n`
  );
}

/** Rows for the release notes' URL table, worst first. Empty without URLs. */
export function releaseNotesUrlTable(urls: readonly UrlResult[] | undefined, provider: Provider, policy: Pick<Policy, 'ignoreEngines' | 'minEngines'>, roomChars: number): string {
  if (!urls || urls.length === 0) return '';
  let text = '\n| URL | Status | Detections | Report |\n|---|---|---|---|\n';
  const ordered = urlsWorstFirst(urls);
  for (const [index, result] of ordered.entries()) {
    const link = urlReportLink(provider, result);
    const row = `| <code>${escapeHtml(shownUrl(result))}</code> | ${STATUS_LABELS[result.status]} | ${urlDetectionLines(result, policy)?.map(escapeHtml).join(', ') ?? '—'} | ${link ? `[report](${link})` : '—'} |\n`;
    if (text.length + row.length > roomChars - 200) return `${text}\n${plural(ordered.length - index, 'more URL')} not listed; the JSON report lists every one.\n`;
    text += row;
  }
  return text;
}

/**
 * One SARIF result for a URL that warns or fails, under the status's rule. A URL from `urls-file` is
 * located at its line there; one from the `urls` input has no file in the repository to point at, so
 * it carries a logical location (the input and line) and no physical one.
 */
export function sarifUrlResult(result: UrlResult, provider: Provider, policy: Pick<Policy, 'ignoreEngines' | 'minEngines' | 'maxReportAgeDays'>, ruleIndex: number, level: Result.level): Result {
  const ruleId = `artifact-reputation/${result.status}`;
  const { source } = result.item;
  const where = urlSource(result);
  const annotation = describeUrl(result, provider, policy);
  const physical =
    source.input === 'urls-file' && source.file
      ? { physicalLocation: { artifactLocation: { uri: source.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' }, region: { startLine: source.line } } }
      : {};
  return {
    ruleId,
    ruleIndex,
    level,
    message: { text: escapeInvisible(annotation.message) },
    locations: [{ ...physical, logicalLocations: [{ name: where, kind: 'resource' }] }],
    // One alert per rule and URL (masked) across runs.
    partialFingerprints: { primaryLocationLineHash: `${createHash('sha256').update(`${ruleId}\0${result.item.display}`).digest('hex').slice(0, 16)}:${source.line}` },
    properties: {
      url: result.item.display,
      id: result.report?.id ?? null,
      link: urlReportLink(provider, result),
      stats: result.report?.stats ?? null,
      engineCount: result.report?.engineCount ?? null,
      threatNames: result.report?.threatNames ?? [],
    },
  };
}
