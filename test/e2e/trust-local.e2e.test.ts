// End to end, the local side of trust: names and texts from outside are shown clipped and escaped,
// names that are not UTF-8 are judged by their bytes, a failed write never hides the verdict, and a
// cancelled run says how far it got.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
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

/** A file whose name holds bytes that are not UTF-8 (Linux allows any byte but `/` and NUL). */
async function writeByName(workspace: string, nameBytes: number[] | Buffer, content: string): Promise<void> {
  const file = Buffer.concat([Buffer.from(`${workspace}/`), Buffer.from(nameBytes)]);
  await mkdir(path.dirname(file.toString()), { recursive: true }).catch(() => undefined);
  await writeFile(file, content);
}

test('a file name that is not UTF-8 is judged by its bytes beside normal files, and a malicious one fails the gate', async () => {
  const workspace = await makeWorkspace({ 'dist/good.bin': 'good' });
  await writeByName(workspace, [...Buffer.from('dist/bad'), 0xff, 0xfe, ...Buffer.from('.exe')], 'malware');
  await mkdir(Buffer.concat([Buffer.from(`${workspace}/dist/dir`), Buffer.from([0xc3, 0x28])]));
  await writeByName(workspace, [...Buffer.from('dist/dir'), 0xc3, 0x28, ...Buffer.from('/inner.bin')], 'inner');
  await writeByName(workspace, [...Buffer.from('dist/notes'), 0x80, ...Buffer.from('.txt')], 'not matched');
  for (const content of ['good', 'inner']) fixture.server.reports.set(sha256Of(content), fileReport({ sha256: sha256Of(content) }));
  fixture.server.reports.set(sha256Of('malware'), fileReport({ sha256: sha256Of('malware'), malicious: { Engine: 'Trojan.Test' } }));

  const run = await gate(workspace, { files: 'dist/**\n!dist/**/*.txt' });

  expect(run.exitCode).toBe(1);
  const byPath = Object.fromEntries(run.report.artifacts.map((a: any) => [a.path, a]));
  expect(Object.keys(byPath).sort()).toEqual(['dist/bad\\xff\\xfe.exe', 'dist/dir\\xc3(/inner.bin', 'dist/good.bin']);
  expect(byPath['dist/bad\\xff\\xfe.exe']).toMatchObject({ status: 'malicious', sha256: sha256Of('malware') });
  expect(byPath['dist/dir\\xc3(/inner.bin']).toMatchObject({ status: 'clean', sha256: sha256Of('inner') });
  expect(fixture.server.requests.map((r) => r.sha256).sort()).toEqual([sha256Of('good'), sha256Of('inner'), sha256Of('malware')].sort());
  expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', properties: expect.objectContaining({ file: 'dist/bad\\xff\\xfe.exe' }) }));
  const shown = run.stdout.split('\n').filter((line) => !line.startsWith('::debug::')); // the globber's own debug lines aside
  expect(shown.join('\n')).not.toContain('\ufffd');
});

test('names that differ only in bytes that are not UTF-8 versus U+FFFD are both hashed and looked up', async () => {
  const workspace = await makeWorkspace({ 'dist/app\ufffd.exe': 'the real U+FFFD name' });
  await writeByName(workspace, [...Buffer.from('dist/app'), 0xff, ...Buffer.from('.exe')], 'malware');
  fixture.server.reports.set(sha256Of('the real U+FFFD name'), fileReport({ sha256: sha256Of('the real U+FFFD name') }));
  fixture.server.reports.set(sha256Of('malware'), fileReport({ sha256: sha256Of('malware'), malicious: { Engine: 'Trojan.Test' } }));

  const run = await gate(workspace);

  expect(run.exitCode).toBe(1);
  const statuses = Object.fromEntries(run.report.artifacts.map((a: any) => [a.path, a.status]));
  expect(statuses).toEqual({ 'dist/app\\xff.exe': 'malicious', 'dist/app\ufffd.exe': 'clean' });
  expect(fixture.server.requests.map((r) => r.sha256).sort()).toEqual([sha256Of('malware'), sha256Of('the real U+FFFD name')].sort());
  expect(run.outputs).toMatchObject({ result: 'fail', scanned: '2', malicious: '1' });
});

