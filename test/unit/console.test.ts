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
    const lines = [...describeResults(scanOf(results), POLICY, 'virustotal')!.lines].map((line) => line.split(/\s+/)[1]);
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

    const lines = [...describeResults(scanOf([suspicious, unanalysed]), { ...POLICY, maxSuspicious: 1 }, 'virustotal')!.lines];

    expect(lines[0]).toBe('suspicious dist/s.msi 2/69 suspicious, +1 ignored — failed: 2 of 69 engines say suspicious, more than max-suspicious=1');
    expect(lines[1]).toBe('unanalysed dist/u.dmg 3 verdicts, min-engines=20 — warning: verdicts from only 3 engines, fewer than min-engines=20 (on-unknown=warn)');
  });

  test('a flagged and a pending artifact: both in the heading, the upload after the detections and before the deciding rule', () => {
    const warnedPath = 'dist/helper.exe';
    const warned = judged(artifactAt(warnedPath), 'flagged', 'warn', { report: fileReportOf(sha256Of(warnedPath), { Avast: 'Win32:Agent' }, { engineCount: 70 }) });
    const uploaded = judged(artifactAt('dist/fresh.bin'), 'pending', 'warn', { submission: { state: 'pending', analysisId: 'an-1', reason: 'not complete after 10 minutes' } });
    const policy = { ...POLICY, minEngines: 1, maxMalicious: 2, warnMalicious: 0 };

    const described = describeResults(scanOf([unknownResult('dist/new.bin'), uploaded, warned]), policy, 'virustotal')!;

    expect(described.title).toBe('Results: 0 malicious, 0 suspicious, 1 flagged, 1 unknown, 1 pending, 0 errors, 0 allowed, 0 clean');
    expect([...described.lines]).toEqual([
      'flagged    dist/helper.exe 1/70 malicious — warning: 1 of 70 engines says malicious, more than warn-malicious=0 and not more than max-malicious=2',
      'pending    dist/fresh.bin (uploaded, analysis an-1 not complete: not complete after 10 minutes) — warning: uploaded, not yet analysed by VirusTotal (on-unknown=warn)',
      'unknown    dist/new.bin — warning: unknown to VirusTotal (on-unknown=warn)',
    ]);
  });
  test('each line is rendered when it is read: 100,000 artifacts never make 100,000 lines at once', () => {
    const read = new Set<string>();
    const results = ['dist/a.bin', 'dist/b.bin', 'dist/c.bin'].map((displayPath) => {
      const result = unknownResult(displayPath);
      const artifact = { ...result.artifact };
      Object.defineProperty(artifact, 'displayPath', { get: () => (read.add(displayPath), displayPath) });
      return { ...result, artifact };
    });
    const lines = describeResults(scanOf(results), POLICY, 'virustotal')!.lines[Symbol.iterator]();
    expect(read.size).toBe(0);

    expect(lines.next().value).toMatch(/^unknown +dist\/a\.bin /);
    expect([...read]).toEqual(['dist/a.bin']);
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
    expect([...describeResults(scanOf([result]), POLICY, 'virustotal')!.lines][0]).toContain(contradiction);
  });

  test('the job summary', () => {
    expect(renderSummary(scanOf([result], 'x'), { provider: 'virustotal', policy: POLICY, reportPath: null })).toContain('contradicts itself');
  });

  test('SARIF', () => {
    const log = buildSarif([result], { provider: 'virustotal', policy: POLICY, helpUri: 'https://example.test' });
    expect(log.runs[0]!.results![0]!.message.text).toContain(contradiction);
  });
});

describe('an upload in this run shows with its analysis link in the summary and in SARIF', () => {
  const pendingPath = 'dist/fresh.bin';
  const pending: ArtifactResult = {
    ...unknownResult(pendingPath),
    status: 'pending',
    submission: { state: 'pending', analysisId: 'YW5hbHlzaXM=', reason: 'not complete within 10 min' },
  };
  const analysedPath = 'dist/new.exe';
  const analysed: ArtifactResult = { ...flagged(analysedPath, 2), submission: { state: 'analysed', analysisId: 'ZG9uZQ==', reason: null } };
  const analysis = (id: string) => `https://www.virustotal.com/gui/file-analysis/${encodeURIComponent(id)}`;

  test('the job summary: a note under the row and in the details, linked', () => {
    const markdown = renderSummary(scanOf([analysed, pending], 'x'), { provider: 'virustotal', policy: POLICY, reportPath: null });
    expect(markdown).toContain(`🕓 Uploaded; the analysis is not complete: <a href="${analysis('YW5hbHlzaXM=')}">analysis</a>.`);
    expect(markdown).toContain(`🕓 Analysed now (uploaded in this run): <a href="${analysis('ZG9uZQ==')}">analysis</a>.`);
  });

  test('SARIF: the pending and the freshly analysed result name their analysis', () => {
    const log = buildSarif([analysed, pending], { provider: 'virustotal', policy: { ...POLICY, onUnknown: 'warn' }, helpUri: 'https://example.test' });
    const messages = log.runs[0]!.results!.map((r) => r.message.text ?? '');
    expect(messages.find((m) => m.startsWith(pendingPath))).toContain(`Uploaded; the analysis is not complete. Analysis: ${analysis('YW5hbHlzaXM=')}`);
    expect(messages.find((m) => m.startsWith(analysedPath))).toContain(`Analysed now (uploaded in this run). Analysis: ${analysis('ZG9uZQ==')}`);
  });
});
