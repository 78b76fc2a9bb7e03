import { loadSpec, vendors } from '@ispkit/mock';
import { SUPPORTED_FORMATS, validate } from '@ispkit/runtime';
import { describe, expect, it } from 'vitest';

// Every `pattern` of every spec and every format the checker knows runs on vendor data: each
// gets 100 KB of the inputs that make overlapping quantifiers backtrack. The old e-mail check
// took over a second on 20,000 characters and grows with the square of the length; a linear
// expression takes milliseconds.
function patternsOf(value: unknown, found: Set<string>): Set<string> {
  const stack = [value];
  while (stack.length) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    for (const [key, item] of Object.entries(node)) {
      if (key === 'pattern' && typeof item === 'string') found.add(item);
      else stack.push(item);
    }
  }
  return found;
}

const patterns = [...vendors.reduce((found, v) => patternsOf(loadSpec(v.name), found), new Set<string>())];
const SIZE = 100_000;
const adversarial = ['.', 'a', '0', 'a.', '0.', ' ', '@', ':', '-', '0:', 'a@', '1,', 'aa-'].flatMap((unit) => {
  const run = unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
  return [`${run}!`, `a@${run}@`, `${run}\n`, `0${run}x`, `a@a${run}`];
});

describe('regular expressions run on vendor data are linear', () => {
  it('finds the patterns of the specs', () => {
    expect(patterns.length).toBeGreaterThan(20);
  });

  it.each([...patterns.map((p) => ['pattern', p]), ...SUPPORTED_FORMATS.map((f) => ['format', f])])('%s %s', (kind, source) => {
    const schema = kind === 'pattern' ? { type: 'string', pattern: source } : { type: 'string', format: source };
    const started = performance.now();
    for (const input of adversarial) validate(schema, input);
    // A generous bound, far above what a linear expression needs and far below what a quadratic one takes.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
