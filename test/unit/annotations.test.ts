import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { describePath } from '../../src/core/listing.ts';
import { emitAnnotations } from '../../src/action/annotations.ts';
import { ANNOTATIONS_PER_LEVEL, planAnnotations, type Annotation } from '../../src/report/annotations.ts';
import type { Artifact, ArtifactResult, ArtifactStatus, Consequence, EngineDetection, FileReport, LookupErrorKind, Policy } from '../../src/core/types.ts';
import { sha256Of } from '../support/reports.ts';
import { archiveResults, artifactAt, judged } from '../support/results.ts';
import { defaultPolicy } from '../support/policy.ts';

const WORKSPACE = '/home/runner/work/app/app';
/** The parts of the policy annotations read: no ignored engines, no report age limit. */
const POLICY: Policy = defaultPolicy({ ignoreEngines: [], maxReportAgeDays: null, minEngines: 5 });

/** An artifact at `where`: relative to the workspace, or absolute. Display path as the lister makes it. */
function artifact(where: string): Artifact {
  const absolutePath = path.isAbsolute(where) ? where : path.join(WORKSPACE, where);
  return { absolutePath, ...describePath(absolutePath, WORKSPACE), size: 4096 };
}

function report(sha256: string, engines: Record<string, string | null>, engineCount = 70, suspicious: string[] = []): FileReport {
  const detections: EngineDetection[] = [
    ...Object.entries(engines).map(([engine, result]) => ({ engine, category: 'malicious', result, version: '1.0' })),
    ...suspicious.map((engine) => ({ engine, category: 'suspicious', result: 'Heuristic', version: null })),
  ];
  const malicious = Object.keys(engines).length;
  return {
    sha256,
    stats: { malicious, suspicious: suspicious.length, undetected: engineCount - malicious - suspicious.length, harmless: 0, timeout: 0, failure: 0, typeUnsupported: 0 },
    engineCount,
    detections,
    threatNames: [...new Set(Object.values(engines).filter((name): name is string => name !== null))].slice(0, 3),
    suggestedThreatLabel: null,
    firstSeen: null,
    lastAnalysed: null,
  };
}

/** `count` engines named Engine01… that all say `threat`. */
function engines(count: number, threat = 'Trojan.Generic'): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`Engine${String(i + 1).padStart(2, '0')}`, threat]));
}

function result(where: string, status: ArtifactStatus, consequence: Consequence, extra: Partial<ArtifactResult> = {}): ArtifactResult {
  return judged(artifact(where), status, consequence, extra);
}

function malicious(where: string, flagged: Record<string, string | null>, engineCount = 70): ArtifactResult {
  return result(where, 'malicious', 'fail', { report: report(sha256Of(where), flagged, engineCount) });
}

function clean(where: string): ArtifactResult {
  return result(where, 'clean', 'pass', { report: report(sha256Of(where), {}) });
}

function unknown(where: string, consequence: Consequence = 'warn'): ArtifactResult {
  return result(where, 'unknown', consequence);
}

function failed(where: string, consequence: Consequence = 'fail', kind: LookupErrorKind = 'transient', message = 'the service timed out'): ArtifactResult {
  return result(where, 'error', consequence, { sha256: kind === 'file' ? null : sha256Of(where), error: { kind, message } });
}

const levels = (annotations: Annotation[]) => annotations.map((a) => a.level);

describe('which results are annotated', () => {
  test('nothing for pass consequences', () => {
    const results = [clean('dist/a.js'), unknown('dist/b.bin', 'pass'), clean('dist/c.js')];
    expect(planAnnotations(results, 'virustotal', POLICY)).toEqual([]);
  });

  test('nothing for no results', () => {
    expect(planAnnotations([], 'virustotal', POLICY)).toEqual([]);
  });

  test('fail is an error, warn is a warning', () => {
    const plan = planAnnotations([unknown('dist/u.bin', 'warn'), failed('dist/e.bin', 'fail')], 'virustotal', POLICY);
    expect(plan.map((a) => [a.level, a.file])).toEqual([
      ['error', 'dist/e.bin'],
      ['warning', 'dist/u.bin'],
    ]);
  });
});

describe('order: worst first', () => {
  test('failing before warning; malicious (most detections first), then errors, then unknowns', () => {
    const results = [
      unknown('dist/unknown-warn.bin', 'warn'),
      clean('dist/clean.js'),
      failed('dist/error-warn.exe', 'warn'),
      unknown('dist/unknown-fail.bin', 'fail'),
      malicious('dist/three.exe', engines(3), 72),
      failed('dist/error-fail.exe', 'fail'),
      malicious('dist/fifty-four.exe', engines(54), 79),
      malicious('dist/one.exe', engines(1), 70),
    ];
    const plan = planAnnotations(results, 'virustotal', POLICY);
    expect(plan.map((a) => `${a.level} ${a.file}`)).toEqual([
      'error dist/fifty-four.exe',
      'error dist/three.exe',
      'error dist/one.exe',
      'error dist/error-fail.exe',
      'error dist/unknown-fail.bin',
      'warning dist/error-warn.exe',
      'warning dist/unknown-warn.bin',
    ]);
  });

  test('planning does not reorder the caller’s results', () => {
    const results = [unknown('b'), malicious('a', engines(2))];
    planAnnotations(results, 'virustotal', POLICY);
    expect(results.map((r) => r.artifact.displayPath)).toEqual(['b', 'a']);
  });
});

describe('the cap of 10 per level', () => {
  test('at most 10 errors and 10 warnings, then one notice naming how many were hidden', () => {
    const results = [...Array.from({ length: 25 }, (_, i) => malicious(`dist/m${i}.exe`, engines(i + 1))), ...Array.from({ length: 13 }, (_, i) => unknown(`dist/u${i}.bin`))];
    const plan = planAnnotations(results, 'virustotal', POLICY);
    expect(ANNOTATIONS_PER_LEVEL).toBe(10);
    expect(levels(plan)).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning'), 'notice']);
    // The ten shown errors are the ten with most detections.
    expect(plan.slice(0, 10).map((a) => a.file)).toEqual(Array.from({ length: 10 }, (_, i) => `dist/m${24 - i}.exe`));
    expect(plan[20]).toEqual({
      level: 'notice',
      title: 'More findings in the job summary',
      message: '15 errors and 3 warnings more are not shown as annotations (GitHub shows 10 of each kind); the job summary and the JSON report list every artifact.',
    });
  });

  test.each([
    { errors: 10, warnings: 10, notice: null },
    { errors: 11, warnings: 0, notice: '1 error more is not shown' },
    { errors: 0, warnings: 12, notice: '2 warnings more are not shown' },
    { errors: 3, warnings: 11, notice: '1 warning more is not shown' },
    { errors: 12, warnings: 11, notice: '2 errors and 1 warning more are not shown' },
  ])('$errors errors and $warnings warnings', ({ errors, warnings, notice }) => {
    const results = [...Array.from({ length: errors }, (_, i) => failed(`dist/e${i}.exe`, 'fail')), ...Array.from({ length: warnings }, (_, i) => failed(`dist/w${i}.exe`, 'warn'))];
    const plan = planAnnotations(results, 'virustotal', POLICY);
    expect(levels(plan).filter((l) => l === 'error')).toHaveLength(Math.min(errors, 10));
    expect(levels(plan).filter((l) => l === 'warning')).toHaveLength(Math.min(warnings, 10));
    const notices = plan.filter((a) => a.level === 'notice');
    if (notice === null) {
      expect(notices).toEqual([]);
    } else {
      expect(notices).toHaveLength(1);
      expect(notices[0]!.message.startsWith(notice)).toBe(true);
      expect(plan.at(-1)).toBe(notices[0]);
    }
  });
});

describe('file property', () => {
  test('set, workspace-relative, for an artifact inside the workspace', () => {
    const [annotation] = planAnnotations([malicious('dist/sub dir/app.exe', engines(2))], 'virustotal', POLICY);
    expect(annotation?.file).toBe('dist/sub dir/app.exe');
  });

  test.each(['/tmp/build/app.exe', '/home/runner/work/app/other/app.exe', '/home/runner/work/app/app2/app.exe'])(
    'absent for %s, outside the workspace; the message names the absolute path',
    (absolutePath) => {
      const [annotation] = planAnnotations([malicious(absolutePath, engines(2))], 'virustotal', POLICY);
      expect(annotation).toBeDefined();
      expect(annotation).not.toHaveProperty('file');
      expect(annotation!.message.startsWith(`${absolutePath} (SHA-256 `)).toBe(true);
    },
  );

  test('absent for the notice and for the auth annotation', () => {
    const results = [...Array.from({ length: 11 }, (_, i) => unknown(`dist/u${i}`)), failed('dist/a.exe', 'fail', 'auth', 'key refused')];
    const plan = planAnnotations(results, 'virustotal', POLICY);
    for (const annotation of plan.filter((a) => a.level === 'notice' || a.title === 'API key refused')) {
      expect(annotation).not.toHaveProperty('file');
    }
  });

  test('a file inside the workspace whose name starts with ".." still gets its file', () => {
    const [annotation] = planAnnotations([malicious('..release.zip', engines(2))], 'virustotal', POLICY);
    expect(annotation?.file).toBe('..release.zip');
  });
});

describe('auth failures', () => {
  test('no annotation per artifact failed on the key: the failure line (core.setFailed) says it once', () => {
    const message = 'VirusTotal refused the API key (401 WrongCredentialsError): check the api-key secret.';
    const results = Array.from({ length: 40 }, (_, i) => failed(`dist/f${i}.exe`, 'fail', 'auth', message));
    expect(planAnnotations(results, 'virustotal', POLICY, true)).toEqual([]);
  });

  test('a spent quota that ended the scan, under on-error=warn: one warning says it, not one per artifact', () => {
    const results = Array.from({ length: 5 }, (_, i) => result(`dist/f${i}.exe`, 'error', 'warn', { error: { kind: 'quota', message: 'The quota is spent.', scanStopped: true } }));
    const plan = planAnnotations(results, 'virustotal', POLICY, false);
    expect(plan).toEqual([expect.objectContaining({ level: 'warning', message: expect.stringContaining('could not be checked: The quota is spent.') })]);
  });

  test('an api-url that serves no reports fails every artifact: the failure line says it, no annotation per artifact', () => {
    const results = Array.from({ length: 5 }, (_, i) =>
      result(`dist/f${i}.exe`, 'error', 'fail', { error: { kind: 'protocol', message: 'No file reports here.', scanStopped: true, alwaysFails: true } }),
    );
    expect(planAnnotations(results, 'virustotal', POLICY, true)).toEqual([]);
  });

  test('other findings are still annotated beside a refused key', () => {
    const results = [failed('dist/a.exe', 'fail', 'auth', 'key refused'), malicious('dist/m.exe', engines(4)), failed('dist/b.exe', 'fail', 'auth', 'key refused')];
    const plan = planAnnotations(results, 'virustotal', POLICY, true);
    expect(plan.map((a) => a.title)).toEqual(['Malicious artifact: 4/70 engines']);
  });

  test('a failing gate leaves one error for its failure line: 9 errors, then the notice counts the rest', () => {
    const results = Array.from({ length: 12 }, (_, i) => malicious(`dist/m${String(i).padStart(2, '0')}.exe`, engines(3)));
    const plan = planAnnotations(results, 'virustotal', POLICY, true);
    expect(plan.filter((a) => a.level === 'error')).toHaveLength(9);
    expect(plan.at(-1)).toMatchObject({ level: 'notice', message: expect.stringMatching(/^3 errors more are not shown/) });
  });
});

describe('messages', () => {
  test('malicious: counts, engines with their threat names, hash and report link', () => {
    const result = malicious('dist/app.exe', { Kaspersky: 'HEUR:Trojan.Win32.Generic', Avast: 'Win32:Malware-gen', ClamAV: null }, 79);
    result.report!.detections.push({ engine: 'Sophos', category: 'suspicious', result: 'Heur/Sus', version: null });
    const sha = result.sha256!;
    expect(planAnnotations([result], 'virustotal', POLICY)).toEqual([
      {
        level: 'error',
        title: 'Malicious artifact: 3/79 engines',
        message:
          `dist/app.exe (SHA-256 ${sha}) is flagged malicious by 3 of 79 engines: ` +
          `Kaspersky: HEUR:Trojan.Win32.Generic, Avast: Win32:Malware-gen, ClamAV. Failed: 3 of 79 engines say malicious, more than max-malicious=0. Report: https://www.virustotal.com/gui/file/${sha}`,
        file: 'dist/app.exe',
      },
    ]);
  });

  test('malicious: eight engines named, then "and N more"', () => {
    const [annotation] = planAnnotations([malicious('dist/app.exe', engines(54, 'Orcus'), 79)], 'virustotal', POLICY);
    const named = Array.from({ length: 8 }, (_, i) => `Engine0${i + 1}: Orcus`).join(', ');
    expect(annotation!.message).toContain(`engines: ${named}, and 46 more.`);
    expect(annotation!.message).not.toContain('Engine09');
  });

  test('unknown names the provider and the hash', () => {
    const result = unknown('dist/new.bin');
    expect(planAnnotations([result], 'reversinglabs', POLICY)).toEqual([
      {
        level: 'warning',
        title: 'Unknown to ReversingLabs',
        message: `dist/new.bin (SHA-256 ${result.sha256}) has never been seen by ReversingLabs, so it has no reputation yet. Warning: unknown to ReversingLabs (on-unknown=warn).`,
        file: 'dist/new.bin',
      },
    ]);
  });

  test('a lookup error carries its message', () => {
    const result = failed('dist/app.exe', 'fail', 'quota', 'quota exceeded after 5 retries');
    expect(planAnnotations([result], 'virustotal', POLICY)).toEqual([
      {
        level: 'error',
        title: 'Reputation lookup failed',
        message: `dist/app.exe (SHA-256 ${result.sha256}) could not be checked: quota exceeded after 5 retries. Failed: could not be checked (on-error=fail).`,
        file: 'dist/app.exe',
      },
    ]);
  });

  test('a file that could not be hashed: no hash, no link', () => {
    const [annotation] = planAnnotations([failed('dist/locked.bin', 'warn', 'file', 'Could not hash dist/locked.bin: EACCES.')], 'virustotal', POLICY);
    expect(annotation).toEqual({
      level: 'warning',
      title: 'Artifact could not be read',
      message: 'dist/locked.bin could not be checked: Could not hash dist/locked.bin: EACCES. Warning: could not be checked (on-error=warn).',
      file: 'dist/locked.bin',
    });
  });

  test('reversinglabs: no report link', () => {
    const [annotation] = planAnnotations([malicious('dist/app.exe', engines(2))], 'reversinglabs', POLICY);
    expect(annotation!.message).not.toContain('Report:');
    expect(annotation!.message).not.toContain('virustotal.com');
    expect(annotation!.message.endsWith('Engine02: Trojan.Generic. Failed: 2 of 70 engines say malicious, more than max-malicious=0.')).toBe(true);
  });
});

describe('the new statuses and policy', () => {
  const vtLink = (sha: string) => `https://www.virustotal.com/gui/file/${sha}`;
  /** A result whose report was last analysed on `lastAnalysed`, `staleDays` days before the scan. */
  const stale = (where: string, staleDays: number, lastAnalysed = new Date('2026-09-01T08:00:00Z'), status: ArtifactStatus = 'clean', consequence: Consequence = 'pass') =>
    result(where, status, consequence, { report: { ...report(sha256Of(where), {}), lastAnalysed }, staleDays });
  /** A report no engine has finished with: 0/0. */
  const unanalysed = (where: string, consequence: Consequence) => result(where, 'unanalysed', consequence, { report: report(sha256Of(where), {}, 0) });
  const AGE_30: Policy = defaultPolicy({ ignoreEngines: [], maxReportAgeDays: 30, minEngines: 1 });

  test('suspicious: the counted suspicious detections, naming the suspicious engines only', () => {
    const sha = sha256Of('dist/app.exe');
    const suspicious = result('dist/app.exe', 'suspicious', 'fail', { report: report(sha, { Avast: 'Win32:Agent' }, 72, ['Cylance', 'SecureAge']) });
    expect(suspicious.counted).toEqual({ malicious: 1, suspicious: 2 });
    expect(planAnnotations([suspicious], 'virustotal', { ...POLICY, maxSuspicious: 1 })).toEqual([
      {
        level: 'error',
        title: 'Suspicious artifact: 2/72 engines',
        message: `dist/app.exe (SHA-256 ${sha}) is flagged suspicious by 2 of 72 engines: Cylance: Heuristic, SecureAge: Heuristic. Failed: 2 of 72 engines say suspicious, more than max-suspicious=1. Report: ${vtLink(sha)}`,
        file: 'dist/app.exe',
      },
    ]);
  });

  test.each([
    { consequence: 'fail', level: 'error' },
    { consequence: 'warn', level: 'warning' },
  ] as const)('unanalysed under $consequence: a $level saying the service has not analysed it', ({ consequence, level }) => {
    const sha = sha256Of('dist/new.exe');
    expect(planAnnotations([unanalysed('dist/new.exe', consequence)], 'virustotal', POLICY)).toEqual([
      {
        level,
        title: 'Not analysed by VirusTotal',
        message: `dist/new.exe (SHA-256 ${sha}) has a report with verdicts from only 0 engines (min-engines=5): VirusTotal has not really analysed it yet. ${consequence === 'fail' ? 'Failed' : 'Warning'}: verdicts from only 0 engines, fewer than min-engines=5 (on-unknown=${consequence}). Report: ${vtLink(sha)}`,
        file: 'dist/new.exe',
      },
    ]);
  });

  test('unanalysed: only verdicts count, not type-unsupported engines; ReversingLabs has no link', () => {
    const partial = result('dist/new.exe', 'unanalysed', 'warn', { report: report(sha256Of('dist/new.exe'), {}, 3) });
    partial.report!.stats.typeUnsupported = 20;
    partial.report!.engineCount = 23;
    const [annotation] = planAnnotations([partial], 'reversinglabs', POLICY);
    expect(annotation?.title).toBe('Not analysed by ReversingLabs');
    expect(annotation?.message).toBe(
      `dist/new.exe (SHA-256 ${partial.sha256}) has a report with verdicts from only 3 engines (min-engines=5): ReversingLabs has not really analysed it yet. Warning: verdicts from only 3 engines, fewer than min-engines=5 (on-unknown=warn).`,
    );
  });

  test('unanalysed: one engine verdict reads "1 engine"', () => {
    const one = result('dist/new.exe', 'unanalysed', 'warn', { report: report(sha256Of('dist/new.exe'), {}, 1) });
    expect(planAnnotations([one], 'reversinglabs', POLICY)[0]?.message).toContain('verdicts from only 1 engine (min-engines=5)');
  });

  test('unanalysed under on-unknown=pass: nothing', () => {
    expect(planAnnotations([unanalysed('dist/new.exe', 'pass')], 'virustotal', POLICY)).toEqual([]);
  });

  test('a passing artifact with a stale report: a warning with its age and date', () => {
    expect(planAnnotations([stale('dist/app.js', 75)], 'virustotal', AGE_30)).toEqual([
      {
        level: 'warning',
        title: 'Stale reputation report',
        message: 'dist/app.js was last analysed 75 days ago (2026-09-01), more than max-report-age-days=30: the verdict may be stale. Ask the service to reanalyse it.',
        file: 'dist/app.js',
      },
    ]);
  });

  test('a stale report outside the workspace: no file, the absolute path in the message', () => {
    const [annotation] = planAnnotations([stale('/tmp/build/app.js', 31)], 'virustotal', AGE_30);
    expect(annotation).not.toHaveProperty('file');
    expect(annotation?.message.startsWith('/tmp/build/app.js was last analysed 31 days ago')).toBe(true);
  });

  test('a passing artifact whose report is not stale: nothing', () => {
    expect(planAnnotations([clean('dist/app.js')], 'virustotal', AGE_30)).toEqual([]);
  });

  test('a failing artifact with a stale report: one annotation, which gives the age', () => {
    const sha = sha256Of('dist/app.exe');
    const old = malicious('dist/app.exe', { Avast: 'Win32:Agent' });
    old.staleDays = 45;
    expect(planAnnotations([old], 'virustotal', AGE_30)).toEqual([
      {
        level: 'error',
        title: 'Malicious artifact: 1/70 engines',
        message: `dist/app.exe (SHA-256 ${sha}) is flagged malicious by 1 of 70 engines: Avast: Win32:Agent. Failed: 1 of 70 engines says malicious, more than max-malicious=0. The report is 45 days old (max-report-age-days=30). Report: ${vtLink(sha)}`,
        file: 'dist/app.exe',
      },
    ]);
  });

  test('none for allowed artifacts, whatever they would have been, stale or not', () => {
    const sha = sha256Of('dist/vendor.exe');
    const results = [
      result('dist/vendor.exe', 'allowed', 'pass', { report: report(sha, engines(5)), allowed: { reason: 'vendor installer', otherwise: 'malicious' }, staleDays: 90 }),
      result('dist/b.exe', 'allowed', 'pass', { error: { kind: 'transient', message: 'timed out' }, allowed: { reason: 'ours', otherwise: 'error' } }),
      result('dist/c.bin', 'allowed', 'pass', { allowed: { reason: 'ours', otherwise: 'unknown' } }),
    ];
    expect(planAnnotations(results, 'virustotal', AGE_30)).toEqual([]);
  });

  test('ignored engines are left out of the named engines, and the count is the counted one', () => {
    const ignoring = malicious('dist/app.exe', { Kaspersky: 'HEUR:Trojan', Jiangmin: 'Trojan.Agent', Avast: 'Win32:Malware-gen' });
    ignoring.counted = { malicious: 2, suspicious: 0 };
    const sha = ignoring.sha256!;
    expect(planAnnotations([ignoring], 'virustotal', defaultPolicy({ ignoreEngines: ['jiangmin'], maxReportAgeDays: null, minEngines: 1 }))).toEqual([
      {
        level: 'error',
        title: 'Malicious artifact: 2/70 engines',
        message: `dist/app.exe (SHA-256 ${sha}) is flagged malicious by 2 of 70 engines: Kaspersky: HEUR:Trojan, Avast: Win32:Malware-gen. Failed: 2 of 70 engines say malicious, more than max-malicious=0. Report: ${vtLink(sha)}`,
        file: 'dist/app.exe',
      },
    ]);
  });

  test('ignored engines are matched case-insensitively and take no place among the eight named', () => {
    const ten = malicious('dist/app.exe', engines(10, 'Orcus'));
    ten.counted = { malicious: 8, suspicious: 0 };
    const [annotation] = planAnnotations([ten], 'virustotal', defaultPolicy({ ignoreEngines: ['engine01', 'engine02'], maxReportAgeDays: null, minEngines: 1 }));
    const named = Array.from({ length: 8 }, (_, i) => `Engine${String(i + 3).padStart(2, '0')}: Orcus`).join(', ');
    expect(annotation?.message).toContain(`flagged malicious by 8 of 70 engines: ${named}. Failed: 8 of 70 engines say malicious, more than max-malicious=0. Report:`);
    expect(annotation?.message).not.toContain('Engine01');
    expect(annotation?.message).not.toContain('Engine02');
    expect(annotation?.message).not.toMatch(/and \d+ more/);
  });

  test('worst first by counted detections, not by the raw stats', () => {
    const manyIgnored = malicious('dist/many-ignored.exe', engines(10));
    manyIgnored.counted = { malicious: 1, suspicious: 0 };
    const three = malicious('dist/three.exe', engines(3));
    const ignoreEngines = Array.from({ length: 9 }, (_, i) => `engine0${i + 1}`);
    const plan = planAnnotations([manyIgnored, three], 'virustotal', defaultPolicy({ ignoreEngines, maxReportAgeDays: null, minEngines: 1 }));
    expect(plan.map((a) => a.title)).toEqual(['Malicious artifact: 3/70 engines', 'Malicious artifact: 1/70 engines']);
    expect(plan[1]?.message).toContain('engines: Engine10: Trojan.Generic.');
  });

  test('order: failing malicious, suspicious, errors, unanalysed, unknown; then warnings; stale reports of passing ones last', () => {
    const results = [
      stale('dist/old.js', 40),
      unknown('dist/u-warn.bin', 'warn'),
      unanalysed('dist/n-fail.exe', 'fail'),
      unknown('dist/u-fail.bin', 'fail'),
      failed('dist/e-fail.exe', 'fail'),
      result('dist/s.exe', 'suspicious', 'fail', { report: report(sha256Of('dist/s.exe'), {}, 70, ['Cylance']) }),
      malicious('dist/m.exe', engines(1)),
      unanalysed('dist/n-warn.exe', 'warn'),
    ];
    expect(planAnnotations(results, 'virustotal', AGE_30).map((a) => `${a.level} ${a.file} ${a.title}`)).toEqual([
      'error dist/m.exe Malicious artifact: 1/70 engines',
      'error dist/s.exe Suspicious artifact: 1/70 engines',
      'error dist/e-fail.exe Reputation lookup failed',
      'error dist/n-fail.exe Not analysed by VirusTotal',
      'error dist/u-fail.bin Unknown to VirusTotal',
      'warning dist/n-warn.exe Not analysed by VirusTotal',
      'warning dist/u-warn.bin Unknown to VirusTotal',
      'warning dist/old.js Stale reputation report',
    ]);
  });

  test('stale warnings count toward the cap of 10 warnings', () => {
    const results = [unknown('dist/u.bin'), ...Array.from({ length: 12 }, (_, i) => stale(`dist/old-${i}.js`, 31 + i))];
    const plan = planAnnotations(results, 'virustotal', AGE_30);
    expect(levels(plan)).toEqual([...Array(10).fill('warning'), 'notice']);
    expect(plan[0]?.title).toBe('Unknown to VirusTotal');
    expect(plan[10]?.message.startsWith('3 warnings more are not shown')).toBe(true);
  });
});

describe('emitAnnotations', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** What @actions/core writes to stdout: the workflow commands the runner reads. */
  function commands(annotations: Annotation[]): string[] {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    emitAnnotations(annotations);
    vi.restoreAllMocks();
    return written.join('').split(/\r?\n/).filter(Boolean);
  }

  test('each level as its workflow command, with file only when set, message escaped', () => {
    expect(
      commands([
        { level: 'error', title: 'Malicious artifact: 3/79 engines', message: 'bad\nfile 100%', file: 'dist/a,b.exe' },
        { level: 'warning', title: 'Unknown', message: 'unknown' },
        { level: 'notice', title: 'More', message: 'more' },
      ]),
    ).toEqual(['::error title=Malicious artifact%3A 3/79 engines,file=dist/a%2Cb.exe::bad%0Afile 100%25', '::warning title=Unknown::unknown', '::notice title=More::more']);
  });
});

describe('expired allow lines', () => {
  const expired = (line: number, file: string | null) => ({ source: file ? `allow-file (${file})` : 'allow', line, file, expires: '2026-01-01', sha256: 'c'.repeat(64), reason: 'old exception' });

  test('one warning per line, first, at the line of an allow-file in the workspace', () => {
    const plan = planAnnotations([], 'virustotal', POLICY, false, [expired(3, '.github/allow.txt'), expired(2, null)]);
    expect(plan.map(({ level, title, file, line }) => ({ level, title, file, line }))).toEqual([
      { level: 'warning', title: 'Allow entry expired', file: '.github/allow.txt', line: 3 },
      { level: 'warning', title: 'Allow entry expired', file: undefined, line: undefined },
    ]);
    expect(plan[1]!.message).toMatch(/^allow line 2 allowed c{64} \(old exception\) until 2026-01-01: from that day it no longer allows/);
  });

  test("they share GitHub's cap of warnings with the verdicts: the least serious warning is the one left to the notice", () => {
    const warnings = Array.from({ length: ANNOTATIONS_PER_LEVEL }, (_, i) => unknown(`dist/new-${i}.bin`));
    const plan = planAnnotations(warnings, 'virustotal', POLICY, false, [expired(1, null)]);
    expect(plan.filter((a) => a.level === 'warning')).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(plan[0]!.title).toBe('Allow entry expired');
    expect(plan.at(-1)).toMatchObject({ level: 'notice', title: 'More findings in the job summary' });
  });
});

test('an annotation at a line of a file carries it as startLine', () => {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (lines.push(String(chunk)), true));
  try {
    emitAnnotations([{ level: 'warning', title: 'Allow entry expired', message: 'm', file: '.github/allow.txt', line: 4 }]);
  } finally {
    spy.mockRestore();
  }
  expect(lines.join('')).toContain('::warning title=Allow entry expired,file=.github/allow.txt,line=4::m');
});

describe('archives', () => {
  const results = archiveResults('dist/app.zip');

  test('members are annotated at the outer file; an archive that fails only through them gets none of its own, so the cap goes to them', () => {
    const annotations = planAnnotations(results, 'virustotal', POLICY);
    expect(annotations.map((a) => [a.level, a.title, a.file])).toEqual([
      ['error', 'Malicious artifact: 3/70 engines', 'dist/app.zip'],
      ['error', 'Archive member not read', 'dist/app.zip'],
      ['warning', 'Unknown to VirusTotal', 'dist/app.zip'], // the archive's own verdict, at its own level
    ]);
    expect(annotations[1]!.message).toBe('dist/app.zip!/secret.dll was not read: it is encrypted. Failed: not scanned fully (on-error=fail).');
    expect(annotations[2]!.message).toContain('Failed: it holds 2 failing members: dist/app.zip!/lib/vendor.jar!/native/libevil.so and dist/app.zip!/secret.dll;');
  });

  test('an archive not scanned fully, judged by its hash, says why', () => {
    const cut = judged({ ...artifactAt('dist/cut.zip'), unscanned: 'it could not be read as zip: invalid central directory' }, 'unscanned', 'warn');
    expect(planAnnotations([cut], 'virustotal', POLICY)).toEqual([
      {
        level: 'warning',
        title: 'Archive not scanned fully',
        message: `dist/cut.zip (SHA-256 ${cut.sha256}) was not scanned fully: it could not be read as zip: invalid central directory. Warning: not scanned fully (on-error=warn). Report: https://www.virustotal.com/gui/file/${cut.sha256}`,
        file: 'dist/cut.zip',
      },
    ]);
  });
});
