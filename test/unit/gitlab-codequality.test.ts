// The GitLab Code Quality report: GitLab's documented fields (test/fixtures/gitlab), one issue per
// artifact that needs attention, weighted by verdict, with fingerprints that hold across runs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { buildCodeQuality, renderCodeQuality, URLS_PSEUDO_PATH, type CodeQualityContext } from '../../src/report/gitlab-codequality.ts';
import type { Policy } from '../../src/core/types.ts';
import { sha256Of } from '../support/reports.ts';
import { MIXED_URLS, mixedScan, mixedScanPolicy, mixedScanWithUrls } from '../support/scans.ts';
import { archiveResults } from '../support/results.ts';

const schema = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'gitlab', 'codequality-report.schema.json'), 'utf8'));
// CommonJS under Node's ESM: the default import is module.exports, whose .default is the class.
const validate = new Ajv.default({ allErrors: true }).compile(schema);

function context(policy: Policy = mixedScanPolicy()): CodeQualityContext {
  return { provider: 'virustotal', policy };
}

function render(overrides: Partial<Policy> = {}): unknown {
  return JSON.parse(renderCodeQuality(mixedScan(overrides).results, context(mixedScanPolicy(overrides))));
}

describe('a mixed scan', () => {
  const scan = mixedScan();
  const issues = buildCodeQuality(scan.results, context());

  test('has the fields GitLab documents', () => {
    const rendered = render();
    expect(validate(rendered), JSON.stringify(validate.errors)).toBe(true);
    expect(rendered).toEqual(issues);
  });

  test('one issue per artifact that needs attention, weighted by verdict', () => {
    expect(issues.map((i) => [i.location.path, i.check_name, i.severity])).toEqual([
      ['dist/setup.exe', 'artifact-reputation/malicious', 'blocker'],
      ['docs/manual.doc', 'artifact-reputation/malicious', 'blocker'],
      ['dist/fresh.bin', 'artifact-reputation/unknown', 'minor'],
      ['dist/timeout.bin', 'artifact-reputation/error', 'major'],
      ['dist/locked.bin', 'artifact-reputation/error', 'major'],
    ]);
    expect(issues.every((i) => i.location.lines.begin === 1 && i.type === 'issue' && i.categories[0] === 'Security')).toBe(true);
  });

  test('a detection says how many engines, the threat names and the report link', () => {
    const setup = scan.results.find((r) => r.artifact.displayPath === 'dist/setup.exe')!;
    const description = issues[0]!.description;
    expect(description).toMatch(/^dist\/setup\.exe flagged malicious by 54 of 79 engines \(max-malicious=0\); threat names: /);
    for (const name of setup.report!.threatNames.slice(0, 3)) expect(description).toContain(name);
    expect(description).toContain(`Report: https://www.virustotal.com/gui/file/${sha256Of('dist/setup.exe')}`);
  });

  test('fingerprints are unique, and the same for the same path and check in another run', () => {
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect(issues.every((i) => /^[0-9a-f]{64}$/.test(i.fingerprint))).toBe(true);
    // Another run in which the file changed (other hash, other counts) but is still malicious: the same issue.
    const rerun = buildCodeQuality(mixedScan({ ignoreEngines: ['kaspersky'] }).results, context(mixedScanPolicy({ ignoreEngines: ['kaspersky'] })));
    expect(rerun[0]!.description).not.toBe(issues[0]!.description);
    expect(rerun[0]!.fingerprint).toBe(issues[0]!.fingerprint);
  });
});

describe('severity follows the policy', () => {
  test.each([
    [{ onUnknown: 'fail' }, 'dist/fresh.bin', 'major'],
    [{ onUnknown: 'warn' }, 'dist/fresh.bin', 'minor'],
    [{ onUnknown: 'pass' }, 'dist/fresh.bin', 'info'],
    [{ onError: 'warn' }, 'dist/timeout.bin', 'minor'],
    [{ maxSuspicious: 0, maxMalicious: 100 }, 'dist/app.js', undefined],
    [{ minEngines: 1000, onUnknown: 'fail' }, 'dist/app.js', 'major'],
  ] as [Partial<Policy>, string, string | undefined][])('%o: %s is %s', (policy, displayPath, expected) => {
    const issues = render(policy) as { location: { path: string }; severity: string }[];
    expect(issues.find((i) => i.location.path === displayPath)?.severity).toBe(expected);
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
  });

  test('allowed and clean artifacts are no issue; a stale clean report is an info', () => {
    const fresh = buildCodeQuality(mixedScan().results, context());
    expect(fresh.some((i) => ['dist/app.js', 'dist/bundle.zip'].includes(i.location.path))).toBe(false);
    const stale = buildCodeQuality(mixedScan({ maxReportAgeDays: 30 }).results, context(mixedScanPolicy({ maxReportAgeDays: 30 })));
    const app = stale.find((i) => i.location.path === 'dist/app.js')!;
    expect(app).toMatchObject({ check_name: 'artifact-reputation/stale', severity: 'info' });
    expect(app.description).toMatch(/^dist\/app\.js was last analysed \d+ days ago, more than max-report-age-days=30: the clean verdict may be stale\. Report: https:/);
    expect(stale.some((i) => i.location.path === 'dist/bundle.zip')).toBe(false);
  });

  test('a name with control characters is one line in the description, exact in the path', () => {
    const scan = mixedScan();
    const hostile = { ...scan.results[4]!, artifact: { ...scan.results[4]!.artifact, displayPath: 'dist/evil\nname\u001b[31m.bin' } };
    const [issue] = buildCodeQuality([hostile], context());
    expect(issue!.description).toMatch(/^dist\/evil\\nname\\u001b\[31m\.bin unknown to VirusTotal/);
    expect(issue!.location.path).toBe('dist/evil\nname\u001b[31m.bin');
  });

  test('the schema does refuse what GitLab would not read', () => {
    const [issue] = buildCodeQuality(mixedScan().results, context());
    const { fingerprint: _, ...unfingerprinted } = issue!;
    expect(validate([unfingerprinted])).toBe(false);
    expect(validate([{ ...issue, severity: 'high' }])).toBe(false);
    expect(validate([{ ...issue, location: { path: 'a' } }])).toBe(false);
    expect(validate([{ ...issue, location: { path: 'a', lines: { begin: '1' } } }])).toBe(false);
  });

  test('no artifact that needs attention is an empty array', () => {
    expect(renderCodeQuality([], context())).toBe('[]\n');
  });
});

test('a member is located at its outer archive file and named in the description; each member keeps its own fingerprint', () => {
  const issues = buildCodeQuality(archiveResults('dist/app.zip'), { provider: 'virustotal', policy: mixedScanPolicy() });
  expect(issues.map((i) => [i.check_name, i.severity, i.location.path])).toEqual([
    ['artifact-reputation/unknown', 'major', 'dist/app.zip'],
    ['artifact-reputation/malicious', 'blocker', 'dist/app.zip'],
    ['artifact-reputation/unscanned', 'major', 'dist/app.zip'],
  ]);
  expect(issues[2]!.description).toMatch(/^dist\/app\.zip!\/secret\.dll not read: it is encrypted \(on-error=fail\)\. Failed: not scanned fully/);
  expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(3);
  expect(validate(issues)).toBe(true);
});

describe('URLs', () => {
  const scan = mixedScanWithUrls();
  const urlContext = { ...context(), urls: scan.urls! };
  const issues = buildCodeQuality(scan.results, urlContext);
  const urlIssues = issues.filter((i) => i.check_name.startsWith('url-reputation/'));

  test('are issues of their own kind with the fields GitLab documents, located in the urls-file or at the pseudo path `urls`', () => {
    const rendered = JSON.parse(renderCodeQuality(scan.results, urlContext));
    expect(validate(rendered), JSON.stringify(validate.errors)).toBe(true);
    expect(urlIssues.map((i) => [i.check_name, i.severity, i.location])).toEqual([
      ['url-reputation/malicious', 'blocker', { path: URLS_PSEUDO_PATH, lines: { begin: 1 } }],
      ['url-reputation/unknown', 'minor', { path: 'urls', lines: { begin: 2 } }],
      ['url-reputation/unknown', 'minor', { path: 'urls', lines: { begin: 3 } }],
      ['url-reputation/unknown', 'minor', { path: 'deploy/urls.txt', lines: { begin: 3 } }],
    ]);
    // The artifacts' issues are the same as without URLs.
    expect(issues.filter((i) => i.check_name.startsWith('artifact-reputation/'))).toEqual(buildCodeQuality(scan.results, context()));
  });

  test('a URL is described masked and defanged, with where it was listed, its threat names and its report page', () => {
    expect(urlIssues[0]!.description).toBe(
      'hxxp://login-verify[.]example[.]net/secure/update.php?session=… (urls line 1) flagged malicious by 7 of 13 engines (max-malicious=0); threat names: Phishing.HTML.Generic, Mal/HTMLGen-A. ' +
        `Failed: 7 of 13 engines say malicious, more than max-malicious=0. Report: https://www.virustotal.com/gui/url/${sha256Of(MIXED_URLS.phishing)}`,
    );
    const text = JSON.stringify(urlIssues);
    for (const url of Object.values(MIXED_URLS)) expect(text).not.toContain(new URL(url).host);
    expect(text).not.toContain('tok_51d0e4b5');
  });

  test('fingerprints are unique (also for two URLs that read the same once masked) and the same in another run', () => {
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    const again = buildCodeQuality(mixedScanWithUrls().results, { ...context(), urls: mixedScanWithUrls().urls! });
    expect(again.map((i) => i.fingerprint)).toEqual(issues.map((i) => i.fingerprint));
  });
});
