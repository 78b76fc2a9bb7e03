import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { OpenApi } from '../src/operations.js';
import { repoRoot } from '../src/workspace.js';

export interface TempPackage {
  folder: string;
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  spec?: OpenApi;
  /** The spec as released, with the tag it shipped under. */
  released?: { spec: OpenApi; as: string };
}

/**
 * A throwaway workspace in the layout of this one (packages/, specs/, .changeset/ with the real
 * config), for running the guard and the release scripts on made-up packages.
 */
export function tempRepo(packages: TempPackage[], changesets: Record<string, string> = {}): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'ispkit-release-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('package.json', `${JSON.stringify({ name: 'fixture-root', private: true }, null, 2)}\n`);
  write('pnpm-workspace.yaml', 'packages:\n  - packages/*\n');
  mkdirSync(join(root, '.changeset'));
  copyFileSync(join(repoRoot, '.changeset', 'config.json'), join(root, '.changeset', 'config.json'));
  for (const [id, text] of Object.entries(changesets)) write(`.changeset/${id}.md`, text);
  for (const pkg of packages) {
    const manifest = {
      name: pkg.name,
      version: pkg.version,
      ...(pkg.private ? { private: true } : {}),
      dependencies: pkg.dependencies,
    };
    write(`packages/${pkg.folder}/package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
    if (pkg.spec) write(`specs/${pkg.folder}/openapi.yaml`, stringify(pkg.spec));
    if (pkg.released) {
      write(`specs/${pkg.folder}/released/openapi.yaml`, stringify(pkg.released.spec));
      write(`specs/${pkg.folder}/released/VERSION`, `${pkg.released.as}\n`);
    }
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** A changeset file declaring `bumps`, e.g. `{ '@ispkit/demo': 'major' }`. */
export function changeset(bumps: Record<string, string>, summary = 'A change.'): string {
  return `---\n${Object.entries(bumps)
    .map(([name, bump]) => `"${name}": ${bump}`)
    .join('\n')}\n---\n\n${summary}\n`;
}
