/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The job summary as people see it: rendered as GitHub renders it (GFM, raw HTML through GitHub's
// sanitizer), in headless Chromium at the summary pane's 1,012 px, with GitHub's table styles. No
// horizontal scrolling, every flagged artifact's detections in view, no markup from any name.
// Screenshots go to test-output/summary/ (not committed).
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { detectionLines } from '../../src/report/findings.ts';
import { renderSummary, type SummaryContext } from '../../src/report/summary.ts';
import type { ArtifactResult, Policy } from '../../src/core/types.ts';
import { CHROMIUM, HAS_CHROMIUM, openBrowser } from '../support/browser.ts';
import { githubHtml } from '../support/github-markdown.ts';
import { defaultPolicy } from '../support/policy.ts';
import { sha256Of } from '../support/reports.ts';
import { archiveResults, artifactAt, cleanResult, engines, failedResult, fileReportOf, flaggedResult, judged, memberAt, scanOf, unknownResult } from '../support/results.ts';
import { REPO_ROOT } from '../support/runner.ts';

const PANE_WIDTH = 1012;
const SCREENSHOTS = path.join(REPO_ROOT, 'test-output', 'summary');
const CSS_FILE = path.join(import.meta.dirname, '..', 'support', 'github-summary.css');
const POLICY: Policy = defaultPolicy({ maxSuspicious: 2, minEngines: 20, maxReportAgeDays: 90, ignoreEngines: ['jiangmin'] });
const CONTEXT: SummaryContext = { provider: 'virustotal', policy: POLICY, reportPath: '/runner/temp/gate.json', helpUri: 'https://github.com/acme/artifact-reputation-gate' };

if (!HAS_CHROMIUM) console.warn(`Skipping the job summary rendering tests: no Chromium at ${CHROMIUM}. Install Debian's \`chromium\` package (.ci/run does), or set CHROMIUM_PATH.`);

/** A path of exactly `length` characters, as release trees name them. */
function pathOf(length: number, name: string): string {
  const directory = 'packages/desktop-client/release/';
  return `${directory}${'x'.repeat(Math.max(0, length - directory.length - name.length - 1))}/${name}`;
}

const HOSTILE_PATH = 'dist/<img src=x onerror=alert(1)>|`@octocat`.exe';
const HOSTILE_THREAT = '<script>alert(2)</script>Trojan.<b>Bold</b>';
/** Names that GitHub's Markdown would turn into links if they were left as plain text. */
const LINK_PATH = 'dist/www.evil-site.example/https://phish.example/setup.exe';
const LINK_THREAT = 'Visit https://phish.example/login or www.evil-site.example';
const LONG_THREAT = 'Trojan.Win32.Generic.VeryLongThreatNameWithManyParts.0123456789abcdef';

function mixedScan(): ArtifactResult[] {
  const sha = (p: string) => sha256Of(p);
  const suspiciousPath = pathOf(60, 'setup-2.14.0-x64.msi');
  const unanalysedPath = pathOf(60, 'app-2.14.0-arm64.dmg');
  const allowedPath = pathOf(60, 'pyinstaller-bootloader.exe');
  const quietPath = pathOf(60, 'app-2.14.0.tar.gz');
  return [
    flaggedResult(
      pathOf(60, 'app-2.14.0-x86_64.AppImage'),
      { ...engines(54, LONG_THREAT), Jiangmin: 'Trojan.Agent' },
      { engineCount: 79, threatNames: [LONG_THREAT], label: 'trojan.orcusrat/msil' },
      80 * 1024 * 1024,
    ),
    flaggedResult(HOSTILE_PATH, { 'Evil<b>AV</b>': HOSTILE_THREAT, Avast: 'Win32:Agent' }, { threatNames: [HOSTILE_THREAT] }),
    flaggedResult(LINK_PATH, { 'www.engine.example': LINK_THREAT }, { threatNames: [LINK_THREAT] }),
    judged(artifactAt(suspiciousPath), 'suspicious', 'fail', {
      report: fileReportOf(sha(suspiciousPath), { Cylance: 'Unsafe' }, { engineCount: 69, suspicious: { A: 'Heur', B: 'Heur', C: null, D: null, E: 'Suspicious.Packed' } }),
    }),
    { ...failedResult(pathOf(58, 'app-2.14.0.zip'), `The service answered 503 three times for https://www.virustotal.com/api/v3/files/${sha('x')}; giving up after 5 retries.`), staleDays: null },
    judged(artifactAt(unanalysedPath), 'unanalysed', 'warn', { report: fileReportOf(sha(unanalysedPath), {}, { engineCount: 3 }) }),
    { ...unknownResult(pathOf(60, 'checksums-2.14.0.txt')), staleDays: null },
    { ...flaggedResult(pathOf(55, 'old-2.13.0.exe'), engines(3)), staleDays: 400 },
    judged(artifactAt(allowedPath), 'allowed', 'pass', {
      report: fileReportOf(sha(allowedPath), { Heuristic: 'Gen:Variant.PyInstaller' }),
      allowed: { reason: 'PyInstaller bootloader, checked by the security team (SEC-142)', otherwise: 'malicious' },
    }),
    judged(artifactAt(quietPath), 'clean', 'pass', { report: fileReportOf(sha(quietPath), { Jiangmin: 'Trojan.Agent' }), counted: { malicious: 0, suspicious: 0 } }),
    ...Array.from({ length: 5 }, (_, i) => cleanResult(pathOf(40 + i * 5, `lib-${i}.so`))),
  ];
}

/** A release archive whose failing members are grouped beneath it, one with a hostile name, beside loose files. */
function archiveScan(): ArtifactResult[] {
  const outer = pathOf(45, 'app-2.14.0.zip');
  const hostile = memberAt(outer, [`lib/${HOSTILE_PATH}`]);
  return [
    ...archiveResults(outer),
    judged(hostile, 'malicious', 'fail', { report: fileReportOf(sha256Of(hostile.displayPath), engines(7, HOSTILE_THREAT)) }),
    flaggedResult(pathOf(60, 'installer-2.14.0.exe'), engines(2)),
    cleanResult(pathOf(50, 'checksums.txt')),
  ];
}

const cases: { name: string; results: ArtifactResult[]; failed: boolean }[] = [
  { name: 'archive-members', results: archiveScan(), failed: true },
  { name: 'mixed-failing-scan', results: mixedScan(), failed: true },
  { name: 'clean-pass-20', results: Array.from({ length: 20 }, (_, i) => cleanResult(pathOf(30 + (i % 4) * 10, `artifact-${i}.bin`))), failed: false },
  {
    name: '1000-artifacts-30-flagged',
    results: Array.from({ length: 1000 }, (_, i) => (i % 33 === 0 && i < 990 ? flaggedResult(pathOf(60, `bad-${i}.exe`), engines(1 + (i % 40), LONG_THREAT)) : cleanResult(pathOf(60, `ok-${i}.dll`)))),
    failed: true,
  },
];

interface PageFacts {
  pageOverflow: number;
  /** Tables a reader would have to scroll sideways, by their first header cell. */
  scrolledTables: string[];
  detections: Record<string, { text: string; inView: boolean }>;
  foreignElements: string[];
  eventAttributes: number;
  text: string;
  attentionRows: number;
  /** The attention table's rows, top to bottom: each artifact's whole path, a member's indented (`↳ `). */
  attentionOrder: string[];
  /** Paths of up to 60 characters that wrap onto a second line in their table cell. */
  wrappedPaths: string[];
  /** Every link target on the page. */
  links: string[];
}

describe.skipIf(!HAS_CHROMIUM)('the job summary in headless Chromium at 1,012 px', () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    browser = await openBrowser({ width: PANE_WIDTH, height: 900 });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  test.each(cases)('$name: no horizontal scroll, detections in view, no markup from names', { timeout: 120_000 }, async ({ name, results, failed }) => {
    expect(results.filter((r) => r.status === 'malicious').length).toBe(name.startsWith('1000') ? 30 : name === 'mixed-failing-scan' ? 4 : name === 'archive-members' ? 3 : 0);
    const markdown = renderSummary(scanOf(results, failed ? 'The gate failed.' : ''), CONTEXT);
    expect(markdown).not.toContain('[!WARNING]'); // these fit: nothing is cut
    const css = await readFile(CSS_FILE, 'utf8');
    const page = await browser.context.newPage();
    try {
      await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body><article class="markdown-body">${await githubHtml(markdown)}</article></body></html>`);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
      // What the reader sees on opening every collapsed block too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => details.setAttribute('open', '')));
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-expanded.png`), fullPage: true });

      const flaggedPaths = results
        .filter((r) => (r.status !== 'clean' && r.status !== 'allowed') || r.allowed)
        .filter((r) => r.report)
        .map((r) => r.artifact.displayPath);
      const facts: PageFacts = await page.evaluate((paths: string[]) => {
        const ours = new Set(['article', 'h2', 'h3', 'p', 'span', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'a', 'br', 'details', 'summary', 'ul', 'li', 'em', 'strong', 'blockquote']);
        // The rows of the attention and allowed tables: the artifact's path in a code element first.
        const rows = [...document.querySelectorAll('tr')].filter((tr) => tr.cells.length >= 4 && tr.cells[0]!.firstElementChild?.localName === 'code');
        // A member's row shows the part after its archive's path; its whole path is the code's title.
        const pathOf = (tr: HTMLTableRowElement) => tr.cells[0]!.querySelector('code')!.title || tr.cells[0]!.textContent;
        const detections: Record<string, { text: string; inView: boolean }> = {};
        for (const displayPath of paths) {
          const row = rows.find((tr) => pathOf(tr) === displayPath);
          if (!row) continue;
          const cell = row.cells[1]!;
          cell.scrollIntoView({ block: 'center', inline: 'nearest' });
          const box = cell.getBoundingClientRect();
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          detections[displayPath] = { text: cell.innerText, inView: box.left >= 0 && box.right <= window.innerWidth && hit !== null && cell.contains(hit) };
        }
        const all = [...document.body.querySelectorAll('*')];
        return {
          pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          scrolledTables: [...document.querySelectorAll('table')].filter((table) => table.scrollWidth > table.clientWidth + 1).map((table) => table.querySelector('th')?.textContent ?? '?'),
          detections,
          foreignElements: [...new Set(all.map((element) => element.localName).filter((tag) => !ours.has(tag)))],
          eventAttributes: all.filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on'))).length,
          text: document.body.innerText,
          attentionRows: rows.length,
          attentionOrder: rows
            .filter((tr) => tr.closest('table')!.querySelector('th')?.textContent === 'Artifact' && tr.closest('table')!.querySelectorAll('th').length === 5)
            .map((tr) => `${tr.cells[0]!.textContent!.startsWith('\u2003↳ ') ? '↳ ' : ''}${pathOf(tr)}`),
          links: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
          wrappedPaths: rows
            .map((tr) => tr.cells[0]!.querySelector('code'))
            .filter((code): code is HTMLElement => code !== null && (code.textContent ?? '').length <= 60 && code.getClientRects().length > 1)
            .map((code) => code.textContent ?? ''),
        };
      }, flaggedPaths);

      expect(facts.pageOverflow).toBe(0);
      expect(facts.scrolledTables).toEqual([]);
      expect(facts.wrappedPaths).toEqual([]);
      expect(facts.foreignElements).toEqual([]);
      expect(facts.eventAttributes).toBe(0);
      // Only the gate's own links: a report per hash, and the help link. Names never become links.
      for (const link of facts.links) expect(link).toMatch(/^(https:\/\/www\.virustotal\.com\/gui\/file\/[0-9a-f]{64}|https:\/\/github\.com\/acme\/artifact-reputation-gate#[\w-]+)$/);
      for (const result of results.filter((r) => flaggedPaths.includes(r.artifact.displayPath))) {
        const shown = facts.detections[result.artifact.displayPath];
        expect(shown, `no row for ${result.artifact.displayPath}`).toBeDefined();
        expect(shown!.inView, `detections of ${result.artifact.displayPath} out of view`).toBe(true);
        expect(shown!.text).toBe(detectionLines(result, POLICY)!.join('\n'));
      }
      if (name === 'mixed-failing-scan') {
        // The names render as text, exactly as they are.
        expect(facts.text).toContain(HOSTILE_PATH);
        expect(facts.text).toContain(HOSTILE_THREAT);
        expect(facts.text).toContain('Evil<b>AV</b>');
        expect(facts.text).toContain('Jiangmin (ignored)');
      }
      if (name === 'clean-pass-20') expect(facts.attentionRows).toBe(0);
      if (name === 'archive-members') {
        // The archive's row first, its failing members indented beneath it; the loose file after the group.
        const [outer, , evil, secret, hostile, installer] = results.map((r) => r.artifact.displayPath);
        expect(facts.attentionOrder).toEqual([outer, `↳ ${hostile}`, `↳ ${evil}`, `↳ ${secret}`, installer]);
        expect(facts.text).toContain(`lib/${HOSTILE_PATH}`);
        expect(facts.text).toContain('it is encrypted');
      }
    } finally {
      await page.close();
    }
  });
});
