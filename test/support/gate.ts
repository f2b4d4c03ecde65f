// One test server per test and a `gate()` that runs the bundled action against it with a workspace.
import { afterEach, beforeEach } from 'vitest';
import { runAction, type ActionRun, type RunOptions } from './runner.ts';
import { VtServer } from './vt-server.ts';

export interface GateFixture {
  /** The server of the running test. */
  readonly server: VtServer;
  /** Runs the action on `dist/**` of the workspace with the key, the server's URL and no pacing. */
  gate(workspace: string, inputs?: Record<string, string>, extra?: Partial<RunOptions>): Promise<ActionRun>;
}

/** Starts a server accepting `apiKey` before each test of the calling file and closes it after. */
export function serveEachTest(apiKey: string): GateFixture {
  let current: VtServer | undefined;
  beforeEach(async () => {
    current = await VtServer.start({ apiKeys: [apiKey] });
  });
  afterEach(async () => {
    await current?.close();
  });
  return {
    get server() {
      if (!current) throw new Error('the test server runs only inside a test');
      return current;
    },
    gate: (workspace, inputs = {}, extra = {}) => runAction({ workspace, inputs: { files: 'dist/**', 'api-key': apiKey, 'api-url': current!.url, 'requests-per-minute': '0', ...inputs }, ...extra }),
  };
}
