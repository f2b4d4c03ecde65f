// Whole judged scans for tests of the renderers: the recorded real reports parsed and judged by the
// real verdict code, beside every other status, so a renderer sees what a real scan gives it.
import type { ScannedArtifact } from '../../src/core/scan.ts';
import { parseFileReport, parseUrlReport } from '../../src/core/reputation/parse.ts';
import type { Artifact, FileReport, LookupOutcome, Policy, ScanSummary, UrlLookupOutcome } from '../../src/core/types.ts';
import { parseUrlList, urlIdentifier } from '../../src/core/url-list.ts';
import { judge, judgeUrl, withUrls } from '../../src/core/verdict.ts';
import { explain } from '../../src/report/failure.ts';
import { defaultPolicy } from './policy.ts';
import { fixtureReport, sha256Of, urlFixtureReport } from './reports.ts';

export const NOW = new Date('2026-11-25T12:00:00Z');

/** Judged by the real verdict code and explained as every report sees it. */
export function summarize(scanned: readonly ScannedArtifact[], policy: Policy, providerName: string, now = new Date()): ScanSummary {
  return explain(judge(scanned, policy, now), policy, providerName);
}

/** A workspace artifact at `displayPath`, or one outside the workspace when the path is absolute. */
export function artifactAt(displayPath: string, size = 4096): Artifact {
  const inWorkspace = !displayPath.startsWith('/');
  return { absolutePath: inWorkspace ? `/work/app/${displayPath}` : displayPath, displayPath, inWorkspace, size };
}

/** A recorded real report (test/fixtures/vt-v3) re-aimed at the hash of `displayPath`, as looked up. */
export function scannedWithFixture(displayPath: string, fixture: string): ScannedArtifact {
  const sha256 = sha256Of(displayPath);
  return { artifact: artifactAt(displayPath), sha256, outcome: { kind: 'found', report: parseFileReport(fixtureReport(fixture, sha256).body, sha256) } };
}

export function scannedWith(displayPath: string, outcome: LookupOutcome): ScannedArtifact {
  return { artifact: artifactAt(displayPath), sha256: sha256Of(displayPath), outcome };
}

/**
 * Every status once: a widely detected PE, a Word document, a low-detection zip (allowed), a clean
 * script, an unknown build, a failed lookup and an unreadable file. Judged by `summarize`.
 */
export function mixedScan(overrides: Partial<Policy> = {}): ScanSummary {
  return summarize(mixedScanInput(), mixedScanPolicy(overrides), 'VirusTotal', NOW);
}

function mixedScanInput(): ScannedArtifact[] {
  return [
    scannedWithFixture('dist/app.js', 'clean-javascript'),
    scannedWithFixture('dist/setup.exe', 'malicious-win32-exe'),
    scannedWithFixture('docs/manual.doc', 'malicious-word-document'),
    scannedWithFixture('dist/bundle.zip', 'low-detection-zip'),
    scannedWith('dist/fresh.bin', { kind: 'unknown' }),
    scannedWith('dist/timeout.bin', { kind: 'error', error: { kind: 'transient', message: 'the service did not answer within 30 s' } }),
    { artifact: artifactAt('dist/locked.bin'), sha256: null, outcome: { kind: 'error', error: { kind: 'file', message: 'Could not read dist/locked.bin: EACCES.' } } },
  ];
}

/** The policy mixedScan judged with. */
export function mixedScanPolicy(overrides: Partial<Policy> = {}): Policy {
  return defaultPolicy({ allow: { [sha256Of('dist/bundle.zip')]: 'vendor zip, reviewed in SEC-12' }, ...overrides });
}

/** The URLs of mixedScanWithUrls, as given: a token in a query, one from a urls-file, two that read the same once masked. */
export const MIXED_URLS = {
  phishing: 'http://login-verify.example.net/secure/update.php?session=tok_51d0e4b5',
  neverSeen: 'https://fresh.example.com/install.sh',
  mirror: 'https://downloads.example.org/app/1.4.2/app-linux-x64.tar.gz',
  /** Masked, both read `https://hooks.example.com/deploy?key=…`. */
  hookA: 'https://hooks.example.com/deploy?key=a11ce',
  hookB: 'https://hooks.example.com/deploy?key=b0b',
};

/**
 * mixedScan with URLs beside the artifacts, judged by the real verdict code: a phishing URL (the recorded
 * real report) and two never seen from the `urls` input, a harmless mirror and another never seen from
 * `urls-file` deploy/urls.txt.
 */
export function mixedScanWithUrls(overrides: Partial<Policy> = {}): ScanSummary {
  const policy = mixedScanPolicy(overrides);
  const items = parseUrlList([MIXED_URLS.phishing, MIXED_URLS.neverSeen, MIXED_URLS.hookA].join('\n'), { input: 'urls' }, 'Input `urls`');
  parseUrlList(`# mirrors\n${MIXED_URLS.mirror}\n${MIXED_URLS.hookB}`, { input: 'urls-file', file: 'deploy/urls.txt' }, 'Input `urls-file`', items);
  const found = (name: 'malicious-phishing' | 'harmless-download', url: string): UrlLookupOutcome => ({
    kind: 'found',
    report: parseUrlReport(urlFixtureReport(name, url), url, urlIdentifier(url)),
  });
  const outcomes: Record<string, UrlLookupOutcome> = { [MIXED_URLS.phishing]: found('malicious-phishing', MIXED_URLS.phishing), [MIXED_URLS.mirror]: found('harmless-download', MIXED_URLS.mirror) };
  const judged = items.map((item) => judgeUrl(item, outcomes[item.url] ?? { kind: 'unknown' }, policy, NOW));
  return explain(withUrls(judge(mixedScanInput(), policy, NOW), judged), policy, 'VirusTotal');
}

/** A report in which each engine of `engines` says malicious with its threat name, out of `engineCount`. */
export function reportFlaggedBy(sha256: string, engines: Record<string, string>, engineCount = 70): FileReport {
  const malicious = Object.keys(engines).length;
  return {
    sha256,
    stats: { malicious, suspicious: 0, undetected: engineCount - malicious, harmless: 0, timeout: 0, failure: 0, typeUnsupported: 0 },
    engineCount,
    detections: Object.entries(engines).map(([engine, result]) => ({ engine, category: 'malicious', result, version: null })),
    threatNames: [...new Set(Object.values(engines))],
    suggestedThreatLabel: null,
    firstSeen: null,
    lastAnalysed: null,
  };
}
