// The JUnit report: valid against the Jenkins JUnit schema (checked by libxml2), red exactly where the
// gate fails, and carrying what a reader needs to follow up.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { renderJunit, xmlAttribute, xmlText, type JunitContext } from '../../src/report/junit.ts';
import type { ArtifactResult, Policy, ScanSummary } from '../../src/core/types.ts';
import { junitErrors } from '../support/junit-schema.ts';
import { sha256Of } from '../support/reports.ts';
import { archiveResults, judged, scanOf } from '../support/results.ts';
import { artifactAt, MIXED_URLS, mixedScan, mixedScanPolicy, mixedScanWithUrls, NOW, reportFlaggedBy, scannedWith, summarize } from '../support/scans.ts';

function context(policy: Policy = mixedScanPolicy()): JunitContext {
  return { provider: 'virustotal', policy, generatedAt: NOW, hostname: 'ci-runner-7', durationMs: 12_345 };
}

interface ParsedCase {
  name: string;
  classname: string;
  /** failure, error, skipped or passed */
  outcome: string;
  type: string | null;
  message: string | null;
  body: string;
}

/** The test cases of a report, read back with the few patterns this renderer's output uses. */
function testCases(xml: string): ParsedCase[] {
  return [...xml.matchAll(/<testcase name="([^"]*)" classname="([^"]*)">([\s\S]*?)<\/testcase>/g)].map(([, name, classname, inner]) => {
    const element = /<(failure|error|skipped)(?: type="([^"]*)" message="([^"]*)")?>([\s\S]*?)<\/\1>/.exec(inner!);
    return {
      name: name!,
      classname: classname!,
      outcome: element?.[1] ?? 'passed',
      type: element?.[2] ?? null,
      message: element?.[3] ?? null,
      body: element?.[4] ?? /<system-out>([\s\S]*?)<\/system-out>/.exec(inner!)?.[1] ?? '',
    };
  });
}

function suiteAttribute(xml: string, name: string): string | undefined {
  return new RegExp(`<testsuite [^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];
}

describe('a mixed scan', () => {
  const scan = mixedScan();
  const xml = renderJunit(scan, context());
  const cases = testCases(xml);

  test('is valid against the Jenkins JUnit schema', async () => {
    expect(await junitErrors(xml)).toEqual([]);
  });

  test('has one test case per artifact, red where the gate fails', () => {
    expect(cases.map((c) => [c.name, c.outcome, c.type])).toEqual([
      ['dist/app.js', 'passed', null],
      ['dist/setup.exe', 'failure', 'malicious'],
      ['docs/manual.doc', 'failure', 'malicious'],
      ['dist/bundle.zip', 'passed', null],
      ['dist/fresh.bin', 'skipped', null],
      ['dist/timeout.bin', 'error', 'transient'],
      ['dist/locked.bin', 'error', 'file'],
    ]);
    expect(new Set(cases.map((c) => c.classname))).toEqual(new Set(['artifact-reputation-gate.virustotal']));
  });

  test('counts agree with the cases', () => {
    expect([suiteAttribute(xml, 'tests'), suiteAttribute(xml, 'failures'), suiteAttribute(xml, 'errors'), suiteAttribute(xml, 'skipped')]).toEqual(['7', '2', '2', '1']);
    expect(/<testsuites name="artifact-reputation-gate" tests="7" failures="2" errors="2" time="12.345">/.test(xml)).toBe(true);
    expect([suiteAttribute(xml, 'timestamp'), suiteAttribute(xml, 'hostname'), suiteAttribute(xml, 'time')]).toEqual(['2026-11-25T12:00:00', 'ci-runner-7', '12.345']);
  });

  test('a failure names the count, the threshold, every engine and the report link', () => {
    const setup = scan.results.find((r) => r.artifact.displayPath === 'dist/setup.exe')!;
    const failure = cases.find((c) => c.name === 'dist/setup.exe')!;
    expect(failure.message).toBe(`flagged malicious by ${setup.counted!.malicious} of ${setup.report!.engineCount} engines (max-malicious=0)`);
    expect(setup.counted!.malicious).toBeGreaterThan(40);
    expect(failure.body).toContain(`Report: https://www.virustotal.com/gui/file/${sha256Of('dist/setup.exe')}`);
    for (const detection of setup.report!.detections) {
      expect(failure.body).toContain(`\n  ${xmlText(detection.engine)} (${detection.category}): ${xmlText(detection.result ?? 'no threat name')}`);
    }
  });

  test('an unknown artifact under on-unknown=warn is skipped with the reason', () => {
    expect(xml).toContain('<skipped>unknown to VirusTotal: it has no reputation (on-unknown=warn)</skipped>');
  });

  test('an error says what went wrong; an allowed artifact passes with its reason', () => {
    expect(cases.find((c) => c.name === 'dist/timeout.bin')!.message).toBe('could not be checked: the service did not answer within 30 s (on-error=fail)');
    const allowed = cases.find((c) => c.name === 'dist/bundle.zip')!;
    expect(allowed.body).toContain('Allowed: vendor zip, reviewed in SEC-12 (otherwise malicious)');
  });

  test('the suite says why the gate failed, and the policy it judged with', () => {
    expect(scan.result).toBe('fail');
    expect(xml).toContain(`<system-out>The gate failed: ${xmlText(scan.failureMessage)}</system-out>`);
    expect(xml).toContain('<property name="max-malicious" value="0"/>');
    expect(xml).toContain('<property name="on-unknown" value="warn"/>');
  });
});

describe('what is red follows the policy', () => {
  test.each([
    { policy: { onUnknown: 'fail' }, name: 'dist/fresh.bin', outcome: 'failure', type: 'unknown' },
    { policy: { onUnknown: 'pass' }, name: 'dist/fresh.bin', outcome: 'skipped', type: null },
    { policy: { onError: 'warn' }, name: 'dist/timeout.bin', outcome: 'skipped', type: null },
    { policy: { onError: 'warn' }, name: 'dist/locked.bin', outcome: 'skipped', type: null },
    { policy: { maxMalicious: 100 }, name: 'dist/setup.exe', outcome: 'passed', type: null },
    { policy: { minEngines: 1000, onUnknown: 'fail' }, name: 'dist/app.js', outcome: 'failure', type: 'unanalysed' },
    { policy: { minEngines: 1000 }, name: 'dist/app.js', outcome: 'skipped', type: null },
  ] as const)('$policy: $name is $outcome', async ({ policy, name, outcome, type }) => {
    const xml = renderJunit(mixedScan(policy), context(mixedScanPolicy(policy)));
    expect(testCases(xml).find((c) => c.name === name)).toMatchObject({ outcome, type });
    expect(await junitErrors(xml)).toEqual([]);
  });

  test.each([
    { onUnknown: 'warn', outcome: 'skipped', type: null },
    { onUnknown: 'fail', outcome: 'failure', type: 'pending' },
  ] as const)('a pending upload under on-unknown=$onUnknown is $outcome, like an unknown', async ({ onUnknown, outcome, type }) => {
    const policy = mixedScanPolicy({ onUnknown });
    const scan = summarize(
      [scannedWith('dist/new.bin', { kind: 'pending', submission: { state: 'pending', analysisId: 'YWJj', reason: 'the analysis was queued after 10 minutes' } })],
      policy,
      'VirusTotal',
      NOW,
    );
    const xml = renderJunit(scan, context(policy));
    expect(testCases(xml).find((c) => c.name === 'dist/new.bin')).toMatchObject({ outcome, type });
    expect(xml).toContain('uploaded to VirusTotal, whose analysis did not complete in time');
    expect(await junitErrors(xml)).toEqual([]);
  });

  test('an unanalysed artifact says how many engines gave a verdict', () => {
    const xml = renderJunit(mixedScan({ minEngines: 1000 }), context(mixedScanPolicy({ minEngines: 1000 })));
    expect(xml).toMatch(/<skipped>not analysed by VirusTotal: verdicts from only \d+ engines, fewer than min-engines=1000 \(on-unknown=warn\)<\/skipped>/);
  });

  test('ignored engines are listed, marked ignored', () => {
    const scan = mixedScan({ ignoreEngines: ['kaspersky'] });
    const body = testCases(renderJunit(scan, context(mixedScanPolicy({ ignoreEngines: ['kaspersky'] })))).find((c) => c.name === 'dist/setup.exe')!.body;
    expect(body).toMatch(/\n {2}Kaspersky \(malicious, ignored\): \S/);
  });
});

describe('what comes from outside', () => {
  const EMPTY: Omit<ScanSummary, 'results'> = {
    result: 'pass',
    failureMessage: '',
    counts: { scanned: 0, uniqueHashes: 0, stale: 0, uploaded: 0, malicious: 0, suspicious: 0, error: 0, unscanned: 0, flagged: 0, unanalysed: 0, pending: 0, unknown: 0, allowed: 0, clean: 0 },
    expiredAllows: [],
  };

  function malicious(displayPath: string, engine: string, threat: string): ArtifactResult {
    return judged(artifactAt(displayPath), 'malicious', 'fail', { report: reportFlaggedBy(sha256Of(displayPath), { [engine]: threat }, 1) });
  }

  test.each([
    ['markup', 'a<b>&"c\'.exe', 'a&lt;b&gt;&amp;&quot;c&apos;.exe'],
    ['a line break', 'evil\n<testcase name="x">.exe', 'evil\\n&lt;testcase name=&quot;x&quot;&gt;.exe'],
    ['a control character XML cannot hold', 'bell\u0007.exe', 'bell\\u0007.exe'],
    ['a C1 control', 'csi\u009b31m.exe', 'csi\\u009b31m.exe'],
    ['U+FFFE', 'x\ufffe.exe', 'x\\ufffe.exe'],
    ['a lone surrogate', 'half\ud800.exe', 'half\\ud800.exe'],
    ['an astral character', 'emoji😀.exe', 'emoji😀.exe'],
  ])('a name with %s is escaped and the report stays valid', async (_, name, shown) => {
    const xml = renderJunit({ ...EMPTY, results: [malicious(name, name, name)] }, context());
    expect(xml).toContain(`<testcase name="${shown}"`);
    expect(await junitErrors(xml)).toEqual([]);
  });

  test('text content keeps line structure but never raw markup', () => {
    expect(xmlText('a\tb\nc]]>&<\u0000')).toBe('a\tb\nc]]&gt;&amp;&lt;\\u0000');
    expect(xmlAttribute('a\tb\nc"\'')).toBe('a\\tb\\nc&quot;&apos;');
  });

  test('an empty scan is a valid report with no cases', async () => {
    const xml = renderJunit({ ...EMPTY, results: [] }, context());
    expect(testCases(xml)).toEqual([]);
    expect(suiteAttribute(xml, 'tests')).toBe('0');
    expect(await junitErrors(xml)).toEqual([]);
  });

  test('any names and threat names give a valid report', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    const documents = fc.sample(fc.tuple(text, text), 40).map(([name, threat]) => renderJunit({ ...EMPTY, results: [malicious(name, 'Engine', threat)] }, context()));
    expect(await junitErrors(documents)).toEqual([]);
  });

  test('the validator does refuse what the schema forbids, in any of the documents it is given', async () => {
    const xml = renderJunit(mixedScan(), context());
    expect(await junitErrors([xml, xml.replace('<testsuite ', '<testsuite bogus="1" ')])).toHaveLength(1);
    expect(await junitErrors(xml.replace('<skipped>', '<skipped message="x">'))).not.toEqual([]);
    expect(await junitErrors(xml.replace('<testsuite ', '<testsuite bogus="1" '))).not.toEqual([]);
    expect(await junitErrors('<testsuites><testsuite name="a" tests="1"><testcase name="\u0001"/></testsuite></testsuites>')).not.toEqual([]);
  });
});

describe('archives', () => {
  const results = archiveResults('dist/app.zip');
  const scan = scanOf(results, 'failed');
  const xml = renderJunit(scan, context());
  const cases = testCases(xml);

  test('an archive is red with its failing members, a member not read is an error: valid against the schema', async () => {
    expect(cases.map((c) => [c.name, c.outcome, c.type])).toEqual([
      ['dist/app.zip', 'failure', 'member'],
      ['dist/app.zip!/lib/vendor.jar', 'failure', 'member'],
      ['dist/app.zip!/lib/vendor.jar!/native/libevil.so', 'failure', 'malicious'],
      ['dist/app.zip!/secret.dll', 'error', 'unscanned'],
    ]);
    expect(cases[0]!.message).toBe(
      'failed: it holds 2 failing members: dist/app.zip!/lib/vendor.jar!/native/libevil.so and dist/app.zip!/secret.dll; by its own hash, warning: unknown to VirusTotal (on-unknown=warn)',
    );
    expect(cases[3]!.message).toBe('not read: it is encrypted (on-error=fail)');
    expect(cases[3]!.body).toContain('dist/app.zip!/secret.dll was not read: it is encrypted.');
    expect(await junitErrors(xml)).toEqual([]);
  });

  test('under on-error=warn, a member not read is skipped, not red', () => {
    const warned = results.map((r) => (r.status === 'unscanned' ? { ...r, consequence: 'warn' as const } : r));
    expect(testCases(renderJunit(scanOf(warned), context())).find((c) => c.name === 'dist/app.zip!/secret.dll')!.outcome).toBe('skipped');
  });
});

describe('URLs', () => {
  const scan = mixedScanWithUrls();
  const xml = renderJunit(scan, context());
  const urlCases = testCases(xml).filter((c) => c.classname === 'artifact-reputation-gate.virustotal.url');

  test('are valid against the Jenkins JUnit schema, in a suite of their own, counted in the totals', async () => {
    expect(await junitErrors(xml)).toEqual([]);
    expect([...xml.matchAll(/<testsuite name="([^"]*)" tests="(\d+)" failures="(\d+)"/g)].map((m) => m.slice(1))).toEqual([
      ['Artifact reputation (VirusTotal)', '7', '2'],
      ['URL reputation (VirusTotal)', '5', '1'],
    ]);
    expect(/<testsuites [^>]*tests="(\d+)" failures="(\d+)"/.exec(xml)?.slice(1)).toEqual(['12', '3']);
  });

  test('one case per URL, named masked and defanged, red where the URL fails the gate', () => {
    expect(urlCases.map((c) => [c.name, c.outcome, c.type])).toEqual([
      ['hxxp://login-verify[.]example[.]net/secure/update.php?session=…', 'failure', 'malicious'],
      ['hxxps://fresh[.]example[.]com/install.sh', 'skipped', null],
      ['hxxps://hooks[.]example[.]com/deploy?key=…', 'skipped', null],
      ['hxxps://downloads[.]example[.]org/app/1.4.2/app-linux-x64.tar.gz', 'passed', null],
      ['hxxps://hooks[.]example[.]com/deploy?key=…', 'skipped', null],
    ]);
  });

  test('a failing URL says where it was listed, the engines, its threat names, the site categories and its report page', () => {
    const [phishing] = urlCases;
    expect(phishing!.message).toBe('flagged malicious by 7 of 13 engines (max-malicious=0)');
    expect(phishing!.body).toContain('URL: hxxp://login-verify[.]example[.]net/secure/update.php?session=… (urls line 1)');
    expect(phishing!.body).toContain('Decision: failed: 7 of 13 engines say malicious, more than max-malicious=0');
    expect(phishing!.body).toContain(`Report: https://www.virustotal.com/gui/url/${sha256Of(MIXED_URLS.phishing)}`);
    expect(phishing!.body).toContain('Threat names: Phishing.HTML.Generic, Mal/HTMLGen-A');
    expect(phishing!.body).toContain('Categories: Forcepoint ThreatSeeker: phishing and other frauds, Sophos: phishing');
    expect(phishing!.body).toContain('  BitDefender (malicious): phishing');
    expect(urlCases[3]!.body).toContain('(urls-file deploy/urls.txt line 2)');
  });

  test('never a URL that can be followed, nor its token', () => {
    for (const url of Object.values(MIXED_URLS)) expect(xml).not.toContain(new URL(url).host);
    expect(xml).not.toContain('tok_51d0e4b5');
    expect(xml).not.toMatch(/https?:\/\/(?!www\.virustotal\.com\/)/);
  });

  test('a URL-only scan is a valid report: no artifact case, the URLs and the failure line', async () => {
    const urlsOnly = { ...scan, results: [], urlsOnly: true };
    const only = renderJunit(urlsOnly, context());
    expect(await junitErrors(only)).toEqual([]);
    expect(testCases(only).map((c) => c.classname)).toEqual(Array(5).fill('artifact-reputation-gate.virustotal.url'));
    expect(only).toMatch(/<system-out>The gate failed: .*1 of 5 URLs exceeds max-malicious=0: hxxp:\/\/login-verify\[\.\]example/);
  });
});
