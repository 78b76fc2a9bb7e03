import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type PackageJson, readJson, repoRoot } from '../src/workspace.js';

/** Every workspace package folder, from pnpm-workspace.yaml's globs (`dir/*` or `dir`). */
function workspaceDirs(): string[] {
  const { packages } = parse(readFileSync(join(repoRoot, 'pnpm-workspace.yaml'), 'utf8')) as { packages: string[] };
  return packages.flatMap((glob) => {
    if (!glob.endsWith('/*')) return [join(repoRoot, glob)];
    const parent = join(repoRoot, glob.slice(0, -2));
    return readdirSync(parent, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => join(parent, e.name));
  });
}

describe('the workspace-wide typecheck', () => {
  it('covers every package with TypeScript: its lint task runs tsc on its tsconfig.json', () => {
    const dirs = workspaceDirs().filter((dir) => existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'tsconfig.json')));
    expect(dirs.length).toBeGreaterThan(3);
    const missing = dirs
      .filter((dir) => !/\btsc -p tsconfig\.json\b/.test(readJson<PackageJson>(join(dir, 'package.json')).scripts?.lint ?? ''))
      .map((dir) => `${relative(repoRoot, dir)}: its "lint" script does not run \`tsc -p tsconfig.json\``);
    expect(missing).toEqual([]);
  });

  it("and turbo runs Biome over the repository with the packages' lint", () => {
    const turbo = readJson<{ tasks: Record<string, unknown> }>(join(repoRoot, 'turbo.json'));
    const scripts = readJson<PackageJson>(join(repoRoot, 'package.json')).scripts ?? {};
    expect(Object.keys(turbo.tasks)).toContain('//#lint');
    expect(scripts.lint).toBe('biome ci');
    expect(scripts.test).toMatch(
      /^turbo run build lint test round-trip --concurrency=200% && node scripts\/check-generated\.mjs$/,
    );
  });
});
