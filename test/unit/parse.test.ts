import { describe, expect, test } from 'vitest';
import { errorNamesHash, parseErrorBody, parseFileReport, parseJson, ProtocolError, UnrepresentableNumber } from '../../src/core/reputation/parse.ts';
import { fileReport, fixtureNames, fixtureReport } from '../support/reports.ts';

const SHA = 'a'.repeat(64);
const OTHER_SHA = 'b'.repeat(64);

/** A minimal valid body for SHA, with `attributes` merged over it. */
function body(attributes: Record<string, unknown> = {}, id: unknown = SHA): Record<string, unknown> {
  return {
    data: {
      id,
      type: 'file',
      attributes: {
        sha256: SHA,
        last_analysis_stats: { malicious: 1, suspicious: 0, undetected: 5, harmless: 0, timeout: 0, failure: 0, 'type-unsupported': 0 },
        ...attributes,
      },
    },
  };
}

function stats(overrides: Record<string, unknown>): Record<string, unknown> {
  return { malicious: 1, suspicious: 0, undetected: 5, harmless: 0, timeout: 0, failure: 0, 'type-unsupported': 0, ...overrides };
}

/** Asserts that parsing throws a ProtocolError (and so never returns a report) and gives its message. */
function protocolError(value: unknown, sha256 = SHA): string {
  let returned: unknown;
  try {
    returned = parseFileReport(value, sha256);
  } catch (error) {
    expect(error).toBeInstanceOf(ProtocolError);
    return (error as Error).message;
  }
  throw new Error(`parseFileReport returned a report: ${JSON.stringify(returned)}`);
}

describe('every recorded real response in test/fixtures/vt-v3', () => {
  const names = fixtureNames();

  test('the fixture directory is not empty', () => {
    expect(names.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(names)('%s', (name) => {
    const { sha256, body: raw } = fixtureReport(name);
    const attributes = raw.data.attributes;
    const rawStats: Record<string, number> = attributes.last_analysis_stats;
    const rawResults: Record<string, { engine_name?: string; category: string; result: string | null }> = attributes.last_analysis_results;
    const report = parseFileReport(raw, sha256);

    test('is a report for the requested hash', () => {
      expect(report.sha256).toBe(sha256);
      expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    });

    test('stats equal last_analysis_stats', () => {
      expect(report.stats).toEqual({
        malicious: rawStats.malicious,
        suspicious: rawStats.suspicious ?? 0,
        undetected: rawStats.undetected ?? 0,
        harmless: rawStats.harmless ?? 0,
        timeout: rawStats.timeout ?? 0,
        failure: rawStats.failure ?? 0,
        typeUnsupported: rawStats['type-unsupported'] ?? 0,
      });
    });

    test('engineCount is the sum of every stats category', () => {
      const sum = Object.values(rawStats).reduce((total, count) => total + count, 0);
      expect(report.engineCount).toBe(sum);
      // The recorded reports are complete: every engine asked has one entry in last_analysis_results.
      expect(report.engineCount).toBe(Object.keys(rawResults).length);
    });

    test('detections are the engines that said malicious or suspicious', () => {
      const flagged = Object.entries(rawResults).filter(([, entry]) => entry.category === 'malicious' || entry.category === 'suspicious');
      expect(report.detections).toHaveLength(flagged.length);
      expect(report.detections.filter((d) => d.category === 'malicious')).toHaveLength(rawStats.malicious!);
      expect(report.detections.filter((d) => d.category === 'suspicious')).toHaveLength(rawStats.suspicious ?? 0);
      expect(report.detections.map((d) => d.engine).sort()).toEqual(flagged.map(([key, entry]) => entry.engine_name ?? key).sort());
      for (const detection of report.detections) {
        const entry = rawResults[detection.engine];
        expect(entry, detection.engine).toBeDefined();
        expect(detection.category).toBe(entry!.category);
        expect(detection.result).toBe(entry!.result || null);
      }
    });

    test('detections list malicious before suspicious, then by engine name', () => {
      const rank = (category: string) => (category === 'malicious' ? 0 : 1);
      for (const [a, b] of report.detections.slice(1).map((d, i) => [report.detections[i]!, d] as const)) {
        expect(rank(a.category)).toBeLessThanOrEqual(rank(b.category));
        if (a.category === b.category) expect(a.engine.localeCompare(b.engine)).toBeLessThan(0);
      }
    });

    test('threat names are at most three results of the flagged engines', () => {
      expect(report.threatNames.length).toBeLessThanOrEqual(3);
      const results = new Set(report.detections.map((d) => d.result));
      for (const threat of report.threatNames) expect(results).toContain(threat);
      if (report.detections.some((d) => d.result)) expect(report.threatNames.length).toBeGreaterThan(0);
    });

    test('dates are parsed from Unix seconds', () => {
      const expected = (seconds: number | undefined) => (seconds ? new Date(seconds * 1000) : null);
      expect(report.firstSeen).toEqual(expected(attributes.first_submission_date));
      expect(report.lastAnalysed).toEqual(expected(attributes.last_analysis_date));
      expect(report.lastAnalysed).not.toBeNull();
    });

    test('the suggested threat label is read when present', () => {
      expect(report.suggestedThreatLabel).toBe(attributes.popular_threat_classification?.suggested_threat_label ?? null);
    });
  });

  test('malicious-win32-exe: 54 of 79 engines say malicious', () => {
    const { sha256, body: raw } = fixtureReport('malicious-win32-exe');
    const report = parseFileReport(raw, sha256);
    expect(report.stats.malicious).toBe(54);
    expect(report.engineCount).toBe(79);
    expect(report.detections).toHaveLength(54);
    expect(report.suggestedThreatLabel).toBe('trojan.orcusrat/msil');
    expect(report.firstSeen?.toISOString()).toBe('2024-07-29T04:22:49.000Z');
  });

  test('low-detection-zip: 2 malicious, 1 failure, 76 engines', () => {
    const { sha256, body: raw } = fixtureReport('low-detection-zip');
    const report = parseFileReport(raw, sha256);
    expect(report.stats).toMatchObject({ malicious: 2, failure: 1, undetected: 64, typeUnsupported: 9 });
    expect(report.engineCount).toBe(76);
    expect(report.detections).toHaveLength(2);
  });

  test('clean-javascript: nothing detected, timeouts still count as engines', () => {
    const { sha256, body: raw } = fixtureReport('clean-javascript');
    const report = parseFileReport(raw, sha256);
    expect(report.stats).toMatchObject({ malicious: 0, suspicious: 0, timeout: 2, typeUnsupported: 14 });
    expect(report.engineCount).toBe(76);
    expect(report.detections).toEqual([]);
    expect(report.threatNames).toEqual([]);
    expect(report.suggestedThreatLabel).toBeNull();
  });

  test('a recorded report re-aimed at another hash parses for that hash only', () => {
    const { body: raw } = fixtureReport('malicious-word-document', SHA);
    expect(parseFileReport(raw, SHA).stats.malicious).toBe(37);
    protocolError(raw, OTHER_SHA);
  });
});

describe('synthetic reports', () => {
  test('suspicious engines are detections too, after the malicious ones', () => {
    const report = parseFileReport(fileReport({ sha256: SHA, malicious: { Zeta: 'Trojan.A', Alpha: 'Trojan.B' }, suspicious: { Beta: 'Heur.C' }, undetected: 3 }), SHA);
    expect(report.detections.map((d) => `${d.category}:${d.engine}`)).toEqual(['malicious:Alpha', 'malicious:Zeta', 'suspicious:Beta']);
    expect(report.stats).toMatchObject({ malicious: 2, suspicious: 1, undetected: 3 });
    expect(report.engineCount).toBe(6);
  });

  test('threat names: the three most frequent, most common first, ties by name', () => {
    const report = parseFileReport(
      fileReport({
        sha256: SHA,
        malicious: { A: 'Win.Trojan', B: 'Win.Trojan', C: 'Win.Trojan', D: 'Zbot', E: 'Zbot', F: 'Agent', G: 'Beta', H: 'Alpha' },
      }),
      SHA,
    );
    expect(report.threatNames).toEqual(['Win.Trojan', 'Zbot', 'Agent']);
  });

  test('stats the parser does not name (confirmed-timeout) still count as engines', () => {
    const report = parseFileReport(body({ last_analysis_stats: stats({ 'confirmed-timeout': 3, 'type-unsupported': 2 }) }), SHA);
    expect(report.engineCount).toBe(1 + 5 + 3 + 2);
  });

  test('omitted stats read as 0', () => {
    const report = parseFileReport(body({ last_analysis_stats: { malicious: 4 } }), SHA);
    expect(report.stats).toEqual({ malicious: 4, suspicious: 0, undetected: 0, harmless: 0, timeout: 0, failure: 0, typeUnsupported: 0 });
    expect(report.engineCount).toBe(4);
  });

  test('missing optional attributes read as empty, not as errors', () => {
    const report = parseFileReport(body(), SHA);
    expect(report.detections).toEqual([]);
    expect(report.threatNames).toEqual([]);
    expect(report.suggestedThreatLabel).toBeNull();
    expect(report.firstSeen).toBeNull();
    expect(report.lastAnalysed).toBeNull();
  });

  test('an engine entry without engine_name is named by its key', () => {
    const results = { KeyName: { category: 'malicious', result: 'Evil' } };
    expect(parseFileReport(body({ last_analysis_results: results }), SHA).detections).toEqual([{ engine: 'KeyName', category: 'malicious', result: 'Evil', version: null }]);
  });

  test.each([
    ['0', 0],
    ['negative', -5],
    ['a string', '1700000000'],
    ['null', null],
  ])('a date that is %s reads as null', (_label, value) => {
    expect(parseFileReport(body({ first_submission_date: value }), SHA).firstSeen).toBeNull();
  });

  test.each([1e15, Number.MAX_SAFE_INTEGER])('a date out of range (%d s) reads as null, never as an Invalid Date', (value) => {
    const report = parseFileReport(body({ first_submission_date: value, last_analysis_date: value }), SHA);
    for (const date of [report.firstSeen, report.lastAnalysed]) {
      if (date !== null) expect(Number.isNaN(date.getTime())).toBe(false);
    }
  });
});

describe('hash matching', () => {
  test('accepted when only attributes.sha256 is given', () => {
    expect(parseFileReport(body({}, null), SHA).sha256).toBe(SHA);
  });

  test('refused when data.id names something else, even though attributes.sha256 matches', () => {
    expect(() => parseFileReport(body({}, 'some-other-id'), SHA)).toThrow(`the service answered with a report for "some-other-id", not for ${SHA}`);
  });

  test('accepted when only data.id matches', () => {
    const value = body();
    delete ((value.data as Record<string, unknown>).attributes as Record<string, unknown>).sha256;
    expect(parseFileReport(value, SHA).sha256).toBe(SHA);
  });

  test('the service may spell the hash in capitals; the report keeps the requested spelling', () => {
    const upper = SHA.toUpperCase();
    const report = parseFileReport(body({ sha256: upper }, upper), SHA);
    expect(report.sha256).toBe(SHA);
  });

  test('a report for another hash is refused, naming both', () => {
    const message = protocolError(fileReport({ sha256: OTHER_SHA }), SHA);
    expect(message).toContain(OTHER_SHA);
    expect(message).toContain(SHA);
  });

  test('a report with no hash at all is refused', () => {
    const value = body({ sha256: undefined }, null);
    expect(protocolError(value)).toContain('no hash');
  });

  test('a prefix of the hash is not a match', () => {
    protocolError(body({ sha256: SHA.slice(0, 32) }, SHA.slice(0, 32)));
  });
});

describe('malformed bodies are protocol errors, never reports', () => {
  test.each([
    ['null', null],
    ['a string', 'not json'],
    ['an array', [body()]],
    ['an empty object', {}],
    ['data: null', { data: null }],
    ['data without attributes', { data: { id: SHA } }],
    ['an error body', { error: { code: 'NotFoundError', message: 'not found' } }],
  ])('%s', (_label, value) => {
    protocolError(value);
  });

  test.each([
    ['missing', undefined],
    ['null', null],
    ['an array', [1, 0, 5]],
    ['a number', 3],
  ])('last_analysis_stats %s', (_label, value) => {
    expect(protocolError(body({ last_analysis_stats: value }))).toContain('last_analysis_stats');
  });

  test.each([
    ['missing', undefined],
    ['null', null],
    ['a string', '3'],
    ['negative', -1],
    ['fractional', 1.5],
    ['NaN', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
    ['a boolean', true],
  ])('last_analysis_stats.malicious %s', (_label, value) => {
    const raw = stats({});
    if (value === undefined) delete raw.malicious;
    else raw.malicious = value;
    expect(protocolError(body({ last_analysis_stats: raw }))).toContain('last_analysis_stats.malicious');
  });

  test.each([
    ['suspicious', '2'],
    ['undetected', -3],
    ['harmless', 0.5],
    ['timeout', {}],
    ['failure', true],
    ['type-unsupported', '14'],
  ])('last_analysis_stats.%s non-numeric (%j)', (name, value) => {
    expect(protocolError(body({ last_analysis_stats: stats({ [name]: value }) }))).toContain(`last_analysis_stats.${name}`);
  });
});

describe('parseErrorBody', () => {
  test('reads code and message of a VirusTotal error body', () => {
    expect(parseErrorBody({ error: { code: 'NotFoundError', message: `File "${SHA}" not found` } })).toEqual({
      code: 'NotFoundError',
      message: `File "${SHA}" not found`,
    });
  });

  test('keeps what is there when half is missing', () => {
    expect(parseErrorBody({ error: { code: 'QuotaExceededError' } })).toEqual({ code: 'QuotaExceededError', message: null });
  });

  test.each([
    ['null', null],
    ['a string', '<html>502 Bad Gateway</html>'],
    ['an empty object', {}],
    ['error as a string', { error: 'WrongCredentialsError' }],
    ['non-string fields', { error: { code: 401, message: ['no'] } }],
    ['empty strings', { error: { code: '', message: '' } }],
    ['an array', [{ error: { code: 'X', message: 'Y' } }]],
  ])('garbage (%s) reads as nulls', (_label, value) => {
    expect(parseErrorBody(value)).toEqual({ code: null, message: null });
  });
});

test('an error message from the service is cut to one short line', () => {
  const { code, message } = parseErrorBody({ error: { code: 'QuotaExceededError', message: `line one\nline two ${'x'.repeat(5000)}` } });
  expect(code).toBe('QuotaExceededError');
  expect(message).toHaveLength(300);
  expect(message!.startsWith('line one line two xxx')).toBe(true);
  expect(message!.endsWith('…')).toBe(true);
});

describe('contradictory reports are never read as clean', () => {
  const engine = (engine_name: string, category: string, result: string | null = 'Trojan.X') => ({ engine_name, category, result, engine_version: '1' });

  test.each([
    ['url', '"url"'],
    ['analysis', '"analysis"'],
    [undefined, 'missing'],
  ])('data.type %j is not a file report', (type, shown) => {
    const value = body();
    (value.data as Record<string, unknown>).type = type;
    expect(protocolError(value)).toBe(`data.type is ${shown}, not "file": the answer is not a file report`);
  });

  test('data.id and attributes.sha256 naming different hashes: refused, whichever matches', () => {
    expect(protocolError(body({ sha256: OTHER_SHA }))).toBe(`the service answered with a report for "${OTHER_SHA}", not for ${SHA}`);
    expect(protocolError(body({}, OTHER_SHA))).toBe(`the service answered with a report for "${OTHER_SHA}", not for ${SHA}`);
  });

  test('stats that say malicious: 0 while engines say malicious: the report carries the contradiction', () => {
    const report = parseFileReport(
      body({
        last_analysis_stats: stats({ malicious: 0, suspicious: 0 }),
        last_analysis_results: { A: engine('A', 'malicious'), B: engine('B', 'malicious'), C: engine('C', 'suspicious'), D: engine('D', 'undetected', null) },
      }),
      SHA,
    );
    expect(report.stats.malicious).toBe(0);
    expect(report.detections.map((d) => [d.engine, d.category])).toEqual([
      ['A', 'malicious'],
      ['B', 'malicious'],
      ['C', 'suspicious'],
    ]);
    expect(report.contradiction).toBe(
      'The report contradicts itself: last_analysis_stats.malicious says 0, but 2 engines in last_analysis_results say malicious; last_analysis_stats.suspicious says 0, but 1 engine in last_analysis_results says suspicious. The engines are counted.',
    );
  });

  test('engines whose category is spelled in capitals still count: the stats cannot hide them', () => {
    const report = parseFileReport(body({ last_analysis_stats: stats({ malicious: 0 }), last_analysis_results: { A: engine('A', 'Malicious'), B: engine('B', 'MALICIOUS') } }), SHA);
    expect(report.detections.map((d) => d.category)).toEqual(['malicious', 'malicious']);
    expect(report.contradiction).toMatch(/says 0, but 2 engines/);
  });

  test.each([
    ['an array', [engine('A', 'malicious')], '[{"engine_name":"A"'],
    ['a string', 'malicious', '"malicious"'],
  ])('last_analysis_results as %s is refused, never read as no engines', (_, results, shown) => {
    expect(protocolError(body({ last_analysis_results: results }))).toContain(`last_analysis_results is not an object of engines: ${shown}`);
  });

  test('a consistent report has no contradiction', () => {
    expect(parseFileReport(body({ last_analysis_results: { A: engine('A', 'malicious') } }), SHA).contradiction).toBeUndefined();
  });

  test('an engine named twice (under two keys, in any case) counts once, with its worst category', () => {
    const report = parseFileReport(
      body({ last_analysis_results: { Bkav: engine('Bkav', 'suspicious'), 'Bkav Pro': engine('BKAV', 'malicious'), Other: engine('Other', 'malicious'), Other2: engine('Other', 'malicious') } }),
      SHA,
    );
    expect(report.detections.map((d) => [d.engine, d.category])).toEqual([
      ['BKAV', 'malicious'],
      ['Other', 'malicious'],
    ]);
  });
});

describe("errorNamesHash: only the real service's words prove a hash unknown", () => {
  const answer = (message: string) => ({ error: { code: 'NotFoundError', message } });

  test.each([`File "${SHA}" not found`, `File "${SHA.toUpperCase()}" not found.`, `  File "${SHA}" not found  `])('%j proves it', (message) => {
    expect(errorNamesHash(answer(message), SHA)).toBe(true);
  });

  test.each([
    'Resource not found.',
    `Resource not found: /api/v2/files/${SHA}`,
    `files:${SHA} not found`,
    `files\\${SHA} not found`,
    `id=${SHA}`,
    `'${SHA}'`,
    `File "${OTHER_SHA}" not found`,
    `F\u0131le "${SHA}" not found`, // a dotless ı is no i, though it upper-cases to I
    `File "${SHA}" not found; route /api/v2 unknown`,
    `File "${SHA}" not found..`,
    `File "${SHA}"  not found`,
  ])('%j proves nothing (it may only echo the route)', (message) => {
    expect(errorNamesHash(answer(message), SHA)).toBe(false);
  });
});

describe('asked by MD5 or SHA-1', () => {
  const MD5 = 'c'.repeat(32);
  const SHA1 = 'd'.repeat(40);

  test.each([
    ['md5', MD5],
    ['sha1', SHA1],
  ])('a report whose attributes.%s is the hash asked for is read, with its SHA-256', (kind, hash) => {
    expect(parseFileReport(body({ [kind]: hash.toUpperCase() }), hash).sha256).toBe(SHA);
  });

  test.each([
    ['md5', MD5, {}, `the answer does not name the MD5 asked for (no attributes.md5), so it is not proven to be the report for ${MD5}`],
    ['md5', MD5, { md5: 'e'.repeat(32) }, `the service answered with a report for MD5 "${'e'.repeat(32)}", not for ${MD5}`],
    ['sha1', SHA1, { sha1: MD5 }, `the service answered with a report for SHA-1 "${MD5}", not for ${SHA1}`],
    ['sha1', SHA1, { sha1: SHA1, sha256: OTHER_SHA }, `the report for SHA-1 ${SHA1} names two SHA-256s (${SHA} and ${OTHER_SHA})`],
    ['sha1', SHA1, { sha1: SHA1, sha256: MD5 }, `the report for SHA-1 ${SHA1} names "${MD5}" as its SHA-256, which is not one`],
  ])('asked by %s %s, attributes %j: refused', (_, hash, attributes, message) => {
    expect(protocolError(body(attributes), hash)).toBe(message);
  });

  test('a report naming no SHA-256 at all is refused, even when its MD5 matches', () => {
    expect(protocolError(body({ md5: MD5, sha256: null }, null), MD5)).toBe(`the report for MD5 ${MD5} names no SHA-256 (neither data.id nor attributes.sha256)`);
  });

  test('asked by SHA-256, the MD5 and SHA-1 it names are not what proves it', () => {
    expect(parseFileReport(body({ md5: MD5, sha1: SHA1 }), SHA).sha256).toBe(SHA);
  });
});

describe('parseJson', () => {
  test('numbers a double holds exactly come back as numbers, however deep', () => {
    expect(parseJson('{"a":[1,2.5,-3,{"b":9007199254740991}],"c":"12345678901234567890"}')).toEqual({ a: [1, 2.5, -3, { b: 9007199254740991 }], c: '12345678901234567890' });
  });

  test.each(['1e400', '12345678901234567890', '-0.5e999', '1e16'])('%s anywhere in the answer keeps its source text', (number) => {
    const parsed = parseJson(`{"data":{"stats":[0,{"malicious":${number}}]},"ok":1}`) as { data: { stats: [number, { malicious: unknown }] }; ok: number };
    expect(parsed.data.stats[1].malicious).toEqual(new UnrepresentableNumber(number));
    expect(parsed.ok).toBe(1);
  });
});
