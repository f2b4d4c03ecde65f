import { describe, expect, test } from 'vitest';
import { renderSummary, SUMMARY_LIMIT_BYTES, type SummaryContext } from '../../src/report/summary.ts';
import type { ArtifactResult, ArtifactStatus, Consequence, Policy } from '../../src/core/types.ts';
import { defaultPolicy } from '../support/policy.ts';
import { sha256Of } from '../support/reports.ts';
import {
  artifactAt,
  cleanResult as clean,
  engines,
  failedResult as failed,
  fileReportOf as report,
  flaggedResult as flagged,
  judged,
  archiveResults,
  memberAt,
  scanOf as scan,
  unknownResult as unknown,
} from '../support/results.ts';

const GITHUB_LIMIT_BYTES = 1024 * 1024;
/** The defaults of action.yml. */
const POLICY: Policy = defaultPolicy();
const CONTEXT: SummaryContext = { provider: 'virustotal', policy: POLICY, reportPath: '/runner/temp/artifact-reputation-gate/scan.json', helpUri: 'https://github.com/acme/gate' };
const REPORT_SENTENCE =
  "Every artifact, with every engine's verdict, is in the JSON report: the step's `report-path` output, kept after the job when uploaded with `actions/upload-artifact` ([how](https://github.com/acme/gate#keeping-the-reports)).";
const CUT_NOTE = "\n\n> [!NOTE]\n> This summary was cut to stay under GitHub's 1 MiB limit. The JSON report (`report-path` output) lists every artifact.\n";

function result(path: string, status: ArtifactStatus, consequence: Consequence, extra: Partial<ArtifactResult> = {}): ArtifactResult {
  return judged(artifactAt(path), status, consequence, extra);
}

const link = (sha: string) => `<a href="https://www.virustotal.com/gui/file/${sha}" title="${sha}"><code>${sha.slice(0, 12)}</code></a>`;
const count = (text: string, part: string) => text.split(part).length - 1;

/** The <tr> of a table whose first cell is this path (as escaped in the summary), with its note row if any. */
function row(markdown: string, escapedPath: string): string {
  const start = markdown.indexOf(`<tr><td><code>${escapedPath}</code></td>`);
  expect(start, `no row for ${escapedPath}`).toBeGreaterThanOrEqual(0);
  let end = markdown.indexOf('</tr>', start) + '</tr>'.length;
  if (markdown.startsWith('\n<tr><td colspan=', end)) end = markdown.indexOf('</tr>', end) + '</tr>'.length;
  return markdown.slice(start, end);
}

/** The details block of an artifact. */
function details(markdown: string, escapedPath: string): string {
  const start = markdown.indexOf(`<details><summary><code>${escapedPath}</code>`);
  expect(start, `no details for ${escapedPath}`).toBeGreaterThanOrEqual(0);
  return markdown.slice(start, markdown.indexOf('</details>', start));
}

function attentionPaths(markdown: string): string[] {
  const table = markdown.slice(markdown.indexOf('### Artifacts that need attention'), markdown.indexOf('</table>'));
  return [...table.matchAll(/<tr><td><code>(.*?)<\/code>/g)].map((m) => m[1]!);
}

function expectBalanced(markdown: string): void {
  for (const [open, close] of [
    ['<table>', '</table>'],
    ['<details>', '</details>'],
    ['<summary>', '</summary>'],
    ['<ul>', '</ul>'],
    ['<tr>', '</tr>'],
    ['<li>', '</li>'],
    ['<code', '</code>'],
  ] as [string, string][]) {
    expect(count(markdown, open), `${open} vs ${close}`).toBe(count(markdown, close));
  }
  // And in the right order: no block is closed before it is opened, none left open.
  let depth = 0;
  for (const tag of markdown.match(/<\/?(table|details)>/g) ?? []) {
    depth += tag.startsWith('</') ? -1 : 1;
    expect(depth).toBeGreaterThanOrEqual(0);
  }
  expect(depth).toBe(0);
}

describe('verdict and counts', () => {
  test('a pass: verdict line, counts table, policy line, where the report is; no failure line', () => {
    const markdown = renderSummary(scan([clean('dist/a.js'), clean('dist/b.js')]), CONTEXT);
    expect(markdown.startsWith('## ✅ Artifact reputation gate passed\n\n| Artifacts |')).toBe(true);
    expect(markdown).toContain(
      '| Artifacts | Unique hashes | Malicious | Suspicious | Unknown | Unanalysed | Errors | Allowed | Clean |\n' +
        '|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n' +
        '| 2 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 2 |\n',
    );
    expect(markdown).toContain(`Checked against VirusTotal with max-malicious=0, min-engines=1, on-unknown=warn, on-error=fail. ${REPORT_SENTENCE}\n\n`);
    // The path under RUNNER_TEMP is gone after the job: it is not shown.
    expect(markdown).not.toContain('/runner/temp');
    expect(markdown).not.toContain('Artifacts that need attention');
    expect(markdown).not.toContain('[!');
  });

  test('a fail: verdict line, then the failure line', () => {
    const results = [flagged('dist/a.exe', engines(3)), unknown('dist/b.bin'), failed('dist/c.dll', 'timed out'), clean('dist/d.js'), clean('dist/e.js')];
    const markdown = renderSummary(scan(results, '1 of 5 artifacts exceeds max-malicious=0: dist/a.exe (3/70)'), CONTEXT);
    expect(markdown.startsWith('## ❌ Artifact reputation gate failed\n\n1 of 5 artifacts exceeds max-malicious=0: dist/a.exe (3/70)\n\n')).toBe(true);
    expect(markdown).toContain('| 5 | 5 | 1 | 0 | 1 | 0 | 1 | 0 | 2 |');
  });

  test('duplicates: unique hashes counted apart from artifacts', () => {
    const twin = { ...clean('dist/b.js'), sha256: sha256Of('dist/a.js') };
    expect(renderSummary(scan([clean('dist/a.js'), twin, clean('dist/c.js')]), CONTEXT)).toContain('| 3 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 3 |');
  });

  test('the policy line follows the policy and provider; no report, no report sentence', () => {
    const context: SummaryContext = { provider: 'reversinglabs', policy: { ...POLICY, maxMalicious: 4, onUnknown: 'fail', onError: 'warn' }, reportPath: null };
    const markdown = renderSummary(scan([clean('a')]), context);
    expect(markdown).toContain('Checked against ReversingLabs with max-malicious=4, min-engines=1, on-unknown=fail, on-error=warn.\n');
    expect(markdown).not.toContain('JSON report');
  });

  test('no artifacts at all: just the verdict, the counts and the policy', () => {
    const markdown = renderSummary(scan([]), CONTEXT);
    expect(markdown).toContain('| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |');
    expect(markdown).not.toContain('<table>');
    expect(markdown).not.toContain('<details>');
  });
});

describe('artifacts that need attention', () => {
  const malicious = flagged(
    'dist/app.exe',
    { Kaspersky: 'Orcus', Avast: 'Orcus', ClamAV: 'Win.Rat' },
    { engineCount: 79, threatNames: ['Orcus', 'Win.Rat'], label: 'trojan.orcusrat/msil', firstSeen: new Date('2024-07-29T04:22:49Z'), lastAnalysed: new Date('2026-11-01T23:59:59Z') },
    1536 * 1024,
  );
  const results = [
    clean('dist/clean.js'),
    unknown('dist/new.bin'),
    failed('dist/broken.dll', 'the service answered 503 three times'),
    flagged('dist/lib.dll', engines(1), { threatNames: ['Trojan.Generic'] }, 100),
    malicious,
  ];
  const markdown = renderSummary(scan(results, 'failed'), CONTEXT);

  test('five narrow columns: artifact, detections right after it, status, short hash, size', () => {
    expect(markdown).toContain('<table>\n<tr><th>Artifact</th><th>Detections</th><th>Status</th><th>SHA-256</th><th>Size</th></tr>\n');
  });

  test('one row per artifact that is not clean, worst first and the most detected first', () => {
    expect(attentionPaths(markdown)).toEqual(['dist/app.exe', 'dist/lib.dll', 'dist/broken.dll', 'dist/new.bin']);
  });

  test('a malicious row: path, malicious/engines, status, the short hash linked with the full one in its title, size', () => {
    expect(row(markdown, 'dist/app.exe')).toBe(`<tr><td><code>dist/app.exe</code></td><td>3/79 malicious</td><td>🔴 malicious</td><td>${link(sha256Of('dist/app.exe'))}</td><td>1.5 MiB</td></tr>`);
  });

  test('an error row: its message in a row below, not in a column of its own', () => {
    expect(row(markdown, 'dist/broken.dll')).toBe(
      `<tr><td><code>dist/broken.dll</code></td><td>—</td><td>⚠️ error</td><td>${link(sha256Of('dist/broken.dll'))}</td><td>2.0 KiB</td></tr>\n` +
        '<tr><td colspan="5">⚠️ the service answered 503 three times</td></tr>',
    );
  });

  test('a long error is clipped in the row below and whole in the details', () => {
    const message = `The service answered 503 three times for https://www.virustotal.com/api/v3/files/${'a'.repeat(64)}; giving up.`;
    const md = renderSummary(scan([failed('dist/x.bin', message)], 'x'), CONTEXT);
    const note = row(md, 'dist/x.bin').split('\n')[1]!;
    const linkBreaks = (text: string) => text.replace('https://www.', 'https<span>:</span>//www<span>.</span>');
    expect(note).toBe(`<tr><td colspan="5">⚠️ ${linkBreaks(message.slice(0, 89))}…</td></tr>`);
    expect(details(md, 'dist/x.bin')).toContain(`⚠️ ${linkBreaks(message)}`);
  });

  test('an unknown row', () => {
    expect(row(markdown, 'dist/new.bin')).toBe(`<tr><td><code>dist/new.bin</code></td><td>—</td><td>❔ unknown</td><td>${link(sha256Of('dist/new.bin'))}</td><td>2.0 KiB</td></tr>`);
  });

  test('a file that could not be hashed has a dash for its hash', () => {
    const md = renderSummary(scan([failed('dist/locked.bin', 'EACCES', 'file')], 'x'), CONTEXT);
    expect(row(md, 'dist/locked.bin')).toContain('<td>⚠️ error</td><td>—</td>');
    expect(details(md, 'dist/locked.bin')).toContain('SHA-256 not computed');
    expect(md).not.toContain('virustotal.com/gui');
  });

  test('reversinglabs: the hash is shown, full in its title, but not linked', () => {
    const sha = sha256Of('dist/new.bin');
    const md = renderSummary(scan([unknown('dist/new.bin')]), { ...CONTEXT, provider: 'reversinglabs' });
    expect(row(md, 'dist/new.bin')).toContain(`<td><code title="${sha}">${sha.slice(0, 12)}</code></td>`);
    expect(md).not.toContain('<a href="https://www.virustotal');
  });

  test('clean artifacts are not in the attention table', () => {
    expect(attentionPaths(markdown)).not.toContain('dist/clean.js');
  });
});

describe('truthful detection cells', () => {
  test('a suspicious artifact reads as suspicious first, never as 0/69', () => {
    const sha = sha256Of('s.exe');
    const suspicious = result('s.exe', 'suspicious', 'fail', { report: report(sha, {}, { engineCount: 69, suspicious: { A: null, B: null, C: null, D: null, E: null } }) });
    const cell = row(renderSummary(scan([suspicious], 'x'), CONTEXT), 's.exe');
    expect(cell).toContain('<td>5/69 suspicious</td>');
    expect(cell).not.toContain('0/69');
  });

  test('malicious and suspicious together: both, the status first', () => {
    const sha = sha256Of('s.exe');
    const both = result('s.exe', 'suspicious', 'fail', { report: report(sha, { Avast: 'X' }, { suspicious: { Cylance: 'Unsafe', Sophos: null } }) });
    expect(row(renderSummary(scan([both], 'x'), CONTEXT), 's.exe')).toContain('<td>2/70 suspicious<br>1 malicious</td>');
    const mal = flagged('m.exe', { Avast: 'X' }, { suspicious: { Cylance: 'Unsafe' } });
    expect(row(renderSummary(scan([mal], 'x'), CONTEXT), 'm.exe')).toContain('<td>1/70 malicious<br>1 suspicious</td>');
  });

  test('an unanalysed artifact says how many engines gave a verdict, against min-engines', () => {
    const sha = sha256Of('n.exe');
    const unanalysed = result('n.exe', 'unanalysed', 'warn', { report: report(sha, {}, { engineCount: 3 }) });
    const md = renderSummary(scan([unanalysed]), { ...CONTEXT, policy: { ...POLICY, minEngines: 20 } });
    expect(row(md, 'n.exe')).toContain('<td>3 verdicts<br>min-engines=20</td><td>❔ unanalysed</td>');
  });

  test('ignored detections are counted apart', () => {
    const policy: Policy = { ...POLICY, ignoreEngines: ['jiangmin', 'cylance'] };
    const ignoring = flagged('dist/app.exe', { Kaspersky: 'HEUR:Trojan', Jiangmin: 'Trojan.Agent', Avast: 'Win32:Agent' }, { suspicious: { Cylance: 'Unsafe' } });
    ignoring.counted = { malicious: 2, suspicious: 0 };
    expect(row(renderSummary(scan([ignoring], 'x'), { ...CONTEXT, policy }), 'dist/app.exe')).toContain('<td>2/70 malicious<br>+2 ignored</td>');
  });
});

describe('engines and hashes', () => {
  test('one collapsed block per artifact that needs attention, worst first, with every engine and the full hash', () => {
    const big = flagged('dist/app.exe', engines(54, 'Orcus'), { engineCount: 79, threatNames: ['Orcus'], label: 'trojan.orcus' });
    const small = flagged('dist/lib.dll', { Avast: 'Win32:Agent' }, { suspicious: { Sophos: null } });
    const markdown = renderSummary(scan([small, unknown('dist/u.bin'), big, clean('dist/c.js')], 'x'), CONTEXT);
    expect(count(markdown, '### Engines and hashes\n\n')).toBe(1);
    expect(count(markdown, '<details><summary><code>')).toBe(3);
    expect(markdown.indexOf('<summary><code>dist/app.exe')).toBeLessThan(markdown.indexOf('<summary><code>dist/lib.dll'));
    expect(markdown.indexOf('<summary><code>dist/lib.dll')).toBeLessThan(markdown.indexOf('<summary><code>dist/u.bin'));

    const sha = sha256Of('dist/app.exe');
    const bigBlock = details(markdown, 'dist/app.exe');
    expect(bigBlock).toContain('<summary><code>dist/app.exe</code>: 54 engines flagged it</summary>');
    expect(bigBlock).toContain(
      `🔴 malicious · SHA-256 <a href="https://www.virustotal.com/gui/file/${sha}" title="${sha}"><code>${sha}</code></a> · first seen 2024-07-29 · last analysed 2026-11-01<br>\nFailed: 54 of 79 engines say malicious, more than max-malicious=0.<br>\nThreat names: trojan.orcus, Orcus`,
    );
    expect(bigBlock).toContain('<tr><th>Engine</th><th>Category</th><th>Result</th><th>Version</th></tr>');
    expect(count(bigBlock, '<tr><td>')).toBe(54);
    for (let i = 1; i <= 54; i++) expect(bigBlock).toContain(`<tr><td>Engine${String(i).padStart(2, '0')}</td><td>malicious</td><td>Orcus</td><td>—</td></tr>`);

    const smallBlock = details(markdown, 'dist/lib.dll');
    expect(smallBlock).toContain('<summary><code>dist/lib.dll</code>: 2 engines flagged it</summary>');
    expect(smallBlock).toContain('<tr><td>Avast</td><td>malicious</td><td>Win32:Agent</td><td>—</td></tr>');
    expect(smallBlock).toContain('<tr><td>Sophos</td><td>suspicious</td><td>—</td><td>—</td></tr>');

    const unknownBlock = details(markdown, 'dist/u.bin');
    expect(unknownBlock).toContain('<summary><code>dist/u.bin</code>: unknown to VirusTotal</summary>');
    expect(unknownBlock).toContain(sha256Of('dist/u.bin'));
    expect(unknownBlock).not.toContain('<table>');
  });

  test('one engine: singular; a failed lookup: not checked, with its error', () => {
    const markdown = renderSummary(scan([flagged('a.exe', { Avast: 'X' }), failed('b.bin', 'timed out')], 'x'), CONTEXT);
    expect(markdown).toContain('<summary><code>a.exe</code>: 1 engine flagged it</summary>');
    expect(details(markdown, 'b.bin')).toContain('<summary><code>b.bin</code>: not checked</summary>');
    expect(details(markdown, 'b.bin')).toContain('⚠️ timed out');
  });

  test('no section when nothing needs attention and no engine flagged anything', () => {
    expect(renderSummary(scan([clean('a'), clean('b')]), CONTEXT)).not.toContain('Engines and hashes');
  });
});

describe('ignored engines stay visible', () => {
  const policy: Policy = { ...POLICY, ignoreEngines: ['jiangmin', 'cylance'] };
  const ignoring = flagged(
    'dist/app.exe',
    { Kaspersky: 'HEUR:Trojan', JIANGMIN: 'Trojan.Agent', Avast: 'Win32:Agent' },
    { suspicious: { Cylance: 'Unsafe' }, versions: { Kaspersky: '22.0.1.28', JIANGMIN: '16.0.100', Cylance: '3.0.0.0' } },
  );
  ignoring.counted = { malicious: 2, suspicious: 0 };
  const quiet = result('dist/c.js', 'clean', 'pass', { report: report(sha256Of('dist/c.js'), { Jiangmin: 'Trojan.Agent' }), counted: { malicious: 0, suspicious: 0 } });
  const markdown = renderSummary(scan([ignoring, quiet], 'x'), { ...CONTEXT, policy });

  test('in the engines table: marked "(ignored)", with version, result and category', () => {
    const block = details(markdown, 'dist/app.exe');
    expect(block).toContain('<summary><code>dist/app.exe</code>: 4 engines flagged it</summary>');
    expect(block).toContain('<tr><td>Kaspersky</td><td>malicious</td><td>HEUR:Trojan</td><td>22.0.1.28</td></tr>');
    expect(block).toContain('<tr><td>JIANGMIN <em>(ignored)</em></td><td>malicious</td><td>Trojan.Agent</td><td>16.0.100</td></tr>');
    expect(block).toContain('<tr><td>Avast</td><td>malicious</td><td>Win32:Agent</td><td>—</td></tr>');
    expect(block).toContain('<tr><td>Cylance <em>(ignored)</em></td><td>suspicious</td><td>Unsafe</td><td>3.0.0.0</td></tr>');
    expect(count(block, '(ignored)')).toBe(2);
  });

  test('a clean artifact flagged only by an ignored engine: named in the clean list and detailed', () => {
    const sha = sha256Of('dist/c.js');
    expect(markdown).toContain(`<li><code>dist/c.js</code> 2.0 KiB 0/70, ignored: Jiangmin: Trojan.Agent ${link(sha)}</li>`);
    expect(details(markdown, 'dist/c.js')).toContain('<tr><td>Jiangmin <em>(ignored)</em></td><td>malicious</td><td>Trojan.Agent</td><td>—</td></tr>');
  });

  test('the policy line spells ignored engines as the service does', () => {
    expect(markdown).toContain('Checked against VirusTotal with max-malicious=0, min-engines=1, on-unknown=warn, on-error=fail, ignored engines: JIANGMIN, Cylance.');
  });
});

describe('clean artifacts', () => {
  test('in one collapsed list, each with size, detections and linked short hash', () => {
    const results = [clean('dist/a.js', 100), flagged('dist/m.exe', engines(2)), clean('dist/b.js', 5 * 1024 * 1024)];
    const markdown = renderSummary(scan(results, 'x'), CONTEXT);
    expect(count(markdown, '<summary>Clean artifacts')).toBe(1);
    const list = markdown.slice(markdown.indexOf('<details><summary>Clean artifacts (2)</summary>\n\n<ul>\n'));
    expect(list).toContain(`<li><code>dist/a.js</code> 100 B 0/72 ${link(sha256Of('dist/a.js'))}</li>`);
    expect(list).toContain(`<li><code>dist/b.js</code> 5.0 MiB 0/72 ${link(sha256Of('dist/b.js'))}</li>`);
    expect(list).not.toContain('dist/m.exe');
    expect(markdown.trimEnd().endsWith('</ul>\n</details>')).toBe(true);
  });

  test('no list when nothing is clean', () => {
    expect(renderSummary(scan([unknown('a')]), CONTEXT)).not.toContain('Clean artifacts');
  });
});

describe('every status', () => {
  test('the counts table has a column for each; the attention table is worst first', () => {
    const results = [
      flagged('m.exe', engines(2)),
      result('s.exe', 'suspicious', 'fail', { report: report(sha256Of('s.exe'), {}, { suspicious: { Cylance: 'Unsafe' } }) }),
      result('n.exe', 'unanalysed', 'warn', { report: report(sha256Of('n.exe'), {}, { engineCount: 0 }) }),
      unknown('u1.bin'),
      unknown('u2.bin'),
      failed('e.exe', 'timed out'),
      result('a.exe', 'allowed', 'pass', { allowed: { reason: 'ours', otherwise: 'unknown' } }),
      clean('c1.js'),
      clean('c2.js'),
      clean('c3.js'),
    ];
    const markdown = renderSummary(scan(results, 'failed'), CONTEXT);
    expect(markdown).toContain('| 10 | 10 | 1 | 1 | 2 | 1 | 1 | 1 | 3 |\n\n');
    // Failing first (malicious, suspicious, error), then warnings (unanalysed, unknown).
    expect(attentionPaths(markdown)).toEqual(['m.exe', 's.exe', 'e.exe', 'n.exe', 'u1.bin', 'u2.bin']);
  });

  test('an unknown that fails comes before an error that only warns', () => {
    const warned = { ...failed('e.exe', 'timed out'), consequence: 'warn' as const };
    expect(attentionPaths(renderSummary(scan([warned, unknown('u.bin', 'fail')], 'x'), CONTEXT))).toEqual(['u.bin', 'e.exe']);
  });
});

describe('allowed artifacts', () => {
  const vendorSha = sha256Of('dist/vendor.exe');
  const vendor = result('dist/vendor.exe', 'allowed', 'pass', {
    report: report(vendorSha, { Kaspersky: 'HEUR:Trojan', Jiangmin: 'Trojan.Agent' }, { engineCount: 72 }),
    allowed: { reason: 'Signed by Vendor Inc., ticket SEC-1234', otherwise: 'malicious' },
  });
  const unseen = result('dist/tool.bin', 'allowed', 'pass', { allowed: { reason: 'built in-house', otherwise: 'unknown' } });
  const markdown = renderSummary(scan([clean('dist/a.js'), vendor, unseen]), CONTEXT);

  test('a section of their own: detections, the status each would have had, hash, and the reason below', () => {
    expect(markdown).toContain(
      '### Allowed artifacts (2)\n\n<table>\n<tr><th>Artifact</th><th>Detections</th><th>Otherwise</th><th>SHA-256</th></tr>\n' +
        `<tr><td><code>dist/vendor.exe</code></td><td>2/72 malicious</td><td>🔴 malicious</td><td>${link(vendorSha)}</td></tr>\n` +
        '<tr><td colspan="4">Allowed: Signed by Vendor Inc., ticket SEC-1234</td></tr>\n' +
        `<tr><td><code>dist/tool.bin</code></td><td>—</td><td>❔ unknown</td><td>${link(sha256Of('dist/tool.bin'))}</td></tr>\n` +
        '<tr><td colspan="4">Allowed: built in-house</td></tr>\n' +
        '</table>\n\n',
    );
  });

  test('a long reason is clipped below the row and whole in the details', () => {
    const long = `Checked by the security team: ${'reviewed and signed, '.repeat(10)}ticket SEC-9`;
    const md = renderSummary(scan([result('dist/x.exe', 'allowed', 'pass', { allowed: { reason: long, otherwise: 'unknown' } })]), CONTEXT);
    expect(row(md, 'dist/x.exe')).toMatch(/<tr><td colspan="4">Allowed: Checked by the security team: [^<]{40,}…<\/td><\/tr>$/);
    expect(details(md, 'dist/x.exe')).toContain(`Allowed: ${long}`);
  });

  test('not among the artifacts that need attention, nor among the clean ones', () => {
    expect(markdown.startsWith('## ✅ Artifact reputation gate passed')).toBe(true);
    expect(markdown).not.toContain('Artifacts that need attention');
    const list = markdown.slice(markdown.indexOf('<summary>Clean artifacts (1)</summary>'));
    expect(list).toContain('dist/a.js');
    expect(list).not.toContain('dist/vendor.exe');
    expect(list).not.toContain('dist/tool.bin');
  });

  test('the engines that flagged them are detailed, after the artifacts that need attention', () => {
    const md = renderSummary(scan([vendor, flagged('dist/bad.exe', engines(1))], 'x'), CONTEXT);
    expect(md).toContain('### Engines and hashes\n\n<details><summary><code>dist/bad.exe</code>: 1 engine flagged it</summary>');
    expect(details(md, 'dist/vendor.exe')).toContain('Allowed: Signed by Vendor Inc., ticket SEC-1234');
    expect(md.indexOf('<summary><code>dist/bad.exe</code>')).toBeLessThan(md.indexOf('<summary><code>dist/vendor.exe</code>'));
  });

  test.each([
    { otherwise: 'malicious', label: '🔴 malicious' },
    { otherwise: 'suspicious', label: '🟠 suspicious' },
    { otherwise: 'error', label: '⚠️ error' },
    { otherwise: 'unanalysed', label: '❔ unanalysed' },
    { otherwise: 'unknown', label: '❔ unknown' },
    { otherwise: 'clean', label: '✅ clean' },
  ] as const)('would otherwise be $otherwise: $label', ({ otherwise, label }) => {
    const allowed = result('dist/x.exe', 'allowed', 'pass', { allowed: { reason: 'ours', otherwise } });
    expect(row(renderSummary(scan([allowed]), CONTEXT), 'dist/x.exe')).toContain(`<td>${label}</td><td>${link(sha256Of('dist/x.exe'))}</td></tr>\n<tr><td colspan="4">Allowed: ours</td></tr>`);
  });

  test('a hostile reason is escaped', () => {
    const allowed = result('dist/x.exe', 'allowed', 'pass', { allowed: { reason: '<script>x</script> | @team #5 `rm`\n## H', otherwise: 'malicious' } });
    const md = renderSummary(scan([allowed]), CONTEXT);
    expect(md).toContain('<td colspan="4">Allowed: &lt;script&gt;x&lt;/script&gt; &#124; &#64;team &#35;5 &#96;rm&#96;&#92;n&#35;&#35; H</td>');
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('@team');
    expectBalanced(md);
  });
});

describe('the policy line', () => {
  test.each([
    { label: 'the defaults', overrides: {}, line: 'max-malicious=0, min-engines=1, on-unknown=warn, on-error=fail' },
    { label: 'max-suspicious', overrides: { maxSuspicious: 2 }, line: 'max-malicious=0, max-suspicious=2, min-engines=1, on-unknown=warn, on-error=fail' },
    { label: 'max-suspicious=0', overrides: { maxSuspicious: 0 }, line: 'max-malicious=0, max-suspicious=0, min-engines=1, on-unknown=warn, on-error=fail' },
    { label: 'min-engines=0', overrides: { minEngines: 0 }, line: 'max-malicious=0, min-engines=0, on-unknown=warn, on-error=fail' },
    { label: 'one allowed hash', overrides: { allow: { a: 'x' } }, line: 'max-malicious=0, min-engines=1, on-unknown=warn, on-error=fail, 1 allowed hash' },
    { label: 'three allowed hashes', overrides: { allow: { a: 'x', b: 'y', c: 'z' } }, line: 'max-malicious=0, min-engines=1, on-unknown=warn, on-error=fail, 3 allowed hashes' },
    {
      label: 'everything',
      overrides: { maxMalicious: 3, maxSuspicious: 5, minEngines: 20, onUnknown: 'fail', onError: 'warn', ignoreEngines: ['jiangmin'], allow: { a: 'x', b: 'y' } },
      line: 'max-malicious=3, max-suspicious=5, min-engines=20, on-unknown=fail, on-error=warn, ignored engines: jiangmin, 2 allowed hashes',
    },
  ] as { label: string; overrides: Partial<Policy>; line: string }[])('$label', ({ overrides, line }) => {
    const markdown = renderSummary(scan([clean('a')]), { ...CONTEXT, policy: { ...POLICY, ...overrides }, reportPath: null });
    expect(markdown).toContain(`\n\nChecked against VirusTotal with ${line}.\n\n`);
  });

  test('ignored engine names are escaped', () => {
    const markdown = renderSummary(scan([clean('a')]), { ...CONTEXT, policy: { ...POLICY, ignoreEngines: ['<b>x</b>|@y'] }, reportPath: null });
    expect(markdown).toContain('ignored engines: &lt;b&gt;x&lt;/b&gt;&#124;&#64;y.');
    expect(markdown).not.toContain('<b>');
  });
});

describe('stale reports', () => {
  const policy: Policy = { ...POLICY, maxReportAgeDays: 30 };
  const old = (staleDays: number, base: ArtifactResult): ArtifactResult => ({ ...base, staleDays });

  test('an attention row says how old its report is, in a row below', () => {
    const markdown = renderSummary(scan([old(45, flagged('dist/app.exe', engines(1)))], 'x'), { ...CONTEXT, policy });
    expect(row(markdown, 'dist/app.exe')).toContain('\n<tr><td colspan="5">⏳ Last analysed 45 days ago (2026-11-01), more than max-report-age-days=30: the verdict may be stale.</td></tr>');
  });

  test('an error and a stale report share the row below', () => {
    const both = { ...failed('dist/e.bin', 'timed out'), staleDays: 40 };
    expect(row(renderSummary(scan([both], 'x'), { ...CONTEXT, policy }), 'dist/e.bin')).toContain('<tr><td colspan="5">⚠️ timed out<br>⏳ Last analysed 40 days ago (—)');
  });

  test('a clean artifact with a stale report is marked in the clean list', () => {
    const markdown = renderSummary(scan([old(31, clean('dist/a.js')), clean('dist/b.js')]), { ...CONTEXT, policy });
    expect(markdown).toContain(`<li><code>dist/a.js</code> 2.0 KiB 0/72 ⏳ 31 days old ${link(sha256Of('dist/a.js'))}</li>`);
    expect(markdown).toContain(`<li><code>dist/b.js</code> 2.0 KiB 0/72 ${link(sha256Of('dist/b.js'))}</li>`);
  });

  test.each([
    { stale: 1, sentence: '1 report is older than max-report-age-days=30 (⏳): the verdict may be stale.' },
    { stale: 2, sentence: '2 reports are older than max-report-age-days=30 (⏳): the verdict may be stale.' },
  ])('$stale stale: the policy line says how many', ({ stale, sentence }) => {
    const results = [old(40, clean('a.js')), clean('b.js'), ...(stale === 2 ? [old(90, flagged('c.exe', engines(1)))] : [])];
    const markdown = renderSummary(scan(results), { ...CONTEXT, policy });
    expect(markdown).toContain(`Checked against VirusTotal with max-malicious=0, min-engines=1, on-unknown=warn, on-error=fail. ${sentence} Every artifact`);
  });

  test('no stale report: no word of it', () => {
    const markdown = renderSummary(scan([clean('a.js'), flagged('b.exe', engines(1))], 'x'), { ...CONTEXT, policy });
    expect(markdown).not.toContain('max-report-age-days');
    expect(markdown).not.toContain('⏳');
  });
});

describe('hostile names are escaped', () => {
  const hostilePath = 'dist/evil|name<script>alert(1)</script>`rm -rf`\n@octocat #1 *bold* _it_ [link](https://x.test) $x$ ~s~ &amp;.exe';
  const hostileThreat = 'Trojan|<img src=x onerror=alert(2)>`cmd`\n@admin #2';
  const hostileEngine = 'Engine<b>|`@bot`';
  const results = [
    flagged(hostilePath, { [hostileEngine]: hostileThreat, Avast: 'Win32' }, { threatNames: [hostileThreat], label: '@label #3 |x|' }),
    failed('dist/x\n## Heading|.exe', 'service said: <b>no</b> @team #4 | `x`'),
    clean('dist/clean|`@c`<i>.js'),
  ];
  const markdown = renderSummary(scan(results, `1 of 3 artifacts exceeds max-malicious=0: ${hostilePath} (2/70)`), {
    ...CONTEXT,
    reportPath: '/tmp/<report>|`@x`.json',
  });

  test.each([
    '<script>',
    '</script>',
    '<img',
    '<b>',
    '<i>',
    '`rm',
    '`cmd',
    '`x`',
    '@octocat',
    '@admin',
    '@team',
    '@label',
    '@bot',
    '@c',
    ' #1',
    ' #2',
    ' #3',
    ' #4',
    'evil|',
    'Trojan|',
    '|x|',
    '*bold*',
    '_it_',
    '[link]',
    '$x$',
    '~s~',
    '&amp;.exe',
    '\n## Heading',
    '\n@',
  ])('%j never appears raw', (raw) => {
    expect(markdown).not.toContain(raw);
  });

  test('they appear escaped', () => {
    expect(markdown).toContain('dist/evil&#124;name&lt;script&gt;alert(1)&lt;/script&gt;&#96;rm -rf&#96;&#92;n&#64;octocat &#35;1');
    expect(markdown).toContain('&#42;bold&#42; &#95;it&#95; &#91;link&#93;(https<span>:</span>//x.test) &#36;x&#36; &#126;s&#126; &amp;amp;.exe');
    expect(markdown).toContain('Trojan&#124;&lt;img src=x onerror=alert(2)&gt;&#96;cmd&#96;&#92;n&#64;admin &#35;2');
    expect(markdown).toContain('<td>Engine&lt;b&gt;&#124;&#96;&#64;bot&#96;</td>');
    expect(markdown).toContain('&#64;label &#35;3 &#124;x&#124;');
    expect(markdown).toContain('service said: &lt;b&gt;no&lt;/b&gt; &#64;team &#35;4 &#124; &#96;x&#96;');
    expect(markdown).not.toContain('/tmp/');
    expect(markdown).toContain('<code>dist/clean&#124;&#96;&#64;c&#96;&lt;i&gt;.js</code>');
  });

  test('each attention row stays on one line', () => {
    const rows = markdown.split('\n').filter((line) => line.startsWith('<tr><td>'));
    expect(rows.filter((line) => line.includes('🔴') || line.includes('⚠️'))).toHaveLength(2);
    for (const line of rows) expect(line.endsWith('</tr>')).toBe(true);
  });

  test('the markup is still balanced', () => {
    expectBalanced(markdown);
  });
});

describe('size limit', () => {
  /** A long path, as deep monorepo build trees have them. */
  const longPath = (i: number, kind: string) => `packages/service-${i % 97}/build/output/${'nested-directory/'.repeat(6)}${kind}-artifact-${i}.tar.gz`;
  const topNote = (markdown: string) => markdown.slice(markdown.indexOf('> [!WARNING]'), markdown.indexOf('\n\n', markdown.indexOf('> [!WARNING]')));

  test('20,000 artifacts with long names: under 1 MiB, cut with a note at the top saying what is left out', () => {
    const results = Array.from({ length: 20_000 }, (_, i) =>
      i % 10 === 0 ? flagged(longPath(i, 'bad'), engines(12, 'Trojan.Win32.Generic.Long.Threat.Name')) : i % 10 === 1 ? unknown(longPath(i, 'new')) : clean(longPath(i, 'ok')),
    );
    const markdown = renderSummary(scan(results, '2000 of 20000 artifacts exceed max-malicious=0'), CONTEXT);
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(GITHUB_LIMIT_BYTES);
    expect(Buffer.byteLength(markdown)).toBeGreaterThan(SUMMARY_LIMIT_BYTES - 16 * 1024); // it used the room it had
    expect(markdown.startsWith('## ❌ Artifact reputation gate failed\n\n> [!WARNING]\n> This summary is cut')).toBe(true);
    expect(markdown.endsWith(CUT_NOTE)).toBe(true);
    expectBalanced(markdown);
    // The worst come first, so what was cut is the least important: every malicious row made it.
    expect(count(markdown, '<td>🔴 malicious</td>')).toBe(2000);
    const shownUnknown = count(markdown, '<td>❔ unknown</td>');
    const shownDetails = count(markdown, '<details><summary><code>');
    expect(topNote(markdown)).toBe(
      "> [!WARNING]\n> This summary is cut to stay under GitHub's 1 MiB limit. Left out, as the least serious: " +
        `${4000 - 2000 - shownUnknown} of 4000 artifacts that need attention, the engines and hashes of ${4000 - shownDetails} artifacts and 16000 of 16000 clean artifacts. ` +
        'The JSON report (`report-path` output) lists every artifact.',
    );
  });

  test('20,000 clean artifacts: the clean list is cut and still closed', () => {
    const results = Array.from({ length: 20_000 }, (_, i) => clean(longPath(i, 'ok')));
    const markdown = renderSummary(scan(results), CONTEXT);
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(GITHUB_LIMIT_BYTES);
    expect(markdown.endsWith(`</ul>\n</details>\n${CUT_NOTE}`)).toBe(true);
    const listed = count(markdown, '<li>');
    expect(listed).toBeGreaterThan(1000);
    expect(listed).toBeLessThan(20_000);
    expect(topNote(markdown)).toContain(`Left out, as the least serious: ${20_000 - listed} of 20000 clean artifacts.`);
    expectBalanced(markdown);
  });

  test('a summary that fits is not cut', () => {
    const results = Array.from({ length: 50 }, (_, i) => (i % 2 ? clean(`c${i}`) : flagged(`m${i}`, engines(3))));
    const markdown = renderSummary(scan(results, 'x'), CONTEXT);
    expect(markdown).not.toContain('[!');
    expect(count(markdown, '<td>🔴 malicious</td>')).toBe(25);
    expect(count(markdown, '<li>')).toBe(25);
  });

  const mixed = [
    flagged('dist/a.exe', engines(20)),
    flagged('dist/b.exe', engines(5)),
    failed('dist/c.exe', 'timed out'),
    unknown('dist/d.bin'),
    ...Array.from({ length: 30 }, (_, i) => clean(`dist/clean-${i}.js`)),
  ];
  const full = renderSummary(scan(mixed, 'failed'), CONTEXT);
  const HEADING = '## ❌ Artifact reputation gate failed\n\n';

  test.each(Array.from({ length: 60 }, (_, i) => 1100 + i * 250))('limitBytes=%d: cut cleanly', (limitBytes) => {
    const markdown = renderSummary(scan(mixed, 'failed'), CONTEXT, limitBytes);
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(limitBytes + 1024);
    const cut = markdown.includes('[!WARNING]');
    expect(markdown.endsWith(CUT_NOTE)).toBe(cut);
    if (!cut) {
      expect(markdown).toBe(full);
      return;
    }
    expect(markdown.startsWith(`${HEADING}> [!WARNING]\n`)).toBe(true);
    const body = markdown.slice(markdown.indexOf('\n\n', HEADING.length) + 2, -CUT_NOTE.length);
    // What is kept is a prefix of the full summary, up to the closing tags of the block open at the cut.
    expect(full.startsWith(HEADING + body.replace(/(<\/table>\n\n|<\/ul>\n<\/details>\n)$/, ''))).toBe(true);
    expectBalanced(body);
  });

  test('the default limit leaves room under GitHub’s 1 MiB for the closing tags and both notes', () => {
    expect(SUMMARY_LIMIT_BYTES).toBeLessThan(GITHUB_LIMIT_BYTES - Buffer.byteLength(CUT_NOTE) - 64);
  });
});

describe('archive members', () => {
  const loose = flagged('dist/loose.exe', engines(9));
  const results = [clean('dist/a-first.js'), ...archiveResults('dist/app.zip'), loose, unknown('dist/new.bin')];
  const markdown = renderSummary(scan(results, 'failed'), CONTEXT);
  const table = markdown.slice(markdown.indexOf('### Artifacts that need attention'), markdown.indexOf('</table>'));
  /** The attention table's rows as `path` or `↳ member`, top to bottom. */
  const order = (text: string) => [...text.matchAll(/<tr><td>(&emsp;↳ )?<code(?: title="[^"]*")?>(.*?)<\/code>/g)].map((m) => `${m[1] ? '↳ ' : ''}${m[2]}`);

  test('failing members are grouped beneath their archive: its row first, each member indented by the part after its path', () => {
    expect(order(table)).toEqual(['dist/loose.exe', 'dist/app.zip', '↳ lib/vendor.jar!/native/libevil.so', '↳ secret.dll', 'dist/new.bin']);
    expect(table).toContain('<tr><td>&emsp;↳ <code title="dist/app.zip!/lib/vendor.jar!/native/libevil.so">lib/vendor.jar!/native/libevil.so</code></td><td>3/70 malicious</td>');
  });

  test('the archive row says it fails with them, though its own hash passes; a member not read says why', () => {
    expect(row(markdown, 'dist/app.zip')).toContain('<tr><td colspan="5">Fails with 2 members below; own hash: warning: unknown to VirusTotal (on-unknown=warn).</td></tr>');
    // The whole decision, members named, is in its details block.
    expect(details(markdown, 'dist/app.zip')).toContain(
      'Failed: it holds 2 failing members: dist/app.zip!/lib/vendor.jar!/native/libevil.so and dist/app.zip!/secret.dll; by its own hash, warning: unknown to VirusTotal (on-unknown=warn).',
    );
    expect(table).toContain('<td>🚧 unscanned</td><td>—</td><td>0 B</td></tr>\n<tr><td colspan="5">🚧 dist/app.zip!/secret.dll was not read: it is encrypted.</td></tr>');
    expect(details(markdown, 'dist/app.zip!/secret.dll')).toContain(': not read</summary>');
  });

  test('the counts table has an Unscanned column only when something was not scanned', () => {
    expect(markdown).toContain('| Errors | Unscanned | Allowed | Clean |');
    expect(markdown).toContain('| 0 | 1 | 0 | 2 |');
    expect(renderSummary(scan([loose]), CONTEXT)).not.toContain('Unscanned');
  });

  test('a clean archive holding a flagged member heads its group too', () => {
    const warned = judged(memberAt('dist/ok.zip', ['x.so']), 'unknown', 'warn');
    expect(order(renderSummary(scan([clean('dist/ok.zip'), warned]), CONTEXT))).toEqual(['dist/ok.zip', '↳ x.so']);
  });

  test('a cut never leaves a member without its archive row above it', () => {
    const many = [
      ...archiveResults('dist/app.zip'),
      ...Array.from({ length: 400 }, (_, i) => judged(memberAt('dist/app.zip', [`m/${i}.so`], 10, 'it is encrypted'), 'unscanned', 'fail', { sha256: null })),
    ];
    for (const limitBytes of [4_000, 12_000, 40_000]) {
      const cut = renderSummary(scan(many, 'failed'), CONTEXT, limitBytes);
      expect(cut).toContain('[!WARNING]');
      const rows = order(cut.slice(cut.indexOf('### Artifacts that need attention')));
      expect(rows.length).toBeGreaterThan(1);
      expect(rows[0]).toBe('dist/app.zip');
      expect(rows.slice(1).every((shown) => shown.startsWith('↳ '))).toBe(true);
      expectBalanced(cut);
    }
  });
});
