import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spectralLint } from '../src/spectral.js';
import { repoRoot } from '../src/workspace.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'lint', 'specs');
const ruleset = join(repoRoot, 'specs', '.spectral.yaml');

// Spectral (`spectral:oas`) is the gate's second, independent opinion on the specs: it must be able to fail.
describe('the Spectral gate (specs/.spectral.yaml, failing on warnings)', () => {
  it('passes a spec that meets spectral:oas', async () => {
    expect(await spectralLint(join(fixtures, 'good', 'openapi.yaml'), ruleset)).toEqual({ exitCode: 0, problems: [] });
  });

  it('fails on an error and on a warning alike', async () => {
    const result = await spectralLint(join(fixtures, 'spectral-bad', 'openapi.yaml'), ruleset);
    expect(result.exitCode).not.toBe(0);
    expect(result.problems.sort()).toEqual(
      [
        'error array-items paths./routers.get.responses.200.content.application/json.schema',
        'warn operation-description paths./routers.get',
      ].sort(),
    );
  });

  // Four Spectral processes: a minute or more on a loaded 2-core machine.
  it('passes every vendor spec', { timeout: 300_000 }, async () => {
    const vendors = ['smartisp', 'zalultra', 'suricata-wispro', 'pmp'];
    const results = await Promise.all(
      vendors.map((vendor) => spectralLint(join(repoRoot, 'specs', vendor, 'openapi.yaml'), ruleset)),
    );
    for (const [i, result] of results.entries()) expect(result, vendors[i]).toEqual({ exitCode: 0, problems: [] });
  });
});
