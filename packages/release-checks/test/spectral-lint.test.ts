import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type SpectralResult, spectralLint } from '../src/spectral.js';
import { type PackageJson, readJson, repoRoot } from '../src/workspace.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'lint', 'specs');
const ruleset = join(repoRoot, 'specs', '.spectral.yaml');
const good = join(fixtures, 'good', 'openapi.yaml');

// The good fixture is linted once and shared, a Spectral start costing more than the linting; the bad
// fixture has a process of its own, so that its exit code is its alone.
let passing: Promise<SpectralResult> | undefined;
const lintPassing = () => {
  passing ??= spectralLint([good], ruleset);
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

  // The vendor specs themselves go through this gate in `@ispkit/specs`' lint (one Spectral process for all of
  // them, handwritten and published), which `pnpm test` runs: the gate must name every spec, this ruleset and warn.
  it('is what the specs package lints every vendor spec with, handwritten and published', () => {
    const lint = readJson<PackageJson>(join(repoRoot, 'specs', 'package.json')).scripts?.lint ?? '';
    const spectral =
      lint
        .split('&&')
        .find((command) => command.trim().startsWith('spectral lint'))
        ?.trim() ?? '';
    expect(spectral.split(/\s+/)).toEqual([
      'spectral',
      'lint',
      '--ruleset',
      '.spectral.yaml',
      '--fail-severity=warn',
      '*/openapi.yaml',
      '*/dist/openapi.yaml',
    ]);
    const vendors = readdirSync(join(repoRoot, 'specs'), { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && existsSync(join(repoRoot, 'specs', entry.name, 'openapi.yaml')),
    );
    expect(vendors.map((entry) => entry.name).sort()).toEqual(['pmp', 'smartisp', 'suricata-wispro', 'zalultra']);
  });

  it('refuses a spec that does not exist, which Spectral would skip in silence', async () => {
    await expect(spectralLint([good, join(fixtures, 'nosuch', 'openapi.yaml')], ruleset)).rejects.toThrow(
      /^no such spec: .*nosuch/,
    );
  });
});
