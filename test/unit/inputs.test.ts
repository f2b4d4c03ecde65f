import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { InputError, parseInputs, type Inputs } from '../../src/core/options.ts';
import { PROVIDERS } from '../../src/core/providers.ts';
import { sha256Of } from '../support/reports.ts';

/** The two required inputs, so that each test only spells out what it is about. */
const REQUIRED = { 'api-key': 'test-key-0123456789', files: 'dist/**' };
const WORKSPACE = '/home/runner/work/app/app';

/** A reader over a plain table of inputs; an absent input reads as '', as on the runner. */
function reader(values: Record<string, string>): (name: string) => string {
  return (name) => values[name] ?? '';
}

/** A file reader over a plain table of absolute paths, failing as readFileSync does for any other. */
function fileReader(files: Record<string, string>): (file: string) => string {
  return (file) => {
    if (file in files) return files[file]!;
    throw Object.assign(new Error(`ENOENT: no such file or directory, open '${file}'`), { code: 'ENOENT', errno: -2, syscall: 'open', path: file });
  };
}

/** Parses the inputs, with the repository's files in `files` (keyed by absolute path) and the workspace at WORKSPACE. */
function parse(overrides: Record<string, string>, files: Record<string, string> = {}): Inputs {
  return parseInputs(reader({ ...REQUIRED, ...overrides }), fileReader(files), WORKSPACE);
}

/** The InputError that parsing throws; fails the test when parsing succeeds or throws something else. */
function inputError(overrides: Record<string, string>, files: Record<string, string> = {}): InputError {
  try {
    parse(overrides, files);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error(`parseInputs accepted ${JSON.stringify(overrides)}`);
}

describe('defaults', () => {
  // Inputs added later may add fields: the ones named here must keep these defaults.
  const expectedDefaults: Partial<Inputs> = {
    patterns: 'dist/**',
    apiKey: 'test-key-0123456789',
    provider: 'virustotal',
    apiUrl: 'https://www.virustotal.com/api/v3',
    policy: {
      maxMalicious: 0,
      maxSuspicious: null,
      minEngines: 1,
      maxReportAgeDays: null,
      ignoreEngines: [],
      allow: {},
      allowEntries: {},
      failEngines: [],
      warnMalicious: null,
      maxMaliciousPercent: null,
      onUnknown: 'warn',
      onError: 'fail',
      ifNoFilesFound: 'warn',
    },
    jobSummary: true,
    sarifPath: null,
    cache: { maxAgeMs: 24 * 3_600_000, unknownMaxAgeMs: 3_600_000 },
  };

  test('only the required inputs set: every other input takes its default', () => {
    expect(parse({})).toMatchObject(expectedDefaults);
  });

  test('optional inputs that are blank or whitespace read as their default', () => {
    const blank = {
      provider: ' ',
      'api-url': '\t',
      'max-malicious': '  ',
      'on-unknown': '',
      'on-error': '\n',
      'if-no-files-found': ' ',
      'job-summary': ' ',
      'max-suspicious': ' ',
      'min-engines': '\t',
      'max-report-age-days': '  ',
      'ignore-engines': '\n \n',
      allow: ' \n\t\n',
      'allow-file': '  ',
      'sarif-path': ' ',
      cache: ' ',
      'cache-max-age-hours': '\t',
      'cache-unknown-max-age-hours': ' ',
    };
    expect(parse(blank)).toMatchObject(expectedDefaults);
    expect(parse(blank)).toEqual(parse({}));
  });

  test("the built-in fallbacks agree with action.yml's defaults", () => {
    const meta = parseYaml(readFileSync(path.join(import.meta.dirname, '..', '..', 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    const actionDefaults = Object.fromEntries(Object.entries(meta.inputs).map(([name, input]) => [name, input.default ?? '']));
    // What the runner passes when the workflow sets nothing must parse to the same as nothing at all.
    expect(parseInputs(reader({ ...actionDefaults, ...REQUIRED }))).toEqual(parse({}));
  });

  test('action.yml declares every input that parseInputs reads', () => {
    const meta = parseYaml(readFileSync(path.join(import.meta.dirname, '..', '..', 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    const read = new Set<string>();
    parseInputs((name) => {
      read.add(name);
      return ({ ...REQUIRED } as Record<string, string>)[name] ?? '';
    });
    expect([...read].filter((name) => !(name in meta.inputs))).toEqual([]);
  });

  test('the api key is trimmed and the files input is kept as written', () => {
    const inputs = parse({ 'api-key': '  abc123def456ghi789  \n', files: '# artifacts\ndist/**\n!dist/**/*.map\n' });
    expect(inputs.apiKey).toBe('abc123def456ghi789');
    expect(inputs.patterns).toBe('# artifacts\ndist/**\n!dist/**/*.map\n');
  });
});

describe('enum inputs', () => {
  const enums = [
    { name: 'provider', accepted: ['virustotal', 'reversinglabs'], pick: (i: Inputs) => i.provider },
    { name: 'on-unknown', accepted: ['pass', 'warn', 'fail'], pick: (i: Inputs) => i.policy.onUnknown },
    { name: 'on-error', accepted: ['fail', 'warn'], pick: (i: Inputs) => i.policy.onError },
    { name: 'if-no-files-found', accepted: ['warn', 'error', 'ignore'], pick: (i: Inputs) => i.policy.ifNoFilesFound },
    { name: 'archive-members', accepted: ['binaries', 'all', 'none'], pick: (i: Inputs) => i.archives.members },
  ];
  const accepted = enums.flatMap(({ name, accepted, pick }) => accepted.map((value) => ({ name, value, pick })));

  test.each(accepted)('$name accepts $value', ({ name, value, pick }) => {
    expect(pick(parse({ [name]: value }))).toBe(value);
  });

  test.each(accepted)('$name accepts $value in capitals and with spaces around it', ({ name, value, pick }) => {
    expect(pick(parse({ [name]: `  ${value.toUpperCase()} ` }))).toBe(value);
  });

  const rejected = enums.flatMap(({ name, accepted }) => ['nope', 'true', accepted.join(','), `${accepted[0]}x`, 'virus total'].map((value) => ({ name, value, accepted })));

  test.each(rejected)('$name rejects "$value", naming the input and every accepted value', ({ name, value, accepted }) => {
    const error = inputError({ [name]: value });
    expect(error.message).toContain(`\`${name}\``);
    for (const option of accepted) expect(error.message).toContain(`\`${option}\``);
    expect(error.message).toContain(JSON.stringify(value));
  });

  test('the enum error message has its documented shape', () => {
    expect(inputError({ 'on-error': 'ignore' }).message).toBe('Input `on-error` must be one of `fail`, `warn`; got "ignore".');
  });
});

describe('max-malicious', () => {
  test.each([
    ['0', 0],
    ['3', 3],
    [' 12 ', 12],
    ['007', 7],
    [String(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER],
  ])('accepts %j as %d', (value, expected) => {
    expect(parse({ 'max-malicious': value }).policy.maxMalicious).toBe(expected);
  });

  test.each(['-1', '1.5', 'abc', '1e3', '0x10', '+1', '1 000', '3 engines', String(Number.MAX_SAFE_INTEGER + 2), '99999999999999999999999'])('rejects %j', (value) => {
    const error = inputError({ 'max-malicious': value });
    expect(error.message).toContain('`max-malicious`');
    expect(error.message).toContain('whole number');
  });
});

describe('pacing and retry inputs', () => {
  test.each([
    ['virustotal', 4],
    ['reversinglabs', 0],
  ] as const)('requests-per-minute: empty means the default of %s, %d', (provider, expected) => {
    expect(PROVIDERS[provider].requestsPerMinute).toBe(expected);
    expect(parse({ provider }).requestsPerMinute).toBe(expected);
  });

  test('the other defaults: 4 in flight, 5 retries, 30 s a request', () => {
    expect(parse({})).toMatchObject({ concurrency: 4, maxRetries: 5, requestTimeoutMs: 30_000 });
    expect(parse({}).archives).toEqual({
      members: 'binaries',
      limits: { maxDepth: 3, maxMembers: 10_000, maxMemberBytes: 2048 * 1024 * 1024, maxTotalBytes: 8192 * 1024 * 1024, maxRatio: 200, maxNestedBytes: 64 * 1024 * 1024 },
    });
  });

  test.each([
    { name: 'requests-per-minute', value: '0', pick: (i: Inputs) => i.requestsPerMinute, expected: 0 },
    { name: 'requests-per-minute', value: '1000', pick: (i: Inputs) => i.requestsPerMinute, expected: 1000 },
    { name: 'concurrency', value: '1', pick: (i: Inputs) => i.concurrency, expected: 1 },
    { name: 'concurrency', value: '256', pick: (i: Inputs) => i.concurrency, expected: 256 },
    { name: 'max-retries', value: '0', pick: (i: Inputs) => i.maxRetries, expected: 0 },
    { name: 'max-retries', value: '100', pick: (i: Inputs) => i.maxRetries, expected: 100 },
    { name: 'request-timeout-seconds', value: '2.5', pick: (i: Inputs) => i.requestTimeoutMs, expected: 2500 },
    { name: 'request-timeout-seconds', value: '3600', pick: (i: Inputs) => i.requestTimeoutMs, expected: 3_600_000 },
    { name: 'request-timeout-seconds', value: '0.001', pick: (i: Inputs) => i.requestTimeoutMs, expected: 1 },
    { name: 'cache-max-age-hours', value: '0', pick: (i: Inputs) => i.cache?.maxAgeMs, expected: 0 },
    { name: 'cache-max-age-hours', value: '720', pick: (i: Inputs) => i.cache?.maxAgeMs, expected: 720 * 3_600_000 },
    { name: 'cache-unknown-max-age-hours', value: '6', pick: (i: Inputs) => i.cache?.unknownMaxAgeMs, expected: 6 * 3_600_000 },
    { name: 'cache', value: 'FALSE', pick: (i: Inputs) => i.cache, expected: null },
    { name: 'archive-max-depth', value: '1', pick: (i: Inputs) => i.archives.limits.maxDepth, expected: 1 },
    { name: 'archive-max-members', value: '250000', pick: (i: Inputs) => i.archives.limits.maxMembers, expected: 250_000 },
    { name: 'archive-max-member-mib', value: '1', pick: (i: Inputs) => i.archives.limits.maxMemberBytes, expected: 1024 * 1024 },
    { name: 'archive-max-total-mib', value: '16384', pick: (i: Inputs) => i.archives.limits.maxTotalBytes, expected: 16 * 1024 ** 3 },
    { name: 'archive-max-ratio', value: '1000', pick: (i: Inputs) => i.archives.limits.maxRatio, expected: 1000 },
    { name: 'archive-max-nested-mib', value: '4095', pick: (i: Inputs) => i.archives.limits.maxNestedBytes, expected: 4095 * 1024 * 1024 },
  ])('$name accepts $value', ({ name, value, pick, expected }) => {
    expect(pick(parse({ [name]: value }))).toBe(expected);
  });

  test.each([
    { name: 'requests-per-minute', value: '-4', says: 'must be a whole number, 0 or more' },
    { name: 'requests-per-minute', value: '2.5', says: 'must be a whole number, 0 or more' },
    { name: 'concurrency', value: '0', says: 'must be a whole number, from 1 to 256' },
    { name: 'concurrency', value: '257', says: 'must be a whole number, from 1 to 256' },
    { name: 'concurrency', value: 'lots', says: 'must be a whole number, from 1 to 256' },
    { name: 'max-retries', value: '101', says: 'must be a whole number, from 0 to 100' },
    { name: 'max-retries', value: '-1', says: 'must be a whole number, from 0 to 100' },
    { name: 'request-timeout-seconds', value: '0', says: 'must be a number of seconds from 0.001 to 3600' },
    { name: 'request-timeout-seconds', value: '3601', says: 'must be a number of seconds from 0.001 to 3600' },
    { name: 'request-timeout-seconds', value: '-5', says: 'must be a number of seconds from 0.001 to 3600' },
    { name: 'request-timeout-seconds', value: '1e2', says: 'must be a number of seconds from 0.001 to 3600' },
    { name: 'request-timeout-seconds', value: '.5', says: 'must be a number of seconds from 0.001 to 3600' },
    { name: 'request-timeout-seconds', value: '30s', says: 'must be a number of seconds from 0.001 to 3600' },
    { name: 'cache', value: 'yes', says: 'must be `true` or `false`' },
    { name: 'cache-max-age-hours', value: '721', says: 'must be a whole number, from 0 to 720' },
    { name: 'cache-max-age-hours', value: '1.5', says: 'must be a whole number, from 0 to 720' },
    { name: 'cache-unknown-max-age-hours', value: '-1', says: 'must be a whole number, from 0 to 720' },
    { name: 'archive-max-depth', value: '0', says: 'must be a whole number, from 1 to 32' },
    { name: 'archive-max-depth', value: '33', says: 'must be a whole number, from 1 to 32' },
    { name: 'archive-max-members', value: '0', says: 'must be a whole number, 1 or more' },
    { name: 'archive-max-member-mib', value: '1.5', says: 'must be a whole number, from 1 to 1048576' },
    { name: 'archive-max-total-mib', value: '0', says: 'must be a whole number, from 1 to 1073741824' },
    { name: 'archive-max-ratio', value: 'high', says: 'must be a whole number, 1 or more' },
    { name: 'archive-max-nested-mib', value: '4096', says: 'must be a whole number, from 1 to 4095' },
  ])('$name rejects $value', ({ name, value, says }) => {
    const error = inputError({ [name]: value });
    expect(error.message).toContain(`Input \`${name}\` ${says}`);
    expect(error.message).toContain(JSON.stringify(value));
  });

  test('a bad cache age is refused also while the cache is off', () => {
    expect(inputError({ cache: 'false', 'cache-max-age-hours': 'a day' }).message).toContain('Input `cache-max-age-hours` must be a whole number, from 0 to 720; got "a day"');
  });

  test.each(['0.0004', '0.0000001'])('request-timeout-seconds %s is refused, or at least 1 ms', (value) => {
    let timeout: number;
    try {
      timeout = parse({ 'request-timeout-seconds': value }).requestTimeoutMs;
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return;
    }
    expect(timeout).toBeGreaterThanOrEqual(1);
  });
});

describe('job-summary', () => {
  test.each([
    ['true', true],
    ['false', false],
    ['TRUE', true],
    [' False ', false],
  ])('%j reads as %s', (value, expected) => {
    expect(parse({ 'job-summary': value }).jobSummary).toBe(expected);
  });

  test.each(['yes', 'no', '1', '0', 'on', 'truee'])('rejects %j', (value) => {
    const error = inputError({ 'job-summary': value });
    expect(error.message).toBe(`Input \`job-summary\` must be \`true\` or \`false\`; got ${JSON.stringify(value)}.`);
  });
});

describe('api-key', () => {
  test.each([
    ['empty', ''],
    ['whitespace', ' \t\n '],
  ])('%s: required', (_label, value) => {
    const error = inputError({ 'api-key': value });
    expect(error.message).toContain('`api-key` is required');
  });

  test('absent: required', () => {
    expect(() => parseInputs(reader({ files: 'dist/**' }))).toThrow(/`api-key` is required/);
  });

  test.each(['key-one-000000\nkey-two-000000', 'key-one-000000\r\nkey-two', 'key-0000000000\rrest'])('multi-line %j: refused, without echoing the key', (value) => {
    const error = inputError({ 'api-key': value });
    expect(error.message).toContain('`api-key` must be one line of visible ASCII characters');
    expect(error.message).not.toContain('key-one');
    expect(error.message).not.toContain('rest');
  });
});

describe('api-key length', () => {
  test.each(['Zq9', 'abc123', 'fifteen-chars-x'])('%j (under 16 characters): refused, without quoting the key or its length', (value) => {
    const error = inputError({ 'api-key': value });
    expect(error.message).toBe(
      'Input `api-key` must be at least 16 characters long, as the keys of VirusTotal and ReversingLabs are; the value given is shorter. Check that the secret holds the whole key.',
    );
    expect(error.message).not.toContain(value);
  });

  test('16 characters: accepted', () => {
    expect(parse({ 'api-key': 'sixteen-chars-xy' }).apiKey).toBe('sixteen-chars-xy');
  });

  test('an api-url that holds the key (in any case) is refused, without quoting either', () => {
    const key = 'Secret-Key-0123456789';
    const error = inputError({ 'api-key': key, 'api-url': `https://vt.example.com/${key.toLowerCase()}/api/v3` });
    expect(error.message).toBe('Input `api-url` must not contain the API key (the URL is shown in logs and reports); pass the key in `api-key` only.');
  });
});

describe('files', () => {
  test.each([
    ['empty', ''],
    ['blank lines', '\n  \n\t\n'],
    ['only comments', '# dist/**\n  # build/**\n'],
  ])('%s: required', (_label, value) => {
    const error = inputError({ files: value });
    expect(error.message).toContain('`files` is required');
  });

  test('one real pattern among comments is enough', () => {
    expect(parse({ files: '# the build\n\n  dist/*.exe  \n' }).patterns).toBe('# the build\n\n  dist/*.exe  \n');
  });
});

describe('api-url', () => {
  test.each(Object.entries(PROVIDERS).map(([provider, { apiUrl }]) => [provider, apiUrl]))('empty: the default of %s', (provider, url) => {
    expect(parse({ provider }).apiUrl).toBe(url);
    expect(parse({ provider, 'api-url': '  ' }).apiUrl).toBe(url);
  });

  test('the provider defaults are the documented ones', () => {
    expect({ virustotal: PROVIDERS.virustotal.apiUrl, reversinglabs: PROVIDERS.reversinglabs.apiUrl }).toEqual({
      virustotal: 'https://www.virustotal.com/api/v3',
      reversinglabs: 'https://data.reversinglabs.com/api/v3',
    });
  });

  test.each([
    ['https://vt.example.com/api/v3', 'https://vt.example.com/api/v3'],
    ['https://vt.example.com/api/v3/', 'https://vt.example.com/api/v3'],
    ['https://vt.example.com/api/v3///', 'https://vt.example.com/api/v3'],
    ['https://vt.example.com/', 'https://vt.example.com'],
    ['https://vt.example.com', 'https://vt.example.com'],
    ['  https://vt.example.com:8443/v3  ', 'https://vt.example.com:8443/v3'],
    ['http://localhost:8080/api/v3/', 'http://localhost:8080/api/v3'],
    ['http://LOCALHOST:8080', 'http://localhost:8080'],
    ['http://127.0.0.1:3000/v3', 'http://127.0.0.1:3000/v3'],
    ['http://127.10.20.30/v3', 'http://127.10.20.30/v3'],
    ['http://[::1]:9000/v3', 'http://[::1]:9000/v3'],
  ])('accepts %j as %j', (value, expected) => {
    expect(parse({ 'api-url': value }).apiUrl).toBe(expected);
  });

  test.each([
    'http://example.com/api/v3',
    'http://www.virustotal.com/api/v3',
    'http://localhost.example.com/',
    'http://127.0.0.1.example.com/',
    'http://10.0.0.1/',
    'http://[::2]/',
    'ftp://localhost/',
  ])('rejects clear text to %j', (value) => {
    const error = inputError({ 'api-url': value });
    expect(error.message).toContain('`api-url` must use https://');
  });

  test.each(['not-a-url', 'www.virustotal.com/api/v3', '/api/v3', 'https://'])('rejects %j, which is not an absolute URL', (value) => {
    const error = inputError({ 'api-url': value });
    expect(error.message).toContain('`api-url` must be an absolute https:// URL');
    expect(error.message).toContain(JSON.stringify(value));
  });

  test('the not-a-URL message suggests the selected provider’s URL', () => {
    expect(inputError({ provider: 'reversinglabs', 'api-url': 'nope' }).message).toContain(PROVIDERS.reversinglabs.apiUrl);
  });

  test.each([
    ['credentials', 'https://alice:s3cr3t-pass@vt.example.com/api/v3'],
    ['credentials on localhost', 'http://alice:s3cr3t-pass@localhost:8080/api/v3'],
    ['a user name', 'https://alice@vt.example.com/api/v3'],
    ['a query', 'https://vt.example.com/api/v3?apikey=s3cr3t-pass'],
    ['a fragment', 'https://vt.example.com/api/v3#s3cr3t-pass'],
  ])('rejects a URL with %s, without repeating the secret', (_label, value) => {
    const error = inputError({ 'api-url': value });
    expect(error.message).toContain('`api-url` must be a base URL without credentials, query or fragment');
    expect(error.message).not.toContain('s3cr3t-pass');
    expect(error.message).not.toContain('alice');
    // It still says which URL it means, by its host and path.
    expect(error.message).toContain(`${new URL(value).host}/api/v3`);
  });

  test('rejects an http:// URL with credentials without repeating the password', () => {
    const error = inputError({ 'api-url': 'http://alice:s3cr3t-pass@vt.example.com/api/v3' });
    expect(error.message).not.toContain('s3cr3t-pass');
  });

  test.each(['https://vt.example.com/api/v3?', 'https://vt.example.com/api/v3#'])('%j is refused, or kept without its empty query or fragment', (value) => {
    let apiUrl: string;
    try {
      apiUrl = parse({ 'api-url': value }).apiUrl;
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return;
    }
    expect(apiUrl).toBe('https://vt.example.com/api/v3');
  });
});

describe('the policy inputs: defaults', () => {
  test('exactly: no max-suspicious, min-engines 1, no report age limit, nothing ignored or allowed, no SARIF', () => {
    const inputs = parse({});
    expect(inputs.policy).toEqual({
      maxMalicious: 0,
      maxSuspicious: null,
      minEngines: 1,
      maxReportAgeDays: null,
      ignoreEngines: [],
      allow: {},
      allowEntries: {},
      failEngines: [],
      warnMalicious: null,
      maxMaliciousPercent: null,
      onUnknown: 'warn',
      onError: 'fail',
      ifNoFilesFound: 'warn',
    });
    expect(inputs.sarifPath).toBeNull();
  });
});

describe('max-suspicious, min-engines, max-report-age-days', () => {
  const picks: Record<string, (i: Inputs) => number | null> = {
    'max-suspicious': (i) => i.policy.maxSuspicious,
    'min-engines': (i) => i.policy.minEngines,
    'max-report-age-days': (i) => i.policy.maxReportAgeDays,
  };

  test.each([
    { name: 'max-suspicious', value: '', expected: null },
    { name: 'max-suspicious', value: ' \t', expected: null },
    { name: 'max-suspicious', value: '0', expected: 0 },
    { name: 'max-suspicious', value: ' 5 ', expected: 5 },
    { name: 'min-engines', value: '', expected: 1 },
    { name: 'min-engines', value: '0', expected: 0 },
    { name: 'min-engines', value: '1', expected: 1 },
    { name: 'min-engines', value: '40', expected: 40 },
    { name: 'max-report-age-days', value: '', expected: null },
    { name: 'max-report-age-days', value: '  ', expected: null },
    { name: 'max-report-age-days', value: '1', expected: 1 },
    { name: 'max-report-age-days', value: '365', expected: 365 },
  ])('$name accepts $value as $expected', ({ name, value, expected }) => {
    expect(picks[name]!(parse({ [name]: value }))).toBe(expected);
  });

  test.each([
    { name: 'max-suspicious', value: '-1', says: 'must be a whole number, 0 or more' },
    { name: 'max-suspicious', value: '1.5', says: 'must be a whole number, 0 or more' },
    { name: 'max-suspicious', value: 'none', says: 'must be a whole number, 0 or more' },
    { name: 'min-engines', value: '-1', says: 'must be a whole number, 0 or more' },
    { name: 'min-engines', value: 'all', says: 'must be a whole number, 0 or more' },
    { name: 'min-engines', value: '2.0', says: 'must be a whole number, 0 or more' },
    { name: 'max-report-age-days', value: '0', says: 'must be a whole number, 1 or more' },
    { name: 'max-report-age-days', value: '-30', says: 'must be a whole number, 1 or more' },
    { name: 'max-report-age-days', value: '30d', says: 'must be a whole number, 1 or more' },
    { name: 'max-report-age-days', value: '1.5', says: 'must be a whole number, 1 or more' },
  ])('$name refuses $value', ({ name, value, says }) => {
    expect(inputError({ [name]: value }).message).toBe(`Input \`${name}\` ${says}; got ${JSON.stringify(value)}.`);
  });
});

describe('ignore-engines', () => {
  test('one name per line, trimmed and lower-cased; comments and blank lines skipped', () => {
    const value = '  Kaspersky \n# not this one\n\nMicroWorld-eScan\r\nJIANGMIN\n';
    expect(parse({ 'ignore-engines': value }).policy.ignoreEngines).toEqual(['kaspersky', 'microworld-escan', 'jiangmin']);
  });

  test('only comments: none', () => {
    expect(parse({ 'ignore-engines': '# Jiangmin\n\n' }).policy.ignoreEngines).toEqual([]);
  });
});

const A = sha256Of('vendor-a.exe');
const B = sha256Of('vendor-b.exe');
const LINE_RULE = '`<sha256> <reason>`, optionally followed by `expires=YYYY-MM-DD`: 64 hexadecimal characters, a space, and why the artifact is allowed (or `<url> <reason>` for a URL of `urls`)';

describe('allow', () => {
  test('one `<sha256> <reason>` per line; comments, blank lines and spaces around skipped', () => {
    const allow = `# vendor binaries\n${A} Signed by Vendor Inc., ticket SEC-1234\n\n   # an indented comment\n  ${B}\tbuilt in-house  \n`;
    expect(parse({ allow }).policy.allow).toEqual({ [A]: 'Signed by Vendor Inc., ticket SEC-1234', [B]: 'built in-house' });
  });

  test('Windows line endings', () => {
    expect(parse({ allow: `${A} one\r\n${B} two\r\n` }).policy.allow).toEqual({ [A]: 'one', [B]: 'two' });
  });

  test('an upper-case hash is folded to lower case', () => {
    expect(parse({ allow: `${A.toUpperCase()} vendor` }).policy.allow).toEqual({ [A]: 'vendor' });
  });

  test('the first reason wins for a repeated hash, whatever its case', () => {
    expect(parse({ allow: `${A} first\n${A.toUpperCase()} second\n${A} third\n${B} other` }).policy.allow).toEqual({ [A]: 'first', [B]: 'other' });
  });

  test('the reason is kept as written inside', () => {
    expect(parse({ allow: `${A}    why:  it is   ours # really` }).policy.allow).toEqual({ [A]: 'why:  it is   ours # really' });
  });

  test.each([
    { label: '63 hexadecimal characters', line: `${A.slice(1)} reason` },
    { label: '65 hexadecimal characters', line: `${A}f reason` },
    { label: 'a character that is not hexadecimal', line: `${A.slice(0, 63)}g reason` },
    { label: 'no reason', line: A },
    { label: 'no reason, only spaces after the hash', line: `${A}   ` },
    { label: 'a reason glued to the hash', line: `${A}:reason` },
    { label: 'the reason first', line: `reason ${A}` },
    { label: 'a prefixed hash', line: `sha256:${A} reason` },
    { label: 'an MD5', line: 'd41d8cd98f00b204e9800998ecf8427e reason' },
  ])('refuses $label, naming the input and the line', ({ line }) => {
    const error = inputError({ allow: `# known good\n${A} fine\n${line}\n${B} fine too` });
    expect(error.message).toBe(`Input \`allow\` line 3 must be ${LINE_RULE}; got ${JSON.stringify(line.trim())}.`);
  });

  test.each([
    { label: 'the first line', allow: 'oops', line: 1 },
    { label: 'after blank lines', allow: '\n\noops', line: 3 },
    { label: 'after comments and a good line', allow: `# c\n${A} ok\n\n# c\noops`, line: 5 },
    { label: 'with Windows line endings', allow: `${A} ok\r\n\r\noops`, line: 3 },
  ])('the line number counts every line: $label, line $line', ({ allow, line }) => {
    expect(inputError({ allow }).message).toBe(`Input \`allow\` line ${line} must be ${LINE_RULE}; got "oops".`);
  });

  test('a long malformed line is quoted cut at 80 characters', () => {
    const line = `${A.slice(1)} ${'x'.repeat(100)}`;
    expect(inputError({ allow: line }).message).toContain(`got ${JSON.stringify(`${line.slice(0, 80)}…`)}.`);
  });
});

describe('allow-file', () => {
  const FILE = `${WORKSPACE}/config/allow.txt`;

  test.each(['config/allow.txt', '  config/allow.txt ', './config/allow.txt', 'config/../config/allow.txt'])('%j is read relative to the workspace', (value) => {
    const read: string[] = [];
    const inputs = parseInputs(
      reader({ ...REQUIRED, 'allow-file': value }),
      (file) => {
        read.push(file);
        return fileReader({ [FILE]: `# the list\n${A} vendor\n` })(file);
      },
      WORKSPACE,
    );
    expect(read).toEqual([FILE]);
    expect(inputs.policy.allow).toEqual({ [A]: 'vendor' });
  });

  test('an absolute path is read as it is', () => {
    expect(parse({ 'allow-file': '/etc/gate/allow.txt' }, { '/etc/gate/allow.txt': `${B} from /etc` }).policy.allow).toEqual({ [B]: 'from /etc' });
  });

  test('merged with `allow`, which comes first: its reason wins for a hash in both', () => {
    const inputs = parse({ allow: `${A} from the input`, 'allow-file': 'config/allow.txt' }, { [FILE]: `${A} from the file\n${B.toUpperCase()} only in the file` });
    expect(inputs.policy.allow).toEqual({ [A]: 'from the input', [B]: 'only in the file' });
  });

  test('an empty file allows nothing', () => {
    expect(parse({ 'allow-file': 'config/allow.txt' }, { [FILE]: '' }).policy.allow).toEqual({});
  });

  test('a missing file: an InputError naming allow-file, the path as written and why', () => {
    expect(inputError({ 'allow-file': 'config/missing.txt' }).message).toBe('Input `allow-file` must name a readable file in the repository; cannot read "config/missing.txt" (ENOENT).');
  });

  test('a reader error without a code: its message', () => {
    let thrown: unknown;
    try {
      parseInputs(
        reader({ ...REQUIRED, 'allow-file': 'allow.bin' }),
        () => {
          throw new Error('not a text file');
        },
        WORKSPACE,
      );
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).message).toBe('Input `allow-file` must name a readable file in the repository; cannot read "allow.bin" (not a text file).');
  });

  test('a malformed line names the file and the line', () => {
    const error = inputError({ 'allow-file': 'config/allow.txt' }, { [FILE]: `# ok\n${A} fine\n\nnot-a-hash reason\n` });
    expect(error.message).toBe(`Input \`allow-file\` (config/allow.txt) line 4 must be ${LINE_RULE}; got "not-a-hash reason".`);
  });

  test('with malformed lines in both, the one of `allow` is reported', () => {
    expect(inputError({ allow: `${A} ok\nbad`, 'allow-file': 'config/allow.txt' }, { [FILE]: 'also bad' }).message).toMatch(/^Input `allow` line 2 /);
  });

  test('blank: no file is read', () => {
    const inputs = parseInputs(
      reader({ ...REQUIRED, 'allow-file': '  ' }),
      () => {
        throw new Error('read');
      },
      WORKSPACE,
    );
    expect(inputs.policy.allow).toEqual({});
  });

  describe('on the real file system', () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'gate-inputs-'));
    afterAll(() => rmSync(workspace, { recursive: true, force: true }));
    const parseIn = (values: Record<string, string>) => parseInputs(reader({ ...REQUIRED, ...values }), (file) => readFileSync(file, 'utf8'), workspace);

    test('a file of the workspace, with a byte order mark', () => {
      mkdirSync(path.join(workspace, 'config'), { recursive: true });
      writeFileSync(path.join(workspace, 'config', 'allow.txt'), `\uFEFF# vendor\n${A} vendor build\n`);
      expect(parseIn({ 'allow-file': 'config/allow.txt' }).policy.allow).toEqual({ [A]: 'vendor build' });
    });

    test.each([
      { label: 'a missing file', value: 'nope.txt', code: 'ENOENT' },
      { label: 'a directory', value: '.', code: 'EISDIR' },
    ])('$label: $code', ({ value, code }) => {
      let thrown: unknown;
      try {
        parseIn({ 'allow-file': value });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InputError);
      expect((thrown as InputError).message).toBe(`Input \`allow-file\` must name a readable file in the repository; cannot read ${JSON.stringify(value)} (${code}).`);
    });
  });
});

describe('sarif-path', () => {
  test.each([
    ['', null],
    ['  ', null],
    ['results.sarif', `${WORKSPACE}/results.sarif`],
    [' reports/gate.sarif ', `${WORKSPACE}/reports/gate.sarif`],
    ['./reports/../gate.sarif', `${WORKSPACE}/gate.sarif`],
    ['/tmp/gate.sarif', '/tmp/gate.sarif'],
  ])('%j: %j', (value, expected) => {
    expect(parse({ 'sarif-path': value }).sarifPath).toBe(expected);
  });

  test('without a workspace, resolved against the working directory', () => {
    expect(parseInputs(reader({ ...REQUIRED, 'sarif-path': 'gate.sarif' })).sarifPath).toBe(path.join(process.cwd(), 'gate.sarif'));
  });
});

describe('api-key characters', () => {
  test.each(['key with space 0123', 'key\u200bzero-width', 'kéy-0123456789abc', 'key\tab-0123456789'])('%j is refused before any request, without quoting the key', (value) => {
    const error = (() => {
      try {
        parseInputs((name) => ({ 'api-key': value, files: 'dist/**' })[name] ?? '');
      } catch (e) {
        return e as Error;
      }
      throw new Error('accepted');
    })();
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe('Input `api-key` must be one line of visible ASCII characters (no spaces, line breaks or other characters); the value given has others.');
  });
});
