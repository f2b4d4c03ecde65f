import { describe, expect, test } from 'vitest';
import type { ArtifactResult } from '../../src/core/types.ts';
import { describeResults } from '../../src/report/console.ts';
import { buildSarif } from '../../src/report/sarif.ts';
import { renderSummary } from '../../src/report/summary.ts';
import { defaultPolicy } from '../support/policy.ts';
import { artifactAt, cleanResult, engines, fileReportOf, flaggedResult, judged, scanOf, unknownResult } from '../support/results.ts';
import { sha256Of } from '../support/reports.ts';

const POLICY = defaultPolicy({ ignoreEngines: ['jiangmin'], minEngines: 20 });

/** A malicious artifact with `count` counted detections. */
function flagged(path: string, count: number): ArtifactResult {
  const result = flaggedResult(path, engines(count));
  return { ...result, counted: { malicious: count, suspicious: 0 } };
}

describe('describeResults: the log lines', () => {
  test('worst first, the most detected first, whatever the listing order', () => {
    const results = [cleanResult('dist/a.js'), flagged('dist/one.exe', 1), unknownResult('dist/new.bin'), flagged('dist/three.exe', 3)];
    const lines = describeResults(scanOf(results), POLICY)!.lines.map((line) => line.split(/\s+/)[1]);
    expect(lines).toEqual(['dist/three.exe', 'dist/one.exe', 'dist/new.bin', 'dist/a.js']);
  });

  test('a suspicious or unanalysed artifact never reads as 0/N, and ignored engines are counted apart', () => {
    const suspiciousPath = 'dist/s.msi';
    const suspicious = judged(artifactAt(suspiciousPath), 'suspicious', 'fail', {
      report: fileReportOf(sha256Of(suspiciousPath), { Jiangmin: 'Trojan.Agent' }, { engineCount: 69, suspicious: { A: 'Heur', B: 'Heur' } }),
      counted: { malicious: 0, suspicious: 2 },
    });
    const unanalysedPath = 'dist/u.dmg';
    const unanalysed = judged(artifactAt(unanalysedPath), 'unanalysed', 'warn', { report: fileReportOf(sha256Of(unanalysedPath), {}, { engineCount: 3 }), counted: { malicious: 0, suspicious: 0 } });

    const lines = describeResults(scanOf([suspicious, unanalysed]), POLICY)!.lines;

    expect(lines[0]).toBe('suspicious dist/s.msi 2/69 suspicious, +1 ignored');
    expect(lines[1]).toBe('unanalysed dist/u.dmg 3 verdicts, min-engines=20');
  });
});

describe('a report that contradicts itself says so in every report', () => {
  const path = 'dist/odd.exe';
  const contradiction = 'The report contradicts itself: last_analysis_stats.malicious says 0, but 2 engines in last_analysis_results say malicious. The engines are counted.';
  const result = judged(artifactAt(path), 'malicious', 'fail', {
    report: { ...fileReportOf(sha256Of(path), { A: 'Trojan.A', B: 'Trojan.B' }), contradiction },
    counted: { malicious: 2, suspicious: 0 },
  });

  test('the log', () => {
    expect(describeResults(scanOf([result]), POLICY)!.lines[0]).toContain(contradiction);
  });

  test('the job summary', () => {
    expect(renderSummary(scanOf([result], 'x'), { provider: 'virustotal', policy: POLICY, reportPath: null })).toContain('contradicts itself');
  });

  test('SARIF', () => {
    const log = buildSarif([result], { provider: 'virustotal', policy: POLICY, helpUri: 'https://example.test' });
    expect(log.runs[0]!.results![0]!.message.text).toContain(contradiction);
  });
});
