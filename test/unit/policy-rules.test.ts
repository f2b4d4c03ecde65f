// The rule order (README "Rule order"): fail-engines, warn-malicious, max-malicious-percent and
// expiring allow lines, against each other and against the rules that were there before them;
// the inputs that set them; and the one wording every report uses for the deciding rule.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError, parseInputs, type Inputs } from '../../src/core/options.ts';
import type { ScannedArtifact } from '../../src/core/scan.ts';
import type { Decision, DecisionRule, EngineDetection, FileReport, Policy } from '../../src/core/types.ts';
import { judge, judgeArtifact, overPercent, RULE_ORDER } from '../../src/core/verdict.ts';
import { decidedAsUsual, describeDecision, describeExpiredAllow } from '../../src/report/decision.ts';
import { explain } from '../../src/report/failure.ts';
import { defaultPolicy } from '../support/policy.ts';
import { sha256Of } from '../support/reports.ts';

const NOW = new Date('2026-11-25T12:00:00Z');
const SHA = sha256Of('dist/app.exe');

interface ReportShape {
  /** Engines that say malicious. */
  malicious?: string[];
  /** Engines that say suspicious. */
  suspicious?: string[];
  /** Engines with an undetected verdict. */
  undetected?: number;
}

function report({ malicious = [], suspicious = [], undetected = 60 }: ReportShape): FileReport {
  const detections: EngineDetection[] = [
    ...malicious.map((engine) => ({ engine, category: 'malicious', result: `Trojan.${engine}`, version: null })),
    ...suspicious.map((engine) => ({ engine, category: 'suspicious', result: null, version: null })),
  ];
  return {
    sha256: SHA,
    stats: { malicious: malicious.length, suspicious: suspicious.length, undetected, harmless: 0, timeout: 0, failure: 0, typeUnsupported: 0 },
    engineCount: malicious.length + suspicious.length + undetected,
    detections,
    threatNames: [],
    suggestedThreatLabel: null,
    firstSeen: null,
    lastAnalysed: null,
  };
}

function found(shape: ReportShape): ScannedArtifact {
  return { artifact: { absolutePath: '/w/dist/app.exe', displayPath: 'dist/app.exe', inWorkspace: true, size: 10 }, sha256: SHA, outcome: { kind: 'found', report: report(shape) } };
}

const allowed = (expires: string | null = null): Partial<Policy> => ({
  allow: { [SHA]: 'vendor false positive, SEC-7' },
  allowEntries: { [SHA]: { source: 'allow', line: 2, file: null, expires } },
});

const engines = (count: number, prefix = 'Engine') => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);

interface RuleCase {
  label: string;
  policy: Partial<Policy>;
  report: ReportShape;
  status: string;
  consequence: string;
  decidedBy: Decision;
}

/** Each row: a policy and a report, and the one rule that decides, in the order the rules apply. */
const CASES: RuleCase[] = [
  { label: 'nothing flags it', policy: {}, report: {}, status: 'clean', consequence: 'pass', decidedBy: { rule: 'within-thresholds' } },
  // 1. allow comes before everything, fail-engines included
  {
    label: 'allow beats fail-engines',
    policy: { ...allowed(), failEngines: ['kaspersky'] },
    report: { malicious: ['Kaspersky'] },
    status: 'allowed',
    consequence: 'pass',
    decidedBy: { rule: 'allow' },
  },
  {
    label: 'allow beats warn-malicious',
    policy: { ...allowed(), maxMalicious: 2, warnMalicious: 0 },
    report: { malicious: ['Avast'] },
    status: 'allowed',
    consequence: 'pass',
    decidedBy: { rule: 'allow' },
  },
  {
    label: 'an allow line expiring tomorrow still allows',
    policy: { ...allowed('2026-11-26') },
    report: { malicious: ['Avast'] },
    status: 'allowed',
    consequence: 'pass',
    decidedBy: { rule: 'allow' },
  },
  // 2. fail-engines, whatever max-malicious says; only a malicious verdict counts
  {
    label: 'fail-engines under a lenient max-malicious',
    policy: { maxMalicious: 5, failEngines: ['kaspersky'] },
    report: { malicious: ['Kaspersky', 'Avast'] },
    status: 'malicious',
    consequence: 'fail',
    decidedBy: { rule: 'fail-engines', engines: ['Kaspersky'] },
  },
  {
    label: 'fail-engines matches case-insensitively and names every listed engine',
    policy: { maxMalicious: 5, failEngines: ['kaspersky', 'eset-nod32'] },
    report: { malicious: ['ESET-NOD32', 'Kaspersky'] },
    status: 'malicious',
    consequence: 'fail',
    decidedBy: { rule: 'fail-engines', engines: ['ESET-NOD32', 'Kaspersky'] },
  },
  {
    label: 'a suspicious verdict of a fail-engines engine does not fail',
    policy: { maxMalicious: 5, failEngines: ['kaspersky'] },
    report: { suspicious: ['Kaspersky'] },
    status: 'clean',
    consequence: 'pass',
    decidedBy: { rule: 'within-thresholds' },
  },
  {
    label: 'fail-engines before max-malicious',
    policy: { failEngines: ['kaspersky'] },
    report: { malicious: ['Kaspersky', 'Avast', 'Sophos'] },
    status: 'malicious',
    consequence: 'fail',
    decidedBy: { rule: 'fail-engines', engines: ['Kaspersky'] },
  },
  {
    label: 'fail-engines before warn-malicious',
    policy: { maxMalicious: 2, warnMalicious: 0, failEngines: ['kaspersky'] },
    report: { malicious: ['Kaspersky'] },
    status: 'malicious',
    consequence: 'fail',
    decidedBy: { rule: 'fail-engines', engines: ['Kaspersky'] },
  },
  {
    label: 'fail-engines before min-engines',
    policy: { minEngines: 100, failEngines: ['kaspersky'], maxMalicious: 5 },
    report: { malicious: ['Kaspersky'] },
    status: 'malicious',
    consequence: 'fail',
    decidedBy: { rule: 'fail-engines', engines: ['Kaspersky'] },
  },
  // 3. the thresholds: max-malicious, then its share, then max-suspicious
  {
    label: 'max-malicious before its share',
    policy: { maxMalicious: 1, maxMaliciousPercent: 1 },
    report: { malicious: ['A', 'B'] },
    status: 'malicious',
    consequence: 'fail',
    decidedBy: { rule: 'max-malicious' },
  },
  {
    label: 'over the share, under max-malicious',
    policy: { maxMalicious: 10, maxMaliciousPercent: 10 },
    report: { malicious: engines(8), undetected: 62 },
    status: 'malicious',
    consequence: 'fail',
    decidedBy: { rule: 'max-malicious-percent' },
  },
  {
    label: 'exactly the share does not exceed it (1 of 8 at 12.5)',
    policy: { maxMalicious: 10, maxMaliciousPercent: 12.5 },
    report: { malicious: ['A'], undetected: 7 },
    status: 'clean',
    consequence: 'pass',
    decidedBy: { rule: 'within-thresholds' },
  },
  {
    label: 'just over the share (2 of 15 at 12.5)',
    policy: { maxMalicious: 10, maxMaliciousPercent: 12.5 },
    report: { malicious: ['A', 'B'], undetected: 13 },
    status: 'malicious',
    consequence: 'fail',
    decidedBy: { rule: 'max-malicious-percent' },
  },
  {
    label: 'the share before max-suspicious',
    policy: { maxMalicious: 10, maxMaliciousPercent: 1, maxSuspicious: 0 },
    report: { malicious: ['A'], suspicious: ['B'] },
    status: 'malicious',
    consequence: 'fail',
    decidedBy: { rule: 'max-malicious-percent' },
  },
  {
    label: 'max-suspicious before warn-malicious',
    policy: { maxMalicious: 2, warnMalicious: 0, maxSuspicious: 0 },
    report: { malicious: ['A'], suspicious: ['B'] },
    status: 'suspicious',
    consequence: 'fail',
    decidedBy: { rule: 'max-suspicious' },
  },
  // 4. min-engines, before warn-malicious: a report that says nothing is judged like an unknown
  {
    label: 'min-engines before warn-malicious',
    policy: { maxMalicious: 2, warnMalicious: 0, minEngines: 100, onUnknown: 'fail' },
    report: { malicious: ['A'] },
    status: 'unanalysed',
    consequence: 'fail',
    decidedBy: { rule: 'min-engines' },
  },
  // 5. warn-malicious: more than it, not more than max-malicious
  {
    label: 'one detection under max-malicious=2 warns',
    policy: { maxMalicious: 2, warnMalicious: 0 },
    report: { malicious: ['Avast'] },
    status: 'flagged',
    consequence: 'warn',
    decidedBy: { rule: 'warn-malicious' },
  },
  {
    label: 'max-malicious detections still only warn',
    policy: { maxMalicious: 2, warnMalicious: 0 },
    report: { malicious: ['A', 'B'] },
    status: 'flagged',
    consequence: 'warn',
    decidedBy: { rule: 'warn-malicious' },
  },
  {
    label: 'one more than max-malicious fails',
    policy: { maxMalicious: 2, warnMalicious: 0 },
    report: { malicious: ['A', 'B', 'C'] },
    status: 'malicious',
    consequence: 'fail',
    decidedBy: { rule: 'max-malicious' },
  },
  { label: 'at warn-malicious is clean', policy: { maxMalicious: 2, warnMalicious: 1 }, report: { malicious: ['A'] }, status: 'clean', consequence: 'pass', decidedBy: { rule: 'within-thresholds' } },
  // ignore-engines: an ignored engine counts toward none of the thresholds
  {
    label: 'an ignored detection does not warn',
    policy: { maxMalicious: 2, warnMalicious: 0, ignoreEngines: ['noisyav'] },
    report: { malicious: ['NoisyAV'] },
    status: 'clean',
    consequence: 'pass',
    decidedBy: { rule: 'within-thresholds' },
  },
  {
    label: 'an ignored detection does not count toward the share',
    policy: { maxMalicious: 5, maxMaliciousPercent: 1, ignoreEngines: ['noisyav'] },
    report: { malicious: ['NoisyAV'] },
    status: 'clean',
    consequence: 'pass',
    decidedBy: { rule: 'within-thresholds' },
  },
  {
    label: 'the share counts the engines with a verdict, ignored ones too',
    policy: { maxMalicious: 5, maxMaliciousPercent: 2, ignoreEngines: ['noisyav'] },
    report: { malicious: ['NoisyAV', 'A', 'B'], undetected: 97 },
    status: 'clean',
    consequence: 'pass',
    decidedBy: { rule: 'within-thresholds' },
  },
];

describe('the rule order', () => {
  test.each(CASES)('$label: $status, $consequence', ({ policy, report: shape, status, consequence, decidedBy }) => {
    const result = judgeArtifact(found(shape), defaultPolicy(policy), NOW);
    expect({ status: result.status, consequence: result.consequence, decidedBy: result.decidedBy }).toEqual({ status, consequence, decidedBy });
  });

  test('an allowed artifact keeps what the rules would have made of it', () => {
    const result = judgeArtifact(found({ malicious: ['Avast'] }), defaultPolicy({ ...allowed(), maxMalicious: 2, warnMalicious: 0 }), NOW);
    expect(result.allowed).toEqual({ reason: 'vendor false positive, SEC-7', otherwise: 'flagged' });
  });

  test.each([
    { label: 'unknown', outcome: { kind: 'unknown' } as const, decidedBy: 'on-unknown' },
    { label: 'a failed lookup', outcome: { kind: 'error', error: { kind: 'transient', message: 'timed out' } } as const, decidedBy: 'on-error' },
    { label: 'a refused key', outcome: { kind: 'error', error: { kind: 'auth', message: 'Wrong API key' } } as const, decidedBy: 'unusable-service' },
  ])('without a report, $label is decided by $decidedBy', ({ outcome, decidedBy }) => {
    const scanned: ScannedArtifact = { ...found({}), outcome };
    expect(judgeArtifact(scanned, defaultPolicy(), NOW).decidedBy).toEqual({ rule: decidedBy });
  });

  test('the README rule-order table lists the rules in the order the verdict applies them', () => {
    const readme = readFileSync(path.join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const start = readme.indexOf('### Rule order');
    // Up to the next section: later tables (the CLI's exit statuses) have numbered rows too.
    const section = readme.slice(start, readme.indexOf('\n## ', start));
    const rows = section.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    const rules = rows.map((line) => line.split('|')[2]!.trim().replace(/`/g, ''));
    expect(rules).toEqual(RULE_ORDER.map((rule) => (rule === 'within-thresholds' ? '(none)' : rule)));
  });
});

describe('overPercent: exact, in hundredths', () => {
  test.each([
    { malicious: 1, analysed: 8, percent: 12.5, over: false },
    { malicious: 2, analysed: 15, percent: 12.5, over: true },
    { malicious: 1, analysed: 10, percent: 10, over: false },
    { malicious: 11, analysed: 100, percent: 10, over: true },
    { malicious: 1, analysed: 3, percent: 33.33, over: true },
    { malicious: 1, analysed: 3, percent: 33.34, over: false },
    { malicious: 0, analysed: 70, percent: 0, over: false },
    { malicious: 1, analysed: 70, percent: 0, over: true },
    { malicious: 3, analysed: 0, percent: 10, over: false },
    { malicious: 50, analysed: 70, percent: null, over: false },
  ])('$malicious of $analysed at $percent %: $over', ({ malicious, analysed, percent, over }) => {
    expect(overPercent(malicious, analysed, percent)).toBe(over);
  });
});

describe('allow lines that expire', () => {
  const policy = defaultPolicy({ ...allowed('2026-12-01'), failEngines: ['kaspersky'] });
  const scanned = found({ malicious: ['Kaspersky'] });

  test.each([
    { now: '2026-11-30T23:59:59.999Z', status: 'allowed', expired: 0 },
    { now: '2026-12-01T00:00:00.000Z', status: 'malicious', expired: 1 },
    { now: '2027-06-01T08:00:00.000Z', status: 'malicious', expired: 1 },
  ])('at $now: $status', ({ now, status, expired }) => {
    const judgement = judge([scanned], policy, new Date(now));
    expect(judgement.results[0]!.status).toBe(status);
    expect(judgement.expiredAllows).toHaveLength(expired);
  });

  test('an expired line lets the next rule decide, and says so', () => {
    const [result] = judge([scanned], policy, new Date('2026-12-02T00:00:00Z')).results;
    expect(result!.decidedBy).toEqual({
      rule: 'fail-engines',
      engines: ['Kaspersky'],
      expiredAllow: { source: 'allow', line: 2, file: null, expires: '2026-12-01', sha256: SHA, reason: 'vendor false positive, SEC-7' },
    });
    expect(describeDecision(result!, policy, 'virustotal')).toBe('failed: Kaspersky is in fail-engines; its entry in allow line 2 expired on 2026-12-01 and no longer allows');
  });

  test('an expired line warns even when no artifact of the scan has its hash', () => {
    const other = sha256Of('gone');
    const lapsed = defaultPolicy({
      allow: { [other]: 'old build' },
      allowEntries: { [other]: { source: 'allow-file (.github/allow.txt)', line: 7, file: '.github/allow.txt', expires: '2026-01-01' } },
    });
    const { expiredAllows } = judge([found({})], lapsed, NOW);
    expect(expiredAllows).toEqual([{ source: 'allow-file (.github/allow.txt)', line: 7, file: '.github/allow.txt', expires: '2026-01-01', sha256: other, reason: 'old build' }]);
    expect(describeExpiredAllow(expiredAllows[0]!)).toBe(
      `allow-file (.github/allow.txt) line 7 allowed ${other} (old build) until 2026-01-01: from that day it no longer allows, and an artifact with that hash is judged like any other. Remove the line, or give it a new date once the reason is checked again.`,
    );
  });
});

describe('the words that say which rule decided', () => {
  const cases: { rule: DecisionRule; policy: Partial<Policy>; report: ReportShape; text: string }[] = [
    { rule: 'allow', policy: allowed('2027-01-31'), report: { malicious: ['Avast'] }, text: 'passed: allowed by allow line 2 (vendor false positive, SEC-7), until it expires on 2027-01-31' },
    {
      rule: 'fail-engines',
      policy: { maxMalicious: 5, failEngines: ['kaspersky', 'sophos'] },
      report: { malicious: ['Kaspersky', 'Sophos'] },
      text: 'failed: Kaspersky and Sophos are in fail-engines',
    },
    { rule: 'max-malicious', policy: {}, report: { malicious: ['A', 'B'] }, text: 'failed: 2 of 62 engines say malicious, more than max-malicious=0' },
    {
      rule: 'max-malicious-percent',
      policy: { maxMalicious: 10, maxMaliciousPercent: 10 },
      report: { malicious: engines(8), undetected: 62 },
      text: 'failed: 8 of 70 engines with a verdict say malicious (11.42 %), more than max-malicious-percent=10',
    },
    { rule: 'max-suspicious', policy: { maxSuspicious: 1 }, report: { suspicious: ['A', 'B'] }, text: 'failed: 2 of 62 engines say suspicious, more than max-suspicious=1' },
    { rule: 'min-engines', policy: { minEngines: 5 }, report: { undetected: 3 }, text: 'warning: verdicts from only 3 engines, fewer than min-engines=5 (on-unknown=warn)' },
    {
      rule: 'warn-malicious',
      policy: { maxMalicious: 2, warnMalicious: 0 },
      report: { malicious: ['Avast'] },
      text: 'warning: 1 of 61 engines says malicious, more than warn-malicious=0 and not more than max-malicious=2',
    },
    { rule: 'within-thresholds', policy: {}, report: {}, text: 'passed: 0 of 60 engines say malicious, not more than max-malicious=0' },
  ];
  test.each(cases)('$rule: $text', ({ rule, policy, report: shape, text }) => {
    const judged = defaultPolicy(policy);
    const result = judgeArtifact(found(shape), judged, NOW);
    expect(result.decidedBy.rule).toBe(rule);
    expect(describeDecision(result, judged, 'virustotal')).toBe(text);
  });

  test('the failure line groups failures by the rule that decided them, in rule order', () => {
    const policy = defaultPolicy({ maxMalicious: 3, maxMaliciousPercent: 10, failEngines: ['kaspersky'] });
    const scanned = [
      { ...found({ malicious: engines(4) }), artifact: { absolutePath: '/w/a', displayPath: 'a.exe', inWorkspace: true, size: 1 } },
      { ...found({ malicious: ['Kaspersky'] }), artifact: { absolutePath: '/w/b', displayPath: 'b.exe', inWorkspace: true, size: 1 } },
      { ...found({ malicious: engines(2), undetected: 10 }), artifact: { absolutePath: '/w/c', displayPath: 'c.exe', inWorkspace: true, size: 1 } },
    ];
    expect(explain(judge(scanned, policy, NOW), policy, 'VirusTotal').failureMessage).toBe(
      '1 of 3 artifacts is flagged malicious by an engine in fail-engines: b.exe (Kaspersky); ' +
        '1 of 3 artifacts exceeds max-malicious=3: a.exe (4/64); ' +
        '1 of 3 artifacts exceeds max-malicious-percent=10: c.exe (2 of 12 verdicts)',
    );
  });

  test.each([
    ['unknown', { kind: 'unknown' }, 'warning: unknown to VirusTotal (on-unknown=warn)'],
    [
      'pending',
      { kind: 'pending', submission: { state: 'pending', analysisId: 'an-1', reason: 'not complete after 10 minutes' } },
      'warning: uploaded, not yet analysed by VirusTotal (on-unknown=warn)',
    ],
  ] as const)('on-unknown decides an artifact that is %s, each in its own words', (status, outcome, text) => {
    const policy = defaultPolicy();
    const result = judgeArtifact({ ...found({}), outcome }, policy, NOW);
    expect(result).toMatchObject({ status, consequence: 'warn', decidedBy: { rule: 'on-unknown' } });
    expect(decidedAsUsual(result)).toBe(true);
    expect(describeDecision(result, policy, 'virustotal')).toBe(text);
  });

  test('a pending upload fails under on-unknown=fail, and an allow line still passes it', () => {
    const outcome = { kind: 'pending', submission: { state: 'pending', analysisId: 'an-1', reason: 'not complete after 10 minutes' } } as const;
    const failing = judgeArtifact({ ...found({}), outcome }, defaultPolicy({ onUnknown: 'fail' }), NOW);
    expect(describeDecision(failing, defaultPolicy({ onUnknown: 'fail' }), 'virustotal')).toBe('failed: uploaded, not yet analysed by VirusTotal (on-unknown=fail)');
    const policy = defaultPolicy({ onUnknown: 'fail', ...allowed() });
    expect(judgeArtifact({ ...found({}), outcome }, policy, NOW)).toMatchObject({ status: 'allowed', allowed: { otherwise: 'pending' }, decidedBy: { rule: 'allow' } });
  });

  test('a flagged artifact never fails the gate', () => {
    const judgement = judge([found({ malicious: ['Avast', 'Sophos'] })], defaultPolicy({ maxMalicious: 2, warnMalicious: 0 }), NOW);
    expect(judgement.result).toBe('pass');
    expect(judgement.counts.flagged).toBe(1);
  });
});

describe('the inputs', () => {
  const REQUIRED = { 'api-key': 'test-key-0123456789', files: 'dist/**' };
  const WORKSPACE = '/home/runner/work/app/app';
  const A = 'a'.repeat(64);
  const B = 'b'.repeat(64);
  const parse = (values: Record<string, string>, files: Record<string, string> = {}): Inputs =>
    parseInputs(
      (name) => ({ ...REQUIRED, ...values })[name] ?? '',
      (file) => {
        if (file in files) return files[file]!;
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      },
      WORKSPACE,
    );
  const error = (values: Record<string, string>, files: Record<string, string> = {}): string => {
    try {
      parse(values, files);
    } catch (thrown) {
      expect(thrown).toBeInstanceOf(InputError);
      return (thrown as Error).message;
    }
    throw new Error(`accepted ${JSON.stringify(values)}`);
  };

  test('fail-engines: one per line, comments and blank lines skipped, lower-cased; a name no report uses is fine', () => {
    expect(parse({ 'fail-engines': '# major vendors\nKaspersky\n\n  Microsoft  \nNoSuchEngineAnywhere' }).policy.failEngines).toEqual(['kaspersky', 'microsoft', 'nosuchengineanywhere']);
  });

  test('fail-engines: an engine also in ignore-engines is refused, naming the line', () => {
    expect(error({ 'ignore-engines': 'Bkav\nkaspersky', 'fail-engines': 'Microsoft\n\nKASPERSKY' })).toBe(
      'Input `fail-engines` line 3 names "KASPERSKY", which `ignore-engines` also lists: an engine whose verdicts do not count cannot fail an artifact. Remove it from one of the two.',
    );
  });

  test.each([
    { maxMalicious: '2', warn: '0', expected: 0 },
    { maxMalicious: '2', warn: '1', expected: 1 },
    { maxMalicious: '10', warn: ' 3 ', expected: 3 },
  ])('warn-malicious $warn under max-malicious $maxMalicious', ({ maxMalicious, warn, expected }) => {
    expect(parse({ 'max-malicious': maxMalicious, 'warn-malicious': warn }).policy.warnMalicious).toBe(expected);
  });

  test.each([
    {
      maxMalicious: '',
      warn: '0',
      message:
        'Input `warn-malicious` must be less than `max-malicious` (0): more detections than max-malicious fail, so an artifact could never be flagged; got "0". Raise max-malicious or leave warn-malicious empty.',
    },
    {
      maxMalicious: '2',
      warn: '2',
      message:
        'Input `warn-malicious` must be less than `max-malicious` (2): more detections than max-malicious fail, so an artifact could never be flagged; got "2". Raise max-malicious or leave warn-malicious empty.',
    },
    { maxMalicious: '2', warn: '-1', message: 'Input `warn-malicious` must be a whole number, 0 or more; got "-1".' },
    { maxMalicious: '2', warn: 'one', message: 'Input `warn-malicious` must be a whole number, 0 or more; got "one".' },
  ])('warn-malicious $warn under max-malicious "$maxMalicious" is refused', ({ maxMalicious, warn, message }) => {
    expect(error({ 'max-malicious': maxMalicious, 'warn-malicious': warn })).toBe(message);
  });

  test.each([
    ['15', 15],
    ['12.5', 12.5],
    ['0', 0],
    ['99.99', 99.99],
    ['15%', 15],
    [' 7.25 % ', 7.25],
  ])('max-malicious-percent %j reads as %d', (value, expected) => {
    expect(parse({ 'max-malicious-percent': value }).policy.maxMaliciousPercent).toBe(expected);
  });

  test.each(['100', '150', '-5', '12.345', 'ten', '0x10', '1e1', '%', '.5'])('max-malicious-percent %j is refused, naming what is accepted', (value) => {
    expect(error({ 'max-malicious-percent': value })).toBe(
      `Input \`max-malicious-percent\` must be a percentage from 0 to less than 100, with at most two decimals (for example 15 or 12.5); got ${JSON.stringify(value.trim())}.`,
    );
  });

  test('an allow line may end with expires=YYYY-MM-DD; the reason keeps everything before it', () => {
    const inputs = parse({ allow: `# comment\n${A} PyInstaller bootloader, SEC-142 expires=2027-03-31\n${B} for good` });
    expect(inputs.policy.allow).toEqual({ [A]: 'PyInstaller bootloader, SEC-142', [B]: 'for good' });
    expect(inputs.policy.allowEntries).toEqual({
      [A]: { source: 'allow', line: 2, file: null, expires: '2027-03-31' },
      [B]: { source: 'allow', line: 3, file: null, expires: null },
    });
  });

  test.each([
    { value: '2027-02-30', line: 2 },
    { value: '2027-13-01', line: 2 },
    { value: '27-01-01', line: 2 },
    { value: 'tomorrow', line: 2 },
    { value: '2027/01/31', line: 2 },
    { value: '', line: 2 },
  ])('expires=$value is not a date: refused, naming the input and the line', ({ value, line }) => {
    expect(error({ allow: `\n${A} reason expires=${value}` })).toBe(
      `Input \`allow\` line ${line} has \`expires=${value}\`, which is not a date: write the day the entry stops allowing as YYYY-MM-DD (UTC), for example \`expires=2027-01-31\`.`,
    );
  });

  test('an allow-file line with a bad date names the file and the line', () => {
    expect(error({ 'allow-file': '.github/allow.txt' }, { [`${WORKSPACE}/.github/allow.txt`]: `${A} ok\n${B} not ok expires=2027-02-29\n` })).toBe(
      'Input `allow-file` (.github/allow.txt) line 2 has `expires=2027-02-29`, which is not a date: write the day the entry stops allowing as YYYY-MM-DD (UTC), for example `expires=2027-01-31`.',
    );
  });

  test('a line with a date but no reason is refused as before', () => {
    expect(error({ allow: `${A} expires=2027-01-01` })).toContain('Input `allow` line 1 must be `<sha256> <reason>`, optionally followed by `expires=YYYY-MM-DD`');
  });

  test('allow-file entries inside the workspace keep the file, so the warning can point at the line', () => {
    const inputs = parse({ 'allow-file': './.github/allow.txt' }, { [`${WORKSPACE}/.github/allow.txt`]: `\n${A} ok expires=2027-01-01` });
    expect(inputs.policy.allowEntries[A]).toEqual({ source: 'allow-file (./.github/allow.txt)', line: 2, file: '.github/allow.txt', expires: '2027-01-01' });
    const outside = parse({ 'allow-file': '/etc/gate/allow.txt' }, { '/etc/gate/allow.txt': `${A} ok` });
    expect(outside.policy.allowEntries[A]!.file).toBeNull();
  });

  test.each([
    { label: 'a line without a date outlasts one with', lines: [`${A} first expires=2027-01-01`, `${A} second`], reason: 'second', expires: null },
    { label: 'a later date outlasts an earlier one', lines: [`${A} first expires=2027-01-01`, `${A} second expires=2028-01-01`], reason: 'second', expires: '2028-01-01' },
    { label: 'an earlier date does not replace a later one', lines: [`${A} first expires=2028-01-01`, `${A} second expires=2027-01-01`], reason: 'first', expires: '2028-01-01' },
    { label: 'between two lines for good, the first wins', lines: [`${A} first`, `${A} second`], reason: 'first', expires: null },
  ])('a hash listed twice: $label', ({ lines, reason, expires }) => {
    const { policy } = parse({ allow: lines.join('\n') });
    expect(policy.allow[A]).toBe(reason);
    expect(policy.allowEntries[A]!.expires).toBe(expires);
  });
});
