// The SARIF log: valid against the official 2.1.0 schema, and saying the right things.
import { describe, expect, test } from 'vitest';
import { buildSarif, type SarifContext } from '../../src/report/sarif.ts';
import type { ArtifactResult, ArtifactStatus, Consequence, FileReport, Policy } from '../../src/core/types.ts';
import { sarifErrors } from '../support/sarif-schema.ts';

const POLICY: Policy = {
  maxMalicious: 0,
  maxSuspicious: 1,
  minEngines: 1,
  maxReportAgeDays: null,
  ignoreEngines: ['noisyav'],
  allow: {},
  onUnknown: 'warn',
  onError: 'fail',
  ifNoFilesFound: 'warn',
};
const CONTEXT: SarifContext = { provider: 'virustotal', policy: POLICY, helpUri: 'https://github.com/acme/artifact-reputation-gate' };

function report(sha256: string, malicious: string[], suspicious: string[] = []): FileReport {
  return {
    sha256,
    stats: { malicious: malicious.length, suspicious: suspicious.length, undetected: 60, harmless: 0, timeout: 0, failure: 0, typeUnsupported: 4 },
    engineCount: 64 + malicious.length + suspicious.length,
    detections: [
      ...malicious.map((engine) => ({ engine, category: 'malicious', result: `Trojan.${engine}`, version: '1.2' })),
      ...suspicious.map((engine) => ({ engine, category: 'suspicious', result: null, version: null })),
    ],
    threatNames: [],
    suggestedThreatLabel: null,
    firstSeen: null,
    lastAnalysed: null,
  };
}

function result(displayPath: string, status: ArtifactStatus, consequence: Consequence, extra: Partial<ArtifactResult> = {}): ArtifactResult {
  const sha256 = displayPath.length.toString(16).padStart(64, 'a');
  return {
    artifact: { absolutePath: `/work/${displayPath}`, displayPath, inWorkspace: true, size: 10 },
    sha256,
    status,
    consequence,
    report: null,
    error: null,
    counted: null,
    allowed: null,
    staleDays: null,
    ...extra,
  };
}

const MIXED: ArtifactResult[] = [
  result('dist/app.exe', 'malicious', 'fail', { report: report('a'.repeat(64), ['Kaspersky', 'NoisyAV']), counted: { malicious: 1, suspicious: 0 } }),
  result('dist/odd.dll', 'suspicious', 'fail', { report: report('b'.repeat(64), [], ['X', 'Y']), counted: { malicious: 0, suspicious: 2 } }),
  result('dist/fresh.bin', 'unknown', 'warn'),
  result('dist/new.zip', 'unanalysed', 'warn', { report: { ...report('c'.repeat(64), []), stats: { malicious: 0, suspicious: 0, undetected: 0, harmless: 0, timeout: 0, failure: 0, typeUnsupported: 0 } } }),
  result('dist/locked.bin', 'error', 'fail', { sha256: null, error: { kind: 'file', message: 'permission denied' } }),
  result('dist/readme.txt', 'clean', 'pass'),
  result('dist/tool.exe', 'allowed', 'pass', { allowed: { reason: 'known false positive', otherwise: 'malicious' } }),
  { ...result('/opt/outside.bin', 'unknown', 'fail'), artifact: { absolutePath: '/opt/out side.bin', displayPath: '/opt/out side.bin', inWorkspace: false, size: 1 } },
];

test('a mixed scan gives a log that is valid SARIF 2.1.0', () => {
  expect(sarifErrors(buildSarif(MIXED, CONTEXT))).toEqual([]);
});

test('an empty scan is valid too, with no results', () => {
  const log = buildSarif([], CONTEXT);
  expect(sarifErrors(log)).toEqual([]);
  expect(log.runs[0]!.results).toEqual([]);
});

test('the validator does reject a broken log', () => {
  const log = buildSarif(MIXED, CONTEXT) as any;
  log.runs[0].results[0].level = 'fatal';
  delete log.version;
  expect(sarifErrors(log).length).toBeGreaterThan(0);
});

test('the driver is the action, with its version and help link; one rule per status that needs attention', () => {
  const { driver } = buildSarif(MIXED, CONTEXT).runs[0]!.tool;
  expect(driver).toMatchObject({ name: 'Artifact Reputation Gate', version: '1.0.0', semanticVersion: '1.0.0', informationUri: 'https://github.com/acme/artifact-reputation-gate' });
  expect(driver.rules!.map((rule) => rule.id)).toEqual(['malicious', 'suspicious', 'error', 'unanalysed', 'pending', 'unknown'].map((s) => `artifact-reputation/${s}`));
  for (const rule of driver.rules!) {
    expect(rule.helpUri).toBe('https://github.com/acme/artifact-reputation-gate#how-the-gate-decides');
    expect(Number(rule.properties!['security-severity'])).toBeGreaterThan(0);
  }
});

describe('results', () => {
  const { results, tool } = buildSarif(MIXED, CONTEXT).runs[0]!;

  test('one per artifact that needs attention: clean and allowed artifacts have none', () => {
    expect(results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri)).toEqual([
      'dist/app.exe',
      'dist/odd.dll',
      'dist/fresh.bin',
      'dist/new.zip',
      'dist/locked.bin',
      'file:///opt/out%20side.bin',
    ]);
  });

  test.each([
    [0, 'artifact-reputation/malicious', 'error'],
    [1, 'artifact-reputation/suspicious', 'error'],
    [2, 'artifact-reputation/unknown', 'warning'],
    [3, 'artifact-reputation/unanalysed', 'warning'],
    [4, 'artifact-reputation/error', 'error'],
    [5, 'artifact-reputation/unknown', 'error'],
  ])('result %i: rule %s, level %s by policy, ruleIndex pointing at it', (index, ruleId, level) => {
    const r = results![index]!;
    expect(r.ruleId).toBe(ruleId);
    expect(r.level).toBe(level);
    expect(tool.driver.rules![r.ruleIndex!]!.id).toBe(ruleId);
  });

  test('the message and properties carry the SHA-256 and the detections; ignored engines are marked and not named', () => {
    const [malicious] = results!;
    expect(malicious!.message.text).toBe(`dist/app.exe (SHA-256 ${MIXED[0]!.sha256}) is flagged malicious by 1 of 66 engines: Kaspersky: Trojan.Kaspersky.`);
    expect(malicious!.properties).toMatchObject({
      sha256: MIXED[0]!.sha256,
      engineCount: 66,
      stats: { malicious: 2 },
      detections: [
        { engine: 'Kaspersky', ignored: false },
        { engine: 'NoisyAV', ignored: true },
      ],
    });
    expect(malicious!.partialFingerprints).toEqual({ 'artifactSha256/v1': MIXED[0]!.sha256 });
    expect(malicious!.locations![0]!.physicalLocation!.artifactLocation!.uriBaseId).toBe('%SRCROOT%');
  });

  test('an artifact that could not be hashed says so, and has no fingerprint', () => {
    const locked = results![4]!;
    expect(locked.message.text).toBe('dist/locked.bin (SHA-256 not computed) is not checked: permission denied.');
    expect(locked.partialFingerprints).toBeUndefined();
  });
});

test('a path with # and ? is encoded segment by segment, so no part reads as a fragment or query', () => {
  const odd = result('dist/a#b?c d.exe', 'unknown', 'warn');
  const [sarifResult] = buildSarif([odd], CONTEXT).runs[0]!.results!;
  expect(sarifResult!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('dist/a%23b%3Fc%20d.exe');
});
