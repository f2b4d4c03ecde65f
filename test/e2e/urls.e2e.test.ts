// End to end: URLs beside the artifacts, through the bundled action and the sandbox's /urls/{id}.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { fileReport, recordedUrlReport, sha256Of, urlFixtureReport } from '../support/reports.ts';
import { serveEachTest } from '../support/gate.ts';
import { makeWorkspace } from '../support/workspace.ts';
import { githubTree } from '../support/github-markdown.ts';
import { multitoolFindings } from '../support/sarif-multitool.ts';

const KEY = 'urls-key-5e1f-93c2a7b0';
const fixture = serveEachTest(KEY);

const PHISHING = 'http://login-verify.example.net/secure/update.php';
const MIRROR = 'https://downloads.example.org/app/1.4.2/app-linux-x64.tar.gz';
/** A never-seen URL whose query carries a token: the token must appear nowhere. */
const SECRET = 'tok_9f3c2a71d0e4b5a6';
const NEVER_SEEN = `https://updates.example.com/check?channel=stable&token=${SECRET}`;

async function workspaceWithCleanArtifact(): Promise<string> {
  const workspace = await makeWorkspace({ 'dist/app.bin': 'app' });
  fixture.server.reports.set(sha256Of('app'), fileReport({ sha256: sha256Of('app') }));
  return workspace;
}

test('a malicious URL fails the gate; harmless passes, never seen warns; every report shows them defanged and masked', async () => {
  const workspace = await workspaceWithCleanArtifact();
  fixture.server.addUrlReport(PHISHING, urlFixtureReport('malicious-phishing'));
  fixture.server.addUrlReport(MIRROR, urlFixtureReport('harmless-download'));

  const run = await fixture.gate(workspace, { urls: `# deploy targets\n${PHISHING}\n${MIRROR}\n\n${NEVER_SEEN}\n`, 'sarif-path': 'reputation.sarif' });

  expect(run.exitCode).toBe(1);
  expect(run.outputs.result).toBe('fail');
  expect(run.stdout).toContain(`Checking 1 artifact and 3 URLs against VirusTotal (${fixture.server.url}).`);
  // Looked up by the unpadded base64url of the URL, beside the artifact's hash.
  expect(
    fixture.server.requests
      .map((r) => r.urlId)
      .filter(Boolean)
      .sort(),
  ).toEqual([PHISHING, MIRROR, NEVER_SEEN].map((u) => Buffer.from(u).toString('base64url')).sort());
  expect(fixture.server.requests.some((r) => r.sha256 === sha256Of('app'))).toBe(true);

  const urls = Object.fromEntries(run.report.urls.map((u: any) => [u.url, u]));
  expect(run.report.schemaVersion).toBe(3);
  expect(urls[PHISHING]).toMatchObject({
    status: 'malicious',
    consequence: 'fail',
    counted: { malicious: 7, suspicious: 2 },
    threatNames: ['Phishing.HTML.Generic', 'Mal/HTMLGen-A'],
    source: { input: 'urls', line: 2 },
  });
  expect(urls[PHISHING].stats).toMatchObject({ harmless: 2, malicious: 7 });
  expect(urls[PHISHING].link).toBe('https://www.virustotal.com/gui/url/1f9c1fa2a1ad3ec4ce6d67a9c3b3d4fb0bf0f5d1fa81dc9a8b5be58b1c2f9e07');
  expect(urls[MIRROR]).toMatchObject({ status: 'clean', consequence: 'pass' });
  expect(urls['https://updates.example.com/check?channel=…&token=…']).toMatchObject({ status: 'unknown', consequence: 'warn' });
  expect(run.report.urlCounts).toMatchObject({ checked: 3, malicious: 1, clean: 1, unknown: 1 });

  // The failure line and the annotations name the URL defanged; annotations carry no file.
  expect(run.report.failureMessage).toBe('1 of 3 URLs exceeds max-malicious=0: hxxp://login-verify[.]example[.]net/secure/update.php (7/13)');
  const urlAnnotations = run.annotations.filter((a) => a.properties.title?.includes('URL'));
  expect(urlAnnotations.map((a) => [a.level, a.properties.title, a.properties.file])).toEqual([
    ['error', 'Malicious URL: 7/13 engines', undefined],
    ['warning', 'URL unknown to VirusTotal', undefined],
  ]);
  expect(urlAnnotations[0]!.message).toContain('hxxp://login-verify[.]example[.]net/secure/update.php (urls line 2) is flagged malicious by 7 of 13 engines: BitDefender: phishing');
  expect(urlAnnotations[0]!.message).toContain('Threat names: Phishing.HTML.Generic, Mal/HTMLGen-A.');
  expect(run.summary).toContain('### URLs (3: 1 malicious, 1 unknown, 1 clean)');
  // Brackets are escaped as character references, which render as `[.]` (and the scheme's colon is kept from autolinking).
  expect(run.summary).toMatch(/<code>hxxps(<span>:<\/span>|:)\/\/downloads&#91;\.&#93;example&#91;\.&#93;org\/app\/1\.4\.2\/app-linux-x64\.tar\.gz<\/code>/);
  expect(run.summary).toContain('Phishing.HTML.Generic, Mal/HTMLGen-A');
  // URL engines that vouch for the address are counted beside the detections.
  expect(run.summary).toMatch(/<td>0\/13 malicious<br>10 harmless<\/td><td>✅ clean<\/td>/);
  expect(run.releaseNotes).toMatch(
    /\| <code>hxxp(<span>:<\/span>|:)\/\/login-verify&#91;\.&#93;example&#91;\.&#93;net\/secure\/update\.php<\/code> \| 🔴 malicious \| 7\/13 malicious, 2 suspicious, 2 harmless \|/,
  );
  expect(run.stdout).toContain('malicious  hxxp://login-verify[.]example[.]net/secure/update.php 7/13');

  const sarif = await readFile(path.join(workspace, 'reputation.sarif'), 'utf8');
  expect(JSON.parse(sarif).runs[0].results.map((r: any) => [r.ruleId, r.locations[0].logicalLocations[0].name])).toEqual([
    ['artifact-reputation/malicious', 'urls line 2'],
    ['artifact-reputation/unknown', 'urls line 5'],
  ]);
  expect(sarif).not.toContain(SECRET);

  // The token nowhere; nothing clickable where people read (the JSON report is data: masked, not defanged).
  for (const text of [run.stdout, run.stderr, run.summary, run.releaseNotes ?? '', JSON.stringify(run.report)]) expect(text).not.toContain(SECRET);
  for (const text of [run.stdout, run.stderr, run.summary, run.releaseNotes ?? '']) expect(text).not.toContain('login-verify.example.net');
});

/** The targets of the links GitHub would render from this Markdown (job summary, release notes). */
async function renderedLinks(markdown: string): Promise<string[]> {
  const links: string[] = [];
  const walk = (node: any): void => {
    if (node.type === 'element' && node.tagName === 'a') links.push(String(node.properties.href));
    for (const child of node.children ?? []) walk(child);
  };
  walk(await githubTree(markdown));
  return links;
}

test('a URL that carries other addresses (a URL, a www. name, an e-mail address) is defanged whole: nothing to click where people read', async () => {
  const workspace = await workspaceWithCleanArtifact();
  const carriers = ['https://ok.example/go/https://evil.example/payload.exe', 'https://ok.example/dl/www.evil.example/x', 'https://ok.example/mail/user@evil.example'];
  for (const url of carriers) fixture.server.addUrlReport(url, urlFixtureReport('malicious-phishing', url));

  const run = await fixture.gate(workspace, { urls: carriers.join('\n'), 'sarif-path': 'reputation.sarif' });

  expect(run.exitCode).toBe(1);
  const sarif = JSON.parse(await readFile(path.join(workspace, 'reputation.sarif'), 'utf8'));
  const messages = sarif.runs[0].results.map((result: any) => result.message.text).join('\n');
  for (const text of [run.stdout, run.stderr, messages, run.summary, run.releaseNotes ?? '']) {
    expect(text).not.toMatch(/https:\/\/evil|www\.evil|@evil\.example/);
  }
  expect(run.stdout).toContain('malicious  hxxps://ok[.]example/go/hxxps://evil[.]example/payload.exe 7/13');
  expect(run.stdout).toContain('hxxps://ok[.]example/mail/user@evil[.]example (urls line 3) is flagged malicious');
  // Rendered as GitHub renders them, the only links are the service's report pages.
  for (const markdown of [run.summary, run.releaseNotes ?? '']) {
    for (const link of await renderedLinks(markdown)) expect(link).toMatch(/^https:\/\/www\.virustotal\.com\/gui\//);
  }
  expect(await multitoolFindings(sarif)).toEqual([]);
});

test('an allow line naming a URL lets it pass, reported as allowed; urls-file lines are located in that file', async () => {
  const workspace = await workspaceWithCleanArtifact();
  fixture.server.addUrlReport(PHISHING, urlFixtureReport('malicious-phishing'));
  await writeFile(path.join(workspace, 'urls.txt'), `# endpoints\n${PHISHING}\n`);

  const run = await fixture.gate(workspace, { 'urls-file': 'urls.txt', allow: `${PHISHING} sinkholed by our SOC, INC-7` });

  expect(run.exitCode).toBe(0);
  expect(run.report.urls).toEqual([
    expect.objectContaining({
      status: 'allowed',
      consequence: 'pass',
      allowedReason: 'sinkholed by our SOC, INC-7',
      statusIfNotAllowed: 'malicious',
      source: { input: 'urls-file', file: 'urls.txt', line: 2 },
    }),
  ]);
  expect(run.report.policy.allowUrls).toEqual({ [PHISHING]: 'sinkholed by our SOC, INC-7' });
  expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
});

test('a recorded service answer (test/fixtures/vt-v3-urls/recorded-phishing.json) is judged and shown as the synthetic ones are', async () => {
  const workspace = await workspaceWithCleanArtifact();
  const recorded = 'http://something_definitely_unsecure.com';
  fixture.server.addUrlReport(recorded, recordedUrlReport());

  const run = await fixture.gate(workspace, { urls: recorded, 'max-malicious': '6' });

  expect(run.exitCode).toBe(1);
  expect(run.report.urls[0]).toMatchObject({ status: 'malicious', counted: { malicious: 7 }, stats: { harmless: 77, undetected: 8 }, threatNames: ['Mal/HTMLGen-A'] });
  expect(run.report.urls[0].link).toBe('https://www.virustotal.com/gui/url/2b2f1f47449495b69986a40beffc86bb1978832c3f6264ff02ea712ac9f3c9a1');
  const annotation = run.annotations.find((a) => a.properties.title === 'Malicious URL: 7/92 engines');
  expect(annotation?.message).toContain('hxxp://something_definitely_unsecure[.]com/ (urls line 1) is flagged malicious by 7 of 92 engines: BitDefender: malware, ESET: malware');
  expect(annotation?.message).toContain('Threat names: Mal/HTMLGen-A.');
  expect(run.summary).toContain('Mal/HTMLGen-A');
});

test('never-seen URLs follow on-unknown: fail', async () => {
  const workspace = await workspaceWithCleanArtifact();
  const run = await fixture.gate(workspace, { urls: 'https://fresh.example.com/install.sh', 'on-unknown': 'fail' });
  expect(run.exitCode).toBe(1);
  expect(run.report.failureMessage).toBe('1 of 1 URL is unknown to VirusTotal (on-unknown=fail): hxxps://fresh[.]example[.]com/install.sh');
});

test.each([
  ['ftp://mirror.example.com/app.tgz', 'Input `urls` line 2 must be an http:// or https:// URL; got "ftp://mirror[.]example[.]com/app.tgz" (ftp).'],
  [
    'https://deploy:hunter2-secret@internal.example.com/hook',
    'Input `urls` line 2 must not hold a user name or password (it would be sent to the reputation service and shown in reports); got "hxxps://internal[.]example[.]com/hook".',
  ],
  [`https://example.com/${'a'.repeat(2100)}`, 'Input `urls` line 2 is 2120 characters long; at most 2048 are accepted.'],
  ['not a url', 'Input `urls` line 2 must hold one URL and nothing else (no spaces; a note goes on a line of its own, starting with #); got "not a url".'],
])('a bad line (%s) stops the action before any request, naming the line', async (line, message) => {
  const workspace = await workspaceWithCleanArtifact();
  const run = await fixture.gate(workspace, { urls: `https://ok.example.com/\n${line}` });
  expect(run.exitCode).toBe(1);
  expect(run.annotations.map((a) => a.message)).toEqual([message]);
  expect(run.stdout).not.toContain('hunter2');
  expect(fixture.server.requests).toEqual([]);
});

test('a refused key stops the URL lookups too, said once', async () => {
  const workspace = await workspaceWithCleanArtifact();
  fixture.server.apiKeys = new Set(['another-key-0123456789']);
  const run = await fixture.gate(workspace, { urls: `${PHISHING}\n${MIRROR}` });
  expect(run.exitCode).toBe(1);
  expect(run.report.urls.map((u: any) => [u.status, u.error.kind])).toEqual([
    ['error', 'auth'],
    ['error', 'auth'],
  ]);
  expect(run.report.failureMessage.match(/refused the API key/g)).toHaveLength(1);
});

test('a 429 on a URL lookup is waited out and retried as for a hash; a quota spent on a URL stops the hash lookups too', async () => {
  const workspace = await workspaceWithCleanArtifact();
  fixture.server.addUrlReport(PHISHING, urlFixtureReport('malicious-phishing'));
  const id = Buffer.from(PHISHING).toString('base64url');
  let refused = 0;
  fixture.server.fault = (request) =>
    request.urlId === id && refused++ === 0 ? { type: 'status', status: 429, code: 'TooManyRequestsError', message: 'Too many requests', headers: { 'retry-after': '1' } } : undefined;
  const retried = await fixture.gate(workspace, { urls: PHISHING });
  expect(fixture.server.requests.filter((r) => r.urlId === id)).toHaveLength(2);
  expect(retried.report.urls[0]).toMatchObject({ status: 'malicious', error: null });

  // A Retry-After of a day: the quota will not come back in this job. The URLs go first, so the
  // quota spent on one stops the artifact's lookup too, before it is sent; said once, as for hashes.
  fixture.server.requests.length = 0;
  fixture.server.fault = () => ({ type: 'status', status: 429, code: 'QuotaExceededError', message: 'Quota exceeded', headers: { 'retry-after': '86400' } });
  const spent = await fixture.gate(workspace, { urls: PHISHING, concurrency: '1' });
  expect(spent.exitCode).toBe(1);
  expect(fixture.server.requests.map((r) => r.urlId)).toEqual([id]);
  expect(spent.report.urls[0]).toMatchObject({ status: 'error', consequence: 'fail', error: { kind: 'quota' } });
  expect(spent.report.artifacts[0]).toMatchObject({ status: 'error' });
  expect(spent.report.failureMessage.match(/the quota counts as spent/g)).toHaveLength(1);
});

test('a 404 that does not name the URL is unknown only once the EICAR probe proves the api-url', async () => {
  const workspace = await makeWorkspace({ 'dist/app.bin': 'app' });
  fixture.server.notFound = 'generic';
  const eicar = '275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f';
  fixture.server.reports.set(eicar, fileReport({ sha256: eicar, malicious: { A: 'EICAR-Test-File' } }));
  const run = await fixture.gate(workspace, { urls: 'https://fresh.example.com/install.sh' });
  expect(run.report.urls[0]).toMatchObject({ status: 'unknown' });
  expect(fixture.server.requests.filter((r) => r.sha256 === eicar)).toHaveLength(1);

  fixture.server.reports.delete(eicar);
  const wrong = await fixture.gate(workspace, { urls: 'https://fresh.example.com/install.sh', 'on-error': 'warn' });
  expect(wrong.exitCode).toBe(1);
  expect(wrong.report.urls[0]).toMatchObject({ status: 'error', consequence: 'fail' });
  expect(wrong.report.urls[0].error.message).toContain(
    '/api/v3/urls/<id of hxxps://fresh[.]example[.]com/install.sh> answered HTTP 404 NotFoundError: Resource not found. without naming the URL, and GET ',
  );
  expect(wrong.report.urls[0].error.message).toContain(`/api/v3/files/${eicar} (the EICAR test file`);
});

test('a service text that repeats the URL or its id is shown with the URL masked and defanged, never as given', async () => {
  const workspace = await workspaceWithCleanArtifact();
  const id = Buffer.from(NEVER_SEEN).toString('base64url');
  fixture.server.fault = (request) => (request.urlId ? { type: 'status', status: 400, code: 'BadRequestError', message: `Cannot scan ${NEVER_SEEN} (id ${id})` } : undefined);
  const run = await fixture.gate(workspace, { urls: NEVER_SEEN, 'on-error': 'warn' });
  expect(run.exitCode).toBe(0);
  expect(run.report.urls[0].error.message).toBe(
    'Unexpected answer from the service (HTTP 400 BadRequestError: Cannot scan hxxps://updates[.]example[.]com/check?channel=…&token=… (id <id of hxxps://updates[.]example[.]com/check?channel=…&token=…>)).',
  );
  for (const text of [run.stdout, run.summary, JSON.stringify(run.report)]) {
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(id);
  }
});

test('without `files`, the URLs alone are checked: nothing listed, no if-no-files-found warning or failure, the reports about URLs only', async () => {
  const workspace = await makeWorkspace({ 'deploy/urls.txt': `${PHISHING}\n${MIRROR}\n` });
  fixture.server.addUrlReport(PHISHING, urlFixtureReport('malicious-phishing'));
  fixture.server.addUrlReport(MIRROR, urlFixtureReport('harmless-download'));

  const run = await fixture.gate(workspace, { files: '', 'urls-file': 'deploy/urls.txt', 'if-no-files-found': 'error', 'max-malicious': '7' });

  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({ result: 'pass', scanned: '0' });
  expect(fixture.server.requests.map((r) => r.urlId !== null)).toEqual([true, true]);
  expect(run.stdout).toContain(`No files given: checking 2 URLs only against VirusTotal (${fixture.server.url}).`);
  expect(run.stdout).not.toContain('No files were found');
  expect(run.stdout).toContain('Gate passed: 2 URLs checked.');
  expect(run.annotations).toEqual([]);
  expect(run.report).toMatchObject({ result: 'pass', failureMessage: '', artifacts: [], urlCounts: { checked: 2, clean: 2 } });
  expect(run.summary).not.toContain('No file matched');
  expect(run.summary).not.toContain('| Artifacts |');
  expect(run.summary).toContain('### URLs (2: 2 clean)');
  expect(run.releaseNotes).toContain('2 URLs checked against VirusTotal');

  // The same policy as ever: over max-malicious, the URL fails the gate, and the failure names only it.
  const strict = await fixture.gate(workspace, { files: '', 'urls-file': 'deploy/urls.txt', 'if-no-files-found': 'error' });
  expect(strict.exitCode).toBe(1);
  expect(strict.report.failureMessage).toBe('1 of 2 URLs exceeds max-malicious=0: hxxp://login-verify[.]example[.]net/secure/update.php (7/13)');
});

test('neither `files` nor URLs: one input error naming the inputs, nothing sent', async () => {
  const workspace = await makeWorkspace({ 'deploy/urls.txt': '# no URL yet\n' });
  const run = await fixture.gate(workspace, { files: '# nothing', 'urls-file': 'deploy/urls.txt' });
  expect(run.exitCode).toBe(1);
  expect(run.annotations.map((a) => [a.level, a.message])).toEqual([
    ['error', 'Input `files` is required unless `urls` or `urls-file` lists a URL to check: one or more glob patterns, one per line (for example `dist/**`), or the URLs alone.'],
  ]);
  expect(fixture.server.requests).toEqual([]);
});

test('a URL allow line with expires=: allows until that day; an expired one no longer allows and is warned at its line, as a hash line is', async () => {
  const workspace = await workspaceWithCleanArtifact();
  fixture.server.addUrlReport(PHISHING, urlFixtureReport('malicious-phishing'));
  fixture.server.addUrlReport(MIRROR, urlFixtureReport('malicious-phishing', MIRROR));
  await writeFile(path.join(workspace, 'allow.txt'), `# URLs we vouch for\n${PHISHING} sinkholed, INC-7 expires=2020-01-31\n${MIRROR} our mirror, flagged by mistake expires=2099-12-31\n`);

  const run = await fixture.gate(workspace, { urls: `${PHISHING}\n${MIRROR}`, 'allow-file': 'allow.txt' });

  expect(run.exitCode).toBe(1);
  const [phishing, mirror] = run.report.urls;
  expect(phishing).toMatchObject({ status: 'malicious', consequence: 'fail', allowedReason: null });
  expect(phishing.decidedBy).toMatchObject({ rule: 'max-malicious', expiredAllow: { url: PHISHING, line: 2, file: 'allow.txt', expires: '2020-01-31' } });
  expect(phishing.decidedBy.text).toBe('failed: 7 of 13 engines say malicious, more than max-malicious=0; its entry in allow-file (allow.txt) line 2 expired on 2020-01-31 and no longer allows');
  expect(mirror).toMatchObject({ status: 'allowed', consequence: 'pass', allowedReason: 'our mirror, flagged by mistake' });
  expect(mirror.decidedBy.text).toBe('passed: allowed by allow-file (allow.txt) line 3 (our mirror, flagged by mistake), until it expires on 2099-12-31');
  const warning =
    'allow-file (allow.txt) line 2 allowed hxxp://login-verify[.]example[.]net/secure/update.php (sinkholed, INC-7) until 2020-01-31: from that day it no longer allows, and that URL is judged like any other. Remove the line, or give it a new date once the reason is checked again.';
  expect(run.report.expiredAllows).toEqual([{ source: 'allow-file (allow.txt)', line: 2, file: 'allow.txt', expires: '2020-01-31', url: PHISHING, reason: 'sinkholed, INC-7', warning }]);
  expect(run.annotations.filter((a) => a.properties.title === 'Allow entry expired')).toEqual([
    { level: 'warning', properties: { title: 'Allow entry expired', file: 'allow.txt', line: '2' }, message: warning },
  ]);
  // Escaped as the summary escapes every URL: the scheme kept from autolinking, the brackets as references.
  expect(run.summary).toContain('⌛ allow-file (allow.txt) line 2 allowed hxxp<span>:</span>//login-verify&#91;.&#93;example&#91;.&#93;net/secure/update.php (sinkholed, INC-7) until 2020-01-31');
});
