// The release-notes block: a verdict line and one row per artifact, worst first, escaped.
import { describe, expect, test } from 'vitest';
import { renderReleaseNotes, type ReleaseNotesContext } from '../../src/report/markdown.ts';
import { defaultPolicy } from '../support/policy.ts';
import { sha256Of } from '../support/reports.ts';
import {
  archiveResults,
  artifactAt,
  cleanResult as clean,
  engines,
  failedResult as failed,
  fileReportOf,
  flaggedResult as flagged,
  judged,
  scanOf,
  unknownResult as unknown,
} from '../support/results.ts';

const CONTEXT: ReleaseNotesContext = { provider: 'virustotal', policy: defaultPolicy(), generatedAt: new Date('2026-11-25T12:00:00Z') };
const hash = (path: string) => {
  const sha = sha256Of(path);
  return `[\`${sha.slice(0, 12)}\`](https://www.virustotal.com/gui/file/${sha} "${sha}")`;
};

describe('release notes', () => {
  test('a flagged artifact (warn-malicious) is in the tally and its row, after errors and before unknowns', () => {
    const warned = judged(artifactAt('dist/helper.exe'), 'flagged', 'warn', { report: fileReportOf(sha256Of('dist/helper.exe'), { Avast: 'Win32:Agent' }) });
    const notes = renderReleaseNotes(scanOf([clean('dist/app.js'), unknown('dist/new.bin'), warned]), CONTEXT);
    expect(notes.split('\n')[0]).toBe('**✅ Artifact reputation: passed** — 3 artifacts checked against VirusTotal on 2026-11-25: 1 flagged, 1 unknown, 1 clean.');
    expect(notes).toContain(`| <code>dist/helper.exe</code> | 🟡 flagged | 1/70 malicious | ${hash('dist/helper.exe')} |\n| <code>dist/new.bin</code>`);
  });

  test('a pending upload is in the tally and its row, after flagged and before unknowns, so the tally adds up', () => {
    const warned = judged(artifactAt('dist/helper.exe'), 'flagged', 'warn', { report: fileReportOf(sha256Of('dist/helper.exe'), { Avast: 'Win32:Agent' }) });
    const uploaded = judged(artifactAt('dist/fresh.bin'), 'pending', 'warn', { submission: { state: 'pending', analysisId: 'an-1', reason: 'not complete after 10 minutes' } });
    const notes = renderReleaseNotes(scanOf([clean('dist/app.js'), unknown('dist/new.bin'), uploaded, warned]), CONTEXT);
    expect(notes.split('\n')[0]).toBe('**✅ Artifact reputation: passed** — 4 artifacts checked against VirusTotal on 2026-11-25: 1 flagged, 1 pending, 1 unknown, 1 clean.');
    expect(notes).toContain(`| <code>dist/helper.exe</code> | 🟡 flagged |`);
    expect(notes.indexOf('dist/helper.exe')).toBeLessThan(notes.indexOf('dist/fresh.bin'));
    expect(notes.indexOf('dist/fresh.bin')).toBeLessThan(notes.indexOf('dist/new.bin'));
  });

  test('archives: what was not scanned is in the tally and has its row, after errors; members are named by their chain', () => {
    const notes = renderReleaseNotes(scanOf(archiveResults('dist/app.zip'), 'failed'), CONTEXT);
    expect(notes.split('\n')[0]).toBe('**❌ Artifact reputation: failed** — 4 artifacts checked against VirusTotal on 2026-11-25: 1 malicious, 1 unscanned, 1 unknown, 1 clean.');
    expect(notes).toContain('| <code>dist/app.zip!/secret.dll</code> | 🚧 unscanned | — | — |');
    expect(notes.indexOf('dist/app.zip!/lib/vendor.jar!/native/libevil.so')).toBeLessThan(notes.indexOf('dist/app.zip!/secret.dll'));
  });

  test('a pass: the verdict line with the tally, then a row per artifact', () => {
    const notes = renderReleaseNotes(scanOf([clean('dist/app.js'), unknown('dist/new.bin')]), CONTEXT);
    expect(notes).toBe(
      '**✅ Artifact reputation: passed** — 2 artifacts checked against VirusTotal on 2026-11-25: 1 unknown, 1 clean.\n' +
        '\n| Artifact | Status | Detections | SHA-256 |\n|---|---|---|---|\n' +
        `| <code>dist/new.bin</code> | ❔ unknown | — | ${hash('dist/new.bin')} |\n` +
        `| <code>dist/app.js</code> | ✅ clean | 0/72 malicious | ${hash('dist/app.js')} |\n`,
    );
  });

  test('a fail: worst and most detected first; allowed with its reason; no hash, no link', () => {
    const allowed = judged(artifactAt('dist/tool.exe'), 'allowed', 'pass', {
      report: fileReportOf(sha256Of('dist/tool.exe'), { Heuristic: 'Gen' }),
      allowed: { reason: 'PyInstaller false positive', otherwise: 'malicious' },
    });
    const results = [clean('dist/a.js'), flagged('dist/few.exe', engines(2)), allowed, failed('dist/locked.bin', 'EACCES', 'file'), flagged('dist/many.exe', engines(40))];
    const lines = renderReleaseNotes(scanOf(results, 'failed'), CONTEXT).split('\n');
    expect(lines[0]).toBe('**❌ Artifact reputation: failed** — 5 artifacts checked against VirusTotal on 2026-11-25: 2 malicious, 1 error, 1 allowed, 1 clean.');
    expect(lines.slice(4, 9)).toEqual([
      `| <code>dist/many.exe</code> | 🔴 malicious | 40/70 malicious | ${hash('dist/many.exe')} |`,
      `| <code>dist/few.exe</code> | 🔴 malicious | 2/70 malicious | ${hash('dist/few.exe')} |`,
      '| <code>dist/locked.bin</code> | ⚠️ error | — | — |',
      `| <code>dist/tool.exe</code> | ☑️ allowed (PyInstaller false positive) | 1/70 malicious | ${hash('dist/tool.exe')} |`,
      `| <code>dist/a.js</code> | ✅ clean | 0/72 malicious | ${hash('dist/a.js')} |`,
    ]);
  });

  test('reversinglabs: the short hash without a link', () => {
    const notes = renderReleaseNotes(scanOf([unknown('dist/x.bin')]), { ...CONTEXT, provider: 'reversinglabs' });
    expect(notes).toContain(`| <code>dist/x.bin</code> | ❔ unknown | — | \`${sha256Of('dist/x.bin').slice(0, 12)}\` |`);
    expect(notes).toContain('checked against ReversingLabs');
  });

  test('no artifacts: the verdict line alone', () => {
    expect(renderReleaseNotes(scanOf([]), CONTEXT)).toBe('**✅ Artifact reputation: passed** — 0 artifacts checked against VirusTotal on 2026-11-25.\n');
  });

  test('hostile names and reasons are escaped: one row each, no markup, no table break', () => {
    const hostile = 'dist/a|b<img src=x onerror=alert(1)>`@team #1`\n| x |.exe';
    const allowed = judged(artifactAt('dist/t.exe'), 'allowed', 'pass', { allowed: { reason: '<script>x</script> | @all', otherwise: 'unknown' } });
    const notes = renderReleaseNotes(scanOf([unknown(hostile), allowed]), CONTEXT);
    const rows = notes.split('\n').filter((line) => line.startsWith('| <code>'));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.split(' | ')).toHaveLength(4);
    expect(notes).not.toMatch(/<img|<script|@team|@all|`@/);
    expect(notes).toContain('dist/a&#124;b&lt;img src=x onerror=alert(1)&gt;&#96;&#64;team &#35;1&#96;&#92;n&#124; x &#124;.exe');
  });

  test('a long list stays within the limit and says how many rows were left out, the least serious', () => {
    const results = [...Array.from({ length: 400 }, (_, i) => clean(`dist/clean-${i}.js`)), flagged('dist/bad.exe', engines(3))];
    const notes = renderReleaseNotes(scanOf(results, 'failed'), CONTEXT, 20_000);
    expect(notes.length).toBeLessThanOrEqual(20_000);
    const rows = notes.split('\n').filter((line) => line.startsWith('| <code>'));
    expect(rows[0]).toContain('dist/bad.exe');
    expect(notes.endsWith(`\n${401 - rows.length} more artifacts not listed, to keep the release notes short; the JSON report lists every one.\n`)).toBe(true);
  });
});
