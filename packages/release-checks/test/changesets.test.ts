import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import getReleasePlan from '@changesets/get-release-plan';
import { afterEach, describe, expect, it } from 'vitest';
import { publicPackages, readJson, repoRoot } from '../src/workspace.js';
import { changeset, tempRepo } from './temp-repo.js';

interface ChangesetConfig {
  changelog: unknown;
  access: string;
  ignore: string[];
  updateInternalDependencies: string;
  privatePackages?: { version: boolean; tag: boolean };
}

const config = readJson<ChangesetConfig>(join(repoRoot, '.changeset', 'config.json'));
const publicNames = publicPackages().map((p) => p.name);

describe('changesets', () => {
  it('release every public package publicly, with a changelog, and never a private one', () => {
    expect(config.changelog).not.toBe(false);
    expect(config.access).toBe('public');
    expect(config.ignore.filter((name) => publicNames.includes(name))).toEqual([]);
    expect(config.privatePackages).toEqual({ version: false, tag: false });
  });

  it('name only public packages in the pending changesets', async () => {
    const plan = await getReleasePlan(repoRoot);
    const wrong = plan.changesets.flatMap((c) =>
      c.releases
        .filter((r) => !publicNames.includes(r.name))
        .map((r) => `.changeset/${c.id}.md names ${r.name}, which is never published`),
    );
    expect(wrong).toEqual([]);
  });

  // After the version bump each client's metadata is regenerated, since it names the client's version in its
  // User-Agent: the "Version packages" commit then passes the generated-code check. Only the generation runs
  // (and the builds it needs): `pnpm release` builds from the regenerated sources, once.
  it('are wired to the root scripts, recording the released specs and regenerating when versions are applied', () => {
    const scripts = readJson<{ scripts: Record<string, string> }>(join(repoRoot, 'package.json')).scripts;
    expect(scripts.changeset).toBe('changeset');
    expect(scripts['version-packages']).toBe(
      'changeset version && node scripts/record-released-specs.mjs && turbo run generate --output-logs=errors-only',
    );
    // The release builds what it publishes: every package but the private ones it names (the reference site).
    const release = /^turbo run build((?: --filter=!@ispkit\/[a-z-]+)*) && changeset publish$/.exec(scripts.release ?? '');
    expect(release, scripts.release).not.toBeNull();
    const skipped = [...(release?.[1] ?? '').matchAll(/!(@ispkit\/[a-z-]+)/g)].map((m) => m[1]);
    expect(skipped.filter((name) => publicNames.includes(name as string))).toEqual([]);
  });
});

describe('a release plan', () => {
  let remove = () => {};
  afterEach(() => remove());

  it('bumps the dependents of a released package, leaving private ones alone', async () => {
    const repo = tempRepo(
      [
        { folder: 'runtime', name: '@ispkit/runtime', version: '0.2.0' },
        { folder: 'demo', name: '@ispkit/demo', version: '0.3.0', dependencies: { '@ispkit/runtime': 'workspace:^' } },
        {
          folder: 'suite',
          name: '@ispkit/suite',
          version: '0.1.0',
          private: true,
          dependencies: { '@ispkit/demo': 'workspace:*' },
        },
      ],
      { 'faster-retries': changeset({ '@ispkit/runtime': 'minor' }) },
    );
    remove = repo.remove;
    const plan = await getReleasePlan(repo.root);
    const releases = plan.releases.map((r) => `${r.name} ${r.type} ${r.oldVersion} → ${r.newVersion}`).sort();
    expect(releases).toEqual([
      '@ispkit/demo patch 0.3.0 → 0.3.1',
      '@ispkit/runtime minor 0.2.0 → 0.3.0',
      '@ispkit/suite none 0.1.0 → 0.1.0',
    ]);
  });

  it('reads the real config, so the fixture above tests what ships', () => {
    const copied = readFileSync(join(repoRoot, '.changeset', 'config.json'), 'utf8');
    expect(JSON.parse(copied)).toEqual(config);
  });
});
