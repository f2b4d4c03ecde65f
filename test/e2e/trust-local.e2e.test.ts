// End to end, the local side of trust: names and texts from outside are shown clipped and escaped,
// names that are not UTF-8 are judged by their bytes, a failed write never hides the verdict, and a
// cancelled run says how far it got.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { MAX_SHOWN_CHARS } from '../../src/report/text.ts';
import { fileReport, sha256Of } from '../support/reports.ts';
import { serveEachTest } from '../support/gate.ts';
import { makeWorkspace } from '../support/workspace.ts';

/** Bidirectional controls and invisible format characters: never shown raw. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const fixture = serveEachTest('trust-local-key-5f21c9e0');
const { gate } = fixture;

test('a 100 KB threat name and bidi controls are shown clipped and escaped in the log, annotations, summary and SARIF', async () => {
  const hugeThreat = `Trojan.\u202eHuge${'X'.repeat(100_000)}`;
  const hugeEngine = `Engine\u200b${'E'.repeat(50_000)}`;
  const workspace = await makeWorkspace({ 'dist/evil\u202egpj.exe': 'evil', 'dist/zz-last.bin': 'last' });
  fixture.server.reports.set(sha256Of('evil'), fileReport({ sha256: sha256Of('evil'), malicious: { [hugeEngine]: hugeThreat }, suggestedThreatLabel: hugeThreat }));
  fixture.server.reports.set(sha256Of('last'), fileReport({ sha256: sha256Of('last'), malicious: { Other: 'Small.Threat' } }));

  const run = await gate(workspace, { 'sarif-path': 'out/gate.sarif' });

  expect(run.exitCode).toBe(1);
  expect(run.stdout).not.toMatch(INVISIBLE);
  expect(run.stdout).toContain('dist/evil\\u202egpj.exe');
  for (const line of run.stdout.split('\n')) expect(line.length).toBeLessThan(4 * MAX_SHOWN_CHARS + 1000);
  const evil = run.annotations.find((a) => a.properties.file === 'dist/evil\\u202egpj.exe');
  expect(evil?.message).toContain('more characters)');
  expect(evil?.message).toContain('Trojan.\\u202eHuge');

  expect(run.summary).not.toMatch(INVISIBLE);
  expect(run.summary.length).toBeLessThan(20_000);
  expect(run.summary).toContain('dist/zz-last.bin'); // the rest of the summary is still there
  expect(run.summary).toContain('Small.Threat');

  const sarif = JSON.parse(await readFile(path.join(workspace, 'out', 'gate.sarif'), 'utf8'));
  const messages: string[] = sarif.runs[0].results.map((r: any) => r.message.text);
  for (const message of messages) {
    expect(message).not.toMatch(INVISIBLE);
    expect(message.length).toBeLessThan(4 * MAX_SHOWN_CHARS + 500);
  }
  expect(messages.some((m) => m.includes('dist/evil\\u202egpj.exe'))).toBe(true);
  // The JSON report is data for programs: the names as the service sent them.
  const entry = run.report.artifacts.find((a: any) => a.path === 'dist/evil\u202egpj.exe');
  expect(entry.threatNames).toContain(hugeThreat);
});
