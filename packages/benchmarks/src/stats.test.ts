import { deepStrictEqual, strictEqual, throws } from 'node:assert/strict';
import { test } from 'node:test';
import { formatBytes, median, pairedRatios } from './stats.js';

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
