import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { jsonReportText, REPORT_SCHEMA_VERSION, reportArtifact, reportHeader, type ReportContext } from '../../src/report/json-report.ts';
import { writeReportFile } from '../../src/report/write.ts';
import type { ArtifactResult, ArtifactStatus, Consequence, FileReport, Policy, ScanSummary } from '../../src/core/types.ts';
import { ACTION_NAME, ACTION_VERSION } from '../../src/core/version.ts';
import { sha256Of } from '../support/reports.ts';
import { defaultPolicy } from '../support/policy.ts';
import { judged } from '../support/results.ts';

/** The defaults of action.yml. */
const POLICY: Policy = defaultPolicy();
const NONE_IGNORED = defaultPolicy();

/** A report whose stats are all different, so that each sum names the categories it adds. */
function vendorReport(sha256: string): FileReport {
  return {
    sha256,
    stats: { malicious: 2, suspicious: 1, undetected: 60, harmless: 5, timeout: 3, failure: 1, typeUnsupported: 4 },
    engineCount: 76,
    detections: [
      { engine: 'Kaspersky', category: 'malicious', result: 'HEUR:Trojan.Win32.Generic', version: '22.0.1.28' },
      { engine: 'Jiangmin', category: 'malicious', result: 'Trojan.Agent', version: '16.0.100' },
      { engine: 'Cylance', category: 'suspicious', result: 'Unsafe', version: null },
    ],
    threatNames: ['Trojan.Agent'],
    suggestedThreatLabel: 'trojan.agent/generic',
    firstSeen: new Date('2024-07-29T04:22:49Z'),
    lastAnalysed: new Date('2026-09-01T08:00:00Z'),
  };
}

function result(displayPath: string, status: ArtifactStatus, consequence: Consequence, extra: Partial<ArtifactResult> = {}): ArtifactResult {
  return judged({ absolutePath: `/workspace/${displayPath}`, displayPath, inWorkspace: true, size: 4096 }, status, consequence, extra);
}

describe('schema version', () => {
  test('is 3, now that warn-malicious added the flagged status, decidedBy says which rule decided, members of archives carry their container chain, and URLs are checked too', () => {
    expect(REPORT_SCHEMA_VERSION).toBe(3);
  });
});

describe('reportArtifact', () => {
  test('an allowed malicious artifact, with an ignored engine and a stale report: every field', () => {
    const sha = sha256Of('dist/vendor.exe');
    const report = vendorReport(sha);
    const allowed = result('dist/vendor.exe', 'allowed', 'pass', {
      report,
      counted: { malicious: 1, suspicious: 1 },
      allowed: { reason: 'Signed by Vendor Inc., SEC-1234', otherwise: 'malicious' },
      staleDays: 75,
    });
    expect(reportArtifact(allowed, 'virustotal', defaultPolicy({ ignoreEngines: ['jiangmin'] }))).toEqual({
      path: 'dist/vendor.exe',
      container: null,
      size: 4096,
      hashKind: null,
      sha256: sha,
      status: 'allowed',
      consequence: 'pass',
      link: `https://www.virustotal.com/gui/file/${sha}`,
      allowedReason: 'Signed by Vendor Inc., SEC-1234',
      statusIfNotAllowed: 'malicious',
      decidedBy: { rule: 'allow', text: 'passed: allowed by allow (Signed by Vendor Inc., SEC-1234)' },
      stats: { malicious: 2, suspicious: 1, undetected: 60, harmless: 5, timeout: 3, failure: 1, typeUnsupported: 4 },
      engineCount: 76,
      // 2 malicious + 1 suspicious + 60 undetected + 5 harmless; not the 8 timeouts, failures and unsupported.
      analysedEngines: 68,
      counted: { malicious: 1, suspicious: 1 },
      contradiction: null,
      detections: [
        { engine: 'Kaspersky', category: 'malicious', result: 'HEUR:Trojan.Win32.Generic', version: '22.0.1.28', ignored: false },
        { engine: 'Jiangmin', category: 'malicious', result: 'Trojan.Agent', version: '16.0.100', ignored: true },
        { engine: 'Cylance', category: 'suspicious', result: 'Unsafe', version: null, ignored: false },
      ],
      threatNames: ['Trojan.Agent'],
      suggestedThreatLabel: 'trojan.agent/generic',
      firstSeen: '2024-07-29T04:22:49.000Z',
      lastAnalysed: '2026-09-01T08:00:00.000Z',
      staleDays: 75,
      cachedAt: null,
      unscanned: null,
      failingMembers: null,
      error: null,
      upload: null,
    });
  });

  test('the report is not changed: detections gain `ignored` in the copy only', () => {
    const report = vendorReport(sha256Of('a'));
    reportArtifact(result('a', 'clean', 'pass', { report }), 'virustotal', defaultPolicy({ ignoreEngines: ['jiangmin'] }));
    expect(report.detections.every((d) => !('ignored' in d))).toBe(true);
  });

  test.each([
    { engine: 'Jiangmin', ignoreEngines: ['jiangmin'], ignored: true },
    { engine: 'JIANGMIN', ignoreEngines: ['jiangmin'], ignored: true },
    { engine: 'Jiangmin', ignoreEngines: ['cylance', 'jiangmin'], ignored: true },
    { engine: 'Jiangmin', ignoreEngines: ['jiang'], ignored: false },
    { engine: 'Jiangmin', ignoreEngines: [], ignored: false },
  ])('detection of $engine with ignore-engines $ignoreEngines: ignored=$ignored', ({ engine, ignoreEngines, ignored }) => {
    const report = { ...vendorReport(sha256Of('a')), detections: [{ engine, category: 'malicious', result: 'X', version: null }] };
    const entry = reportArtifact(result('a', 'clean', 'pass', { report }), 'virustotal', defaultPolicy({ ignoreEngines }));
    expect(entry.detections).toEqual([{ engine, category: 'malicious', result: 'X', version: null, ignored }]);
  });

  test('an unknown artifact: no report, nothing counted, not allowed, not stale', () => {
    const unknown = result('dist/new.bin', 'unknown', 'warn');
    expect(reportArtifact(unknown, 'virustotal', NONE_IGNORED)).toMatchObject({
      status: 'unknown',
      consequence: 'warn',
      allowedReason: null,
      statusIfNotAllowed: null,
      stats: null,
      engineCount: null,
      analysedEngines: null,
      counted: null,
      detections: [],
      threatNames: [],
      suggestedThreatLabel: null,
      firstSeen: null,
      lastAnalysed: null,
      staleDays: null,
      error: null,
    });
  });

  test('an allowed artifact whose lookup failed: its reason, "error" otherwise, and the error', () => {
    const failed = result('dist/vendor.exe', 'allowed', 'pass', {
      error: { kind: 'transient', message: 'the service answered 503 three times', status: 503 },
      allowed: { reason: 'ours', otherwise: 'error' },
    });
    expect(reportArtifact(failed, 'virustotal', NONE_IGNORED)).toMatchObject({
      status: 'allowed',
      consequence: 'pass',
      allowedReason: 'ours',
      statusIfNotAllowed: 'error',
      stats: null,
      analysedEngines: null,
      counted: null,
      error: { kind: 'transient', message: 'the service answered 503 three times', httpStatus: 503 },
    });
  });

  test.each([
    { label: 'a fresh upload, 0/0', stats: {}, engineCount: 0, analysedEngines: 0 },
    { label: 'only timeouts and unsupported types', stats: { timeout: 7, typeUnsupported: 12 }, engineCount: 19, analysedEngines: 0 },
    { label: 'a few harmless and undetected', stats: { harmless: 2, undetected: 3, failure: 1 }, engineCount: 6, analysedEngines: 5 },
  ])('an unanalysed report, $label: engineCount $engineCount, analysedEngines $analysedEngines', ({ stats, engineCount, analysedEngines }) => {
    const report: FileReport = {
      ...vendorReport(sha256Of('n')),
      stats: { malicious: 0, suspicious: 0, undetected: 0, harmless: 0, timeout: 0, failure: 0, typeUnsupported: 0, ...stats },
      engineCount,
      detections: [],
    };
    const entry = reportArtifact(result('n', 'unanalysed', 'warn', { report }), 'virustotal', NONE_IGNORED);
    expect(entry).toMatchObject({ status: 'unanalysed', engineCount, analysedEngines, counted: { malicious: 0, suspicious: 0 }, detections: [] });
  });

  test('an answer reused from the verdict cache says when it was fetched', () => {
    const cachedAt = new Date('2026-11-15T06:00:00Z');
    expect(reportArtifact(result('a', 'unknown', 'warn', { cachedAt }), 'virustotal', NONE_IGNORED).cachedAt).toBe('2026-11-15T06:00:00.000Z');
  });

  test('reversinglabs: no link', () => {
    expect(reportArtifact(result('a', 'unknown', 'warn'), 'reversinglabs', NONE_IGNORED).link).toBeNull();
  });
});

describe('reportHeader', () => {
  test('schema version 3, the whole policy and every count', () => {
    const policy: Policy = { ...POLICY, maxSuspicious: 3, minEngines: 5, maxReportAgeDays: 30, ignoreEngines: ['jiangmin'], allow: { [sha256Of('v')]: 'ours' } };
    const counts = { scanned: 2, uniqueHashes: 2, stale: 1, uploaded: 0, malicious: 0, suspicious: 0, error: 0, unscanned: 0, flagged: 0, unanalysed: 0, pending: 0, unknown: 0, allowed: 1, clean: 1 };
    const scan: ScanSummary = { result: 'pass', results: [], counts, failureMessage: '', expiredAllows: [] };
    const context: ReportContext = { provider: 'virustotal', apiUrl: 'https://www.virustotal.com/api/v3', policy, generatedAt: new Date('2026-11-15T12:00:00Z') };
    expect(reportHeader(scan, context)).toEqual({
      schema: `${ACTION_NAME}/report`,
      schemaVersion: 3,
      tool: { name: ACTION_NAME, version: ACTION_VERSION },
      generatedAt: '2026-11-15T12:00:00.000Z',
      provider: 'virustotal',
      apiUrl: 'https://www.virustotal.com/api/v3',
      policy: {
        maxMalicious: 0,
        maxSuspicious: 3,
        minEngines: 5,
        maxReportAgeDays: 30,
        ignoreEngines: ['jiangmin'],
        allow: { [sha256Of('v')]: 'ours' },
        allowEntries: {},
        failEngines: [],
        warnMalicious: null,
        maxMaliciousPercent: null,
        onUnknown: 'warn',
        onError: 'fail',
        ifNoFilesFound: 'warn',
      },
      result: 'pass',
      failureMessage: '',
      counts,
      expiredAllows: [],
      cache: null,
      urlCounts: { checked: 0, malicious: 0, suspicious: 0, error: 0, unscanned: 0, flagged: 0, unanalysed: 0, unknown: 0, allowed: 0, clean: 0 },
    });
  });

  test('says what the verdict cache reused, and how old the oldest reuse is', () => {
    const counts = { scanned: 1, uniqueHashes: 1, stale: 0, uploaded: 0, malicious: 0, suspicious: 0, flagged: 0, error: 0, unscanned: 0, unanalysed: 0, pending: 0, unknown: 0, allowed: 0, clean: 1 };
    const scan: ScanSummary = { result: 'pass', results: [], counts, failureMessage: '', expiredAllows: [] };
    const cache = { reused: 114, lookedUp: 6, oldestFetchedAt: new Date('2026-11-15T06:00:00Z'), problems: ['The verdict cache could not be saved (x).'] };
    const context: ReportContext = { provider: 'virustotal', apiUrl: 'https://www.virustotal.com/api/v3', policy: POLICY, generatedAt: new Date('2026-11-15T12:00:00Z'), cache };
    expect(reportHeader(scan, context).cache).toEqual({
      reused: 114,
      lookedUp: 6,
      urls: null,
      oldestFetchedAt: '2026-11-15T06:00:00.000Z',
      oldestAgeSeconds: 21_600,
      problems: ['The verdict cache could not be saved (x).'],
    });
  });
});

describe('jsonReportText, written by writeReportFile', () => {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'gate-report-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  test('the file is the header and every artifact, judged under the policy’s ignored engines', async () => {
    const sha = sha256Of('dist/vendor.exe');
    const results = [
      result('dist/vendor.exe', 'allowed', 'pass', {
        report: vendorReport(sha),
        counted: { malicious: 1, suspicious: 1 },
        allowed: { reason: 'ours', otherwise: 'malicious' },
        staleDays: 75,
      }),
      result('dist/new.bin', 'unknown', 'warn'),
    ];
    const policy: Policy = { ...POLICY, ignoreEngines: ['jiangmin'], maxReportAgeDays: 30, allow: { [sha]: 'ours' } };
    const counts = { scanned: 2, uniqueHashes: 2, stale: 1, uploaded: 0, malicious: 0, suspicious: 0, error: 0, unscanned: 0, flagged: 0, unanalysed: 0, pending: 0, unknown: 1, allowed: 1, clean: 0 };
    const scan: ScanSummary = { result: 'pass', results, counts, failureMessage: '', expiredAllows: [] };
    const context: ReportContext = { provider: 'virustotal', apiUrl: 'https://www.virustotal.com/api/v3', policy, generatedAt: new Date('2026-11-15T12:00:00Z') };
    const file = path.join(directory, 'report.json');

    await writeReportFile(file, jsonReportText(scan, context));
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written).toEqual({
      ...reportHeader(scan, context),
      artifacts: results.map((r) => JSON.parse(JSON.stringify(reportArtifact(r, 'virustotal', policy)))),
      urls: [],
    });
    expect(written.schemaVersion).toBe(3);
    expect(written.artifacts[0].detections.map((d: { ignored: boolean }) => d.ignored)).toEqual([false, true, false]);
    expect(written.artifacts[0]).toMatchObject({ allowedReason: 'ours', statusIfNotAllowed: 'malicious', staleDays: 75, analysedEngines: 68 });
  });
});
