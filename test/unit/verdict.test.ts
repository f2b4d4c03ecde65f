import { describe, expect, test } from 'vitest';
import type { ScannedArtifact } from '../../src/core/scan.ts';
import type { AnalysisStats, Artifact, ArtifactStatus, EngineDetection, FileReport, LookupErrorKind, Policy } from '../../src/core/types.ts';
import { judge as judgeScan, judgeArtifact, STATUS_ORDER } from '../../src/core/verdict.ts';
import { explain, NO_FILES_MESSAGE } from '../../src/report/failure.ts';
import { sha256Of } from '../support/reports.ts';
import { defaultPolicy } from '../support/policy.ts';

/** The moment every verdict here is judged at, so report ages do not depend on the clock. */
const NOW = new Date('2026-11-15T12:00:00Z');
const DAY_MS = 86_400_000;

/** The defaults of action.yml, but for what a test overrides. */
const policy = defaultPolicy;

/** Judging (core) and its failure line (report) together, as the front doors use them. */
function summarize(scanned: readonly ScannedArtifact[], policy: Policy, providerName: string, now = new Date()) {
  return explain(judgeScan(scanned, policy, now), policy, providerName);
}

/** Every status at 0, plus the other counts: what summarize counts for nothing. */
const NO_COUNTS = { scanned: 0, uniqueHashes: 0, stale: 0, uploaded: 0, malicious: 0, suspicious: 0, error: 0, unscanned: 0, flagged: 0, unanalysed: 0, pending: 0, unknown: 0, allowed: 0, clean: 0 };

function artifact(displayPath: string): Artifact {
  return { absolutePath: `/workspace/${displayPath}`, displayPath, inWorkspace: true, size: 1000 };
}

function report(sha256: string, malicious: number, engineCount: number): FileReport {
  return {
    sha256,
    stats: { malicious, suspicious: 0, undetected: engineCount - malicious, harmless: 0, timeout: 0, failure: 0, typeUnsupported: 0 },
    engineCount,
    detections: [],
    threatNames: [],
    suggestedThreatLabel: null,
    firstSeen: null,
    lastAnalysed: null,
  };
}

/** A file the service knows, with `malicious` of `engines` engines saying malicious. `content` picks its hash. */
function found(path: string, malicious: number, engines = 70, content = path): ScannedArtifact {
  const sha256 = sha256Of(content);
  return { artifact: artifact(path), sha256, outcome: { kind: 'found', report: report(sha256, malicious, engines) } };
}

function unknown(path: string): ScannedArtifact {
  return { artifact: artifact(path), sha256: sha256Of(path), outcome: { kind: 'unknown' } };
}

function failed(path: string, kind: LookupErrorKind = 'transient', message = `lookup of ${path} failed`): ScannedArtifact {
  return { artifact: artifact(path), sha256: kind === 'file' ? null : sha256Of(path), outcome: { kind: 'error', error: { kind, message } } };
}

function clean(count: number, prefix = 'dist/clean'): ScannedArtifact[] {
  return Array.from({ length: count }, (_, i) => found(`${prefix}-${i}.js`, 0));
}

/** An engine's verdict, as the parser keeps it. */
function detection(engine: string, category = 'malicious', result: string | null = 'Trojan.Generic'): EngineDetection {
  return { engine, category, result, version: '1.0' };
}

interface ReportSpec {
  /** Stats categories; those not given are 0. engineCount is their sum, as the parser makes it. */
  stats?: Partial<AnalysisStats>;
  detections?: EngineDetection[];
  lastAnalysed?: Date | null;
  /** Picks the hash; the path by default. */
  content?: string;
}

/** A file the service knows, down to its stats and engines. */
function foundWith(path: string, { stats = {}, detections = [], lastAnalysed = null, content = path }: ReportSpec = {}): ScannedArtifact {
  const sha256 = sha256Of(content);
  const full: AnalysisStats = { malicious: 0, suspicious: 0, undetected: 0, harmless: 0, timeout: 0, failure: 0, typeUnsupported: 0, ...stats };
  const engineCount = Object.values(full).reduce((sum, n) => sum + n, 0);
  const report: FileReport = { sha256, stats: full, engineCount, detections, threatNames: [], suggestedThreatLabel: null, firstSeen: null, lastAnalysed };
  return { artifact: artifact(path), sha256, outcome: { kind: 'found', report } };
}

/** A fresh upload: the service has the file but no engine has finished, 0/0. */
function fresh(path: string): ScannedArtifact {
  return foundWith(path, { stats: {} });
}

/** `days` whole days (and `hours` more) before NOW. */
function daysAgo(days: number, hours = 0): Date {
  return new Date(NOW.getTime() - days * DAY_MS - hours * 3_600_000);
}

const judge = (scanned: ScannedArtifact, overrides: Partial<Policy> = {}) => judgeArtifact(scanned, policy(overrides), NOW);
const allowing = (path: string, reason = 'signed vendor installer, SEC-1234'): Record<string, string> => ({ [sha256Of(path)]: reason });

describe('judgeArtifact', () => {
  test.each([
    { maxMalicious: 0, malicious: 0, status: 'clean', consequence: 'pass' },
    { maxMalicious: 0, malicious: 1, status: 'malicious', consequence: 'fail' },
    { maxMalicious: 3, malicious: 2, status: 'clean', consequence: 'pass' },
    { maxMalicious: 3, malicious: 3, status: 'clean', consequence: 'pass' },
    { maxMalicious: 3, malicious: 4, status: 'malicious', consequence: 'fail' },
    { maxMalicious: 53, malicious: 54, status: 'malicious', consequence: 'fail' },
    { maxMalicious: 54, malicious: 54, status: 'clean', consequence: 'pass' },
  ])('max-malicious=$maxMalicious, $malicious malicious: $status, $consequence', ({ maxMalicious, malicious, status, consequence }) => {
    const scanned = found('dist/app.exe', malicious, 79);
    const result = judgeArtifact(scanned, policy({ maxMalicious }), NOW);
    expect(result).toEqual({
      artifact: scanned.artifact,
      sha256: scanned.sha256,
      status,
      consequence,
      report: scanned.outcome.kind === 'found' ? scanned.outcome.report : null,
      error: null,
      counted: { malicious, suspicious: 0 },
      allowed: null,
      decidedBy: { rule: status === 'clean' ? 'within-thresholds' : 'max-malicious' },
      staleDays: null,
    });
  });

  test.each(['pass', 'warn', 'fail'] as const)('unknown under on-unknown=%s', (onUnknown) => {
    const scanned = unknown('dist/new.bin');
    expect(judgeArtifact(scanned, policy({ onUnknown, onError: onUnknown === 'fail' ? 'warn' : 'fail' }), NOW)).toEqual({
      artifact: scanned.artifact,
      sha256: scanned.sha256,
      status: 'unknown',
      consequence: onUnknown,
      report: null,
      error: null,
      counted: null,
      allowed: null,
      decidedBy: { rule: 'on-unknown' },
      staleDays: null,
    });
  });

  const errorCases = (['transient', 'quota', 'protocol', 'file'] as const).flatMap((kind) => (['fail', 'warn'] as const).map((onError) => ({ kind, onError })));
  test.each(errorCases)('$kind error under on-error=$onError: $onError', ({ kind, onError }) => {
    const scanned = failed('dist/app.exe', kind, 'the service timed out');
    const result = judgeArtifact(scanned, policy({ onError, onUnknown: onError === 'fail' ? 'warn' : 'fail' }), NOW);
    expect(result.status).toBe('error');
    expect(result.consequence).toBe(onError);
    expect(result.error).toEqual({ kind, message: 'the service timed out' });
    expect(result.report).toBeNull();
    expect(result.sha256).toBe(scanned.sha256);
  });

  test.each(['fail', 'warn'] as const)('an auth error fails even under on-error=%s', (onError) => {
    const result = judgeArtifact(failed('dist/app.exe', 'auth', 'Wrong API key'), policy({ onError }), NOW);
    expect(result.status).toBe('error');
    expect(result.consequence).toBe('fail');
  });
});

describe('summarize: no files', () => {
  test.each([
    { ifNoFilesFound: 'error', result: 'fail', failureMessage: NO_FILES_MESSAGE },
    { ifNoFilesFound: 'warn', result: 'pass', failureMessage: '' },
    { ifNoFilesFound: 'ignore', result: 'pass', failureMessage: '' },
  ] as const)('if-no-files-found=$ifNoFilesFound: $result', ({ ifNoFilesFound, result, failureMessage }) => {
    const summary = summarize([], policy({ ifNoFilesFound }), 'VirusTotal');
    expect(summary).toEqual({
      result,
      results: [],
      counts: NO_COUNTS,
      failureMessage,
      expiredAllows: [],
    });
  });

  test('the no-files message names the input and its value', () => {
    expect(NO_FILES_MESSAGE).toBe('No files were found with the provided patterns (if-no-files-found=error).');
  });

  test('if-no-files-found does not matter once there are files', () => {
    expect(summarize(clean(1), policy({ ifNoFilesFound: 'error' }), 'VirusTotal').result).toBe('pass');
  });
});

describe('summarize: counts', () => {
  test('each status is counted, results keep the input order', () => {
    const scanned = [found('a.exe', 5), unknown('b.bin'), found('c.js', 0), failed('d.dll', 'quota'), found('e.js', 0), unknown('f.bin'), found('g.exe', 1), failed('h.sys', 'file')];
    const summary = summarize(scanned, policy({ onUnknown: 'warn', onError: 'warn' }), 'VirusTotal');
    expect(summary.counts).toEqual({ ...NO_COUNTS, scanned: 8, uniqueHashes: 7, malicious: 2, unknown: 2, error: 2, clean: 2 });
    expect(summary.results.map((r) => r.artifact.displayPath)).toEqual(['a.exe', 'b.bin', 'c.js', 'd.dll', 'e.js', 'f.bin', 'g.exe', 'h.sys']);
    expect(summary.results.map((r) => r.status)).toEqual(['malicious', 'unknown', 'clean', 'error', 'clean', 'unknown', 'malicious', 'error']);
  });

  test('artifacts decided by the same rule share one frozen decision: 100,000 unknown files do not make 100,000 copies', () => {
    const { results } = summarize([unknown('a.bin'), unknown('b.bin'), found('c.js', 0), found('d.js', 0)], policy(), 'VirusTotal');
    expect(results.map((r) => r.decidedBy)).toEqual([{ rule: 'on-unknown' }, { rule: 'on-unknown' }, { rule: 'within-thresholds' }, { rule: 'within-thresholds' }]);
    expect(results[0]!.decidedBy).toBe(results[1]!.decidedBy);
    expect(results[2]!.decidedBy).toBe(results[3]!.decidedBy);
    expect(Object.isFrozen(results[0]!.decidedBy)).toBe(true);
  });

  test.each([
    { label: 'all different', contents: ['1', '2', '3', '4'], unique: 4 },
    { label: 'two copies of one file', contents: ['1', '1', '2', '3'], unique: 3 },
    { label: 'all the same file', contents: ['x', 'x', 'x', 'x'], unique: 1 },
  ])('uniqueHashes: $label', ({ contents, unique }) => {
    const scanned = contents.map((content, i) => found(`dist/file-${i}`, 0, 70, content));
    const summary = summarize(scanned, policy(), 'VirusTotal');
    expect(summary.counts.scanned).toBe(4);
    expect(summary.counts.uniqueHashes).toBe(unique);
  });

  test('uniqueHashes leaves out artifacts that could not be hashed', () => {
    const summary = summarize([failed('a', 'file'), failed('b', 'file'), found('c', 0)], policy({ onError: 'warn' }), 'VirusTotal');
    expect(summary.counts.scanned).toBe(3);
    expect(summary.counts.uniqueHashes).toBe(1);
  });
});

describe('summarize: result and failure line', () => {
  test('the documented malicious line', () => {
    const scanned = [found('dist/a.exe', 54, 79), found('dist/b.dll', 3, 72), ...clean(12)];
    const summary = summarize(scanned, policy({ maxMalicious: 0 }), 'VirusTotal');
    expect(summary.result).toBe('fail');
    expect(summary.failureMessage).toBe('2 of 14 artifacts exceed max-malicious=0: dist/a.exe (54/79), dist/b.dll (3/72)');
  });

  test('one artifact: singular words', () => {
    const summary = summarize([found('dist/a.exe', 3, 70)], policy({ maxMalicious: 2 }), 'VirusTotal');
    expect(summary.failureMessage).toBe('1 of 1 artifact exceeds max-malicious=2: dist/a.exe (3/70)');
  });

  test('artifacts at the threshold are not listed', () => {
    const summary = summarize([found('a', 2), found('b', 3), found('c', 1)], policy({ maxMalicious: 2 }), 'VirusTotal');
    expect(summary.failureMessage).toBe('1 of 3 artifacts exceeds max-malicious=2: b (3/70)');
    expect(summary.counts).toMatchObject({ malicious: 1, clean: 2 });
  });

  test.each([
    { count: 5, more: '' },
    { count: 6, more: ' and 1 more' },
    { count: 12, more: ' and 7 more' },
  ])('$count malicious: the five most detected first, then "and N more"', ({ count, more }) => {
    const scanned = Array.from({ length: count }, (_, i) => found(`m${i}.exe`, i + 1));
    const summary = summarize(scanned, policy(), 'VirusTotal');
    const names = Array.from({ length: 5 }, (_, i) => `m${count - 1 - i}.exe (${count - i}/70)`).join(', ');
    expect(summary.failureMessage).toBe(`${count} of ${count} artifacts exceed max-malicious=0: ${names}${more}`);
    for (let i = 0; i < count - 5; i++) expect(summary.failureMessage).not.toContain(`m${i}.exe`);
  });

  test('unknown artifacts fail under on-unknown=fail, naming the provider', () => {
    const summary = summarize([unknown('a.bin'), found('b.js', 0), unknown('c.bin')], policy({ onUnknown: 'fail' }), 'ReversingLabs');
    expect(summary.result).toBe('fail');
    expect(summary.failureMessage).toBe('2 of 3 artifacts are unknown to ReversingLabs (on-unknown=fail): a.bin, c.bin');
  });

  test('one unknown artifact: "is unknown"', () => {
    const summary = summarize([unknown('a.bin'), found('b.js', 0)], policy({ onUnknown: 'fail' }), 'VirusTotal');
    expect(summary.failureMessage).toBe('1 of 2 artifacts is unknown to VirusTotal (on-unknown=fail): a.bin');
  });

  test('errors fail under on-error=fail', () => {
    const scanned = [failed('a.exe', 'transient'), found('b.js', 0), failed('c.exe', 'protocol'), ...clean(3)];
    const summary = summarize(scanned, policy({ onError: 'fail' }), 'VirusTotal');
    expect(summary.failureMessage).toBe('2 of 6 artifacts could not be checked (on-error=fail): a.exe, c.exe');
  });

  test('an auth error is the error line, said once, whatever on-error says', () => {
    const message = 'VirusTotal refused the API key (401 WrongCredentialsError).';
    const scanned = [failed('a.exe', 'auth', message), failed('b.exe', 'auth', message), failed('c.exe', 'auth', message)];
    for (const onError of ['fail', 'warn'] as const) {
      const summary = summarize(scanned, policy({ onError }), 'VirusTotal');
      expect(summary.result).toBe('fail');
      expect(summary.failureMessage).toBe(message);
    }
  });

  test('under warn policies, unknowns and errors do not fail the gate', () => {
    const scanned = [unknown('a'), failed('b', 'transient'), failed('c', 'file'), found('d', 0)];
    const summary = summarize(scanned, policy({ onUnknown: 'warn', onError: 'warn' }), 'VirusTotal');
    expect(summary.result).toBe('pass');
    expect(summary.failureMessage).toBe('');
    expect(summary.results.map((r) => r.consequence)).toEqual(['warn', 'warn', 'warn', 'pass']);
  });

  test('on-unknown=pass: unknown artifacts pass silently', () => {
    const summary = summarize([unknown('a'), unknown('b')], policy({ onUnknown: 'pass' }), 'VirusTotal');
    expect(summary.result).toBe('pass');
    expect(summary.results.map((r) => r.consequence)).toEqual(['pass', 'pass']);
    expect(summary.counts.unknown).toBe(2);
  });

  test('every reason, malicious first, joined by "; "', () => {
    const scanned = [unknown('u.bin'), failed('e.exe', 'transient'), found('m.exe', 9, 80)];
    const summary = summarize(scanned, policy({ onUnknown: 'fail', onError: 'fail' }), 'VirusTotal');
    expect(summary.failureMessage).toBe(
      '1 of 3 artifacts exceeds max-malicious=0: m.exe (9/80); ' +
        '1 of 3 artifacts is unknown to VirusTotal (on-unknown=fail): u.bin; ' +
        '1 of 3 artifacts could not be checked (on-error=fail): e.exe',
    );
  });

  test('all clean: pass with no failure line', () => {
    const summary = summarize(clean(20), policy(), 'VirusTotal');
    expect(summary.result).toBe('pass');
    expect(summary.failureMessage).toBe('');
    expect(summary.counts).toEqual({ ...NO_COUNTS, scanned: 20, uniqueHashes: 20, clean: 20 });
  });
});

describe('allow', () => {
  test('an allowed artifact that is also malicious: allowed, passes, and keeps what the service said', () => {
    const scanned = foundWith('dist/vendor.exe', { stats: { malicious: 3, undetected: 67 }, detections: [detection('Avast'), detection('Kaspersky'), detection('Jiangmin')] });
    const result = judge(scanned, { allow: allowing('dist/vendor.exe') });
    expect(result).toEqual({
      artifact: scanned.artifact,
      sha256: scanned.sha256,
      status: 'allowed',
      consequence: 'pass',
      report: scanned.outcome.kind === 'found' ? scanned.outcome.report : null,
      error: null,
      counted: { malicious: 3, suspicious: 0 },
      allowed: { reason: 'signed vendor installer, SEC-1234', otherwise: 'malicious' },
      decidedBy: { rule: 'allow' },
      staleDays: null,
    });
  });

  test('the job passes: no failure line, counted as allowed and not as malicious', () => {
    const scanned = [foundWith('dist/vendor.exe', { stats: { malicious: 40, undetected: 30 } }), found('dist/app.js', 0)];
    const summary = summarize(scanned, policy({ allow: allowing('dist/vendor.exe') }), 'VirusTotal', NOW);
    expect(summary.result).toBe('pass');
    expect(summary.failureMessage).toBe('');
    expect(summary.counts).toEqual({ ...NO_COUNTS, scanned: 2, uniqueHashes: 2, allowed: 1, clean: 1 });
  });

  test('only the allowed hash passes: the same detections on another file still fail', () => {
    const scanned = [foundWith('dist/vendor.exe', { stats: { malicious: 2, undetected: 68 } }), foundWith('dist/other.exe', { stats: { malicious: 2, undetected: 68 } })];
    const summary = summarize(scanned, policy({ allow: allowing('dist/vendor.exe') }), 'VirusTotal', NOW);
    expect(summary.results.map((r) => r.status)).toEqual(['allowed', 'malicious']);
    expect(summary.result).toBe('fail');
    expect(summary.failureMessage).toBe('1 of 2 artifacts exceeds max-malicious=0: dist/other.exe (2/70)');
  });

  test('allowed by content: every copy of the file, whatever its name', () => {
    const stats = { malicious: 5, undetected: 65 };
    const scanned = [foundWith('dist/a.exe', { stats, content: 'vendor build' }), foundWith('pkg/b.exe', { stats, content: 'vendor build' })];
    const summary = summarize(scanned, policy({ allow: allowing('vendor build', 'vendor') }), 'VirusTotal', NOW);
    expect(summary.results.map((r) => [r.status, r.allowed?.reason])).toEqual([
      ['allowed', 'vendor'],
      ['allowed', 'vendor'],
    ]);
    expect(summary.counts).toMatchObject({ scanned: 2, uniqueHashes: 1, allowed: 2, malicious: 0 });
  });

  // Each case's artifact, judged without the allow list, has `otherwise` as its status; allowed, it passes.
  test.each([
    { otherwise: 'malicious', scanned: found('dist/x.exe', 1), overrides: {}, consequence: 'fail' },
    { otherwise: 'suspicious', scanned: foundWith('dist/x.exe', { stats: { suspicious: 1, undetected: 69 } }), overrides: { maxSuspicious: 0 }, consequence: 'fail' },
    { otherwise: 'unanalysed', scanned: fresh('dist/x.exe'), overrides: { onUnknown: 'fail' }, consequence: 'fail' },
    { otherwise: 'unknown', scanned: unknown('dist/x.exe'), overrides: { onUnknown: 'fail' }, consequence: 'fail' },
    { otherwise: 'error', scanned: failed('dist/x.exe', 'transient'), overrides: { onError: 'fail' }, consequence: 'fail' },
    { otherwise: 'error', scanned: failed('dist/x.exe', 'protocol'), overrides: { onError: 'warn' }, consequence: 'warn' },
    { otherwise: 'clean', scanned: found('dist/x.exe', 0), overrides: {}, consequence: 'pass' },
  ] as { otherwise: ArtifactStatus; scanned: ScannedArtifact; overrides: Partial<Policy>; consequence: string }[])(
    'allowed, where it would otherwise be $otherwise ($consequence)',
    ({ otherwise, scanned, overrides, consequence }) => {
      expect(judge(scanned, overrides)).toMatchObject({ status: otherwise, consequence, allowed: null });
      const result = judge(scanned, { ...overrides, allow: allowing('dist/x.exe', 'known good') });
      expect(result).toMatchObject({ status: 'allowed', consequence: 'pass', allowed: { reason: 'known good', otherwise } });
      expect(summarize([scanned], policy({ ...overrides, allow: allowing('dist/x.exe') }), 'VirusTotal', NOW)).toMatchObject({ result: 'pass', failureMessage: '' });
    },
  );

  test('an allowed artifact whose lookup failed: allowed under on-error=fail, and keeps the error', () => {
    const result = judge(failed('dist/vendor.exe', 'quota', 'quota exceeded after 5 retries'), { onError: 'fail', allow: allowing('dist/vendor.exe') });
    expect(result).toMatchObject({
      status: 'allowed',
      consequence: 'pass',
      report: null,
      counted: null,
      staleDays: null,
      error: { kind: 'quota', message: 'quota exceeded after 5 retries' },
      allowed: { reason: 'signed vendor installer, SEC-1234', otherwise: 'error' },
    });
  });

  test('a file that could not be hashed has no hash to allow: still an error', () => {
    const scanned = failed('dist/locked.bin', 'file');
    expect(scanned.sha256).toBeNull();
    const result = judge(scanned, { allow: allowing('dist/locked.bin') });
    expect(result).toMatchObject({ status: 'error', consequence: 'fail', allowed: null });
  });
});

describe('ignore-engines', () => {
  test('an ignored engine that was the only detection: clean, nothing counted, the detection still there', () => {
    const scanned = foundWith('dist/app.exe', { stats: { malicious: 1, undetected: 69 }, detections: [detection('Jiangmin')] });
    expect(judge(scanned)).toMatchObject({ status: 'malicious', counted: { malicious: 1, suspicious: 0 } });
    const result = judge(scanned, { ignoreEngines: ['jiangmin'] });
    expect(result).toMatchObject({ status: 'clean', consequence: 'pass', counted: { malicious: 0, suspicious: 0 } });
    expect(result.report?.detections).toEqual([detection('Jiangmin')]);
    expect(result.report?.stats.malicious).toBe(1);
  });

  test.each(['Jiangmin', 'JIANGMIN', 'jiangmin', 'jIaNgMiN'])('the engine named %j is matched case-insensitively', (engine) => {
    const scanned = foundWith('dist/app.exe', { stats: { malicious: 1, undetected: 69 }, detections: [detection(engine)] });
    expect(judge(scanned, { ignoreEngines: ['jiangmin'] })).toMatchObject({ status: 'clean', counted: { malicious: 0, suspicious: 0 } });
  });

  const three = foundWith('dist/app.exe', {
    stats: { malicious: 3, undetected: 67 },
    detections: [detection('Kaspersky'), detection('Jiangmin'), detection('Avast')],
  });

  test.each([
    { maxMalicious: 0, status: 'malicious' },
    { maxMalicious: 1, status: 'malicious' },
    { maxMalicious: 2, status: 'clean' },
  ])('3 engines of which 1 ignored, max-malicious=$maxMalicious: $status', ({ maxMalicious, status }) => {
    expect(judge(three, { maxMalicious, ignoreEngines: ['jiangmin'] })).toMatchObject({ status, counted: { malicious: 2, suspicious: 0 } });
  });

  test('the failure line gives the counted detections', () => {
    const summary = summarize([three], policy({ maxMalicious: 1, ignoreEngines: ['jiangmin'] }), 'VirusTotal', NOW);
    expect(summary.failureMessage).toBe('1 of 1 artifact exceeds max-malicious=1: dist/app.exe (2/70)');
  });

  test('several ignored engines', () => {
    expect(judge(three, { ignoreEngines: ['avast', 'jiangmin', 'kaspersky'] })).toMatchObject({ status: 'clean', counted: { malicious: 0, suspicious: 0 } });
  });

  test('an ignored engine that did not flag the file changes nothing', () => {
    expect(judge(three, { ignoreEngines: ['clamav', 'sophos'] })).toMatchObject({ status: 'malicious', counted: { malicious: 3, suspicious: 0 } });
  });

  test('an ignored engine is taken out of its own category only', () => {
    const scanned = foundWith('dist/app.exe', {
      stats: { malicious: 1, suspicious: 2, undetected: 67 },
      detections: [detection('Avast'), detection('Cylance', 'suspicious', 'Unsafe'), detection('SecureAge', 'suspicious', 'Malicious')],
    });
    expect(judge(scanned, { ignoreEngines: ['cylance'] }).counted).toEqual({ malicious: 1, suspicious: 1 });
    expect(judge(scanned, { ignoreEngines: ['avast'] }).counted).toEqual({ malicious: 0, suspicious: 2 });
  });

  test('ignored suspicious verdicts do not count toward max-suspicious', () => {
    const scanned = foundWith('dist/app.exe', {
      stats: { suspicious: 2, undetected: 68 },
      detections: [detection('Cylance', 'suspicious', 'Unsafe'), detection('SecureAge', 'suspicious', 'Malicious')],
    });
    expect(judge(scanned, { maxSuspicious: 1 })).toMatchObject({ status: 'suspicious', counted: { malicious: 0, suspicious: 2 } });
    expect(judge(scanned, { maxSuspicious: 1, ignoreEngines: ['cylance'] })).toMatchObject({ status: 'clean', counted: { malicious: 0, suspicious: 1 } });
  });
});

describe('max-suspicious', () => {
  test.each([
    { maxSuspicious: null, suspicious: 25, status: 'clean', consequence: 'pass' },
    { maxSuspicious: 0, suspicious: 0, status: 'clean', consequence: 'pass' },
    { maxSuspicious: 0, suspicious: 1, status: 'suspicious', consequence: 'fail' },
    { maxSuspicious: 2, suspicious: 2, status: 'clean', consequence: 'pass' },
    { maxSuspicious: 2, suspicious: 3, status: 'suspicious', consequence: 'fail' },
  ])('max-suspicious=$maxSuspicious, $suspicious suspicious: $status', ({ maxSuspicious, suspicious, status, consequence }) => {
    const scanned = foundWith('dist/app.exe', { stats: { suspicious, undetected: 70 - suspicious } });
    expect(judge(scanned, { maxSuspicious })).toMatchObject({ status, consequence, counted: { malicious: 0, suspicious } });
  });

  test('over both thresholds: malicious', () => {
    const scanned = foundWith('dist/app.exe', { stats: { malicious: 2, suspicious: 5, undetected: 63 } });
    expect(judge(scanned, { maxSuspicious: 0 })).toMatchObject({ status: 'malicious', consequence: 'fail', counted: { malicious: 2, suspicious: 5 } });
  });

  test('the failure line for one artifact', () => {
    const scanned = [foundWith('dist/a.exe', { stats: { suspicious: 3, undetected: 67 } }), found('dist/b.js', 0)];
    const summary = summarize(scanned, policy({ maxSuspicious: 2 }), 'VirusTotal', NOW);
    expect(summary.result).toBe('fail');
    expect(summary.failureMessage).toBe('1 of 2 artifacts exceeds max-suspicious=2: dist/a.exe (3 suspicious/70)');
  });

  test('the failure line for several, after the malicious ones', () => {
    const scanned = [foundWith('s1.exe', { stats: { suspicious: 1, undetected: 71 } }), found('m.exe', 4, 72), foundWith('s2.exe', { stats: { suspicious: 2, undetected: 70 } })];
    const summary = summarize(scanned, policy({ maxSuspicious: 0 }), 'VirusTotal', NOW);
    expect(summary.failureMessage).toBe('1 of 3 artifacts exceeds max-malicious=0: m.exe (4/72); 2 of 3 artifacts exceed max-suspicious=0: s2.exe (2 suspicious/72), s1.exe (1 suspicious/72)');
  });
});

describe('min-engines: unanalysed reports', () => {
  test.each(['pass', 'warn', 'fail'] as const)('a 0/0 report under on-unknown=%s: unanalysed, judged like an unknown', (onUnknown) => {
    const scanned = fresh('dist/new.exe');
    const result = judge(scanned, { onUnknown });
    expect(result).toEqual({
      artifact: scanned.artifact,
      sha256: scanned.sha256,
      status: 'unanalysed',
      consequence: onUnknown,
      report: scanned.outcome.kind === 'found' ? scanned.outcome.report : null,
      error: null,
      counted: { malicious: 0, suspicious: 0 },
      allowed: null,
      decidedBy: { rule: 'min-engines' },
      staleDays: null,
    });
    expect(result.report?.engineCount).toBe(0);
  });

  test.each([
    { onUnknown: 'pass', result: 'pass', failureMessage: '' },
    { onUnknown: 'warn', result: 'pass', failureMessage: '' },
    { onUnknown: 'fail', result: 'fail', failureMessage: '1 of 2 artifacts has fewer engine verdicts than min-engines=1 (on-unknown=fail): dist/new.exe (0 engines)' },
  ] as const)('the gate with a 0/0 report under on-unknown=$onUnknown: $result', ({ onUnknown, result, failureMessage }) => {
    const summary = summarize([fresh('dist/new.exe'), found('dist/app.js', 0)], policy({ onUnknown }), 'VirusTotal', NOW);
    expect(summary.result).toBe(result);
    expect(summary.failureMessage).toBe(failureMessage);
    expect(summary.counts).toEqual({ ...NO_COUNTS, scanned: 2, uniqueHashes: 2, unanalysed: 1, clean: 1 });
  });

  test('several unanalysed: "have", each with its number of engine verdicts', () => {
    const scanned = [foundWith('a.exe', { stats: { undetected: 4, timeout: 60 } }), found('b.js', 0), fresh('c.exe')];
    const summary = summarize(scanned, policy({ minEngines: 5, onUnknown: 'fail' }), 'VirusTotal', NOW);
    expect(summary.failureMessage).toBe('2 of 3 artifacts have fewer engine verdicts than min-engines=5 (on-unknown=fail): a.exe (4 engines), c.exe (0 engines)');
  });

  test('one engine verdict reads "1 engine" in the failure line', () => {
    const summary = summarize([foundWith('a.exe', { stats: { undetected: 1 } })], policy({ minEngines: 5, onUnknown: 'fail' }), 'VirusTotal', NOW);
    expect(summary.failureMessage).toBe('1 of 1 artifact has fewer engine verdicts than min-engines=5 (on-unknown=fail): a.exe (1 engine)');
  });

  test.each([
    { category: 'malicious', status: 'clean' },
    { category: 'suspicious', status: 'clean' },
    { category: 'undetected', status: 'clean' },
    { category: 'harmless', status: 'clean' },
    { category: 'timeout', status: 'unanalysed' },
    { category: 'failure', status: 'unanalysed' },
    { category: 'typeUnsupported', status: 'unanalysed' },
  ] as const)('5 engines said $category, min-engines=5: $status', ({ category, status }) => {
    const scanned = foundWith('dist/app.exe', { stats: { [category]: 5 } });
    expect(judge(scanned, { minEngines: 5, maxMalicious: 5 }).status).toBe(status);
  });

  test.each([
    { minEngines: 1, analysed: 0, status: 'unanalysed' },
    { minEngines: 1, analysed: 1, status: 'clean' },
    { minEngines: 10, analysed: 9, status: 'unanalysed' },
    { minEngines: 10, analysed: 10, status: 'clean' },
    { minEngines: 0, analysed: 0, status: 'clean' },
  ])('min-engines=$minEngines, $analysed verdicts (and 15 type-unsupported): $status', ({ minEngines, analysed, status }) => {
    const scanned = foundWith('dist/app.exe', { stats: { undetected: analysed, typeUnsupported: 15 } });
    expect(judge(scanned, { minEngines, onUnknown: 'fail' }).status).toBe(status);
  });

  test('min-engines=0: a 0/0 report is clean and passes, even under on-unknown=fail', () => {
    const summary = summarize([fresh('dist/new.exe')], policy({ minEngines: 0, onUnknown: 'fail' }), 'VirusTotal', NOW);
    expect(summary.results[0]).toMatchObject({ status: 'clean', consequence: 'pass' });
    expect(summary.result).toBe('pass');
  });
});

describe('max-report-age-days', () => {
  test.each([
    { label: '31 days ago, max 30', maxReportAgeDays: 30, lastAnalysed: daysAgo(31), staleDays: 31 },
    { label: '400 days ago, max 30', maxReportAgeDays: 30, lastAnalysed: daysAgo(400), staleDays: 400 },
    { label: '30 days ago, max 30', maxReportAgeDays: 30, lastAnalysed: daysAgo(30), staleDays: null },
    { label: '30 days and 23 hours ago, max 30 (whole days)', maxReportAgeDays: 30, lastAnalysed: daysAgo(30, 23), staleDays: null },
    { label: 'today, max 30', maxReportAgeDays: 30, lastAnalysed: daysAgo(0), staleDays: null },
    { label: '2 days ago, max 1', maxReportAgeDays: 1, lastAnalysed: daysAgo(2), staleDays: 2 },
    { label: '1 day and 23 hours ago, max 1', maxReportAgeDays: 1, lastAnalysed: daysAgo(1, 23), staleDays: null },
    { label: 'in 5 days (a skewed clock), max 1', maxReportAgeDays: 1, lastAnalysed: daysAgo(-5), staleDays: null },
    { label: 'never, max 30', maxReportAgeDays: 30, lastAnalysed: null, staleDays: null },
    { label: '4000 days ago, no max', maxReportAgeDays: null, lastAnalysed: daysAgo(4000), staleDays: null },
  ])('last analysed $label: staleDays $staleDays', ({ maxReportAgeDays, lastAnalysed, staleDays }) => {
    const scanned = foundWith('dist/app.js', { stats: { undetected: 70 }, lastAnalysed });
    expect(judge(scanned, { maxReportAgeDays })).toMatchObject({ status: 'clean', consequence: 'pass', staleDays });
  });

  test('a stale report does not change the verdict', () => {
    const old = { lastAnalysed: daysAgo(45) };
    expect(judge(foundWith('a.js', { stats: { undetected: 70 }, ...old }), { maxReportAgeDays: 30 })).toMatchObject({ status: 'clean', consequence: 'pass', staleDays: 45 });
    expect(judge(foundWith('b.exe', { stats: { malicious: 1, undetected: 69 }, ...old }), { maxReportAgeDays: 30 })).toMatchObject({ status: 'malicious', consequence: 'fail', staleDays: 45 });
    expect(judge(fresh('c.exe'), { maxReportAgeDays: 30 })).toMatchObject({ status: 'unanalysed', staleDays: null });
    expect(summarize([foundWith('a.js', { stats: { undetected: 70 }, ...old })], policy({ maxReportAgeDays: 30 }), 'VirusTotal', NOW).result).toBe('pass');
  });

  test('the age is taken at `now`, not at the clock', () => {
    const scanned = foundWith('a.js', { stats: { undetected: 70 }, lastAnalysed: new Date('2020-01-01T00:00:00Z') });
    expect(judgeArtifact(scanned, policy({ maxReportAgeDays: 30 }), new Date('2020-01-20T00:00:00Z')).staleDays).toBeNull();
    // 31 days of January and 29 of February 2020.
    expect(judgeArtifact(scanned, policy({ maxReportAgeDays: 30 }), new Date('2020-03-01T00:00:00Z')).staleDays).toBe(60);
    const summary = summarize([scanned], policy({ maxReportAgeDays: 30 }), 'VirusTotal', new Date('2020-03-01T00:00:00Z'));
    expect(summary.results[0]?.staleDays).toBe(60);
    expect(summary.counts.stale).toBe(1);
  });

  test('unknown artifacts and failed lookups have no report to be stale', () => {
    expect(judge(unknown('a.bin'), { maxReportAgeDays: 1 }).staleDays).toBeNull();
    expect(judge(failed('b.exe'), { maxReportAgeDays: 1 }).staleDays).toBeNull();
  });

  test('an allowed artifact keeps its report age', () => {
    const scanned = foundWith('dist/vendor.exe', { stats: { malicious: 2, undetected: 68 }, lastAnalysed: daysAgo(45) });
    expect(judge(scanned, { maxReportAgeDays: 30, allow: allowing('dist/vendor.exe') })).toMatchObject({ status: 'allowed', staleDays: 45 });
  });
});

describe('summarize: every status', () => {
  test('each status counted apart, and stale reports across statuses', () => {
    const scanned = [
      foundWith('m.exe', { stats: { malicious: 2, undetected: 68 }, lastAnalysed: daysAgo(90) }),
      foundWith('s.exe', { stats: { suspicious: 2, undetected: 68 } }),
      failed('e.exe', 'transient'),
      fresh('n.exe'),
      unknown('u.bin'),
      foundWith('v.exe', { stats: { malicious: 9, undetected: 61 }, lastAnalysed: daysAgo(60) }),
      foundWith('c.js', { stats: { undetected: 70 }, lastAnalysed: daysAgo(31) }),
      foundWith('d.js', { stats: { undetected: 70 }, lastAnalysed: daysAgo(10) }),
    ];
    const overrides = { maxSuspicious: 1, maxReportAgeDays: 30, allow: allowing('v.exe'), onError: 'warn', onUnknown: 'warn' } as const;
    const summary = summarize(scanned, policy(overrides), 'VirusTotal', NOW);
    expect(summary.results.map((r) => r.status)).toEqual(['malicious', 'suspicious', 'error', 'unanalysed', 'unknown', 'allowed', 'clean', 'clean']);
    expect(summary.results.map((r) => r.staleDays)).toEqual([90, null, null, null, null, 60, 31, null]);
    expect(summary.counts).toEqual({
      scanned: 8,
      uniqueHashes: 8,
      stale: 3,
      uploaded: 0,
      pending: 0,
      flagged: 0,
      malicious: 1,
      suspicious: 1,
      error: 1,
      unscanned: 0,
      unanalysed: 1,
      unknown: 1,
      allowed: 1,
      clean: 2,
    });
    expect(summary.failureMessage).toBe('1 of 8 artifacts exceeds max-malicious=0: m.exe (2/70); 1 of 8 artifacts exceeds max-suspicious=1: s.exe (2 suspicious/70)');
  });

  test('the counts are the statuses of STATUS_ORDER, worst first, and the three totals', () => {
    expect(STATUS_ORDER).toEqual(['malicious', 'suspicious', 'error', 'unscanned', 'flagged', 'unanalysed', 'pending', 'unknown', 'allowed', 'clean']);
    expect(Object.keys(summarize([], policy(), 'VirusTotal', NOW).counts).sort()).toEqual([...STATUS_ORDER, 'scanned', 'uniqueHashes', 'stale', 'uploaded'].sort());
  });

  test('every reason, in order: malicious, suspicious, unknown, unanalysed, errors', () => {
    const scanned = [failed('e.exe'), fresh('n.exe'), unknown('u.bin'), foundWith('s.exe', { stats: { suspicious: 1, undetected: 69 } }), found('m.exe', 2, 70)];
    const summary = summarize(scanned, policy({ maxSuspicious: 0, onUnknown: 'fail', onError: 'fail' }), 'VirusTotal', NOW);
    expect(summary.failureMessage).toBe(
      '1 of 5 artifacts exceeds max-malicious=0: m.exe (2/70); ' +
        '1 of 5 artifacts exceeds max-suspicious=0: s.exe (1 suspicious/70); ' +
        '1 of 5 artifacts is unknown to VirusTotal (on-unknown=fail): u.bin; ' +
        '1 of 5 artifacts has fewer engine verdicts than min-engines=1 (on-unknown=fail): n.exe (0 engines); ' +
        '1 of 5 artifacts could not be checked (on-error=fail): e.exe',
    );
  });
});

describe('detections come before min-engines; a refused key is not hidden by the allow list', () => {
  test('a report with too few engines but detections over the threshold is malicious, not unanalysed', () => {
    const result = judge(foundWith('a.exe', { stats: { malicious: 3, undetected: 1 } }), { minEngines: 10 });
    expect(result).toMatchObject({ status: 'malicious', consequence: 'fail' });
  });

  test('under the thresholds, the same few engines make it unanalysed', () => {
    expect(judge(foundWith('a.exe', { stats: { undetected: 4 } }), { minEngines: 10 })).toMatchObject({ status: 'unanalysed', consequence: 'warn' });
  });

  test('an allowed artifact whose lookup met a refused key stays allowed, but the job fails with the key message', () => {
    const scanned = [failed('a.exe', 'auth', 'The service refused the API key (HTTP 401).')];
    const summary = summarize(scanned, policy({ allow: allowing('a.exe') }), 'VirusTotal', NOW);
    expect(summary.results[0]).toMatchObject({ status: 'allowed', consequence: 'pass', error: { kind: 'auth' } });
    expect(summary.result).toBe('fail');
    expect(summary.failureMessage).toBe('The service refused the API key (HTTP 401).');
  });
});

describe('a report never counts fewer detections than the distinct engines that say so', () => {
  test('stats malicious: 0 with two engines saying malicious is malicious 2, and the failure line says 2', () => {
    const scanned = foundWith('dist/app.exe', { stats: { undetected: 60 }, detections: [detection('A'), detection('B')] });

    const summary = summarize([scanned], policy(), 'VirusTotal', NOW);

    expect(summary.results[0]).toMatchObject({ status: 'malicious', consequence: 'fail', counted: { malicious: 2, suspicious: 0 } });
    expect(summary.failureMessage).toBe('1 of 1 artifact exceeds max-malicious=0: dist/app.exe (2/60)');
  });

  test('ignored engines come off the engines counted, not off the lower stats', () => {
    const scanned = foundWith('dist/app.exe', { stats: { undetected: 60 }, detections: [detection('A'), detection('Bkav'), detection('C', 'suspicious')] });

    expect(judgeArtifact(scanned, policy({ ignoreEngines: ['bkav'] }), NOW).counted).toEqual({ malicious: 1, suspicious: 1 });
    expect(judgeArtifact(scanned, policy({ ignoreEngines: ['bkav', 'a'], maxSuspicious: 0 }), NOW)).toMatchObject({ status: 'suspicious', counted: { malicious: 0, suspicious: 1 } });
  });

  test('stats higher than the engines listed still count as stated', () => {
    const scanned = foundWith('dist/app.exe', { stats: { malicious: 5, undetected: 60 }, detections: [detection('A')] });
    expect(judgeArtifact(scanned, policy({ ignoreEngines: ['a'] }), NOW).counted).toEqual({ malicious: 4, suspicious: 0 });
  });
});

describe('errors that ended the scan', () => {
  const stopped = (kind: LookupErrorKind, flags: { alwaysFails?: boolean }, path: string): ScannedArtifact => ({
    artifact: artifact(path),
    sha256: sha256Of(path),
    outcome: { kind: 'error', error: { kind, message: `${kind} stop`, scanStopped: true, ...flags } },
  });

  test('an api-url that serves no file reports fails the gate even with on-error=warn, said once', () => {
    const summary = summarize(
      [stopped('protocol', { alwaysFails: true }, 'dist/a'), stopped('protocol', { alwaysFails: true }, 'dist/b'), ...clean(2)],
      policy({ onError: 'warn' }),
      'VirusTotal',
      NOW,
    );

    expect(summary.result).toBe('fail');
    expect(summary.failureMessage).toBe('protocol stop');
    expect(summary.results.filter((r) => r.status === 'error').map((r) => r.consequence)).toEqual(['fail', 'fail']);
  });

  test('a spent quota follows on-error: with fail, the failure line is its message, once', () => {
    const summary = summarize([stopped('quota', {}, 'dist/a'), stopped('quota', {}, 'dist/b')], policy(), 'VirusTotal', NOW);
    expect(summary.failureMessage).toBe('quota stop');
  });
});

describe('inside archives: unscanned, and archives failing with their members', () => {
  /** A member of the archive at `outer`, `names` down from it, pointing at the outer file. */
  function member(outer: string, names: string[], unscanned?: string): Artifact {
    const chain = [outer, ...names];
    return { ...artifact(outer), displayPath: chain.join('!/'), member: { chain }, ...(unscanned !== undefined && { unscanned }) };
  }
  const notRead = (outer: string, names: string[], why: string): ScannedArtifact => ({ artifact: member(outer, names, why), sha256: null, outcome: { kind: 'unscanned' } });
  const foundAt = (target: Artifact, malicious: number, content = target.displayPath): ScannedArtifact => ({ ...found(target.displayPath, malicious, 70, content), artifact: target });
  const unknownAt = (target: Artifact): ScannedArtifact => ({ artifact: target, sha256: sha256Of(target.displayPath), outcome: { kind: 'unknown' } });

  test.each([
    ['fail', 'fail'],
    ['warn', 'pass'],
  ] as const)('a member not read is unscanned, judged by on-error=%s, counted apart from errors: the gate %ss', (onError, result) => {
    const summary = summarize([unknownAt(artifact('dist/a.zip')), notRead('dist/a.zip', ['secret.so'], 'it is encrypted')], policy({ onError }), 'VirusTotal', NOW);
    const secret = summary.results[1]!;
    expect(secret).toMatchObject({ status: 'unscanned', consequence: onError, error: null, report: null, decidedBy: { rule: 'on-error' } });
    expect(summary.counts).toMatchObject({ unscanned: 1, error: 0, unknown: 1 });
    expect(summary.result).toBe(result);
    if (onError === 'fail') {
      expect(summary.failureMessage).toBe('1 of 2 artifacts was not scanned fully (on-error=fail): dist/a.zip!/secret.so; so 1 archive fails with what it holds: dist/a.zip (dist/a.zip!/secret.so)');
    }
  });

  test.each([
    ['unknown to the service: unscanned', unknownAt({ ...artifact('dist/cut.zip'), unscanned: 'it could not be read as zip: truncated' }), 'unscanned', 'fail'],
    ['clean by its hash: still unscanned, its report kept', foundAt({ ...artifact('dist/cut.zip'), unscanned: 'it could not be read as zip: truncated' }, 0), 'unscanned', 'fail'],
    ['malicious by its own hash: malicious', foundAt({ ...artifact('dist/cut.zip'), unscanned: 'it could not be read as zip: truncated' }, 9), 'malicious', 'fail'],
    ['a member named with ..: unscanned, though looked up', unknownAt(member('dist/a.zip', ['../../x.so'], 'its name leads out of the archive')), 'unscanned', 'warn'],
  ] as const)('an archive not scanned fully, %s', (_name, scanned, status, consequence) => {
    const judged = judge(scanned, { onError: consequence === 'warn' ? 'warn' : 'fail' });
    expect(judged).toMatchObject({ status, consequence, error: null });
    if (scanned.outcome.kind === 'found') expect(judged.report).not.toBeNull();
  });

  test('a lookup that failed stays an error, the reason it was not scanned kept on the artifact', () => {
    const judged = judge({ ...failed('dist/cut.zip'), artifact: { ...artifact('dist/cut.zip'), unscanned: 'it could not be read as zip: truncated' } });
    expect(judged.status).toBe('error');
    expect(judged.artifact.unscanned).toBe('it could not be read as zip: truncated');
  });

  test('an allowed archive hash allows the archive not scanned fully; it says what it would otherwise be', () => {
    const judged = judge(unknownAt({ ...artifact('dist/cut.zip'), unscanned: 'truncated' }), { allow: allowing('dist/cut.zip') });
    expect(judged).toMatchObject({ status: 'allowed', consequence: 'pass', allowed: { otherwise: 'unscanned' } });
  });

  test('every archive on a failing member chain fails with it, keeping its own verdict; other archives and members do not', () => {
    const evil = member('dist/app.zip', ['lib/vendor.jar', 'native/libevil.so']);
    const summary = summarize(
      [
        unknownAt(artifact('dist/app.zip')),
        foundAt(member('dist/app.zip', ['lib/vendor.jar']), 0),
        foundAt(evil, 5),
        foundAt(member('dist/app.zip', ['lib/ok.so']), 0),
        unknownAt(artifact('dist/other.zip')),
        foundAt(member('dist/other.zip', ['lib/vendor.jar']), 0),
      ],
      policy(),
      'VirusTotal',
      NOW,
    );
    const byPath = Object.fromEntries(summary.results.map((r) => [r.artifact.displayPath, r]));
    expect(byPath['dist/app.zip']).toMatchObject({ status: 'unknown', consequence: 'fail', decidedBy: { rule: 'on-unknown' }, failingMembers: { paths: [evil.displayPath], ownConsequence: 'warn' } });
    expect(byPath['dist/app.zip!/lib/vendor.jar']).toMatchObject({ status: 'clean', consequence: 'fail', failingMembers: { paths: [evil.displayPath], ownConsequence: 'pass' } });
    for (const untouched of ['dist/app.zip!/lib/ok.so', 'dist/other.zip', 'dist/other.zip!/lib/vendor.jar']) expect(byPath[untouched]!.failingMembers).toBeUndefined();
    expect(byPath['dist/other.zip']!.consequence).toBe('warn');
    // The counts stay by status: the archives are still counted as unknown and clean.
    expect(summary.counts).toMatchObject({ malicious: 1, unknown: 2, clean: 3 });
    expect(summary.failureMessage).toBe(`1 of 6 artifacts exceeds max-malicious=0: ${evil.displayPath} (5/70); so 1 archive fails with what it holds: dist/app.zip (${evil.displayPath})`);
  });

  test('an allowed archive stays allowed while its failing member fails the gate', () => {
    const summary = summarize([unknownAt(artifact('dist/app.zip')), foundAt(member('dist/app.zip', ['x.so']), 5)], policy({ allow: allowing('dist/app.zip') }), 'VirusTotal', NOW);
    expect(summary.results[0]).toMatchObject({ status: 'allowed', consequence: 'pass' });
    expect(summary.results[0]!.failingMembers).toBeUndefined();
    expect(summary.result).toBe('fail');
    expect(summary.failureMessage).toBe('1 of 2 artifacts exceeds max-malicious=0: dist/app.zip!/x.so (5/70)');
  });

  test('an archive that fails on its own is listed by its own rule, not again as failing with its members', () => {
    const summary = summarize([foundAt(artifact('dist/app.zip'), 3), foundAt(member('dist/app.zip', ['x.so']), 5)], policy(), 'VirusTotal', NOW);
    expect(summary.results[0]!.failingMembers).toEqual({ paths: ['dist/app.zip!/x.so'], ownConsequence: 'fail' });
    expect(summary.failureMessage).toBe('2 of 2 artifacts exceed max-malicious=0: dist/app.zip!/x.so (5/70), dist/app.zip (3/70)');
  });
});
