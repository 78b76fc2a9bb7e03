import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readJson, repoRoot } from '../src/workspace.js';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { strategy?: { matrix?: { node?: number[] } }; steps: Step[] }>;
}

const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');
const workflow = (name: string) => parse(read(`.github/workflows/${name}`)) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);
const pnpm = readJson<{ packageManager: string }>(join(repoRoot, 'package.json')).packageManager;

describe('GitHub workflows', () => {
  it('CI runs .ci/run on pull requests and main, on Node.js 20, 22 and 24', () => {
    const ci = workflow('ci.yml');
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    const [job] = Object.values(ci.jobs);
    expect(job?.strategy?.matrix?.node).toEqual([20, 22, 24]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, compared as text.
    expect(steps(ci).find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe('${{ matrix.node }}');
    expect(
      steps(ci)
        .map((s) => s.run)
        .filter(Boolean),
    ).toEqual(['bash .ci/run']);
  });

  it('release passes the same gates, then versions or publishes with provenance through changesets', () => {
    const release = workflow('release.yml');
    expect(release.permissions?.['id-token']).toBe('write');
    const all = steps(release);
    const gate = all.findIndex((s) => s.run === 'bash .ci/run');
    const action = all.findIndex((s) => s.uses?.startsWith('changesets/action@'));
    expect(gate).toBeGreaterThanOrEqual(0);
    expect(action).toBeGreaterThan(gate);
    const changesets = all[action];
    expect(changesets?.with?.version).toBe(`npx -y ${pnpm} version-packages`);
    expect(changesets?.with?.publish).toBe(`npx -y ${pnpm} release`);
    expect(changesets?.env?.NPM_CONFIG_PROVENANCE).toBe('true');
  });

  it('use the pnpm that package.json pins, as .ci/run does', () => {
    const pinned = [read('.ci/run'), read('.github/workflows/ci.yml'), read('.github/workflows/release.yml')].flatMap((text) =>
      [...text.matchAll(/pnpm@[\w.-]+/g)].map((m) => m[0]),
    );
    expect(pinned.length).toBeGreaterThan(0);
    expect([...new Set(pinned)]).toEqual([pnpm]);
    expect(read('.ci/run')).toContain(`npx -y ${pnpm} install --frozen-lockfile && npx -y ${pnpm} test`);
  });
});
