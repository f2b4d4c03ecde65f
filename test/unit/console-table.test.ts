// The command line's table: worst first, fitted to the terminal, links never cut, names escaped, colour
// only when asked for.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { displayWidth, renderConsoleTable, terminalSafe, truncateEnd, truncateMiddle, type ConsoleTableOptions } from '../../src/report/console-table.ts';
import type { ArtifactResult } from '../../src/core/types.ts';
import { sha256Of } from '../support/reports.ts';
import { mixedScan, mixedScanPolicy, reportFlaggedBy, scannedWith } from '../support/scans.ts';
import { summarize } from '../support/scans.ts';
import { defaultPolicy } from '../support/policy.ts';

const ANSI = /\u001b\[[0-9;]*m/g;
const RESULTS = mixedScan().results;

function render(options: Partial<ConsoleTableOptions> = {}, results: readonly ArtifactResult[] = RESULTS): string {
  return renderConsoleTable(results, { provider: 'virustotal', policy: mixedScanPolicy(), width: null, color: false, ...options });
}

/** The table's rows (not its heading, not the link lines under rows), as cells split on runs of spaces. */
function rows(table: string): string[][] {
  return table
    .trimEnd()
    .split('\n')
    .slice(1)
    .filter((line) => !line.startsWith('  '))
    .map((line) => line.split(/ {2,}/));
}

describe('content and order', () => {
  test('worst first: failing detections by count, then failed checks, then warnings, then passes', () => {
    expect(rows(render()).map((cells) => cells.slice(0, 3))).toEqual([
      ['dist/setup.exe', 'malicious', '54/79'],
      ['docs/manual.doc', 'malicious', '37/79'],
      ['dist/timeout.bin', 'error', '—'],
      ['dist/locked.bin', 'error', '—'],
      ['dist/fresh.bin', 'unknown', '—'],
      ['dist/bundle.zip', 'allowed', '2/76'],
      ['dist/app.js', 'clean', '0/76'],
    ]);
  });

  test('a hash list sorts by malicious count, most first, whatever order the list had', () => {
    const scanned = ['low', 'none', 'high'].map((name) => scannedWith(name, { kind: 'found', report: reportFlaggedBy(sha256Of(name), engines({ low: 2, none: 0, high: 30 }[name]!)) }));
    const table = render({ subject: 'HASH' }, summarize(scanned, defaultPolicy({ maxMalicious: 5 }), 'VirusTotal').results);
    expect(table.split('\n')[0]).toMatch(/^HASH +STATUS +DETECTIONS +DETAILS +LINK$/);
    expect(rows(table).map((cells) => [cells[0], cells[2]])).toEqual([
      ['high', '30/70'],
      ['low', '2/70'],
      ['none', '0/70'],
    ]);
  });

  test('details: the rule that decided, then top threat names or the error; the allowed reason; the link to the report', () => {
    const table = render();
    const byName = Object.fromEntries(rows(table).map((cells) => [cells[0], cells]));
    expect(byName['dist/setup.exe']!.slice(3)).toEqual([
      'failed: 54 of 79 engines say malicious, more than max-malicious=0 — trojan.orcusrat/msil, Generic.OrcusRAT.A.2DC79B36, BKDR_ORCUSRAT.SM',
      `https://www.virustotal.com/gui/file/${sha256Of('dist/setup.exe')}`,
    ]);
    expect(byName['dist/locked.bin']![3]).toBe('failed: could not be checked (on-error=fail) — Could not read dist/locked.bin: EACCES.');
    expect(byName['dist/bundle.zip']![3]).toBe('passed: allowed by allow (vendor zip, reviewed in SEC-12)');
  });

  test('no link column for a provider without report pages', () => {
    const table = render({ provider: 'reversinglabs' });
    expect(table).not.toContain('LINK');
    expect(table).not.toContain('https://');
  });

  test('no results says so', () => {
    expect(render({}, [])).toBe('No artifacts were checked.\n');
  });
});

describe('fitting the terminal', () => {
  test.each([60, 80, 100, 120, 160, 250])('at %i columns no row is wider, and no link is cut', (width) => {
    const lines = render({ width }).trimEnd().split('\n');
    const links = lines.filter((line) => line.includes('https://'));
    expect(links).toHaveLength(6);
    for (const line of links) expect(line).toMatch(/https:\/\/www\.virustotal\.com\/gui\/file\/[0-9a-f]{64}$/);
    for (const line of lines.filter((l) => !l.startsWith('  https://'))) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  });

  test('links go under their rows when they do not fit beside them, and into a column when they do', () => {
    const narrow = render({ width: 100 }).split('\n');
    expect(narrow[0]).not.toContain('LINK');
    expect(narrow[1]).toMatch(/^dist\/setup\.exe +malicious/);
    expect(narrow[2]).toBe(`  https://www.virustotal.com/gui/file/${sha256Of('dist/setup.exe')}`);
    const wide = render({ width: 250 }).split('\n');
    expect(wide[0]).toMatch(/ LINK$/);
    expect(wide[1]).toMatch(/^dist\/setup\.exe +malicious +54\/79 +.+ https:\/\/www\.virustotal\.com\/gui\/file\/[0-9a-f]{64}$/);
  });

  test('a long path is cut in the middle, keeping its file name', () => {
    const long = { ...RESULTS[1]!, artifact: { ...RESULTS[1]!.artifact, displayPath: `build/${'nested/'.repeat(20)}release-installer-x64.exe` } };
    const [cells] = rows(render({ width: 90 }, [long]));
    expect(cells![0]).toMatch(/^build\/nested\/.*….*release-installer-x64\.exe$/);
    expect(displayWidth(cells![0]!)).toBeLessThan(60);
  });

  test('without a width (not a terminal) nothing is cut', () => {
    expect(render()).not.toContain('…');
  });
});

describe('colour and escaping', () => {
  test('no escape sequence at all without colour', () => {
    expect(render({ width: 120 })).not.toMatch(/\u001b/);
  });

  test('with colour: the heading bold, each status in its colour, and the same text underneath', () => {
    const coloured = render({ width: 120, color: true });
    expect(coloured.split('\n')[0]).toMatch(/^\u001b\[1mARTIFACT .*\u001b\[0m$/);
    expect(coloured).toContain('\u001b[1;31mmalicious\u001b[0m');
    expect(coloured).toContain('\u001b[33munknown  \u001b[0m');
    expect(coloured).toContain('\u001b[32mclean    \u001b[0m');
    expect(coloured.replace(ANSI, '')).toBe(render({ width: 120 }));
  });

  test.each([
    ['an escape sequence', 'evil\u001b[2J.exe', 'evil\\u001b[2J.exe'],
    ['a C1 CSI', 'evil\u009b2J.exe', 'evil\\u009b2J.exe'],
    ['a right-to-left override', 'invoice\u202egpj.exe', 'invoice\\u202egpj.exe'],
    ['a line break', 'two\nlines.exe', 'two\\nlines.exe'],
    ['a zero-width space', 'app\u200b.exe', 'app\\u200b.exe'],
    ['a lone surrogate', 'half\udc00.exe', 'half\\udc00.exe'],
  ])('a name with %s is shown escaped', (_, name, shown) => {
    expect(terminalSafe(name)).toBe(shown);
    const hostile = { ...RESULTS[4]!, artifact: { ...RESULTS[4]!.artifact, displayPath: name } };
    const table = render({ width: 120, color: true }, [hostile]);
    expect(rows(table.replace(ANSI, ''))[0]![0]).toBe(shown);
    expect(table.replace(ANSI, '')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b]/);
  });
});

test('any name and threat name: nothing a terminal acts on, and no line wider than asked', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.integer({ min: 60, max: 200 }), (name, threat, width) => {
      const flagged = { ...RESULTS[1]!, artifact: { ...RESULTS[1]!.artifact, displayPath: name }, report: { ...RESULTS[1]!.report!, threatNames: [threat], suggestedThreatLabel: null } };
      const table = render({ width }, [flagged, RESULTS[4]!]);
      expect(table).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/);
      for (const line of table.trimEnd().split('\n')) if (!line.startsWith('  https://')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    }),
  );
});

describe('widths and cuts', () => {
  test.each([
    ['ascii', 'abc', 3],
    ['CJK, two columns each', '安全', 4],
    ['a combining accent takes none', 'e\u0301', 1],
    ['an emoji', '😀', 2],
  ])('%s', (_, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  test.each([
    ['abcdefghij', 10, 'abcdefghij'],
    ['abcdefghij', 9, 'abc…fghij'],
    ['abcdefghij', 5, 'a…hij'],
    ['abcdefghij', 1, '…'],
    ['abcdefghij', 0, ''],
    ['安全安全安全', 7, '安…安全'],
    ['e\u0301e\u0301e\u0301e\u0301', 3, '…e\u0301e\u0301'],
  ])('truncateMiddle(%j, %i) is %j', (text, width, expected) => {
    expect(truncateMiddle(text, width)).toBe(expected);
    expect(displayWidth(truncateMiddle(text, width))).toBeLessThanOrEqual(width);
  });

  test.each([
    ['abcdef', 6, 'abcdef'],
    ['abcdef', 4, 'abc…'],
    ['安全安全', 4, '安…'],
  ])('truncateEnd(%j, %i) is %j', (text, width, expected) => {
    expect(truncateEnd(text, width)).toBe(expected);
  });
});

function engines(count: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`Engine${i}`, 'Trojan.Test']));
}
