// HashPool when its workers cannot start: the main thread still hashes small files, and a file that
// waited for a worker fails with the reason instead of waiting forever. Worker threads are replaced
// by ones that fail at once (an isolate that cannot start is not something a test can cause for real).
import { EventEmitter } from 'node:events';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { expect, test, vi } from 'vitest';
import { FileReadError, HashPool } from '../../src/core/hashing.ts';
import { makeWorkspace } from '../support/workspace.ts';

vi.mock('node:worker_threads', () => ({
  workerData: undefined,
  parentPort: null,
  Worker: class extends EventEmitter {
    constructor() {
      super();
      setTimeout(() => this.emit('error', new Error('cannot start: out of memory')), 20);
    }
    postMessage(): void {} // kept, as a real worker keeps messages until it has started
    unref(): void {}
    terminate(): Promise<number> {
      return Promise.resolve(1);
    }
  },
}));

test('workers that cannot start: small files are hashed on the main thread, a bigger one fails with the reason', async () => {
  const small = 'a small file';
  const workspace = await makeWorkspace({ small, big: Buffer.alloc(300 * 1024, 2) });
  const pool = new HashPool(2);

  const [smallHash, bigHash] = await Promise.allSettled([pool.hash(path.join(workspace, 'small')), pool.hash(path.join(workspace, 'big'))]);
  pool.close();

  expect(smallHash).toEqual({ status: 'fulfilled', value: expect.objectContaining({ sha256: createHash('sha256').update(small).digest('hex') }) });
  expect(bigHash).toEqual({ status: 'rejected', reason: new FileReadError('the hashing thread failed: cannot start: out of memory') });
});
