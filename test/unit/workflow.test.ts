// src/action/workflow.ts writes what @actions/core 3 writes, byte for byte: the library (still
// installed, as @actions/cache needs it) is the oracle, over hostile text.
import * as actionsCore from '@actions/core';
import fc from 'fast-check';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import * as workflow from '../../src/action/workflow.ts';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

function stdoutOf(run: () => void): string {
  let written = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written += chunk.toString();
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return written;
}

/** Text that tries to end a command or start another: line breaks, `::`, `%`, commas, anything. */
const hostile = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom('\n', '\r', ':', ',', '%', '=', '::', '%0A', 'a', ' ', '\u2028') }));
const properties = fc.record({ title: hostile, file: hostile, startLine: fc.nat() }, { requiredKeys: [] });

describe('workflow commands are those of @actions/core', () => {
  test.each(['error', 'warning', 'notice'] as const)('%s with any message and properties', (level) => {
    fc.assert(
      fc.property(hostile, properties, (message, props) => {
        expect(stdoutOf(() => workflow[level](message, props))).toBe(stdoutOf(() => actionsCore[level](message, props)));
      }),
      { numRuns: 200 },
    );
  });

  test('debug, info, setSecret, groups and set-output without GITHUB_OUTPUT', () => {
    vi.stubEnv('GITHUB_OUTPUT', '');
    fc.assert(
      fc.property(hostile, (text) => {
        for (const [ours, theirs] of [
          [workflow.debug, actionsCore.debug],
          [workflow.info, actionsCore.info],
          [workflow.setSecret, actionsCore.setSecret],
          [workflow.startGroup, actionsCore.startGroup],
          [(value: string) => workflow.setOutput('report-path', value), (value: string) => actionsCore.setOutput('report-path', value)],
        ] as const) {
          expect(stdoutOf(() => ours(text))).toBe(stdoutOf(() => theirs(text)));
        }
        expect(stdoutOf(() => workflow.endGroup())).toBe(stdoutOf(() => actionsCore.endGroup()));
      }),
      { numRuns: 100 },
    );
  });

  test('setFailed writes the error and sets exit code 1', () => {
    const before = process.exitCode;
    onTestFinished(() => {
      process.exitCode = before;
    });
    process.exitCode = 0;
    const ours = stdoutOf(() => workflow.setFailed('gate failed: 1 malicious\nsee the summary'));
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
    expect(ours).toBe(stdoutOf(() => actionsCore.setFailed('gate failed: 1 malicious\nsee the summary')));
    expect(process.exitCode).toBe(1);
  });

  test('getInput: INPUT_<NAME>, spaces as _, trimmed unless asked not to, empty when unset', () => {
    vi.stubEnv('INPUT_API-KEY', '  key \n');
    vi.stubEnv('INPUT_WITH_SPACE', ' x ');
    for (const [name, options] of [
      ['api-key', undefined],
      ['api-key', { trimWhitespace: false }],
      ['with space', undefined],
      ['not-given', undefined],
    ] as const) {
      expect(workflow.getInput(name, options)).toBe(actionsCore.getInput(name, options));
    }
    expect(workflow.getInput('api-key', { trimWhitespace: false })).toBe('  key \n');
  });
});

describe('files', () => {
  async function runnerFiles(): Promise<{ output: string; summary: string }> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'arg-workflow-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const files = { output: path.join(dir, 'output'), summary: path.join(dir, 'summary.md') };
    for (const file of Object.values(files)) await writeFile(file, '');
    return files;
  }

  test('setOutput appends a heredoc with a fresh delimiter, as @actions/core does', async () => {
    const files = await runnerFiles();
    vi.stubEnv('GITHUB_OUTPUT', files.output);
    const value = 'line one\nghadelimiter_x\n%0A::';
    workflow.setOutput('result', value);
    actionsCore.setOutput('result', value);
    workflow.setOutput('scanned', 3);

    const text = await readFile(files.output, 'utf8');
    const blocks = [...text.matchAll(/^(\S+)<<(ghadelimiter_[0-9a-f-]{36})\n([\s\S]*?)\n\2\n/gm)].map(([, name, delimiter, body]) => ({ name, delimiter, body }));
    expect(blocks.map(({ name, body }) => [name, body])).toEqual([
      ['result', value],
      ['result', value],
      ['scanned', '3'],
    ]);
    expect(new Set(blocks.map((b) => b.delimiter)).size).toBe(3);
    expect(blocks.map((b) => `${b.name}<<${b.delimiter}\n${b.body}\n${b.delimiter}\n`).join('')).toBe(text);
  });

  test('setOutput into a GITHUB_OUTPUT file that is missing throws, naming it', async () => {
    const files = await runnerFiles();
    vi.stubEnv('GITHUB_OUTPUT', `${files.output}-gone`);
    expect(() => workflow.setOutput('result', 'pass')).toThrow(`Missing file at path: ${files.output}-gone`);
  });

  test('appendSummary appends; without GITHUB_STEP_SUMMARY, or with a file it cannot write, it rejects saying so', async () => {
    const files = await runnerFiles();
    vi.stubEnv('GITHUB_STEP_SUMMARY', files.summary);
    await workflow.appendSummary('## one\n');
    await actionsCore.summary.addRaw('## two\n').write();
    await workflow.appendSummary('## three\n');
    expect(await readFile(files.summary, 'utf8')).toBe('## one\n## two\n## three\n');

    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    await expect(workflow.appendSummary('x')).rejects.toThrow('Unable to find environment variable for $GITHUB_STEP_SUMMARY');
    vi.stubEnv('GITHUB_STEP_SUMMARY', path.join(files.summary, 'not-a-dir'));
    await expect(workflow.appendSummary('x')).rejects.toThrow(`Unable to access summary file: '${path.join(files.summary, 'not-a-dir')}'`);
  });
});
