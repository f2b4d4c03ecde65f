// URLs as items: the lines that name them, how they are shown, their reports and their verdicts.
import { describe, expect, test } from 'vitest';
import { InputError, parseInputs } from '../../src/core/options.ts';
import { errorNamesId, parseUrlReport, ProtocolError } from '../../src/core/reputation/parse.ts';
import { defang, maskedUrl, urlIdentifier } from '../../src/core/url-list.ts';
import type { UrlItem, UrlLookupOutcome } from '../../src/core/types.ts';
import { judge, judgeUrl, withUrls } from '../../src/core/verdict.ts';
import { describeDecision, describeExpiredAllow } from '../../src/report/decision.ts';
import { explain } from '../../src/report/failure.ts';
import { describeUrlResults, renderUrlSection, reportUrl } from '../../src/report/urls.ts';
import { defaultPolicy } from '../support/policy.ts';
import { recordedUrlReport, urlFixtureReport } from '../support/reports.ts';
import { scanOf } from '../support/results.ts';

const KEY = 'unit-key-0123456789abcdef';

function inputs(values: Record<string, string>, files: Record<string, string> = {}) {
  const all: Record<string, string> = { files: 'dist/**', 'api-key': KEY, ...values };
  return parseInputs(
    (name) => all[name] ?? '',
    (file) => {
      const text = files[file];
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return text;
    },
    '/work',
  );
}

function inputError(values: Record<string, string>, files: Record<string, string> = {}): string {
  try {
    inputs(values, files);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('urls and urls-file', () => {
  test('one URL a line, comments and blank lines skipped, a repeated URL kept once, each located', () => {
    const parsed = inputs(
      { urls: '# mirrors\nhttps://a.example.com/x\n\nhttps://a.example.com/x\nhttp://b.example.com', 'urls-file': 'deploy/urls.txt' },
      { '/work/deploy/urls.txt': '# api\nhttps://api.example.com/v1?key=s3cret\n' },
    );
    expect(parsed.urls).toEqual([
      { url: 'https://a.example.com/x', display: 'https://a.example.com/x', source: { input: 'urls', line: 2 } },
      { url: 'http://b.example.com', display: 'http://b.example.com/', source: { input: 'urls', line: 5 } },
      { url: 'https://api.example.com/v1?key=s3cret', display: 'https://api.example.com/v1?key=…', source: { input: 'urls-file', file: 'deploy/urls.txt', line: 2 } },
    ]);
  });

  test('none given: no URLs', () => {
    expect(inputs({}).urls).toEqual([]);
  });

  test.each([
    ['javascript:alert(1)', 'Input `urls` line 1 must be an http:// or https:// URL; got "javascript:alert(1)" (javascript).'],
    ['//cdn.example.com/app.js', 'Input `urls` line 1 must be an absolute http:// or https:// URL (such as https://downloads.example.com/app.tar.gz); got "//cdn[.]example[.]com/app[.]js".'],
    [
      'https://ci:tok_123@git.example.com/r.git?x=secret',
      'Input `urls` line 1 must not hold a user name or password (it would be sent to the reputation service and shown in reports); got "hxxps://git[.]example[.]com/r.git?x=…".',
    ],
    [
      'https://a.example.com/ https://b.example.com/',
      'Input `urls` line 1 must hold one URL and nothing else (no spaces; a note goes on a line of its own, starting with #); got "hxxps://a[.]example[.]com/%20hxxps://b[.]example[.]com/".',
    ],
    [
      'https://mirror.example.com/app.tgz # our mirror',
      'Input `urls` line 1 must hold one URL and nothing else (no spaces; a note goes on a line of its own, starting with #); got "hxxps://mirror[.]example[.]com/app.tgz%20#…".',
    ],
    // What the URL parser would forgive is refused: the service would be sent the text as written.
    ['https:evil.example/x', 'Input `urls` line 1 must be written as http:// or https:// followed by the host, with / (not \\) between parts; got "hxxps://evil[.]example/x".'],
    ['https:/evil.example/x', 'Input `urls` line 1 must be written as http:// or https:// followed by the host, with / (not \\) between parts; got "hxxps://evil[.]example/x".'],
    ['https:///evil.example/x', 'Input `urls` line 1 must be written as http:// or https:// followed by the host, with / (not \\) between parts; got "hxxps://evil[.]example/x".'],
    ['https://evil.example\\x', 'Input `urls` line 1 must be written as http:// or https:// followed by the host, with / (not \\) between parts; got "hxxps://evil[.]example/x".'],
    ['https://@evil.example/', 'Input `urls` line 1 must not hold a user name or password (it would be sent to the reputation service and shown in reports); got "hxxps://evil[.]example/".'],
    ['https://evil.example/\u0000x', 'Input `urls` line 1 must not hold control characters; got "hxxps://evil[.]example/%00x".'],
  ])('refuses %s, naming the line, never quoting a credential', (line, message) => {
    expect(inputError({ urls: line })).toBe(message);
  });

  test('a bad line of urls-file names the file and the line; an unreadable file is named', () => {
    expect(inputError({ 'urls-file': 'u.txt' }, { '/work/u.txt': 'https://ok.example.com/\n\nfile:///etc/passwd' })).toBe(
      'Input `urls-file` (u.txt) line 3 must be an http:// or https:// URL; got "file:///etc/passwd" (file).',
    );
    expect(inputError({ 'urls-file': 'missing.txt' })).toBe('Input `urls-file` must name a readable file in the repository; cannot read "missing.txt" (ENOENT).');
  });
});

describe('allow lines that name a URL', () => {
  test('`<url> <reason>` beside `<sha256> <reason>`', () => {
    const policy = inputs({ allow: `https://old.example.net/x?t=1 sinkholed (INC-7)\n${'a'.repeat(64)} ours` }).policy;
    expect(policy.allowUrls).toEqual({ 'https://old.example.net/x?t=1': 'sinkholed (INC-7)' });
    expect(policy.allow).toEqual({ ['a'.repeat(64)]: 'ours' });
  });

  test('`expires=` on a URL line is read by the same rule as on a hash line: the date, where it is written, the longest kept', () => {
    const policy = inputs({
      allow: `${'a'.repeat(64)} ours expires=2099-01-31\nhttps://old.example.net/ sinkholed expires=2027-01-31\nhttps://old.example.net/ for good\nhttps://b.example.net/x older expires=2026-01-01`,
    }).policy;
    expect(policy.allowEntries['a'.repeat(64)]).toMatchObject({ expires: '2099-01-31' });
    // The line without expires= allows longer, so it is the one kept (as for a hash listed twice).
    expect(policy.allowUrls).toEqual({ 'https://old.example.net/': 'for good', 'https://b.example.net/x': 'older' });
    expect(policy.allowUrlEntries).toEqual({
      'https://old.example.net/': { source: 'allow', line: 3, file: null, expires: null },
      'https://b.example.net/x': { source: 'allow', line: 4, file: null, expires: '2026-01-01' },
    });
  });

  test('a URL line with a date that is not one, or without a reason, is named by line as a hash line is', () => {
    expect(inputError({ allow: 'https://old.example.net/ sinkholed expires=2027-02-30' })).toBe(
      'Input `allow` line 1 has `expires=2027-02-30`, which is not a date: write the day the entry stops allowing as YYYY-MM-DD (UTC), for example `expires=2027-01-31`.',
    );
    expect(inputError({ allow: 'https://old.example.net/?token=s3cret expires=2027-01-31' })).toBe(
      'Input `allow` line 1 must be `<sha256> <reason>`, optionally followed by `expires=YYYY-MM-DD`: 64 hexadecimal characters, a space, and why the artifact is allowed (or `<url> <reason>` for a URL of `urls`); got a URL without a reason (not quoted: it may hold a secret).',
    );
  });

  test('a URL that is not accepted is named by line, with the rule', () => {
    expect(inputError({ allow: `${'a'.repeat(64)} ours\nhttps://u:p@host.example.com/ reason` })).toBe(
      'Input `allow` line 2: the URL must not hold a user name or password (it would be sent to the reputation service and shown in reports); got "hxxps://host[.]example[.]com/".',
    );
    expect(inputError({ allow: 'ftp://mirror.example.com/ reason' })).toBe(
      'Input `allow` line 1 must be `<sha256> <reason>`, optionally followed by `expires=YYYY-MM-DD`: 64 hexadecimal characters, a space, and why the artifact is allowed (or `<url> <reason>` for a URL of `urls`); got a URL that is not http:// or https:// (not quoted: it may hold a secret).',
    );
  });
});

describe('shown and sent', () => {
  test.each([
    ['https://evil.example/a/b?token=abc&debug#frag', 'https://evil.example/a/b?token=…&…#…', 'hxxps://evil[.]example/a/b?token=…&…#…'],
    // A query part without a name may be the secret itself.
    ['https://dl.example/file?9f3c2a71d0e4b5a6', 'https://dl.example/file?…', 'hxxps://dl[.]example/file?…'],
    ['http://10.0.0.1:8080/x', 'http://10.0.0.1:8080/x', 'hxxp://10[.]0[.]0[.]1:8080/x'],
    // What a log viewer or Markdown would link inside the path or query is defanged too.
    ['https://ok.example/go/https://evil.example/a.exe?u=1', 'https://ok.example/go/https://evil.example/a.exe?u=…', 'hxxps://ok[.]example/go/hxxps://evil[.]example/a.exe?u=…'],
    ['https://ok.example/p?u=1#HTTP://evil.example', 'https://ok.example/p?u=…#…', 'hxxps://ok[.]example/p?u=…#…'],
    ['https://ok.example/go/HTTP://evil.example/x', 'https://ok.example/go/HTTP://evil.example/x', 'hxxps://ok[.]example/go/HxxP://evil[.]example/x'],
    ['https://ok.example/dl/www.evil.example/x', 'https://ok.example/dl/www.evil.example/x', 'hxxps://ok[.]example/dl/www[.]evil[.]example/x'],
    ['https://ok.example/mail/user@evil.example/x', 'https://ok.example/mail/user@evil.example/x', 'hxxps://ok[.]example/mail/user@evil[.]example/x'],
    // An international name is shown in its ASCII (xn--) form: a look-alike letter cannot pass for another.
    ['https://pаypal.example/', 'https://xn--pypal-4ve.example/', 'hxxps://xn--pypal-4ve[.]example/'],
  ])('%s is masked as %s and defanged as %s', (url, masked, defanged) => {
    expect(maskedUrl(new URL(url))).toBe(masked);
    expect(defang(masked)).toBe(defanged);
  });

  test('the identifier is the URL in unpadded base64url', () => {
    expect(urlIdentifier('http://www.example.com/?a=b')).toBe('aHR0cDovL3d3dy5leGFtcGxlLmNvbS8_YT1i');
    expect(urlIdentifier('https://example.com/>')).not.toMatch(/[=+/]/);
  });

  test('a 404 proves itself only as the service says it, `URL "<id>" not found`, the id in its exact case', () => {
    const id = urlIdentifier('https://a.example.com/');
    expect(errorNamesId({ error: { code: 'NotFoundError', message: `URL "${id}" not found` } }, 'URL', id)).toBe(true);
    expect(errorNamesId({ error: { code: 'NotFoundError', message: `Resource not found: /api/v3/urls/${id}` } }, 'URL', id)).toBe(false);
    expect(errorNamesId({ error: { code: 'NotFoundError', message: `URL "${id.toUpperCase()}" not found` } }, 'URL', id)).toBe(false);
  });
});

describe('parseUrlReport', () => {
  const PHISHING = 'http://login-verify.example.net/secure/update.php';
  const id = urlIdentifier(PHISHING);

  test('the phishing report: stats with harmless, engines, threat_names and categories', () => {
    const report = parseUrlReport(urlFixtureReport('malicious-phishing'), PHISHING, id);
    expect(report).toMatchObject({
      id: '1f9c1fa2a1ad3ec4ce6d67a9c3b3d4fb0bf0f5d1fa81dc9a8b5be58b1c2f9e07',
      stats: { malicious: 7, suspicious: 2, harmless: 2, undetected: 2 },
      engineCount: 13,
      threatNames: ['Phishing.HTML.Generic', 'Mal/HTMLGen-A'],
      categories: { Sophos: 'phishing' },
    });
    expect(report.detections.map((d) => `${d.engine}:${d.category}:${d.result}`)).toContain('Webroot:malicious:malicious');
  });

  test('a recorded report (92 engines, most of them harmless): threat_names, partner categories, engine results', () => {
    const url = 'http://something_definitely_unsecure.com';
    const report = parseUrlReport(recordedUrlReport(), url, urlIdentifier(url));
    expect(report).toMatchObject({
      id: '2b2f1f47449495b69986a40beffc86bb1978832c3f6264ff02ea712ac9f3c9a1',
      stats: { malicious: 7, suspicious: 0, harmless: 77, undetected: 8, timeout: 0 },
      engineCount: 92,
      threatNames: ['Mal/HTMLGen-A'],
      categories: { Sophos: 'illegal phishing, phishing and fraud', Webroot: 'Phishing and Other Frauds' },
    });
    expect(report.detections.filter((d) => d.category === 'malicious').map((d) => `${d.engine}: ${d.result}`)).toEqual([
      'BitDefender: malware',
      'ESET: malware',
      'Fortinet: phishing',
      'Google Safebrowsing: phishing',
      'Kaspersky: phishing',
      'Sophos: phishing',
      'Webroot: malicious',
    ]);
    // As published, its id was replaced by "1234": neither a SHA-256 nor the id asked for, so it proves nothing.
    expect(() => parseUrlReport(urlFixtureReport('recorded-phishing'), url, urlIdentifier(url))).toThrow(new ProtocolError('data.id is "1234", neither a SHA-256 nor the identifier asked for'));
  });

  test('the service writes the URL its own way: the same URL still matches', () => {
    const body = urlFixtureReport('harmless-download', 'http://mirror.example.com/');
    expect(parseUrlReport(body, 'HTTP://Mirror.Example.com:80', urlIdentifier('HTTP://Mirror.Example.com:80')).stats.harmless).toBe(10);
  });

  test.each([
    ['another type', (b: any) => (b.data.type = 'file'), 'data.type is "file", not "url": the answer is not a URL report'],
    [
      'another URL',
      (b: any) => (b.data.attributes.url = 'http://login-verify.example.net/secure/other.php'),
      'the service answered with the report of another URL (attributes.url differs from the URL asked for)',
    ],
    ['no URL', (b: any) => delete b.data.attributes.url, 'the answer names no URL (attributes.url), so it is not proven to be the report for the URL asked for'],
    ['an id that is neither', (b: any) => (b.data.id = 'xyz'), 'data.id is "xyz", neither a SHA-256 nor the identifier asked for'],
    ['stats that are not counts', (b: any) => (b.data.attributes.last_analysis_stats.harmless = '2'), 'last_analysis_stats.harmless is not a count: "2"'],
  ])('refuses %s', (_label, spoil, message) => {
    const body = urlFixtureReport('malicious-phishing');
    spoil(body);
    expect(() => parseUrlReport(body, PHISHING, id)).toThrow(new ProtocolError(message));
  });
});

describe('judging URLs', () => {
  const item: UrlItem = { url: 'https://evil.example/x?t=s3cret', display: 'https://evil.example/x?t=…', source: { input: 'urls', line: 1 } };
  const found = (name: 'malicious-phishing' | 'harmless-download'): UrlLookupOutcome => ({
    kind: 'found',
    report: parseUrlReport(urlFixtureReport(name, item.url), item.url, urlIdentifier(item.url)),
  });

  test.each([
    ['malicious-phishing', defaultPolicy(), 'malicious', 'fail'],
    ['malicious-phishing', defaultPolicy({ maxMalicious: 7 }), 'clean', 'pass'],
    ['malicious-phishing', defaultPolicy({ maxMalicious: 7, maxSuspicious: 1 }), 'suspicious', 'fail'],
    ['malicious-phishing', defaultPolicy({ maxMalicious: 6, ignoreEngines: ['webroot'] }), 'clean', 'pass'],
    ['harmless-download', defaultPolicy(), 'clean', 'pass'],
    ['harmless-download', defaultPolicy({ minEngines: 20 }), 'unanalysed', 'warn'],
  ] as const)('%s under %o is %s (%s)', (name, policy, status, consequence) => {
    expect(judgeUrl(item, found(name), policy)).toMatchObject({ status, consequence });
  });

  test('never seen follows on-unknown; an allow line naming the URL passes it, keeping what it was', () => {
    expect(judgeUrl(item, { kind: 'unknown' }, defaultPolicy({ onUnknown: 'fail' }))).toMatchObject({ status: 'unknown', consequence: 'fail' });
    expect(judgeUrl(item, found('malicious-phishing'), defaultPolicy({ allowUrls: { [item.url]: 'sinkholed' } }))).toMatchObject({
      status: 'allowed',
      consequence: 'pass',
      allowed: { reason: 'sinkholed', otherwise: 'malicious' },
    });
  });

  test('a failing URL fails a scan whose artifacts pass, and the failure line names it defanged', () => {
    const policy = defaultPolicy();
    const judgement = withUrls(scanOf([]), [judgeUrl(item, found('malicious-phishing'), policy)]);
    expect(judgement.result).toBe('fail');
    expect(explain(judgement, policy, 'VirusTotal').failureMessage).toBe('1 of 1 URL exceeds max-malicious=0: hxxps://evil[.]example/x?t=… (7/13)');
  });

  test('the rules after allow decide a URL as they decide an artifact, and say which one did', () => {
    const rule = (policy: ReturnType<typeof defaultPolicy>) => judgeUrl(item, found('malicious-phishing'), policy);
    expect(rule(defaultPolicy({ maxMalicious: 7, failEngines: ['kaspersky'] }))).toMatchObject({
      status: 'malicious',
      consequence: 'fail',
      decidedBy: { rule: 'fail-engines', engines: ['Kaspersky'] },
    });
    expect(rule(defaultPolicy({ maxMalicious: 7, maxMaliciousPercent: 50 }))).toMatchObject({ status: 'malicious', consequence: 'fail', decidedBy: { rule: 'max-malicious-percent' } });
    expect(rule(defaultPolicy({ maxMalicious: 7, warnMalicious: 5 }))).toMatchObject({ status: 'flagged', consequence: 'warn', decidedBy: { rule: 'warn-malicious' } });
    expect(rule(defaultPolicy())).toMatchObject({ decidedBy: { rule: 'max-malicious' } });
    expect(judgeUrl(item, { kind: 'unknown' }, defaultPolicy())).toMatchObject({ decidedBy: { rule: 'on-unknown' } });
    expect(rule(defaultPolicy({ allowUrls: { [item.url]: 'sinkholed' } }))).toMatchObject({ decidedBy: { rule: 'allow' } });
  });

  test('an allow line naming the URL allows until its expires day; from that day the URL is judged as any other, and the line is reported expired', () => {
    const allowEntry = { source: 'allow-file (.github/allow.txt)', line: 4, file: '.github/allow.txt', expires: '2026-12-01' };
    const policy = defaultPolicy({ allowUrls: { [item.url]: 'sinkholed, INC-7' }, allowUrlEntries: { [item.url]: allowEntry } });
    const before = judgeUrl(item, found('malicious-phishing'), policy, new Date('2026-11-30T23:59:59.999Z'));
    expect(before).toMatchObject({ status: 'allowed', consequence: 'pass', decidedBy: { rule: 'allow' } });
    expect(describeDecision(before, policy, 'virustotal')).toBe('passed: allowed by allow-file (.github/allow.txt) line 4 (sinkholed, INC-7), until it expires on 2026-12-01');
    expect(judge([], policy, new Date('2026-11-30T12:00:00Z')).expiredAllows).toEqual([]);

    const day = new Date('2026-12-01T00:00:00Z');
    const after = judgeUrl(item, found('malicious-phishing'), policy, day);
    // Named masked, as every report shows a URL: the token never reaches the JSON report.
    const expired = { ...allowEntry, url: 'https://evil.example/x?t=…', reason: 'sinkholed, INC-7' };
    expect(after).toMatchObject({ status: 'malicious', consequence: 'fail', allowed: null, decidedBy: { rule: 'max-malicious', expiredAllow: expired } });
    expect(describeDecision(after, policy, 'virustotal')).toBe(
      'failed: 7 of 13 engines say malicious, more than max-malicious=0; its entry in allow-file (.github/allow.txt) line 4 expired on 2026-12-01 and no longer allows',
    );
    // Reported like an expired hash line, whether or not the scan has the URL.
    const { expiredAllows } = judge([], policy, day);
    expect(expiredAllows).toEqual([expired]);
    expect(describeExpiredAllow(expiredAllows[0]!)).toBe(
      'allow-file (.github/allow.txt) line 4 allowed hxxps://evil[.]example/x?t=… (sinkholed, INC-7) until 2026-12-01: from that day it no longer allows, and that URL is judged like any other. Remove the line, or give it a new date once the reason is checked again.',
    );
    expect(JSON.stringify(reportUrl(after, 'virustotal', policy))).not.toContain('s3cret');
  });

  test('a flagged URL is counted in the log and the summary', () => {
    const flagged = judgeUrl(item, found('malicious-phishing'), defaultPolicy({ maxMalicious: 7, warnMalicious: 5 }));
    expect(describeUrlResults([flagged])?.title).toBe('URLs: 0 malicious, 0 suspicious, 0 unknown, 0 errors, 1 flagged, 0 allowed, 0 clean');
    expect(renderUrlSection([flagged], 'virustotal', defaultPolicy())).toContain('1 flagged');
  });

  test('the failure line names the rule that failed a URL', () => {
    const policy = defaultPolicy({ maxMalicious: 7, failEngines: ['kaspersky'] });
    const judgement = withUrls(scanOf([]), [judgeUrl(item, found('malicious-phishing'), policy)]);
    expect(explain(judgement, policy, 'VirusTotal').failureMessage).toBe('1 of 1 URL is failed by fail-engines: hxxps://evil[.]example/x?t=… (Kaspersky)');
    const percent = defaultPolicy({ maxMalicious: 7, maxMaliciousPercent: 50 });
    const overShare = withUrls(scanOf([]), [judgeUrl(item, found('malicious-phishing'), percent)]);
    expect(explain(overShare, percent, 'VirusTotal').failureMessage).toBe('1 of 1 URL exceeds max-malicious-percent=50: hxxps://evil[.]example/x?t=… (7 of 13 with a verdict)');
  });

  test('the JSON report says which rule decided a URL, in the words of every report', () => {
    const entry = reportUrl(judgeUrl(item, found('malicious-phishing'), defaultPolicy()), 'virustotal', defaultPolicy());
    expect(entry.decidedBy).toEqual({ rule: 'max-malicious', text: 'failed: 7 of 13 engines say malicious, more than max-malicious=0' });
  });

  test('the JSON report has the masked URL, never the one given', () => {
    const entry = reportUrl(judgeUrl(item, found('malicious-phishing'), defaultPolicy()), 'virustotal', defaultPolicy());
    expect(entry).toMatchObject({ url: 'https://evil.example/x?t=…', status: 'malicious' });
    expect(JSON.stringify(entry)).not.toContain('s3cret');
  });
});
