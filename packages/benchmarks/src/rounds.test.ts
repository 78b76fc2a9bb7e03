import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { test } from 'node:test';
import { alternatingRounds, interleavedRounds, roundOrder } from './rounds.js';

test('roundOrder: rotated by one each round, every task once per round', () => {
  const names = ['raw fetch', 'openapi-fetch', 'ispkit'];
  deepStrictEqual(roundOrder(names, 0), ['raw fetch', 'openapi-fetch', 'ispkit']);
  deepStrictEqual(roundOrder(names, 1), ['openapi-fetch', 'ispkit', 'raw fetch']);
  deepStrictEqual(roundOrder(names, 2), ['ispkit', 'raw fetch', 'openapi-fetch']);
  deepStrictEqual(roundOrder(names, 3), roundOrder(names, 0));
});

test('interleavedRounds: every task in every round, in the rotated order, one latency per round each', async () => {
  // Which tasks ran in each round, in the order they first ran.
  const ran: string[][] = [[]];
  const task = (name: string) => () => {
    const round = ran.at(-1)!;
    if (!round.includes(name)) round.push(name);
  };
  const p50 = await interleavedRounds({ a: task('a'), b: task('b') }, { rounds: 3, time: 5, onRound: () => ran.push([]) });
  deepStrictEqual(Object.keys(p50), ['a', 'b']);
  strictEqual(p50.a!.length, 3);
  strictEqual(p50.b!.length, 3);
  for (const latency of [...p50.a!, ...p50.b!]) strictEqual(latency >= 0 && Number.isFinite(latency), true);
  // Both contenders inside each round, the first of a round alternating: interleaved, not one task's rounds after the other's.
  deepStrictEqual(ran, [['a', 'b'], ['b', 'a'], ['a', 'b'], []]);
});

/** A clock that only the tasks move: each call takes its cost times the load of the moment. */
function simulated(load: (at: number) => number) {
  let clock = 0;
  const calls: string[] = [];
  const task = (name: string, cost: number) => () => {
    calls.push(name);
    clock += cost * load(clock);
  };
  return { now: () => clock, calls, task };
}

test('alternatingRounds: every task once per sweep, the order rotated from sweep to sweep', async () => {
  const { now, calls, task } = simulated(() => 1);
  const p50 = await alternatingRounds(
    { a: task('a', 1), b: task('b', 2), c: task('c', 3) },
    { rounds: 2, time: 0, minSweeps: 3, warmup: 1, now },
  );
  deepStrictEqual(calls, [
    'a',
    'b',
    'c',
    ...['a', 'b', 'c'],
    ...['b', 'c', 'a'],
    ...['c', 'a', 'b'],
    ...['a', 'b', 'c'],
    ...['b', 'c', 'a'],
    ...['c', 'a', 'b'],
  ]);
  deepStrictEqual(p50, { a: [1, 1], b: [2, 2], c: [3, 3] });
});

test('alternatingRounds: a round lasts its time per task, past the fewest sweeps', async () => {
  const { now, calls, task } = simulated(() => 1);
  await alternatingRounds({ a: task('a', 1), b: task('b', 1) }, { rounds: 1, time: 10, minSweeps: 1, warmup: 0, now });
  strictEqual(calls.length, 20);
});

test('alternatingRounds: the ratio holds under load that comes and goes, where one task after the other would not', async () => {
  // The machine is ten times slower for 50 ms out of every 100 ms, longer than a sweep, as another process's burst is.
  const load = (at: number) => (Math.floor(at / 50) % 2 ? 10 : 1);
  const alternating = simulated(load);
  const p50 = await alternatingRounds(
    { fast: alternating.task('fast', 0.1), slow: alternating.task('slow', 0.2) },
    { rounds: 5, time: 30, warmup: 0, now: alternating.now },
  );
  for (let round = 0; round < 5; round++) {
    const ratio = p50.slow![round]! / p50.fast![round]!;
    strictEqual(Math.abs(ratio - 2) < 1e-9, true, `round ${round}: ${ratio}`);
  }
  // The same tasks one after the other, each for its share of the time: the burst lands on one of them.
  const sequential = simulated(load);
  const ms = (cost: number) => {
    const calls = Math.round(30 / cost);
    const started = sequential.now();
    for (let i = 0; i < calls; i++) sequential.task('x', cost)();
    return (sequential.now() - started) / calls;
  };
  const fast = ms(0.1);
  const slow = ms(0.2);
  strictEqual(Math.abs(slow / fast - 2) > 0.5, true, `sequential ratio ${slow / fast}`);
});
