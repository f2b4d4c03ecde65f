import { describe, expect, test } from 'vitest';
import { renderSummary, SUMMARY_LIMIT_BYTES, type SummaryContext } from '../../src/report/summary.ts';
import type { Artifact, ArtifactResult, ArtifactStatus, Consequence, EngineDetection, FileReport, LookupErrorKind, Policy, ScanSummary } from '../../src/core/types.ts';
import { sha256Of } from '../support/reports.ts';
import { defaultPolicy } from '../support/policy.ts';
import { judged } from '../support/results.ts';

const GITHUB_LIMIT_BYTES = 1024 * 1024;
/** The defaults of action.yml. */
const POLICY: Policy = defaultPolicy();
const CONTEXT: SummaryContext = { provider: 'virustotal', policy: POLICY, reportPath: '/runner/temp/artifact-reputation-gate/scan.json' };
const CUT_NOTE = "\n\n> [!NOTE]\n> This summary was cut to stay under GitHub's 1 MiB limit. The JSON report (`report-path` output) lists every artifact.\n";

function artifact(displayPath: string, size = 2048): Artifact {
  return { absolutePath: `/workspace/${displayPath}`, displayPath, inWorkspace: true, size };
}

interface ReportOptions {
  engineCount?: number;
  suspicious?: Record<string, string | null>;
  threatNames?: string[];
  label?: string | null;
  firstSeen?: Date | null;
  lastAnalysed?: Date | null;
  /** Engine name to engine version; engines not named have none. */
  versions?: Record<string, string>;
}

function report(sha256: string, malicious: Record<string, string | null>, options: ReportOptions = {}): FileReport {
  const detections: EngineDetection[] = [
    ...Object.entries(malicious).map(([engine, result]) => ({ engine, category: 'malicious', result, version: options.versions?.[engine] ?? null })),
    ...Object.entries(options.suspicious ?? {}).map(([engine, result]) => ({ engine, category: 'suspicious', result, version: options.versions?.[engine] ?? null })),
  ];
  const count = Object.keys(malicious).length;
  const engineCount = options.engineCount ?? 70;
  return {
    sha256,
    stats: { malicious: count, suspicious: detections.length - count, undetected: engineCount - detections.length, harmless: 0, timeout: 0, failure: 0, typeUnsupported: 0 },
    engineCount,
    detections,
    threatNames: options.threatNames ?? [],
    suggestedThreatLabel: options.label ?? null,
    firstSeen: options.firstSeen === undefined ? new Date('2024-07-29T04:22:49Z') : options.firstSeen,
    lastAnalysed: options.lastAnalysed === undefined ? new Date('2026-11-01T12:00:00Z') : options.lastAnalysed,
  };
}

function result(path: string, status: ArtifactStatus, consequence: Consequence, extra: Partial<ArtifactResult> = {}): ArtifactResult {
  return judged(artifact(path), status, consequence, extra);
}

function flagged(path: string, engines: Record<string, string | null>, options: ReportOptions = {}, size = 2048): ArtifactResult {
  return result(path, 'malicious', 'fail', { artifact: artifact(path, size), report: report(sha256Of(path), engines, options) });
}

function clean(path: string, size = 2048): ArtifactResult {
  return result(path, 'clean', 'pass', { artifact: artifact(path, size), report: report(sha256Of(path), {}, { engineCount: 72 }) });
}

function unknown(path: string, consequence: Consequence = 'warn'): ArtifactResult {
  return result(path, 'unknown', consequence);
}

function failed(path: string, message: string, kind: LookupErrorKind = 'transient'): ArtifactResult {
  return result(path, 'error', 'fail', { error: { kind, message }, sha256: kind === 'file' ? null : sha256Of(path) });
}

/** `count` engines named Engine01… that all say `threat`. */
function engines(count: number, threat = 'Trojan.Generic'): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`Engine${String(i + 1).padStart(2, '0')}`, threat]));
}

/** A scan summary of these results, counted here, independent of verdict.ts. */
function scan(results: ArtifactResult[], failureMessage = ''): ScanSummary {
  const counts = {
    scanned: results.length,
    uniqueHashes: new Set(results.map((r) => r.sha256).filter((s) => s !== null)).size,
    stale: results.filter((r) => r.staleDays !== null).length,
    uploaded: 0,
    malicious: 0,
    suspicious: 0,
    error: 0,
    unanalysed: 0,
    pending: 0,
    unknown: 0,
    allowed: 0,
    clean: 0,
  };
  for (const r of results) counts[r.status]++;
  return { result: failureMessage ? 'fail' : 'pass', results, counts, failureMessage };
}

const link = (sha: string) => `<a href="https://www.virustotal.com/gui/file/${sha}"><code>${sha}</code></a>`;
const count = (text: string, part: string) => text.split(part).length - 1;

/** The <tr> of the attention table whose first cell is this path (as escaped in the summary). */
function row(markdown: string, escapedPath: string): string {
  const start = markdown.indexOf(`<tr><td><code>${escapedPath}</code></td>`);
  expect(start, `no row for ${escapedPath}`).toBeGreaterThanOrEqual(0);
  return markdown.slice(start, markdown.indexOf('</tr>', start) + '</tr>'.length);
}

function expectBalanced(markdown: string): void {
  for (const [open, close] of [
    ['<table>', '</table>'],
    ['<details>', '</details>'],
    ['<summary>', '</summary>'],
    ['<ul>', '</ul>'],
    ['<tr>', '</tr>'],
    ['<li>', '</li>'],
    ['<code>', '</code>'],
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
  test('a pass: verdict line, counts table, policy line, no failure line', () => {
    const markdown = renderSummary(scan([clean('dist/a.js'), clean('dist/b.js')]), CONTEXT);
    expect(markdown.startsWith('## ✅ Artifact reputation gate passed\n\n| Artifacts |')).toBe(true);
    expect(markdown).toContain(
      '| Artifacts | Unique hashes | Malicious | Suspicious | Unknown | Unanalysed | Errors | Allowed | Clean |\n' +
        '|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n' +
        '| 2 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 2 |\n',
    );
    expect(markdown).toContain(
      'Checked against VirusTotal with max-malicious=0, min-engines=1, on-unknown=warn, on-error=fail. Every artifact is in the JSON report: <code>/runner/temp/artifact-reputation-gate/scan.json</code>.',
    );
    expect(markdown).not.toContain('Artifacts that need attention');
    expect(markdown).not.toContain('[!NOTE]');
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

  test('the policy line follows the policy and provider; no report path, no report sentence', () => {
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

  test('one row per artifact that is not clean, worst first', () => {
    const table = markdown.slice(markdown.indexOf('### Artifacts that need attention'), markdown.indexOf('</table>'));
    const paths = [...table.matchAll(/<tr><td><code>(.*?)<\/code>/g)].map((m) => m[1]);
    expect(paths).toEqual(['dist/app.exe', 'dist/lib.dll', 'dist/broken.dll', 'dist/new.bin']);
    expect(table).toContain(
      '<tr><th>Artifact</th><th>Status</th><th>Size</th><th>SHA-256</th><th>Detections</th><th>Threat names</th><th>First seen</th><th>Last analysed</th></tr>',
    );
  });

  test('a malicious row: path, status, size, linked hash, malicious/engines, threat names, dates', () => {
    const sha = sha256Of('dist/app.exe');
    expect(row(markdown, 'dist/app.exe')).toBe(
      `<tr><td><code>dist/app.exe</code></td><td>🔴 malicious</td><td>1.5 MiB</td><td>${link(sha)}</td>` +
        '<td>3/79</td><td>trojan.orcusrat/msil<br>Orcus<br>Win.Rat</td><td>2024-07-29</td><td>2026-11-01</td></tr>',
    );
  });

  test('an error row carries its message, and dashes for what is not known', () => {
    expect(row(markdown, 'dist/broken.dll')).toBe(
      `<tr><td><code>dist/broken.dll</code></td><td>⚠️ error<br>the service answered 503 three times</td><td>2.0 KiB</td>` +
        `<td>${link(sha256Of('dist/broken.dll'))}</td><td>—</td><td>—</td><td>—</td><td>—</td></tr>`,
    );
  });

  test('an unknown row', () => {
    expect(row(markdown, 'dist/new.bin')).toBe(
      `<tr><td><code>dist/new.bin</code></td><td>❔ unknown</td><td>2.0 KiB</td><td>${link(sha256Of('dist/new.bin'))}</td><td>—</td><td>—</td><td>—</td><td>—</td></tr>`,
    );
  });

  test('a file that could not be hashed has no hash cell link', () => {
    const md = renderSummary(scan([failed('dist/locked.bin', 'EACCES', 'file')], 'x'), CONTEXT);
    expect(row(md, 'dist/locked.bin')).toContain('<td>2.0 KiB</td><td>—</td>');
    expect(md).not.toContain('virustotal.com/gui');
  });

  test('reversinglabs: the hash is shown but not linked', () => {
    const md = renderSummary(scan([unknown('dist/new.bin')]), { ...CONTEXT, provider: 'reversinglabs' });
    expect(row(md, 'dist/new.bin')).toContain(`<td><code>${sha256Of('dist/new.bin')}</code></td>`);
    expect(md).not.toContain('<a href');
  });

  test('the suggested label is not repeated when it is also a threat name', () => {
    const md = renderSummary(scan([flagged('x.exe', engines(2), { threatNames: ['Zbot', 'Agent'], label: 'Zbot' })], 'x'), CONTEXT);
    expect(row(md, 'x.exe')).toContain('<td>Zbot<br>Agent</td>');
  });

  test('clean artifacts are not in the attention table', () => {
    const table = markdown.slice(markdown.indexOf('<table>'), markdown.indexOf('</table>'));
    expect(table).not.toContain('dist/clean.js');
  });
});

describe('engines that flagged them', () => {
  test('one collapsed block per flagged artifact, listing every engine', () => {
    const big = flagged('dist/app.exe', engines(54, 'Orcus'), { engineCount: 79 });
    const small = flagged('dist/lib.dll', { Avast: 'Win32:Agent' }, { suspicious: { Sophos: null } });
    const markdown = renderSummary(scan([small, unknown('dist/u.bin'), big, clean('dist/c.js')], 'x'), CONTEXT);
    expect(markdown).toContain('### Engines that flagged them\n\n');
    expect(count(markdown, '<details><summary><code>')).toBe(2);

    const block = (path: string) => {
      const start = markdown.indexOf(`<details><summary><code>${path}</code>`);
      expect(start).toBeGreaterThanOrEqual(0);
      return markdown.slice(start, markdown.indexOf('</details>', start));
    };
    const bigBlock = block('dist/app.exe');
    expect(bigBlock).toContain('<summary><code>dist/app.exe</code>: 54 engines flagged it</summary>');
    expect(count(bigBlock, '<tr><td>')).toBe(54);
    for (let i = 1; i <= 54; i++) expect(bigBlock).toContain(`<tr><td>Engine${String(i).padStart(2, '0')}</td><td>malicious</td><td>Orcus</td><td>—</td></tr>`);

    const smallBlock = block('dist/lib.dll');
    expect(smallBlock).toContain('<summary><code>dist/lib.dll</code>: 2 engines flagged it</summary>');
    expect(smallBlock).toContain('<tr><td>Avast</td><td>malicious</td><td>Win32:Agent</td><td>—</td></tr>');
    expect(smallBlock).toContain('<tr><td>Sophos</td><td>suspicious</td><td>—</td><td>—</td></tr>');
    // Worst first here too.
    expect(markdown.indexOf('<summary><code>dist/app.exe')).toBeLessThan(markdown.indexOf('<summary><code>dist/lib.dll'));
  });

  test('one engine: singular', () => {
    const markdown = renderSummary(scan([flagged('a.exe', { Avast: 'X' })], 'x'), CONTEXT);
    expect(markdown).toContain('<summary><code>a.exe</code>: 1 engine flagged it</summary>');
  });

  test('no section when nothing flagged has detections', () => {
    const markdown = renderSummary(scan([unknown('a'), failed('b', 'timeout')], 'x'), CONTEXT);
    expect(markdown).not.toContain('Engines that flagged them');
  });
});

describe('clean artifacts', () => {
  test('in one collapsed list, each with size, detections and linked hash', () => {
    const results = [clean('dist/a.js', 100), flagged('dist/m.exe', engines(2)), clean('dist/b.js', 5 * 1024 * 1024)];
    const markdown = renderSummary(scan(results, 'x'), CONTEXT);
    expect(count(markdown, '<summary>Clean artifacts')).toBe(1);
    const start = markdown.indexOf('<details><summary>Clean artifacts (2)</summary>\n\n<ul>\n');
    expect(start).toBeGreaterThanOrEqual(0);
    const list = markdown.slice(start, markdown.indexOf('</details>', start));
    expect(list).toContain(`<li><code>dist/a.js</code> 100 B 0/72 ${link(sha256Of('dist/a.js'))}</li>`);
    expect(list).toContain(`<li><code>dist/b.js</code> 5.0 MiB 0/72 ${link(sha256Of('dist/b.js'))}</li>`);
    expect(list).not.toContain('dist/m.exe');
    expect(markdown.trimEnd().endsWith('</ul>\n</details>')).toBe(true);
  });

  test('no list when nothing is clean', () => {
    expect(renderSummary(scan([unknown('a')]), CONTEXT)).not.toContain('Clean artifacts');
  });
});

describe('the new statuses', () => {
  test('the counts table has a column for each status', () => {
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
    expect(markdown).toContain(
      '| Artifacts | Unique hashes | Malicious | Suspicious | Unknown | Unanalysed | Errors | Allowed | Clean |\n' +
        '|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n' +
        '| 10 | 10 | 1 | 1 | 2 | 1 | 1 | 1 | 3 |\n\n',
    );
    // Worst first: malicious, suspicious, error, unanalysed, unknown; allowed and clean are elsewhere.
    const table = markdown.slice(markdown.indexOf('### Artifacts that need attention'), markdown.indexOf('</table>'));
    expect([...table.matchAll(/<tr><td><code>(.*?)<\/code>/g)].map((m) => m[1])).toEqual(['m.exe', 's.exe', 'e.exe', 'n.exe', 'u1.bin', 'u2.bin']);
  });

  test('a suspicious row counts its suspicious detections', () => {
    const sha = sha256Of('s.exe');
    const suspicious = result('s.exe', 'suspicious', 'fail', { report: report(sha, { Avast: 'X' }, { suspicious: { Cylance: 'Unsafe', Sophos: null } }) });
    expect(row(renderSummary(scan([suspicious], 'x'), CONTEXT), 's.exe')).toBe(
      `<tr><td><code>s.exe</code></td><td>🟠 suspicious</td><td>2.0 KiB</td><td>${link(sha)}</td><td>1/70 (+2 suspicious)</td><td>—</td><td>2024-07-29</td><td>2026-11-01</td></tr>`,
    );
  });

  test('an unanalysed row: 0/0', () => {
    const sha = sha256Of('n.exe');
    const unanalysed = result('n.exe', 'unanalysed', 'warn', { report: report(sha, {}, { engineCount: 0 }) });
    expect(row(renderSummary(scan([unanalysed]), CONTEXT), 'n.exe')).toBe(
      `<tr><td><code>n.exe</code></td><td>❔ unanalysed</td><td>2.0 KiB</td><td>${link(sha)}</td><td>0/0</td><td>—</td><td>2024-07-29</td><td>2026-11-01</td></tr>`,
    );
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

  test('a section of their own: reason, the status each would have had, detections, hash', () => {
    expect(markdown).toContain(
      '### Allowed artifacts (2)\n\n<table>\n<tr><th>Artifact</th><th>Reason</th><th>Otherwise</th><th>Detections</th><th>SHA-256</th></tr>\n' +
        `<tr><td><code>dist/vendor.exe</code></td><td>Signed by Vendor Inc., ticket SEC-1234</td><td>🔴 malicious</td><td>2/72</td><td>${link(vendorSha)}</td></tr>\n` +
        `<tr><td><code>dist/tool.bin</code></td><td>built in-house</td><td>❔ unknown</td><td>—</td><td>${link(sha256Of('dist/tool.bin'))}</td></tr>\n` +
        '</table>\n\n',
    );
  });

  test('not among the artifacts that need attention, nor among the clean ones', () => {
    expect(markdown.startsWith('## ✅ Artifact reputation gate passed')).toBe(true);
    expect(markdown).not.toContain('Artifacts that need attention');
    const list = markdown.slice(markdown.indexOf('<summary>Clean artifacts (1)</summary>'));
    expect(list).toContain('dist/a.js');
    expect(list).not.toContain('dist/vendor.exe');
    expect(list).not.toContain('dist/tool.bin');
  });

  test('the engines that flagged them are listed, after those of the artifacts that need attention', () => {
    const md = renderSummary(scan([vendor, flagged('dist/bad.exe', engines(1))], 'x'), CONTEXT);
    expect(md).toContain('### Engines that flagged them\n\n<details><summary><code>dist/bad.exe</code>: 1 engine flagged it</summary>');
    expect(md).toContain('<details><summary><code>dist/vendor.exe</code>: 2 engines flagged it</summary>');
    expect(md.indexOf('<summary><code>dist/bad.exe</code>')).toBeLessThan(md.indexOf('<summary><code>dist/vendor.exe</code>'));
    expect(count(md, '### Engines that flagged them')).toBe(1);
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
    expect(row(renderSummary(scan([allowed]), CONTEXT), 'dist/x.exe')).toContain(`<td>ours</td><td>${label}</td>`);
  });

  test('a hostile reason is escaped', () => {
    const allowed = result('dist/x.exe', 'allowed', 'pass', { allowed: { reason: '<script>x</script> | @team #5 `rm`\n## H', otherwise: 'malicious' } });
    const md = renderSummary(scan([allowed]), CONTEXT);
    expect(md).toContain('<td>&lt;script&gt;x&lt;/script&gt; &#124; &#64;team &#35;5 &#96;rm&#96;&#92;n&#35;&#35; H</td>');
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('@team');
    expectBalanced(md);
  });
});

describe('ignored engines and engine versions', () => {
  const policy: Policy = { ...POLICY, ignoreEngines: ['jiangmin', 'cylance'] };
  const ignoring = flagged(
    'dist/app.exe',
    { Kaspersky: 'HEUR:Trojan', JIANGMIN: 'Trojan.Agent', Avast: 'Win32:Agent' },
    { suspicious: { Cylance: 'Unsafe' }, versions: { Kaspersky: '22.0.1.28', JIANGMIN: '16.0.100', Cylance: '3.0.0.0' } },
  );
  ignoring.counted = { malicious: 2, suspicious: 0 };
  const markdown = renderSummary(scan([ignoring], 'x'), { ...CONTEXT, policy });
  const block = markdown.slice(markdown.indexOf('<details><summary><code>dist/app.exe</code>'), markdown.indexOf('</details>'));

  test('the per-engine table has an engine version column; ignored engines are marked "(ignored)" and keep their version', () => {
    expect(block).toContain('<summary><code>dist/app.exe</code>: 4 engines flagged it</summary>');
    expect(block).toContain('<tr><th>Engine</th><th>Category</th><th>Result</th><th>Engine version</th></tr>');
    expect(block).toContain('<tr><td>Kaspersky</td><td>malicious</td><td>HEUR:Trojan</td><td>22.0.1.28</td></tr>');
    expect(block).toContain('<tr><td>JIANGMIN <em>(ignored)</em></td><td>malicious</td><td>Trojan.Agent</td><td>16.0.100</td></tr>');
    expect(block).toContain('<tr><td>Avast</td><td>malicious</td><td>Win32:Agent</td><td>—</td></tr>');
    expect(block).toContain('<tr><td>Cylance <em>(ignored)</em></td><td>suspicious</td><td>Unsafe</td><td>3.0.0.0</td></tr>');
    expect(count(block, '(ignored)')).toBe(2);
  });

  test('the detections cell counts what counts and names the ignored apart', () => {
    expect(row(markdown, 'dist/app.exe')).toContain('<td>2/70 (+2 ignored)</td>');
  });

  test('the policy line names the ignored engines', () => {
    expect(markdown).toContain('Checked against VirusTotal with max-malicious=0, min-engines=1, on-unknown=warn, on-error=fail, ignored engines: jiangmin, cylance.');
  });

  test('a clean artifact whose only detection is ignored says so in the clean list', () => {
    const sha = sha256Of('dist/c.js');
    const quiet = result('dist/c.js', 'clean', 'pass', { report: report(sha, { Jiangmin: 'X' }), counted: { malicious: 0, suspicious: 0 } });
    const md = renderSummary(scan([quiet]), { ...CONTEXT, policy });
    expect(md).toContain(`<li><code>dist/c.js</code> 2.0 KiB 0/70 (+1 ignored) ${link(sha)}</li>`);
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

  test('an attention row marks a stale report with its age', () => {
    const markdown = renderSummary(scan([old(45, flagged('dist/app.exe', engines(1)))], 'x'), { ...CONTEXT, policy });
    expect(row(markdown, 'dist/app.exe')).toContain('<td>🔴 malicious ⏳ 45 days old</td>');
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
    expect(markdown).toContain(
      `Checked against VirusTotal with max-malicious=0, min-engines=1, on-unknown=warn, on-error=fail. ${sentence} Every artifact is in the JSON report: <code>`,
    );
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
    expect(markdown).toContain('&#42;bold&#42; &#95;it&#95; &#91;link&#93;(https://x.test) &#36;x&#36; &#126;s&#126; &amp;amp;.exe');
    expect(markdown).toContain('Trojan&#124;&lt;img src=x onerror=alert(2)&gt;&#96;cmd&#96;&#92;n&#64;admin &#35;2');
    expect(markdown).toContain('<td>Engine&lt;b&gt;&#124;&#96;&#64;bot&#96;</td>');
    expect(markdown).toContain('&#64;label &#35;3 &#124;x&#124;');
    expect(markdown).toContain('service said: &lt;b&gt;no&lt;/b&gt; &#64;team &#35;4 &#124; &#96;x&#96;');
    expect(markdown).toContain('<code>/tmp/&lt;report&gt;&#124;&#96;&#64;x&#96;.json</code>');
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

  test('20,000 artifacts with long names: under 1 MiB, cut with a note, balanced', () => {
    const results = Array.from({ length: 20_000 }, (_, i) =>
      i % 10 === 0 ? flagged(longPath(i, 'bad'), engines(12, 'Trojan.Win32.Generic.Long.Threat.Name')) : i % 10 === 1 ? unknown(longPath(i, 'new')) : clean(longPath(i, 'ok')),
    );
    const markdown = renderSummary(scan(results, '2000 of 20000 artifacts exceed max-malicious=0'), CONTEXT);
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(GITHUB_LIMIT_BYTES);
    expect(Buffer.byteLength(markdown)).toBeGreaterThan(SUMMARY_LIMIT_BYTES - 16 * 1024); // it used the room it had
    expect(markdown.endsWith(CUT_NOTE)).toBe(true);
    expectBalanced(markdown);
    // The worst come first, so what was cut is the least important: every malicious row made it.
    expect(count(markdown, '🔴 malicious')).toBe(2000);
  });

  test('20,000 clean artifacts: the clean list is cut and still closed', () => {
    const results = Array.from({ length: 20_000 }, (_, i) => clean(longPath(i, 'ok')));
    const markdown = renderSummary(scan(results), CONTEXT);
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(GITHUB_LIMIT_BYTES);
    expect(markdown.endsWith(`</ul>\n</details>\n${CUT_NOTE}`)).toBe(true);
    expect(count(markdown, '<li>')).toBeGreaterThan(1000);
    expect(count(markdown, '<li>')).toBeLessThan(20_000);
    expectBalanced(markdown);
  });

  test('a summary that fits is not cut', () => {
    const results = Array.from({ length: 50 }, (_, i) => (i % 2 ? clean(`c${i}`) : flagged(`m${i}`, engines(3))));
    const markdown = renderSummary(scan(results, 'x'), CONTEXT);
    expect(markdown).not.toContain('[!NOTE]');
    expect(count(markdown, '🔴 malicious')).toBe(25);
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

  test.each(Array.from({ length: 60 }, (_, i) => 100 + i * 197))('limitBytes=%d: cut cleanly', (limitBytes) => {
    const markdown = renderSummary(scan(mixed, 'failed'), CONTEXT, limitBytes);
    const cut = Buffer.byteLength(full) > limitBytes;
    expect(markdown.endsWith(CUT_NOTE)).toBe(cut);
    if (!cut) {
      expect(markdown).toBe(full);
      return;
    }
    const body = markdown.slice(0, -CUT_NOTE.length);
    // Within the budget, but for the closing tags of a block that was open when the cut came.
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(limitBytes + Buffer.byteLength('</table>\n\n</ul>\n</details>\n'));
    // What is kept is a prefix of the full summary, up to the closing tags.
    expect(full.startsWith(body.replace(/(<\/table>\n\n|<\/ul>\n<\/details>\n)$/, ''))).toBe(true);
    expectBalanced(body);
  });

  test('the default limit leaves room under GitHub’s 1 MiB for the closing tags and the note', () => {
    expect(SUMMARY_LIMIT_BYTES).toBeLessThan(GITHUB_LIMIT_BYTES - Buffer.byteLength(CUT_NOTE) - 64);
  });
});
