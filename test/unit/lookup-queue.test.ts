import { describe, expect, test } from 'vitest';
import { LookupQueue } from '../../src/core/lookup-queue.ts';

/** A serve function whose calls wait until released, recording what ran at once. */
function gatedServe() {
  const calls: string[] = [];
  const release = new Map<string, () => void>();
  let running = 0;
  let most = 0;
  const serve = async (key: string) => {
    calls.push(key);
    most = Math.max(most, ++running);
    await new Promise<void>((resolve) => release.set(key, resolve));
    running--;
    return `answer for ${key}`;
  };
  return { serve, calls, release, most: () => most };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('LookupQueue', () => {
  test('clear() forgets every key and answer once they are read, so a queue held after its scan holds none of them', async () => {
    const queue = new LookupQueue(async (key: string) => `answer for ${key}`, 2);
    for (const key of ['a', 'b', 'c']) queue.add(key);
    expect([...(await queue.settled()).keys()]).toEqual(['a', 'b', 'c']);

    queue.clear();

    expect(queue.size).toBe(0);
    expect(queue.queued).toBe(0);
    expect((await queue.settled()).size).toBe(0);
  });

  test('serves each key once, in order, never more at once than it has workers', async () => {
    const gated = gatedServe();
    const queue = new LookupQueue(gated.serve, 2);
    for (const key of ['a', 'b', 'a', 'c', 'd', 'b']) queue.add(key);
    await turn();
    expect(gated.calls).toEqual(['a', 'b']);
    expect(queue.queued).toBe(2);
    expect(queue.size).toBe(4);
    const settled = queue.settled();
    for (const key of ['b', 'a', 'c', 'd']) {
      await turn();
      gated.release.get(key)!();
    }
    const answers = await settled;
    expect(gated.calls).toEqual(['a', 'b', 'c', 'd']);
    expect(gated.most()).toBe(2);
    expect([...answers]).toEqual([
      ['a', 'answer for a'],
      ['b', 'answer for b'],
      ['c', 'answer for c'],
      ['d', 'answer for d'],
    ]);
  });

  test('a key added after the queue ran dry is served too', async () => {
    const queue = new LookupQueue(async (key) => key.toUpperCase(), 1);
    queue.add('x');
    await queue.settled();
    queue.add('y');
    expect([...(await queue.settled())]).toEqual([
      ['x', 'X'],
      ['y', 'Y'],
    ]);
  });

  test('with Infinity workers every key is served as soon as it is added', async () => {
    const gated = gatedServe();
    const queue = new LookupQueue(gated.serve, Infinity);
    for (const key of ['a', 'b', 'c']) queue.add(key);
    await turn();
    expect(gated.calls).toEqual(['a', 'b', 'c']);
    for (const key of ['a', 'b', 'c']) gated.release.get(key)!();
    expect((await queue.settled()).size).toBe(3);
  });

  test('answerWaiting answers the waiting keys it knows, which are then never served', async () => {
    const gated = gatedServe();
    const queue = new LookupQueue(gated.serve, 1);
    for (const key of ['a', 'cached-1', 'b', 'cached-2']) queue.add(key);
    queue.answerWaiting((key) => (key.startsWith('cached') ? `from cache: ${key}` : null));
    expect(queue.queued).toBe(1);
    await turn();
    gated.release.get('a')!();
    await turn();
    gated.release.get('b')!();
    const answers = await queue.settled();
    expect(gated.calls).toEqual(['a', 'b']);
    expect(answers.get('cached-2')).toBe('from cache: cached-2');
    expect(answers.get('b')).toBe('answer for b');
  });

  test('what serve throws is thrown by settled(), also when it failed long before', async () => {
    const queue = new LookupQueue(async (key) => {
      if (key === 'bad') throw new Error('serve failed for bad');
      return key;
    }, 2);
    queue.add('bad');
    queue.add('good');
    await turn();
    await expect(queue.settled()).rejects.toThrow('serve failed for bad');
  });
});
