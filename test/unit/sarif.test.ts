// The SARIF log: valid against the official 2.1.0 schema, and saying the right things.
import { gzipSync } from 'node:zlib';
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
  allowEntries: {},
  failEngines: [],
  warnMalicious: null,
  maxMaliciousPercent: null,
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
    decidedBy: { rule: status === 'malicious' ? 'max-malicious' : status === 'suspicious' ? 'max-suspicious' : status === 'error' ? 'on-error' : 'on-unknown' },
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
  result('dist/new.zip', 'unanalysed', 'warn', {
    report: { ...report('c'.repeat(64), []), stats: { malicious: 0, suspicious: 0, undetected: 0, harmless: 0, timeout: 0, failure: 0, typeUnsupported: 0 } },
  }),
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

test('the driver is the action, with its version and help link; one rule per status that needs attention, each with a full description and help', () => {
  const { driver } = buildSarif(MIXED, CONTEXT).runs[0]!.tool;
  expect(driver).toMatchObject({ name: 'Artifact Reputation Gate', version: '1.0.0', semanticVersion: '1.0.0', informationUri: 'https://github.com/acme/artifact-reputation-gate' });
  expect(driver.rules!.map((rule) => rule.id)).toEqual(['malicious', 'suspicious', 'flagged', 'error', 'unscanned', 'unanalysed', 'pending', 'unknown'].map((s) => `artifact-reputation/${s}`));
  for (const rule of driver.rules!) {
    expect(rule.helpUri).toBe('https://github.com/acme/artifact-reputation-gate#how-the-gate-decides');
    expect(Number(rule.properties!['security-severity'])).toBeGreaterThan(0);
    expect(rule.fullDescription!.text.length).toBeGreaterThan(rule.shortDescription!.text.length);
    expect(rule.help!.text).toContain('What to do:\n- ');
    expect(rule.help!.markdown).toContain('**What to do**');
  }
  const help = (id: string) => driver.rules!.find((rule) => rule.id === `artifact-reputation/${id}`)!.help!.text;
  for (const remedy of ['`allow`', '`ignore-engines`', 'rebuild', 'false positive to the vendor']) expect(help('malicious')).toContain(remedy);
  expect(help('unknown')).toContain('`on-unknown: pass`');
});

describe('results', () => {
  const { results, tool } = buildSarif(MIXED, CONTEXT).runs[0]!;

  test('one per artifact whose verdict warns or fails, worst first: clean and allowed artifacts have none', () => {
    expect(results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation)).toEqual([
      { uri: 'dist/app.exe', uriBaseId: '%SRCROOT%' },
      { uri: 'dist/odd.dll', uriBaseId: '%SRCROOT%' },
      { uri: 'dist/locked.bin', uriBaseId: '%SRCROOT%' },
      // Outside the workspace: relative to the root, never an absolute file:// URI code scanning rejects.
      { uri: 'opt/out%20side.bin', uriBaseId: 'OUTSIDE_WORKSPACE' },
      { uri: 'dist/new.zip', uriBaseId: '%SRCROOT%' },
      { uri: 'dist/fresh.bin', uriBaseId: '%SRCROOT%' },
    ]);
    expect(JSON.stringify(results)).not.toContain('file://');
  });

  test.each([
    [0, 'artifact-reputation/malicious', 'error'],
    [1, 'artifact-reputation/suspicious', 'error'],
    [2, 'artifact-reputation/error', 'error'],
    [3, 'artifact-reputation/unknown', 'error'],
    [4, 'artifact-reputation/unanalysed', 'warning'],
    [5, 'artifact-reputation/unknown', 'warning'],
  ])('result %i: rule %s, level %s by policy, ruleIndex pointing at it', (index, ruleId, level) => {
    const r = results![index]!;
    expect(r.ruleId).toBe(ruleId);
    expect(r.level).toBe(level);
    expect(tool.driver.rules![r.ruleIndex!]!.id).toBe(ruleId);
  });

  test('every result has a region: an artifact has no lines, so line 1', () => {
    for (const r of results!) expect(r.locations![0]!.physicalLocation!.region).toEqual({ startLine: 1 });
  });

  test('the message and properties carry the SHA-256 and the detections; ignored engines are marked and not named', () => {
    const [malicious] = results!;
    expect(malicious!.message.text).toBe(
      `dist/app.exe (SHA-256 ${MIXED[0]!.sha256}) is flagged malicious by 1 of 66 engines: Kaspersky: Trojan.Kaspersky. Failed: 1 of 66 engines says malicious, more than max-malicious=0. Report: https://www.virustotal.com/gui/file/${MIXED[0]!.sha256}`,
    );
    expect(malicious!.properties).toMatchObject({
      sha256: MIXED[0]!.sha256,
      engineCount: 66,
      stats: { malicious: 2 },
      detections: [
        { engine: 'Kaspersky', ignored: false },
        { engine: 'NoisyAV', ignored: true },
      ],
    });
  });

  test('an artifact that could not be hashed says so, with one full stop', () => {
    expect(results![2]!.message.text).toBe('dist/locked.bin (SHA-256 not computed) could not be checked: permission denied. Failed: could not be checked (on-error=fail).');
    const stopped = result('dist/x.bin', 'error', 'fail', { error: { kind: 'transient', message: 'The service did not answer.' } });
    const [r] = buildSarif([stopped], CONTEXT).runs[0]!.results!;
    expect(r!.message.text).toMatch(/could not be checked: The service did not answer\. Failed: could not be checked \(on-error=fail\)\. Report: https:\/\/\S+$/);
  });

  test('no message has a double full stop', () => {
    for (const r of results!) expect(r.message.text).not.toMatch(/\.\.|\. \./);
  });
});

describe('fingerprints: one alert per artifact path and rule, across runs and rebuilds', () => {
  const fingerprint = (r: ArtifactResult) => buildSarif([r], CONTEXT).runs[0]!.results![0]!.partialFingerprints!.primaryLocationLineHash;

  test('a rebuild (new content, new SHA-256) of the same path under the same rule keeps its fingerprint', () => {
    const before = result('dist/app.bin', 'unknown', 'warn');
    const after = { ...before, sha256: 'f'.repeat(64) };
    expect(fingerprint(before)).toMatch(/^[0-9a-f]{16}:1$/);
    expect(fingerprint(after)).toBe(fingerprint(before));
  });

  test('another path, or another rule, is another alert', () => {
    const base = result('dist/app.bin', 'unknown', 'warn');
    expect(fingerprint(result('dist/other.bin', 'unknown', 'warn'))).not.toBe(fingerprint(base));
    expect(fingerprint(result('dist/app.bin', 'error', 'fail', { error: { kind: 'transient', message: 'x' } }))).not.toBe(fingerprint(base));
  });
});

describe('on-unknown', () => {
  test.each([
    ['pass', 0],
    ['warn', 2],
    ['fail', 2],
  ] as const)('on-unknown=%s: %i results for an unknown and an unanalysed artifact', (onUnknown, expected) => {
    const results = [result('dist/u.bin', 'unknown', onUnknown), result('dist/n.bin', 'unanalysed', onUnknown, { report: report('c'.repeat(64), []) })];
    expect(buildSarif(results, { ...CONTEXT, policy: { ...POLICY, onUnknown } }).runs[0]!.results).toHaveLength(expected);
  });
});

describe("code scanning's limits", () => {
  test('25,001 artifacts that need attention: 25,000 results, the worst kept, and a notification that says what was left out', () => {
    const many = Array.from({ length: 25_001 }, (_, i) => result(`dist/unknown-${i}.bin`, 'unknown', 'warn'));
    many.push(result('dist/bad.exe', 'malicious', 'fail', { report: report('d'.repeat(64), ['Kaspersky']), counted: { malicious: 1, suspicious: 0 } }));
    const log = buildSarif(many, CONTEXT);
    const run = log.runs[0]!;
    expect(run.results).toHaveLength(25_000);
    expect(run.results![0]!.ruleId).toBe('artifact-reputation/malicious');
    expect(run.invocations![0]!.toolExecutionNotifications).toEqual([
      {
        level: 'warning',
        message: {
          text: "2 artifacts that need attention are left out of this log to stay within code scanning's limits (25,000 results and 10 MB compressed); the least serious were left out. The JSON report lists every artifact.",
        },
      },
    ]);
  });

  test('a log over the compressed size limit keeps fewer results, and says so', () => {
    const many = Array.from({ length: 200 }, (_, i) => result(`dist/unknown-${i}.bin`, 'unknown', 'warn'));
    const log = buildSarif(many, CONTEXT, 4096);
    expect(gzipSync(JSON.stringify(log)).length).toBeLessThanOrEqual(4096);
    const kept = log.runs[0]!.results!.length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(200);
    expect(log.runs[0]!.invocations![0]!.toolExecutionNotifications![0]!.message.text).toContain(`${200 - kept} artifacts that need attention are left out`);
  });

  test('within the limits: no notification', () => {
    expect(buildSarif(MIXED, CONTEXT).runs[0]!.invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: [] }]);
  });
});

test('a path with # and ? is encoded segment by segment, so no part reads as a fragment or query', () => {
  const odd = result('dist/a#b?c d.exe', 'unknown', 'warn');
  const [sarifResult] = buildSarif([odd], CONTEXT).runs[0]!.results!;
  expect(sarifResult!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('dist/a%23b%3Fc%20d.exe');
});
