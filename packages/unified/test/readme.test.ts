import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageMatrix, MATRIX_END, MATRIX_START, withMatrix } from '../src/matrix.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('the README', () => {
  it('publishes the coverage matrix the mappings generate', () => {
    const published = readme.slice(readme.indexOf(MATRIX_START) + MATRIX_START.length, readme.indexOf(MATRIX_END)).trim();
    expect(published).toBe(coverageMatrix());
    expect(withMatrix(readme)).toBe(readme);
  });

  it('would be caught with a matrix that says more than the code', () => {
    const lying = readme.replace(
      '| `registerPayment` | `payInvoice` | — |',
      '| `registerPayment` | `payInvoice` | `changeTicketStatus` |',
    );
    expect(lying).not.toBe(readme);
    expect(withMatrix(lying)).not.toBe(lying);
  });

  it('shows the example that test/readme-example.ts typechecks', () => {
    const example = readFileSync(new URL('./readme-example.ts', import.meta.url), 'utf8').trim();
    const block = /## Example\n\n```ts\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(block).toBe(example);
    expect(example.split('\n').length).toBeLessThanOrEqual(12);
  });
});
