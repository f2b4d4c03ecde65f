// `npm run demo` prints the job summary as text a person reads, not raw HTML lines.
import { expect, test } from 'vitest';
import { renderSummary } from '../../src/report/summary.ts';
import { defaultPolicy } from '../support/policy.ts';
import { cleanResult, engines, failedResult, flaggedResult, scanOf, unknownResult } from '../support/results.ts';
import { summaryAsText } from '../support/terminal-summary.ts';

test('the summary as terminal text: no markup, aligned tables, collapsed blocks as ▸ lines, names as they are', async () => {
  const results = [flaggedResult('dist/<b>app</b>.exe', engines(3)), unknownResult('dist/new.bin'), failedResult('dist/x.dll', 'timed out'), cleanResult('dist/ok.js')];
  const markdown = renderSummary(scanOf(results, 'The gate failed.'), { provider: 'virustotal', policy: defaultPolicy(), reportPath: '/tmp/r.json' });
  const text = await summaryAsText(markdown);

  expect(text).not.toMatch(/<\/?(table|tr|td|th|details|summary|code|a|br|ul|li)\b/);
  expect(text).not.toMatch(/&#\d+;|&lt;|&gt;/);
  expect(text).toContain('dist/<b>app</b>.exe');
  expect(text.startsWith('❌ Artifact reputation gate failed\n══')).toBe(true);
  const table = text.split('\n').filter((line) => line.startsWith('dist/') && line.includes('│'));
  expect(table).toHaveLength(3);
  const bars = (line: string) => [...line].flatMap((char, i) => (char === '│' ? [i] : []));
  expect(new Set(table.map((line) => bars(line).length))).toEqual(new Set([4]));
  const lines = text.split('\n');
  const header = lines.findIndex((line) => line.startsWith('Artifact  '));
  expect(bars(lines[header]!)).toEqual([...lines[header + 1]!].flatMap((char, i) => (char === '┼' ? [i] : [])));
  expect(text).toContain('  ↳ ⚠️ timed out');
  expect(text).toContain('▸ dist/<b>app</b>.exe: 3 engines flagged it');
  expect(text).toMatch(/▸ Clean artifacts \(1\)\n {4}• dist\/ok\.js 2\.0 KiB 0\/72 [0-9a-f]{12}\n/);
});
