// The SARIF log as code scanning's own validator sees it: Microsoft's SARIF multitool, `validate`
// with the SARIF and GitHub rule kinds, over the log of a mixed scan. Zero errors, zero warnings.
import { expect, test } from 'vitest';
import { buildSarif } from '../../src/report/sarif.ts';
import { parseUrlReport } from '../../src/core/reputation/parse.ts';
import { judgeUrl } from '../../src/core/verdict.ts';
import type { Artifact, EngineDetection, FileReport } from '../../src/core/types.ts';
import { defaultPolicy } from '../support/policy.ts';
import { sha256Of, urlFixtureReport } from '../support/reports.ts';
import { archiveResults, judged, memberAt } from '../support/results.ts';
import { multitoolFindings } from '../support/sarif-multitool.ts';
import { sarifErrors } from '../support/sarif-schema.ts';

const policy = defaultPolicy({ maxMalicious: 2, warnMalicious: 0, maxSuspicious: 1, ignoreEngines: ['noisyav'], failEngines: ['kaspersky'] });

function artifact(displayPath: string, inWorkspace = true): Artifact {
  return { absolutePath: inWorkspace ? `/workspace/${displayPath}` : displayPath, displayPath, inWorkspace, size: 4096 };
}

function report(path: string, malicious: string[], suspicious: string[] = [], undetected = 60): FileReport {
  const detections: EngineDetection[] = [
    ...malicious.map((engine) => ({ engine, category: 'malicious', result: `Trojan.${engine}`, version: '1.0' })),
    ...suspicious.map((engine) => ({ engine, category: 'suspicious', result: null, version: null })),
  ];
  return {
    sha256: sha256Of(path),
    stats: { malicious: malicious.length, suspicious: suspicious.length, undetected, harmless: 0, timeout: 0, failure: 0, typeUnsupported: 0 },
    engineCount: malicious.length + suspicious.length + undetected,
    detections,
    threatNames: [],
    suggestedThreatLabel: null,
    firstSeen: new Date('2025-01-01T00:00:00Z'),
    lastAnalysed: new Date('2026-11-01T00:00:00Z'),
  };
}

test('the SARIF of a mixed scan passes the multitool with the GitHub rules: no error, no warning', { timeout: 180_000 }, async () => {
  const results = [
    judged(artifact('dist/app.exe'), 'malicious', 'fail', {
      report: report('dist/app.exe', ['Kaspersky', 'NoisyAV', 'Avast', 'ESET-NOD32', 'Sophos', 'Microsoft', 'BitDefender']),
      counted: { malicious: 6, suspicious: 0 },
    }),
    judged(artifact('dist/setup.exe'), 'malicious', 'fail', { report: report('dist/setup.exe', ['Kaspersky']), decidedBy: { rule: 'fail-engines', engines: ['Kaspersky'] } }),
    judged(artifact('dist/helper.exe'), 'flagged', 'warn', { report: report('dist/helper.exe', ['Avast']) }),
    judged(artifact('dist/odd.dll'), 'suspicious', 'fail', { report: report('dist/odd.dll', [], ['Cylance', 'SecureAge']) }),
    judged(artifact('dist/fresh build.bin'), 'unknown', 'warn'),
    judged(artifact('dist/new.zip'), 'unanalysed', 'warn', { report: report('dist/new.zip', [], [], 0) }),
    judged(artifact('dist/timeout.bin'), 'error', 'fail', { error: { kind: 'transient', message: 'The service did not answer within 30 s.' } }),
    judged(artifact('dist/locked.bin'), 'error', 'warn', { sha256: null, error: { kind: 'file', message: 'Could not read dist/locked.bin: permission denied (EACCES).' } }),
    judged(artifact('dist/readme.txt'), 'clean', 'pass', { report: report('dist/readme.txt', []) }),
    judged(artifact('dist/tool.exe'), 'allowed', 'pass', { allowed: { reason: 'known false positive', otherwise: 'malicious' } }),
    judged(artifact('/opt/cache/outside #1.bin', false), 'unknown', 'fail'),
  ];
  const log = buildSarif(results, { provider: 'virustotal', policy, helpUri: 'https://github.com/acme/artifact-reputation-gate' });
  expect(log.runs[0]!.results).toHaveLength(9);
  expect(log.runs[0]!.results!.map((r) => r.ruleId)).toContain('artifact-reputation/flagged');
  expect(sarifErrors(log)).toEqual([]);
  expect(await multitoolFindings(log)).toEqual([]);
});

test('URLs that warn or fail are results too, located in urls-file or logically: the multitool finds nothing', { timeout: 180_000 }, async () => {
  const url = (line: number, input: 'urls' | 'urls-file', display: string) => ({ url: display, display, source: input === 'urls-file' ? { input, file: 'deploy/urls.txt', line } : { input, line } });
  const urls = [
    judgeUrl(
      url(2, 'urls', 'http://login-verify.example.net/secure/update.php'),
      { kind: 'found', report: parseUrlReport(urlFixtureReport('malicious-phishing'), 'http://login-verify.example.net/secure/update.php', 'x') },
      policy,
    ),
    judgeUrl(url(4, 'urls-file', 'https://fresh.example.com/install.sh'), { kind: 'unknown' }, policy),
    judgeUrl(
      url(5, 'urls-file', 'https://downloads.example.org/app/1.4.2/app-linux-x64.tar.gz'),
      { kind: 'found', report: parseUrlReport(urlFixtureReport('harmless-download'), 'https://downloads.example.org/app/1.4.2/app-linux-x64.tar.gz', 'x') },
      policy,
    ),
  ];
  const log = buildSarif([judged(artifact('dist/app.exe'), 'unknown', 'warn')], { provider: 'virustotal', policy, helpUri: 'https://github.com/acme/gate', urls });
  const results = log.runs[0]!.results!;
  expect(results.map((r) => [r.ruleId, r.level, r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? null, r.locations?.[0]?.physicalLocation?.region?.startLine ?? null])).toEqual([
    ['artifact-reputation/unknown', 'warning', 'dist/app.exe', 1],
    ['artifact-reputation/malicious', 'error', null, null],
    ['artifact-reputation/unknown', 'warning', 'deploy/urls.txt', 4],
  ]);
  expect(results[1]!.message.text).toContain('hxxp://login-verify[.]example[.]net/secure/update.php (urls line 2) is flagged malicious by 7 of 13 engines');
  expect(sarifErrors(log)).toEqual([]);
  expect(await multitoolFindings(log)).toEqual([]);
});

test('archive members are located at their outer file and named in the message and logical location: the multitool finds nothing', { timeout: 180_000 }, async () => {
  const nestedDeep = memberAt('dist/app.zip', ['lib/vendor.jar', 'deep.zip'], 2048, 'it is nested deeper than archive-max-depth (2); not opened');
  const results = [...archiveResults('dist/app.zip'), judged(nestedDeep, 'unscanned', 'fail'), judged(memberAt('/opt/cache/outside.zip', ['x.so']), 'unknown', 'warn')];
  Object.assign(results.at(-1)!.artifact, { inWorkspace: false, absolutePath: '/opt/cache/outside.zip' });
  const log = buildSarif(results, { provider: 'virustotal', policy, helpUri: 'https://github.com/acme/gate' });
  const located = log.runs[0]!.results!.map((r) => [
    r.ruleId,
    r.level,
    r.locations![0]!.physicalLocation!.artifactLocation!.uri,
    r.locations![0]!.logicalLocations?.[0]?.fullyQualifiedName ?? null,
    (r.properties as { container?: string[] }).container ?? null,
  ]);
  expect(located).toEqual([
    ['artifact-reputation/malicious', 'error', 'dist/app.zip', 'dist/app.zip!/lib/vendor.jar!/native/libevil.so', ['dist/app.zip', 'lib/vendor.jar']],
    ['artifact-reputation/unscanned', 'error', 'dist/app.zip', 'dist/app.zip!/secret.dll', ['dist/app.zip']],
    ['artifact-reputation/unscanned', 'error', 'dist/app.zip', 'dist/app.zip!/lib/vendor.jar!/deep.zip', ['dist/app.zip', 'lib/vendor.jar']],
    // The archive's own verdict (unknown, a warning on its own); its failure is its members' results.
    ['artifact-reputation/unknown', 'warning', 'dist/app.zip', null, null],
    ['artifact-reputation/unknown', 'warning', 'opt/cache/outside.zip', '/opt/cache/outside.zip!/x.so', ['/opt/cache/outside.zip']],
  ]);
  const [evil, secret] = log.runs[0]!.results!;
  expect(evil!.message.text).toMatch(/^dist\/app\.zip!\/lib\/vendor\.jar!\/native\/libevil\.so \(SHA-256 [0-9a-f]{64}\) is flagged malicious by 3 of 70 engines/);
  expect(secret!.message.text).toMatch(/^dist\/app\.zip!\/secret\.dll \(SHA-256 not computed\) was not read: it is encrypted\. Failed: not scanned fully \(on-error=fail\)\./);
  // One alert per member, though they share the file.
  expect(new Set(log.runs[0]!.results!.map((r) => r.partialFingerprints!.primaryLocationLineHash)).size).toBe(5);
  expect(sarifErrors(log)).toEqual([]);
  expect(await multitoolFindings(log)).toEqual([]);
});

test('the multitool does find what GitHub rejects', { timeout: 180_000 }, async () => {
  const log = buildSarif([judged(artifact('dist/app.exe'), 'unknown', 'warn')], { provider: 'virustotal', policy, helpUri: 'https://github.com/acme/gate' }) as any;
  delete log.runs[0].tool.driver.rules[0].help;
  const findings = await multitoolFindings(log);
  expect(findings.map((f) => f.ruleId)).toContain('GH2012');
});
