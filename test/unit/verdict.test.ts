import { describe, expect, test } from 'vitest';
import type { ScannedArtifact } from '../../src/scan.ts';
import type { Artifact, FileReport, LookupErrorKind, Policy } from '../../src/types.ts';
import { judgeArtifact, NO_FILES_MESSAGE, summarize } from '../../src/verdict.ts';
import { sha256Of } from '../support/reports.ts';

function policy(overrides: Partial<Policy> = {}): Policy {
  return { maxMalicious: 0, onUnknown: 'warn', onError: 'fail', ifNoFilesFound: 'warn', ...overrides };
}

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
    const result = judgeArtifact(scanned, policy({ maxMalicious }));
    expect(result).toEqual({
      artifact: scanned.artifact,
      sha256: scanned.sha256,
      status,
      consequence,
      report: scanned.outcome.kind === 'found' ? scanned.outcome.report : null,
      error: null,
    });
  });

  test.each(['pass', 'warn', 'fail'] as const)('unknown under on-unknown=%s', (onUnknown) => {
    const scanned = unknown('dist/new.bin');
    expect(judgeArtifact(scanned, policy({ onUnknown, onError: onUnknown === 'fail' ? 'warn' : 'fail' }))).toEqual({
      artifact: scanned.artifact,
      sha256: scanned.sha256,
      status: 'unknown',
      consequence: onUnknown,
      report: null,
      error: null,
    });
  });

  const errorCases = (['transient', 'quota', 'protocol', 'file'] as const).flatMap((kind) =>
    (['fail', 'warn'] as const).map((onError) => ({ kind, onError })),
  );
  test.each(errorCases)('$kind error under on-error=$onError: $onError', ({ kind, onError }) => {
    const scanned = failed('dist/app.exe', kind, 'the service timed out');
    const result = judgeArtifact(scanned, policy({ onError, onUnknown: onError === 'fail' ? 'warn' : 'fail' }));
    expect(result.status).toBe('error');
    expect(result.consequence).toBe(onError);
    expect(result.error).toEqual({ kind, message: 'the service timed out' });
    expect(result.report).toBeNull();
    expect(result.sha256).toBe(scanned.sha256);
  });

  test.each(['fail', 'warn'] as const)('an auth error fails even under on-error=%s', (onError) => {
    const result = judgeArtifact(failed('dist/app.exe', 'auth', 'Wrong API key'), policy({ onError }));
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
      counts: { scanned: 0, uniqueHashes: 0, malicious: 0, unknown: 0, error: 0, clean: 0 },
      failureMessage,
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
    const scanned = [
      found('a.exe', 5),
      unknown('b.bin'),
      found('c.js', 0),
      failed('d.dll', 'quota'),
      found('e.js', 0),
      unknown('f.bin'),
      found('g.exe', 1),
      failed('h.sys', 'file'),
    ];
    const summary = summarize(scanned, policy({ onUnknown: 'warn', onError: 'warn' }), 'VirusTotal');
    expect(summary.counts).toEqual({ scanned: 8, uniqueHashes: 7, malicious: 2, unknown: 2, error: 2, clean: 2 });
    expect(summary.results.map((r) => r.artifact.displayPath)).toEqual(['a.exe', 'b.bin', 'c.js', 'd.dll', 'e.js', 'f.bin', 'g.exe', 'h.sys']);
    expect(summary.results.map((r) => r.status)).toEqual(['malicious', 'unknown', 'clean', 'error', 'clean', 'unknown', 'malicious', 'error']);
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
    const scanned = [
      found('dist/a.exe', 54, 79),
      found('dist/b.dll', 3, 72),
      ...clean(12),
    ];
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
    { count: 5, tail: 'm4.exe (5/70)' },
    { count: 6, tail: 'm4.exe (5/70) and 1 more' },
    { count: 12, tail: 'm4.exe (5/70) and 7 more' },
  ])('$count malicious: five names, then "and N more"', ({ count, tail }) => {
    const scanned = Array.from({ length: count }, (_, i) => found(`m${i}.exe`, i + 1));
    const summary = summarize(scanned, policy(), 'VirusTotal');
    const names = ['m0.exe (1/70)', 'm1.exe (2/70)', 'm2.exe (3/70)', 'm3.exe (4/70)'].join(', ');
    expect(summary.failureMessage).toBe(`${count} of ${count} artifacts exceed max-malicious=0: ${names}, ${tail}`);
    for (let i = 5; i < count; i++) expect(summary.failureMessage).not.toContain(`m${i}.exe`);
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
    expect(summary.counts).toEqual({ scanned: 20, uniqueHashes: 20, malicious: 0, unknown: 0, error: 0, clean: 20 });
  });
});
