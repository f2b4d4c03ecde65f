import { describe, expect, test } from 'vitest';
import { mapConcurrent, Semaphore } from '../../src/core/concurrency.ts';

interface Gate {
  promise: Promise<void>;
  open: () => void;
}

function gate(): Gate {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

/** Lets `count` rounds of already-queued promise callbacks run. */
async function ticks(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await Promise.resolve();
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Counts the calls in flight and remembers the most seen at once. */
function inFlightCounter() {
  const counter = {
    now: 0,
    max: 0,
    async around<T>(work: () => Promise<T>): Promise<T> {
      counter.now++;
      counter.max = Math.max(counter.max, counter.now);
      try {
        return await work();
      } finally {
        counter.now--;
      }
    },
  };
  return counter;
}

describe('mapConcurrent', () => {
  test('results keep the input order, whatever order the calls finish in', async () => {
    const delays = [25, 1, 15, 0, 8, 3, 20, 0];
    const seenIndexes: number[] = [];
    const results = await mapConcurrent(delays, 3, async (delay, index) => {
      seenIndexes.push(index);
      await sleep(delay);
      return `item ${index} waited ${delay}`;
    });
    expect(results).toEqual(delays.map((delay, index) => `item ${index} waited ${delay}`));
    expect([...seenIndexes].sort((a, b) => a - b)).toEqual(delays.map((_, index) => index));
  });

  test.each([1, 2, 3, 7, 16])('limit %d: never more calls in flight, and the limit is used', async (limit) => {
    const counter = inFlightCounter();
    const items = Array.from({ length: 40 }, (_, i) => i);
    const results = await mapConcurrent(items, limit, (item) =>
      counter.around(async () => {
        await sleep(item % 3);
        return item * 2;
      }),
    );
    expect(results).toEqual(items.map((item) => item * 2));
    expect(counter.max).toBe(limit);
    expect(counter.now).toBe(0);
  });

  test('a limit above the item count runs them all at once', async () => {
    const counter = inFlightCounter();
    const open = gate();
    const pending = mapConcurrent([1, 2, 3], 10, (item) => counter.around(() => open.promise.then(() => item)));
    await ticks(3);
    expect(counter.now).toBe(3);
    open.open();
    expect(await pending).toEqual([1, 2, 3]);
  });

  test('each item is processed exactly once', async () => {
    const calls = new Map<number, number>();
    await mapConcurrent(
      Array.from({ length: 100 }, (_, i) => i),
      7,
      async (item) => {
        calls.set(item, (calls.get(item) ?? 0) + 1);
        await ticks(item % 4);
      },
    );
    expect(calls.size).toBe(100);
    expect([...calls.values()].every((n) => n === 1)).toBe(true);
  });

  test('no items: no calls', async () => {
    let calls = 0;
    expect(await mapConcurrent([], 4, async () => ++calls)).toEqual([]);
    expect(calls).toBe(0);
  });

  test('a failing call rejects the whole map with its error', async () => {
    await expect(
      mapConcurrent([1, 2, 3, 4], 2, async (item) => {
        await ticks(item);
        if (item === 3) throw new Error('item 3 failed');
        return item;
      }),
    ).rejects.toThrow('item 3 failed');
  });
});

describe('Semaphore', () => {
  test.each([1, 2, 5])('limit %d: never more tasks at once, and the limit is used', async (limit) => {
    const semaphore = new Semaphore(limit);
    const counter = inFlightCounter();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        semaphore.run(() =>
          counter.around(async () => {
            await sleep(i % 4);
            return i;
          }),
        ),
      ),
    );
    expect(results).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(counter.max).toBe(limit);
  });

  test('waiting tasks start in arrival order', async () => {
    const semaphore = new Semaphore(1);
    const started: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        semaphore.run(async () => {
          started.push(i);
          await ticks(6 - i);
        }),
      ),
    );
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
  });

  // A slot freed while others wait is handed to the first waiter, who resumes only some microtasks
  // later. A caller arriving in between must queue, not take a slot of its own.
  test.each([0, 1, 2, 3, 4, 6, 10])('new callers %d microtasks after a release never exceed the limit', async (delay) => {
    const limit = 2;
    const semaphore = new Semaphore(limit);
    const counter = inFlightCounter();
    const gates: Gate[] = [];
    const started: number[] = [];
    const launch = (id: number) => {
      gates[id] = gate();
      return semaphore.run(() =>
        counter.around(async () => {
          started.push(id);
          await gates[id]!.promise;
          return id;
        }),
      );
    };

    const runs = [0, 1, 2, 3].map(launch);
    await ticks(5);
    expect(started).toEqual([0, 1]);
    let next = 4;
    for (let released = 0; released < 10; released++) {
      gates[released]!.open();
      await ticks(delay);
      runs.push(launch(next++));
      expect(counter.now).toBeLessThanOrEqual(limit);
    }
    for (let id = 10; id < next; id++) {
      await ticks(3);
      gates[id]!.open();
    }

    expect(await Promise.all(runs)).toEqual(Array.from({ length: next }, (_, i) => i));
    expect(counter.max).toBe(limit);
    expect(started).toEqual(Array.from({ length: next }, (_, i) => i));
  });

  test('a task that throws gives its slot back', async () => {
    const semaphore = new Semaphore(1);
    await expect(semaphore.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    const waiting = semaphore.run(async () => {
      throw new Error('again');
    });
    const after = semaphore.run(async () => 'ran');
    await expect(waiting).rejects.toThrow('again');
    expect(await after).toBe('ran');
    // And the slot is free again: a lone task starts at once.
    let started = false;
    const last = semaphore.run(async () => {
      started = true;
    });
    await ticks(2);
    expect(started).toBe(true);
    await last;
  });
});

test('mapConcurrent starts nothing new after a failure, lets the calls in flight end, then throws the failure', async () => {
  const started: number[] = [];
  const finished: number[] = [];
  const run = mapConcurrent([0, 1, 2, 3, 4, 5], 2, async (item) => {
    started.push(item);
    await new Promise((resolve) => setTimeout(resolve, item === 0 ? 1 : 20));
    if (item === 0) throw new Error('boom');
    finished.push(item);
    return item;
  });
  await expect(run).rejects.toThrow('boom');
  expect(started).toEqual([0, 1]);
  expect(finished).toEqual([1]);
});
