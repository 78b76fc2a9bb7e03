import { strictEqual, throws } from 'node:assert/strict';
import { test } from 'node:test';
import { renderTable } from './table.js';

test('renderTable: a markdown table with padded, aligned columns', () => {
  const table = renderTable({ header: ['operation', 'time'], rows: [['getPlans', '0.274 ms']] });
  strictEqual(table, ['| operation | time     |', '|-----------|----------|', '| getPlans  | 0.274 ms |'].join('\n'));
});

test('renderTable: refuses a row of the wrong width', () => {
  throws(() => renderTable({ header: ['a', 'b'], rows: [['only one']] }), /a row has 1 cells for 2 columns/);
});
