import { deepStrictEqual, rejects, strictEqual } from 'node:assert/strict';
import { test } from 'node:test';
import { measureSteady, type Rounds } from './steady.js';

/** A measure that hands out the given attempts in turn, per row, and counts the calls. */
function scripted(attempts: Record<string, Rounds[]>) {
  const calls: string[] = [];
  const measure = async (row: string) => {
    calls.push(row);
    const next = attempts[row]!.shift();
    if (!next) throw new Error(`${row}: measured more often than scripted`);
    return next;
  };
  return { calls, measure };
}
const everySeries = (rounds: Rounds) => Object.values(rounds);

test('measureSteady: a steady row is measured once', async () => {
  const { calls, measure } = scripted({ quiet: [{ x: [100, 105, 110] }] });
  const rows = await measureSteady(['quiet'], measure, everySeries, { limit: 0.15, maxReruns: 2 });
  deepStrictEqual(calls, ['quiet']);
  deepStrictEqual(rows.quiet, { rounds: { x: [100, 105, 110] }, spread: 10 / 105, attempts: 1, noisy: false });
});

test('measureSteady: a row over the limit is measured again until steady, and the steady attempt is kept', async () => {
  const reruns: [string, number][] = [];
  const { calls, measure } = scripted({ burst: [{ x: [100, 200, 110] }, { x: [100, 101, 102] }] });
  const rows = await measureSteady(['burst'], measure, everySeries, {
    limit: 0.15,
    maxReruns: 2,
    onRerun: (row, attempt) => reruns.push([row, attempt]),
  });
  deepStrictEqual(calls, ['burst', 'burst']);
  deepStrictEqual(reruns, [['burst', 2]]);
  deepStrictEqual(rows.burst!.rounds, { x: [100, 101, 102] });
  strictEqual(rows.burst!.attempts, 2);
  strictEqual(rows.burst!.noisy, false);
});

test('measureSteady: reruns are bounded; a row that stays noisy says so and keeps its steadiest attempt', async () => {
  const { calls, measure } = scripted({
    loud: [{ x: [100, 300, 100] }, { x: [100, 130, 100] }, { x: [100, 200, 100] }, { x: [100, 100, 100] }],
  });
  const rows = await measureSteady(['loud'], measure, everySeries, { limit: 0.15, maxReruns: 2 });
  deepStrictEqual(calls, ['loud', 'loud', 'loud']);
  deepStrictEqual(rows.loud!.rounds, { x: [100, 130, 100] });
  strictEqual(rows.loud!.spread, 0.3);
  strictEqual(rows.loud!.attempts, 3);
  strictEqual(rows.loud!.noisy, true);
});

test('measureSteady: the row spread is its noisiest series, only the series it reports, and rows are independent', async () => {
  const { calls, measure } = scripted({
    a: [
      { steady: [10, 10, 10], loud: [1, 5, 9] },
      { steady: [10, 10, 10], loud: [5, 5, 5] },
    ],
    b: [{ steady: [10, 10, 10], ignored: [1, 50, 900] }],
  });
  const reported = (rounds: Rounds) =>
    Object.entries(rounds)
      .filter(([name]) => name !== 'ignored')
      .map(([, v]) => v);
  const rows = await measureSteady(['a', 'b'], measure, reported, { limit: 0.15, maxReruns: 1 });
  deepStrictEqual(calls, ['a', 'a', 'b']);
  strictEqual(rows.a!.attempts, 2);
  strictEqual(rows.b!.attempts, 1);
  strictEqual(rows.b!.noisy, false);
});

test('measureSteady: maxReruns 0 measures once, and nonsense limits are refused', async () => {
  const { calls, measure } = scripted({ loud: [{ x: [1, 9] }] });
  const rows = await measureSteady(['loud'], measure, everySeries, { limit: 0.15, maxReruns: 0 });
  deepStrictEqual(calls, ['loud']);
  strictEqual(rows.loud!.noisy, true);
  await rejects(measureSteady(['x'], measure, everySeries, { limit: 0, maxReruns: 1 }), /limit must be positive/);
  await rejects(measureSteady(['x'], measure, everySeries, { limit: 0.1, maxReruns: -1 }), /maxReruns/);
});
