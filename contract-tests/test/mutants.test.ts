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

  // The published clients check bodies with the runtime's own small checker, not Ajv: on every
  // recording and every mutant, both must reach the same verdict.
  it("the client's drift detection agrees with the suite's validator on every recording and mutant", () => {
    const disagreements: string[] = [];
    let compared = 0;
    // The client checks success bodies only; an error body reaches the caller inside an HttpError.
    for (const recording of vendor.recordings.filter((r) => r.response.status < 300)) {
      const validate = vendor.responseValidator(recording);
      const documents = [
        { kind: 'recording', pointer: '', document: recording.response.body },
        ...mutants(recording.response.body),
      ];
      for (const { kind, pointer, document } of documents) {
        compared++;
        const ajv = validate(document) as boolean;
        const runtime = vendor.runtimeIssues(recording, document).length === 0;
        if (ajv !== runtime)
          disagreements.push(
            `${recording.name} ${kind} ${pointer}: suite ${ajv ? 'accepts' : 'rejects'}, client ${runtime ? 'accepts' : 'rejects'}`,
          );
      }
    }
    console.log(`${name}: drift detection compared on ${compared} bodies, ${disagreements.length} disagreements`);
    expect(disagreements.slice(0, 20)).toEqual([]);
  });
});
