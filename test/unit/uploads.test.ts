// upload-unknown's pure parts: its inputs, the analysis answer, the multipart body and its name.
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError, parseInputs } from '../../src/core/options.ts';
import { ProtocolError } from '../../src/core/reputation/parse.ts';
import { Analyses } from '../../src/core/reputation/analyses.ts';
import { Lookups } from '../../src/core/reputation/lookups.ts';
import { multipartFile, multipartName, parseAnalysis, uploadUrlWithKey, type UploadClient } from '../../src/core/reputation/uploads.ts';
import { fileReport, sha256Of } from '../support/reports.ts';
import { makeWorkspace } from '../support/workspace.ts';

const REQUIRED = { 'api-key': 'test-key-0123456789', files: 'dist/**' };
const parse = (values: Record<string, string>) => parseInputs((name) => ({ ...REQUIRED, ...values })[name] ?? '');
function inputError(values: Record<string, string>): string {
  try {
    parse(values);
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(values)}`);
}

describe('inputs', () => {
  test('off by default: nothing is uploaded, `**` may be, ten minutes of waiting', () => {
    expect(parse({})).toMatchObject({ uploadUnknown: false, uploadPatterns: '**', analysisTimeoutMs: 600_000 });
  });

  test.each([
    { value: '2.5', ms: 150_000 },
    { value: '0.01', ms: 600 },
    { value: '360', ms: 21_600_000 },
  ])('analysis-timeout-minutes $value is $ms ms', ({ value, ms }) => {
    expect(parse({ 'analysis-timeout-minutes': value }).analysisTimeoutMs).toBe(ms);
  });

  test.each(['0', '-1', 'ten', '361', '1e2', '0.001'])('analysis-timeout-minutes %j is refused, named', (value) => {
    expect(inputError({ 'analysis-timeout-minutes': value })).toBe(
      `Input \`analysis-timeout-minutes\` must be a number of minutes from 0.01 to 360 (for example 10 or 2.5); got ${JSON.stringify(value)}.`,
    );
  });

  test('reversinglabs with upload-unknown is an input error that says why', () => {
    expect(inputError({ provider: 'reversinglabs', 'upload-unknown': 'true' })).toMatch(
      /^Input `upload-unknown` must be `false` with `provider: reversinglabs`: its VirusTotal-compatible API serves lookups only/,
    );
    expect(parse({ provider: 'reversinglabs', 'upload-unknown': 'false' }).uploadUnknown).toBe(false);
  });

  test('upload-unknown takes true or false only', () => {
    expect(parse({ 'upload-unknown': 'TRUE', 'upload-files': '**' }).uploadUnknown).toBe(true);
    expect(inputError({ 'upload-unknown': 'yes' })).toBe('Input `upload-unknown` must be `true` or `false`; got "yes".');
  });

  test('with uploads on, a blank upload-files is refused, never widened to everything', () => {
    expect(inputError({ 'upload-unknown': 'true', 'upload-files': ' \n# none\n' })).toMatch(/^Input `upload-files` must list at least one glob pattern/);
    expect(parse({ 'upload-unknown': 'true', 'upload-files': 'dist/*.exe\n!dist/private.exe' }).uploadPatterns).toBe('dist/*.exe\n!dist/private.exe');
  });
});

describe('parseAnalysis', () => {
  const sha256 = sha256Of('analysed');
  const analysis = (status: string, extra: Record<string, unknown> = {}, meta: unknown = { file_info: { sha256 } }) => ({
    data: { type: 'analysis', id: 'abc', attributes: { status, stats: {}, results: {}, ...extra } },
    ...(meta !== null && { meta }),
  });

  test.each(['queued', 'in-progress'])('%s waits', (status) => {
    expect(parseAnalysis(analysis(status), sha256)).toEqual({ kind: 'waiting', status });
  });

  test('completed: the stats and engine results become the report', () => {
    const attributes = (fileReport({ sha256, malicious: { A: 'Bad' }, undetected: 3 }) as any).data.attributes;
    const answer = parseAnalysis(analysis('completed', { stats: attributes.last_analysis_stats, results: attributes.last_analysis_results, date: 1_700_000_000 }), sha256);
    expect(answer).toMatchObject({ kind: 'completed', report: { sha256, stats: { malicious: 1, undetected: 3 }, engineCount: 4, detections: [{ engine: 'A', result: 'Bad' }] } });
  });

  test('completed without naming its file: no report, so the file report is read again', () => {
    expect(parseAnalysis(analysis('completed', {}, null), sha256)).toEqual({ kind: 'completed', report: null });
  });

  test('completed for another hash: the file changed after hashing, an error', () => {
    expect(() => parseAnalysis(analysis('completed', {}, { file_info: { sha256: 'f'.repeat(64) } }), sha256)).toThrow(ProtocolError);
    expect(() => parseAnalysis(analysis('completed', {}, { file_info: { sha256: 'f'.repeat(64) } }), sha256)).toThrow(/changed between hashing and upload/);
  });

  test('not an analysis: an error', () => {
    expect(() => parseAnalysis({ data: { type: 'file' } }, sha256)).toThrow(/not "analysis"/);
    expect(() => parseAnalysis({ data: { type: 'analysis', attributes: {} } }, sha256)).toThrow(/no status/);
  });
});

describe('the multipart body', () => {
  test('streams the file between its head and tail; the declared length is exact, and the platform parses it back', async () => {
    const workspace = await makeWorkspace();
    const file = path.join(workspace, 'app.exe');
    const content = Buffer.from(Array.from({ length: 70_000 }, (_, i) => i % 251));
    await writeFile(file, content);
    const body = await multipartFile({ path: file, name: 'app "1".exe' }, content.length);
    const chunks: Buffer[] = [];
    for await (const chunk of body.stream) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect(bytes.length).toBe(Number(body.headers['content-length']));
    const form = await new Response(bytes, { headers: { 'content-type': body.headers['content-type']! } }).formData();
    const part = form.get('file') as File;
    expect(part.name).toBe('app _1_.exe');
    expect(
      createHash('sha256')
        .update(Buffer.from(await part.arrayBuffer()))
        .digest('hex'),
    ).toBe(sha256Of(content));
  });

  test('an empty file is an empty part', async () => {
    const workspace = await makeWorkspace({ 'empty.txt': '' });
    const body = await multipartFile({ path: path.join(workspace, 'empty.txt'), name: 'empty.txt' }, 0);
    const chunks: Buffer[] = [];
    for await (const chunk of body.stream) chunks.push(chunk as Buffer);
    const form = await new Response(Buffer.concat(chunks), { headers: { 'content-type': body.headers['content-type']! } }).formData();
    expect((form.get('file') as File).size).toBe(0);
  });

  test.each([
    { name: 'plain.zip', sent: 'plain.zip' },
    { name: 'quote".exe', sent: 'quote_.exe' },
    { name: 'back\\slash', sent: 'back_slash' },
    { name: 'line\r\nbreak', sent: 'line__break' },
    { name: 'naïve.bin', sent: 'na_ve.bin' },
    { name: '', sent: 'artifact' },
  ])('the name $name is sent as $sent: it cannot end the header or add one', ({ name, sent }) => {
    expect(multipartName(name)).toBe(sent);
  });
});

describe('the estimate counts uploads and polls', () => {
  const client = { lookup: async () => ({ kind: 'unknown' as const }) };

  test('the requests one upload takes with the defaults: the upload, five polls in ten minutes, a re-read', () => {
    const analyses = new Analyses(new Lookups(client, { concurrency: 1, requestsPerWindow: 4, maxRetries: 0 }), {} as UploadClient, { timeoutMs: 600_000 });
    expect(analyses.requestsPerUpload).toBe(7);
  });

  test('expected requests lengthen the paced estimate until they are made', () => {
    const scheduler = new Lookups(client, { concurrency: 1, requestsPerWindow: 4, maxRetries: 0, windowMs: 60_000 });
    expect(scheduler.estimateRemainingMs()).toBe(0);
    scheduler.expectRequests(9);
    expect(scheduler.estimateRemainingMs()).toBe(120_000); // 9 requests at 4 a window: two more windows
    scheduler.expectRequests(-9);
    expect(scheduler.estimateRemainingMs()).toBe(0);
  });
});

describe('where the key may go with an upload', () => {
  const API = 'https://www.virustotal.com/api/v3';

  test.each([
    { given: 'https://www.virustotal.com/_ah/upload/AMmfu6b/', used: 'https://www.virustotal.com/_ah/upload/AMmfu6b/' },
    // VirusTotal's own documented example is http:// on its host: used over https, never in clear text.
    { given: 'http://www.virustotal.com/_ah/upload/AMmfu6b/', used: 'https://www.virustotal.com/_ah/upload/AMmfu6b/' },
  ])('$given is used as $used', ({ given, used }) => {
    expect(uploadUrlWithKey(given, API)).toBe(used);
  });

  test.each(['https://storage.googleapis.com/upload/x', 'https://www.virustotal.com:8443/_ah/upload/x', 'https://virustotal.com/_ah/upload/x', 'https://www.virustotal.com.evil.example/_ah/upload/x'])(
    '%s is another origin: refused',
    (given) => {
      expect(() => uploadUrlWithKey(given, API)).toThrow(/another origin .*the API key is only sent to https:\/\/www\.virustotal\.com/);
    },
  );

  test('an http api-url (loopback) is not upgraded, and its own origin is used as it is', () => {
    expect(uploadUrlWithKey('http://127.0.0.1:8080/upload/t', 'http://127.0.0.1:8080/api/v3')).toBe('http://127.0.0.1:8080/upload/t');
    expect(() => uploadUrlWithKey('not a url', API)).toThrow(/not a URL/);
  });
});

describe("uploads and polls share the lookups' window", () => {
  test('with 2 requests a window, no window ever holds a third: lookups, uploads and polls together', async () => {
    const sent: { what: string; at: number }[] = [];
    const record = (what: string) => sent.push({ what, at: performance.now() });
    const scheduler = new Lookups({ lookup: async () => (record('lookup'), { kind: 'unknown' as const }) }, { concurrency: 4, requestsPerWindow: 2, maxRetries: 0, windowMs: 60 });
    let polls = 0;
    const uploads = {
      filesUrl: 'http://127.0.0.1/api/v3/files',
      uploadUrl: async () => (record('upload_url'), { kind: 'url' as const, url: 'http://127.0.0.1/upload/x' }),
      upload: async () => (record('upload'), { kind: 'uploaded' as const, analysisId: `id${sent.length}` }),
      analysis: async () => (record('poll'), ++polls % 3 === 0 ? { kind: 'completed' as const, report: null } : { kind: 'waiting' as const, status: 'queued' }),
    } as unknown as UploadClient;
    const analyses = new Analyses(scheduler, uploads, { timeoutMs: 10_000, firstPollMs: 1, maxPollMs: 2 });
    const workspace = await makeWorkspace({ 'a.bin': 'a', 'b.bin': 'b' });

    const outcomes = await Promise.all(
      ['a.bin', 'b.bin'].map(async (name) => {
        await scheduler.lookup(sha256Of(name));
        return analyses.analyse(sha256Of(name), { path: path.join(workspace, name), name });
      }),
    );

    expect(outcomes.map((o) => o.kind)).toEqual(['pending', 'pending']); // completed without a report, and the re-read finds none yet
    expect(new Set(sent.map((s) => s.what))).toEqual(new Set(['lookup', 'upload', 'poll']));
    // The window's rule: request i+2 is sent no sooner than a window after request i.
    for (let i = 2; i < sent.length; i++) expect(sent[i]!.at - sent[i - 2]!.at).toBeGreaterThanOrEqual(59);
  });
});
