// End to end: upload-unknown through the bundled action, spawned as the runner spawns it, against the
// sandbox server. What the server received, and what the outputs, annotations and JSON report say.
import { readFile, truncate } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { elf, zipOf } from '../support/archives.ts';
import { serveEachTest } from '../support/gate.ts';
import { sha256Of } from '../support/reports.ts';
import { makeWorkspace } from '../support/workspace.ts';

const KEY = 'e2e-upload-key-7c41d2';
const fixture = serveEachTest(KEY);
/** Three seconds: the first poll comes after an eighth of it, so a test waits about a second. */
const UPLOADS_ON = { 'upload-unknown': 'true', 'analysis-timeout-minutes': '0.05' };
const MIB = 1024 * 1024;

function artifact(report: any, displayPath: string): any {
  return report.artifacts.find((a: any) => a.path === displayPath);
}

describe('upload-unknown: true', () => {
  test('an unknown file is uploaded, and its analysis fails the gate; the log says what uploading means', async () => {
    const { server } = fixture;
    server.analysisSteps = ['not-found', 'completed'];
    const sha256 = sha256Of('fresh trojan');
    server.verdicts.set(sha256, { malicious: { EngineA: 'Trojan.Fresh' } });
    const workspace = await makeWorkspace({ 'dist/app.exe': 'fresh trojan' });

    const run = await fixture.gate(workspace, UPLOADS_ON);

    expect(run.exitCode).toBe(1);
    expect(server.uploads).toEqual([expect.objectContaining({ route: 'files', sha256, filename: 'app.exe', apiKey: KEY })]);
    expect(run.outputs).toMatchObject({ result: 'fail', malicious: '1', uploaded: '1', pending: '0', unknown: '0' });
    const error = run.annotations.find((a) => a.level === 'error' && a.properties.file === 'dist/app.exe');
    expect(error?.message).toContain('flagged malicious by 1 of 61 engines');
    expect(error?.message).toContain('Analysed now (uploaded in this run).');
    const notice = run.annotations.find((a) => a.properties.title === 'Unknown files are uploaded');
    expect(notice?.message).toContain("becomes available to VirusTotal's premium customers");
    expect(notice?.message).toContain('upload-files (**)');
    const { analysisId } = server.uploads[0]!;
    expect(artifact(run.report, 'dist/app.exe')).toMatchObject({
      status: 'malicious',
      upload: { state: 'analysed', analysisId, analysisLink: `https://www.virustotal.com/gui/file-analysis/${analysisId}`, reason: null },
    });
    expect(run.report.counts).toMatchObject({ uploaded: 1, pending: 0, malicious: 1 });
    expect(run.stdout).toMatch(/malicious +dist\/app\.exe 1\/61 malicious \(analysed now, analysis /);
  });

  test('upload-files keeps a file private: it stays unknown, with the reason; the other is judged clean', async () => {
    const { server } = fixture;
    server.analysisSteps = ['completed'];
    const workspace = await makeWorkspace({ 'dist/app.js': 'public build', 'dist/secret.bin': 'proprietary' });

    const run = await fixture.gate(workspace, { ...UPLOADS_ON, 'upload-files': 'dist/*.js' });

    expect(run.exitCode).toBe(0);
    expect(server.uploads.map((u) => u.sha256)).toEqual([sha256Of('public build')]);
    expect(run.outputs).toMatchObject({ result: 'pass', uploaded: '1', unknown: '1', pending: '0' });
    expect(artifact(run.report, 'dist/app.js')).toMatchObject({ status: 'clean', upload: { state: 'analysed' } });
    expect(artifact(run.report, 'dist/secret.bin')).toMatchObject({
      status: 'unknown',
      upload: { state: 'not-uploaded', reason: 'upload-files does not match dist/secret.bin, so it was not uploaded' },
    });
    const warning = run.annotations.find((a) => a.properties.file === 'dist/secret.bin');
    expect(warning?.message).toContain('Not uploaded: upload-files does not match dist/secret.bin');
  });

  test('a file over 32 MiB goes through an upload URL; memory stays flat while it streams', async () => {
    const { server } = fixture;
    server.analysisSteps = ['completed'];
    const workspace = await makeWorkspace({ 'dist/big.iso': '' });
    const file = path.join(workspace, 'dist/big.iso');
    await truncate(file, 300 * MIB); // sparse: quick to make, read back as zeros
    let peakKiB = 0;

    const run = await fixture.gate(workspace, UPLOADS_ON, {
      timeoutMs: 120_000,
      onSpawn: (child) => {
        // VmHWM is the process's peak resident size so far; the last reading before it exits is the peak of the run.
        const timer = setInterval(() => {
          readFile(`/proc/${child.pid}/status`, 'utf8').then(
            (status) => (peakKiB = Math.max(peakKiB, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0))),
            () => {},
          );
        }, 25);
        child.on('exit', () => clearInterval(timer));
      },
    });

    expect(run.exitCode).toBe(0);
    expect(server.requests.some((r) => r.path === '/api/v3/files/upload_url')).toBe(true);
    expect(server.uploads).toEqual([expect.objectContaining({ route: 'upload-url', size: 300 * MIB, sha256: sha256Of(Buffer.alloc(300 * MIB)), apiKey: KEY })]);
    expect(artifact(run.report, 'dist/big.iso')).toMatchObject({ status: 'clean', upload: { state: 'analysed' } });
    // A body built in memory would hold the whole 300 MiB; streamed, the process stays far below it.
    expect(peakKiB).toBeGreaterThan(0);
    expect(peakKiB * 1024).toBeLessThan(200 * MIB);
  }, 150_000);

  test('an analysis that does not complete in time: pending, with its link, judged like an unknown', async () => {
    const { server } = fixture;
    server.analysisSteps = ['queued'];
    const workspace = await makeWorkspace({ 'dist/slow.bin': 'slow analysis' });

    const run = await fixture.gate(workspace, { ...UPLOADS_ON, 'analysis-timeout-minutes': '0.01' });

    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'pass', uploaded: '1', pending: '1', unknown: '0' });
    const { analysisId } = server.uploads[0]!;
    expect(artifact(run.report, 'dist/slow.bin')).toMatchObject({
      status: 'pending',
      consequence: 'warn',
      upload: { state: 'pending', analysisId, reason: expect.stringContaining('was queued after 0.01 minutes') },
    });
    const warning = run.annotations.find((a) => a.properties.file === 'dist/slow.bin');
    expect(warning).toMatchObject({ level: 'warning', properties: { title: 'Analysis pending at VirusTotal' } });
    expect(warning?.message).toContain(`Analysis: https://www.virustotal.com/gui/file-analysis/${analysisId}`);
  });

  test('with on-unknown=fail a pending artifact fails the gate', async () => {
    const { server } = fixture;
    server.analysisSteps = ['in-progress'];
    const workspace = await makeWorkspace({ 'dist/slow.bin': 'slow analysis' });
    const run = await fixture.gate(workspace, { ...UPLOADS_ON, 'analysis-timeout-minutes': '0.01', 'on-unknown': 'fail' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', pending: '1' });
    const failure = '1 of 1 artifact was uploaded to VirusTotal and not analysed in time (on-unknown=fail): dist/slow.bin';
    expect(run.report.failureMessage).toBe(failure);
    expect(run.stdout).toContain(`::error::${failure}`);
  });

  test('provider reversinglabs with upload-unknown: an input error that says why, and nothing is sent', async () => {
    const workspace = await makeWorkspace({ 'dist/app.exe': 'anything' });
    const run = await fixture.gate(workspace, { provider: 'reversinglabs', 'upload-unknown': 'true' });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error::Input `upload-unknown` must be `false` with `provider: reversinglabs`: its VirusTotal-compatible API serves lookups only, not uploads.');
    expect(fixture.server.requests).toEqual([]);
  });

  test('upload-unknown false (the default): an unknown file is never uploaded', async () => {
    const workspace = await makeWorkspace({ 'dist/app.exe': 'never uploaded' });
    const run = await fixture.gate(workspace);
    expect(run.outputs).toMatchObject({ unknown: '1', uploaded: '0', pending: '0' });
    expect(fixture.server.requests.map((r) => r.method)).toEqual(['GET']);
    expect(run.annotations.some((a) => a.properties.title === 'Unknown files are uploaded')).toBe(false);
  });

  test('an unknown archive member is not uploaded, and says why; its archive is uploaded whole', async () => {
    const { server } = fixture;
    server.analysisSteps = ['completed'];
    const library = elf('fresh member');
    const zip = await zipOf({ 'lib/fresh.so': library });
    const workspace = await makeWorkspace({ 'dist/app.zip': zip });

    const run = await fixture.gate(workspace, { ...UPLOADS_ON });

    expect(server.uploads.map((u) => [u.filename, u.sha256])).toEqual([['app.zip', sha256Of(zip)]]);
    const reason = 'it is an archive member, and only whole files are uploaded: its archive dist/app.zip is looked up (and uploaded when unknown) itself';
    expect(artifact(run.report, 'dist/app.zip!/lib/fresh.so')).toMatchObject({ status: 'unknown', sha256: sha256Of(library), upload: { state: 'not-uploaded', reason } });
    expect(artifact(run.report, 'dist/app.zip')).toMatchObject({ status: 'clean', upload: { state: 'analysed' } });
    const warning = run.annotations.find((a) => a.message.startsWith('dist/app.zip!/lib/fresh.so'));
    expect(warning).toMatchObject({ level: 'warning', properties: { file: 'dist/app.zip' } });
    expect(warning?.message).toContain(`Not uploaded: ${reason}.`);
    expect(run.stdout).toContain(`dist/app.zip!/lib/fresh.so (not uploaded: ${reason})`);
    expect(run.stdout).not.toContain('could be read again');
  });

  test('a member counts as a copy in its archive: outside upload-files, it keeps the same listed file private', async () => {
    const { server } = fixture;
    server.analysisSteps = ['completed'];
    const library = elf('shared');
    const workspace = await makeWorkspace({ 'dist/public/lib.so': library, 'dist/private/bundle.zip': await zipOf({ 'lib.so': library }) });

    const run = await fixture.gate(workspace, { ...UPLOADS_ON, 'upload-files': 'dist/public/**' });

    expect(server.uploads).toEqual([]);
    for (const path of ['dist/public/lib.so', 'dist/private/bundle.zip!/lib.so']) {
      expect(artifact(run.report, path)).toMatchObject({ status: 'unknown', upload: { state: 'not-uploaded', reason: 'upload-files does not match dist/private/bundle.zip, so it was not uploaded' } });
    }
  });
});
