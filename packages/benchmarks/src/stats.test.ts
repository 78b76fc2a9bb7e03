import { deepStrictEqual, strictEqual, throws } from 'node:assert/strict';
import { test } from 'node:test';
import { formatBytes, formatMs, formatPercent, formatSummary, median, pairedRatios, spread, summarize } from './stats.js';

test('median: the middle value, or the mean of the middle two', () => {
  strictEqual(median([5, 1, 3]), 3);
  strictEqual(median([4, 1, 3, 2]), 2.5);
  strictEqual(median([7]), 7);
  throws(() => median([]), /no values/);
});

test('pairedRatios: one ratio per round, and refuses unpaired lists', () => {
  deepStrictEqual(pairedRatios([2, 3, 8], [1, 3, 4]), [2, 1, 2]);
  throws(() => pairedRatios([1, 2], [1]), /cannot pair 2 values with 1/);
});

test('formatBytes: bytes below a kilobyte, kilobytes of 1024 above', () => {
  strictEqual(formatBytes(567), '567 B');
  strictEqual(formatBytes(3072), '3.0 KB');
  strictEqual(formatBytes(12_171), '11.9 KB');
});

test('summarize: min, median and max across rounds, whatever their order', () => {
  deepStrictEqual(summarize([3, 1, 2, 10]), { min: 1, median: 2.5, max: 10 });
  deepStrictEqual(summarize([4]), { min: 4, median: 4, max: 4 });
  throws(() => summarize([]), /no values/);
});

test('spread: (max - min) / median, so 15% means the rounds disagree by 15% of the typical value', () => {
  strictEqual(spread([100, 100, 100]), 0);
  strictEqual(spread([90, 100, 105]), 0.15);
  strictEqual(spread([1, 2, 1, 2, 9]), 4);
  strictEqual(spread([0, 0]), 0);
  strictEqual(spread([0, 0, 1]), Number.POSITIVE_INFINITY);
});

test('formatSummary and formatPercent: the median first, the range after', () => {
  strictEqual(formatSummary({ min: 0.25, median: 0.3, max: 0.4 }, formatMs), '0.300 ms (0.250 ms–0.400 ms)');
  strictEqual(formatPercent(0.154), '15%');
});
