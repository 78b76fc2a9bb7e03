import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type SpectralResult, spectralLint } from '../src/spectral.js';
import { repoRoot } from '../src/workspace.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'lint', 'specs');
const ruleset = join(repoRoot, 'specs', '.spectral.yaml');
const good = join(fixtures, 'good', 'openapi.yaml');
const vendors = ['smartisp', 'zalultra', 'suricata-wispro', 'pmp'];
const vendorSpecs = vendors.map((vendor) => join(repoRoot, 'specs', vendor, 'openapi.yaml'));

// The specs that must pass are linted by one Spectral process, whose start costs more than the linting;
// the bad fixture has a process of its own, so that its exit code is its alone.
let passing: Promise<SpectralResult> | undefined;
const lintPassing = () => {
  passing ??= spectralLint([good, ...vendorSpecs], ruleset);
  return passing;
};

// Spectral (`spectral:oas`) is the gate's second, independent opinion on the specs: it must be able to fail.
describe('the Spectral gate (specs/.spectral.yaml, failing on warnings)', () => {
  it('passes a spec that meets spectral:oas', async () => {
    const result = await lintPassing();
    expect(result.bySpec[good]).toEqual([]);
    expect(result.exitCode).toBe(0);
  });

  // Linted beside the good fixture, which passes alone (above): the exit code is the bad one's, and each
  // problem is found under its own spec.
  it('fails on an error and on a warning alike', async () => {
    const bad = join(fixtures, 'spectral-bad', 'openapi.yaml');
    const result = await spectralLint([bad, good], ruleset);
    expect(result.exitCode).not.toBe(0);
    expect(result.bySpec[bad]?.sort()).toEqual(
      [
        'error array-items paths./routers.get.responses.200.content.application/json.schema',
        'warn operation-description paths./routers.get',
      ].sort(),
    );
    expect(result.bySpec[good]).toEqual([]);
    expect(result.problems).toHaveLength(2);
  });

  it('refuses a spec that does not exist, which Spectral would skip in silence', async () => {
    await expect(spectralLint([good, join(fixtures, 'nosuch', 'openapi.yaml')], ruleset)).rejects.toThrow(
      /^no such spec: .*nosuch/,
    );
  });

  // One Spectral process for the fixture above and the four vendor specs: a minute on a loaded 2-core machine.
  it('passes every vendor spec', { timeout: 300_000 }, async () => {
    const result = await lintPassing();
    for (const [i, spec] of vendorSpecs.entries()) expect(result.bySpec[spec], vendors[i]).toEqual([]);
    expect(result).toMatchObject({ exitCode: 0, problems: [] });
  });
});
