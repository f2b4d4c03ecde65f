// Whole judged scans for tests of the renderers: the recorded real reports parsed and judged by the
// real verdict code, beside every other status, so a renderer sees what a real scan gives it.
import type { ScannedArtifact } from '../../src/core/scan.ts';
import { parseFileReport } from '../../src/core/reputation/parse.ts';
import type { Artifact, FileReport, LookupOutcome, Policy, ScanSummary } from '../../src/core/types.ts';
import { judge } from '../../src/core/verdict.ts';
import { explain } from '../../src/report/failure.ts';
import { defaultPolicy } from './policy.ts';
import { fixtureReport, sha256Of } from './reports.ts';

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
  const scanned: ScannedArtifact[] = [
    scannedWithFixture('dist/app.js', 'clean-javascript'),
    scannedWithFixture('dist/setup.exe', 'malicious-win32-exe'),
    scannedWithFixture('docs/manual.doc', 'malicious-word-document'),
    scannedWithFixture('dist/bundle.zip', 'low-detection-zip'),
    scannedWith('dist/fresh.bin', { kind: 'unknown' }),
    scannedWith('dist/timeout.bin', { kind: 'error', error: { kind: 'transient', message: 'the service did not answer within 30 s' } }),
    { artifact: artifactAt('dist/locked.bin'), sha256: null, outcome: { kind: 'error', error: { kind: 'file', message: 'Could not read dist/locked.bin: EACCES.' } } },
  ];
  return summarize(scanned, mixedScanPolicy(overrides), 'VirusTotal', NOW);
}

/** The policy mixedScan judged with. */
export function mixedScanPolicy(overrides: Partial<Policy> = {}): Policy {
  return defaultPolicy({ allow: { [sha256Of('dist/bundle.zip')]: 'vendor zip, reviewed in SEC-12' }, ...overrides });
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
