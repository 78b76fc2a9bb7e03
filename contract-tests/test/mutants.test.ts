import { describe, expect, it } from 'vitest';
import { loadVendor } from '../src/context.js';
import { mutants } from '../src/mutants.js';
import { selectedNames } from '../src/selection.js';

const REQUIRED_KILL_RATIO = 0.95;

describe.each(selectedNames)('%s schema strictness', (name) => {
  const vendor = loadVendor(name);

  it(`rejects at least ${REQUIRED_KILL_RATIO * 100}% of single-defect copies of the recordings`, () => {
    let total = 0;
    const survivors: string[] = [];
    for (const recording of vendor.recordings) {
      const validate = vendor.responseValidator(recording);
      for (const mutant of mutants(recording.response.body)) {
        total++;
        if (validate(mutant.document)) survivors.push(`${recording.name} ${mutant.kind} ${mutant.pointer}`);
      }
    }
    const ratio = (total - survivors.length) / total;
    console.log(
      `${name}: mutant kill ratio ${(ratio * 100).toFixed(2)}% (${total - survivors.length}/${total} killed)` +
        (survivors.length ? `\n  survivors:\n    ${survivors.slice(0, 40).join('\n    ')}` : ''),
    );
    expect(total).toBeGreaterThan(0);
    expect(ratio).toBeGreaterThanOrEqual(REQUIRED_KILL_RATIO);
  });
});
