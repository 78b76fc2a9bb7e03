import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { test } from 'node:test';
import { interleavedRounds, roundOrder } from './rounds.js';

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
