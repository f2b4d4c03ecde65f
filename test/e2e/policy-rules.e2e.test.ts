// End to end: fail-engines, warn-malicious, max-malicious-percent and expiring allow lines, each
// alone and against ignore-engines, max-suspicious, min-engines and the allow list, through the
// bundle as the runner runs it, against the sandbox server. Every report says which rule decided.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { serveEachTest } from '../support/gate.ts';
import { fileReport, sha256Of } from '../support/reports.ts';
import type { ActionRun } from '../support/runner.ts';
import { sarifErrors } from '../support/sarif-schema.ts';
import { makeWorkspace } from '../support/workspace.ts';

const fixture = serveEachTest('policy-rules-key-4f1e-88a0c2');

/** A workspace with one artifact per name under dist/, each known to the server with its report. */
async function known(reports: Record<string, (sha256: string) => unknown>): Promise<{ workspace: string; sha: Record<string, string> }> {
  const workspace = await makeWorkspace(Object.fromEntries(Object.keys(reports).map((name) => [`dist/${name}`, `content of ${name}`])));
  const sha: Record<string, string> = {};
  for (const [name, build] of Object.entries(reports)) {
    sha[name] = sha256Of(`content of ${name}`);
    fixture.server.reports.set(sha[name]!, build(sha[name]!));
  }
  return { workspace, sha };
}

const artifact = (run: ActionRun, name: string) => run.report.artifacts.find((a: any) => a.path === `dist/${name}`);
const annotationFor = (run: ActionRun, name: string) => run.annotations.find((a) => a.properties.file === `dist/${name}`);

test('fail-engines: one detection by a listed engine fails, whatever max-malicious says; every report names the engine', async () => {
  const { workspace } = await known({
    'app.exe': (sha256) => fileReport({ sha256, malicious: { Kaspersky: 'HEUR:Trojan.Win32.Generic' } }),
    'lib.dll': (sha256) => fileReport({ sha256, malicious: { Avast: 'Win32:Malware-gen' } }),
  });

  const run = await fixture.gate(workspace, { 'max-malicious': '3', 'fail-engines': 'kaspersky\nMicrosoft', 'sarif-path': 'gate.sarif' });

  expect(run.exitCode).toBe(1);
  expect(artifact(run, 'app.exe')).toMatchObject({
    status: 'malicious',
    consequence: 'fail',
    decidedBy: { rule: 'fail-engines', engines: ['Kaspersky'], text: 'failed: Kaspersky is in fail-engines' },
  });
  expect(artifact(run, 'lib.dll')).toMatchObject({ status: 'clean', decidedBy: { rule: 'within-thresholds' } });
  expect(run.annotations.at(-1)!.message).toBe('1 of 2 artifacts is flagged malicious by an engine in fail-engines: dist/app.exe (Kaspersky)');
  expect(annotationFor(run, 'app.exe')).toMatchObject({ level: 'error' });
  expect(annotationFor(run, 'app.exe')!.message).toContain('Failed: Kaspersky is in fail-engines.');
  expect(run.summary).toContain('Failed: Kaspersky is in fail-engines.');
  expect(run.summary).toContain('fail-engines: Kaspersky, microsoft'); // as the service spells it; a name no report used, as the policy keeps it
  expect(run.stdout).toMatch(/malicious +dist\/app\.exe 1\/61 malicious — failed: Kaspersky is in fail-engines/);
  const sarif = JSON.parse(await readFile(path.join(workspace, 'gate.sarif'), 'utf8'));
  expect(sarifErrors(sarif)).toEqual([]);
  expect(sarif.runs[0].results[0].message.text).toContain('Failed: Kaspersky is in fail-engines.');
  expect(sarif.runs[0].results[0].properties.decidedBy).toEqual({ rule: 'fail-engines', engines: ['Kaspersky'], text: 'failed: Kaspersky is in fail-engines' });

  const without = await fixture.gate(workspace, { 'max-malicious': '3' }); // the same reports without the input pass
  expect(without.exitCode).toBe(0);
});

test('fail-engines and ignore-engines naming the same engine stop the action before any request, naming the line', async () => {
  const { workspace } = await known({ 'app.exe': (sha256) => fileReport({ sha256 }) });

  const run = await fixture.gate(workspace, { 'ignore-engines': 'Kaspersky', 'fail-engines': '# vendors\nKASPERSKY' });

  expect(run.exitCode).toBe(1);
  expect(run.annotations.map((a) => a.message)).toEqual([
    'Input `fail-engines` line 2 names "KASPERSKY", which `ignore-engines` also lists: an engine whose verdicts do not count cannot fail an artifact. Remove it from one of the two.',
  ]);
  expect(fixture.server.requests).toEqual([]);
});

test('warn-malicious: a few detections are flagged, annotated as warnings, never failing; more than max-malicious still fail', async () => {
  const { workspace } = await known({
    'one.exe': (sha256) => fileReport({ sha256, malicious: { Avast: 'Win32:Agent' } }),
    'two.exe': (sha256) => fileReport({ sha256, malicious: { Avast: 'Win32:Agent', Sophos: 'Troj/Agent' } }),
    'clean.js': (sha256) => fileReport({ sha256 }),
  });

  const lenient = await fixture.gate(workspace, { 'max-malicious': '2', 'warn-malicious': '0', 'sarif-path': 'gate.sarif' });

  expect(lenient.exitCode).toBe(0);
  expect(lenient.outputs).toMatchObject({ result: 'pass', flagged: '2', malicious: '0' });
  expect(artifact(lenient, 'one.exe')).toMatchObject({ status: 'flagged', consequence: 'warn', decidedBy: { rule: 'warn-malicious' } });
  expect(annotationFor(lenient, 'two.exe')).toMatchObject({ level: 'warning', properties: { title: 'Flagged artifact: 2/62 engines' } });
  expect(annotationFor(lenient, 'two.exe')!.message).toContain('Warning: 2 of 62 engines say malicious, more than warn-malicious=0 and not more than max-malicious=2.');
  expect(lenient.summary).toContain('| Flagged |');
  expect(lenient.summary).toContain('<td>🟡 flagged</td>');
  expect(lenient.report.counts).toMatchObject({ flagged: 2, clean: 1 });
  const sarif = JSON.parse(await readFile(path.join(workspace, 'gate.sarif'), 'utf8'));
  expect(sarifErrors(sarif)).toEqual([]);
  expect(sarif.runs[0].results.map((r: any) => [r.ruleId, r.level])).toEqual([
    ['artifact-reputation/flagged', 'warning'],
    ['artifact-reputation/flagged', 'warning'],
  ]);

  const strict = await fixture.gate(workspace, { 'max-malicious': '1', 'warn-malicious': '0' });
  expect(strict.exitCode).toBe(1);
  expect(artifact(strict, 'two.exe')).toMatchObject({ status: 'malicious', decidedBy: { rule: 'max-malicious' } });
  expect(artifact(strict, 'one.exe')).toMatchObject({ status: 'flagged' });
});

test('warn-malicious not under max-malicious is an input error naming both', async () => {
  const { workspace } = await known({ 'app.exe': (sha256) => fileReport({ sha256 }) });
  const run = await fixture.gate(workspace, { 'warn-malicious': '0' });
  expect(run.exitCode).toBe(1);
  expect(run.annotations.map((a) => a.message)).toEqual([expect.stringMatching(/^Input `warn-malicious` must be less than `max-malicious` \(0\)/)]);
  expect(fixture.server.requests).toEqual([]);
});

test('warn-malicious against ignore-engines, max-suspicious and min-engines: each of those decides first', async () => {
  const { workspace } = await known({
    'ignored.exe': (sha256) => fileReport({ sha256, malicious: { NoisyAV: 'Heur.AI' } }),
    'odd.dll': (sha256) => fileReport({ sha256, malicious: { Avast: 'Win32:Agent' }, suspicious: { A: 'susp', B: 'susp' } }),
    'thin.bin': (sha256) => fileReport({ sha256, malicious: { Avast: 'Win32:Agent' }, undetected: 2 }),
  });

  const run = await fixture.gate(workspace, { 'max-malicious': '2', 'warn-malicious': '0', 'ignore-engines': 'noisyav', 'max-suspicious': '1', 'min-engines': '10' });

  expect(run.exitCode).toBe(1);
  expect(artifact(run, 'ignored.exe')).toMatchObject({ status: 'clean', decidedBy: { rule: 'within-thresholds' } });
  expect(artifact(run, 'odd.dll')).toMatchObject({ status: 'suspicious', consequence: 'fail', decidedBy: { rule: 'max-suspicious' } });
  expect(artifact(run, 'thin.bin')).toMatchObject({ status: 'unanalysed', consequence: 'warn', decidedBy: { rule: 'min-engines' } });
});

test('max-malicious-percent: fails over the share of engines with a verdict; ignored engines do not count toward it', async () => {
  const { workspace } = await known({
    // 3 of 20 engines with a verdict: 15 %.
    'few.exe': (sha256) => fileReport({ sha256, malicious: { A: 'x', B: 'x', C: 'x' }, undetected: 17, typeUnsupported: 40 }),
    // 3 of 61: under 5 %.
    'many.exe': (sha256) => fileReport({ sha256, malicious: { A: 'x', B: 'x', C: 'x' }, undetected: 58 }),
    // 2 of 20, but one is ignored: 1 counted, 5 %.
    'noisy.exe': (sha256) => fileReport({ sha256, malicious: { NoisyAV: 'x', B: 'x' }, undetected: 18 }),
  });

  const run = await fixture.gate(workspace, { 'max-malicious': '5', 'max-malicious-percent': '10', 'ignore-engines': 'NoisyAV' });

  expect(run.exitCode).toBe(1);
  expect(artifact(run, 'few.exe')).toMatchObject({
    status: 'malicious',
    decidedBy: { rule: 'max-malicious-percent', text: 'failed: 3 of 20 engines with a verdict say malicious (15 %), more than max-malicious-percent=10' },
  });
  expect(artifact(run, 'many.exe')).toMatchObject({ status: 'clean' });
  expect(artifact(run, 'noisy.exe')).toMatchObject({ status: 'clean', counted: { malicious: 1 } });
  expect(run.annotations.at(-1)!.message).toBe('1 of 3 artifacts exceeds max-malicious-percent=10: dist/few.exe (3 of 20 verdicts)');
  expect(run.summary).toContain('max-malicious-percent=10');
  expect(run.report.policy).toMatchObject({ maxMaliciousPercent: 10 });

  const bad = await fixture.gate(workspace, { 'max-malicious-percent': '10.005' });
  expect(bad.exitCode).toBe(1);
  expect(bad.annotations.map((a) => a.message)).toEqual([
    'Input `max-malicious-percent` must be a percentage from 0 to less than 100, with at most two decimals (for example 15 or 12.5); got "10.005".',
  ]);
});

test('the allow list comes first: an allowed artifact passes though a fail-engines engine flags it and it is over the share', async () => {
  const { workspace, sha } = await known({ 'vendor.exe': (sha256) => fileReport({ sha256, malicious: { Kaspersky: 'HEUR:Trojan', A: 'x', B: 'x' }, undetected: 5 }) });

  const run = await fixture.gate(workspace, { allow: `${sha['vendor.exe']} signed vendor installer, SEC-9 expires=2999-01-01`, 'fail-engines': 'Kaspersky', 'max-malicious-percent': '5' });

  expect(run.exitCode).toBe(0);
  expect(artifact(run, 'vendor.exe')).toMatchObject({
    status: 'allowed',
    statusIfNotAllowed: 'malicious',
    allowedReason: 'signed vendor installer, SEC-9',
    decidedBy: { rule: 'allow', text: 'passed: allowed by allow line 1 (signed vendor installer, SEC-9), until it expires on 2999-01-01' },
  });
  expect(run.annotations.filter((a) => a.level !== 'notice')).toEqual([]);
  expect(run.report.expiredAllows).toEqual([]);
});

test('an expired allow-file line no longer allows: a warning at its line names the date, and the next rule decides', async () => {
  const { workspace, sha } = await known({
    'vendor.exe': (sha256) => fileReport({ sha256, malicious: { Kaspersky: 'HEUR:Trojan' } }),
    'tool.exe': (sha256) => fileReport({ sha256, malicious: { Avast: 'Win32:Agent' } }),
  });
  await writeFile(path.join(workspace, 'allow.txt'), `# exceptions\n${sha['vendor.exe']} vendor false positive, SEC-3 expires=2020-01-01\n${sha['tool.exe']} our tool, SEC-4 expires=2999-12-31\n`);

  const run = await fixture.gate(workspace, { 'allow-file': 'allow.txt', 'fail-engines': 'Kaspersky' });

  expect(run.exitCode).toBe(1);
  const expired = run.annotations.find((a) => a.properties.title === 'Allow entry expired');
  expect(expired).toMatchObject({ level: 'warning', properties: { file: 'allow.txt', line: '2' } });
  expect(expired!.message).toBe(
    `allow-file (allow.txt) line 2 allowed ${sha['vendor.exe']} (vendor false positive, SEC-3) until 2020-01-01: from that day it no longer allows, and an artifact with that hash is judged like any other. Remove the line, or give it a new date once the reason is checked again.`,
  );
  expect(artifact(run, 'vendor.exe')).toMatchObject({
    status: 'malicious',
    decidedBy: {
      rule: 'fail-engines',
      expiredAllow: { line: 2, expires: '2020-01-01' },
      text: 'failed: Kaspersky is in fail-engines; its entry in allow-file (allow.txt) line 2 expired on 2020-01-01 and no longer allows',
    },
  });
  expect(artifact(run, 'tool.exe')).toMatchObject({ status: 'allowed' });
  expect(run.report.expiredAllows).toEqual([expect.objectContaining({ sha256: sha['vendor.exe'], source: 'allow-file (allow.txt)', line: 2, expires: '2020-01-01' })]);
  expect(run.summary).toContain(`⌛ allow-file (allow.txt) line 2 allowed ${sha['vendor.exe']}`);
  expect(run.summary).toContain('its entry in allow-file (allow.txt) line 2 expired on 2020-01-01');
});

test('an expires that is not a date stops the action before any request, naming the line', async () => {
  const { workspace, sha } = await known({ 'app.exe': (sha256) => fileReport({ sha256 }) });

  const run = await fixture.gate(workspace, { allow: `\n${sha['app.exe']} reviewed expires=2027-02-30` });

  expect(run.exitCode).toBe(1);
  expect(run.annotations.map((a) => a.message)).toEqual([
    'Input `allow` line 2 has `expires=2027-02-30`, which is not a date: write the day the entry stops allowing as YYYY-MM-DD (UTC), for example `expires=2027-01-31`.',
  ]);
  expect(fixture.server.requests).toEqual([]);
});
