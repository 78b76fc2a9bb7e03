import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spectralLint } from '../src/spectral.js';
import { type PackageJson, readJson, repoRoot } from '../src/workspace.js';

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
});
