// What the action loads to start: a run that matches no file or looks nothing up must not pay for
// an HTTP stack (issue 16: evaluating undici, through @actions/http-client, was a third of the
// start-up). How long start-up takes is measured in `npm run bench`, not asserted here.
import { expect, onTestFinished, test } from 'vitest';
import { loadedModules } from '../support/loaded-modules.ts';
import { fileReport, sha256Of } from '../support/reports.ts';
import { runAction } from '../support/runner.ts';
import { VtServer } from '../support/vt-server.ts';
import { makeWorkspace } from '../support/workspace.ts';

const KEY = 'startup-e2e-key-7d31c9';
// Not `net`: standard output on a pipe, as on a runner, is a net.Socket.
const HTTP_STACK = ['http', 'https', 'http2', 'tls', 'child_process'];

test('with no file matched, nothing of HTTP, TLS or child processes is loaded', async () => {
  const modules = await loadedModules();
  const run = await runAction({
    workspace: await makeWorkspace({}),
    inputs: { files: 'no-such-dir/**', 'if-no-files-found': 'ignore', 'api-key': KEY, 'api-url': 'https://vt.startup-test.invalid/api/v3' },
    env: modules.env,
  });

  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({ result: 'pass', scanned: '0' });
  const loaded = await modules.lines();
  expect(loaded).toContain('fs'); // the log was written
  expect(loaded.filter((name) => HTTP_STACK.includes(name))).toEqual([]);
});

test('with no file matched on a runner with a cache service, the cache is not restored: its library is not loaded', async () => {
  const modules = await loadedModules();
  const run = await runAction({
    workspace: await makeWorkspace({}),
    inputs: { files: 'no-such-dir/**', 'if-no-files-found': 'ignore', 'api-key': KEY, 'api-url': 'https://vt.startup-test.invalid/api/v3', cache: 'true' },
    // Nothing listens there: a restore would fail, and say so.
    env: { ...modules.env, ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/', ACTIONS_RUNTIME_TOKEN: 'token', RUNNER_DEBUG: '1' },
  });

  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({ result: 'pass', scanned: '0' });
  expect(run.stdout).toContain('Nothing new to cache.');
  expect(run.annotations).toEqual([]);
  expect((await modules.lines()).filter((name) => HTTP_STACK.includes(name))).toEqual([]);
});

test('a lookup over http:// loads nothing of node:http or TLS: the gate speaks HTTP/1.1 on a plain socket', async () => {
  const files = { 'dist/readme.txt': 'clean text' };
  const server = await VtServer.start({ apiKeys: [KEY], reports: [[sha256Of(files['dist/readme.txt']), fileReport({ sha256: sha256Of(files['dist/readme.txt']) })]] });
  onTestFinished(() => server.close());
  const modules = await loadedModules();

  const run = await runAction({ workspace: await makeWorkspace(files), inputs: { files: 'dist/**', 'api-key': KEY, 'api-url': server.url }, env: modules.env });

  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({ result: 'pass', scanned: '1' });
  const loaded = await modules.lines();
  expect(server.requests).toHaveLength(1);
  expect(loaded.filter((name) => ['http', 'https', 'http2', 'tls'].includes(name))).toEqual([]);
});
