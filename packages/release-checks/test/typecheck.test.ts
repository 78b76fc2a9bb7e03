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

interface TsConfig {
  extends?: string;
  include?: string[];
  files?: string[];
  exclude?: string[];
  references?: { path: string }[];
}

const readConfig = (file: string) => readJson<TsConfig>(file);

function hasTestFile(dir: string): boolean {
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { withFileTypes: true }).some((entry) =>
    entry.isDirectory() ? entry.name !== 'node_modules' && hasTestFile(join(dir, entry.name)) : entry.name.endsWith('.test.ts'),
  );
}

const manifestOf = (dir: string) => readJson<PackageJson>(join(dir, 'package.json'));

/**
 * What escapes the type-check of `pnpm test`: one `tsc -b` of the root tsconfig.json's references (`//#typecheck`)
 * checks every package with tests, after the builds whose declarations it reads; a package left out must be one
 * whose build compiles everything its tsconfig.json holds (a client: sources only, no tests).
 */
function typecheckGaps(references: string[], dependsOn: string[]): string[] {
  const gaps: string[] = [];
  const referenced = new Set(references.map((path) => join(repoRoot, path)));
  const packages = workspaceDirs().filter((dir) => existsSync(join(dir, 'package.json')));
  const built = new Set(
    packages
      .map(manifestOf)
      .filter((m) => m.scripts?.build)
      .map((m) => m.name),
  );
  const dirs = packages.filter((dir) => existsSync(join(dir, 'tsconfig.json')));
  for (const dir of dirs) {
    const where = relative(repoRoot, dir);
    const manifest = manifestOf(dir);
    if (referenced.has(dir)) {
      const needed = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((name) => built.has(name));
      // A build that is not the package's own tsc (benchmarks: generated types) writes what its sources read.
      if (manifest.scripts?.build && !existsSync(join(dir, 'tsconfig.build.json'))) needed.push(manifest.name);
      for (const name of needed) {
        if (!dependsOn.includes(`${name}#build`)) gaps.push(`${where}: //#typecheck does not wait for ${name}#build`);
      }
      continue;
    }
    const build = existsSync(join(dir, 'tsconfig.build.json')) ? readConfig(join(dir, 'tsconfig.build.json')) : undefined;
    const include = readConfig(join(dir, 'tsconfig.json')).include ?? [];
    const buildChecksAll =
      /\btsc -p tsconfig\.build\.json\b/.test(manifest.scripts?.build ?? '') &&
      build?.extends === './tsconfig.json' &&
      !build.include &&
      !build.files &&
      !include.some((path) => hasTestFile(join(dir, path)));
    if (!buildChecksAll) gaps.push(`${where}: not referenced by the root tsconfig.json, and its build does not check all of it`);
  }
  return gaps;
}

/**
 * What `//#typecheck`'s turbo inputs miss of what `tsc -b` reads: a file missing there would let a cached,
 * passing typecheck stand after that file changed. Each referenced project's tsconfig.json, package.json and
 * every `include` entry (a folder as `folder/**`) must be an input; the builds it reads come in by `dependsOn`.
 */
function typecheckInputGaps(references: string[], inputs: string[]): string[] {
  const wanted = ['tsconfig.json', 'tsconfig.base.json', 'pnpm-lock.yaml'];
  for (const ref of references) {
    wanted.push(`${ref}/tsconfig.json`, `${ref}/package.json`);
    for (const entry of readConfig(join(repoRoot, ref, 'tsconfig.json')).include ?? []) {
      const path = `${ref}/${entry}`.replace(/\/$/, '');
      wanted.push(existsSync(join(repoRoot, path)) && !/\.\w+$/.test(path) ? `${path}/**` : path);
    }
  }
  return wanted.filter((input) => !inputs.includes(input)).map((input) => `//#typecheck does not hash ${input}`);
}

const rootConfig = () => readConfig(join(repoRoot, 'tsconfig.json'));
const typecheckTask = () =>
  readJson<{ tasks: Record<string, { dependsOn?: string[]; inputs?: string[]; cache?: boolean }> }>(join(repoRoot, 'turbo.json'))
    .tasks['//#typecheck'];

describe('the workspace-wide typecheck', () => {
  it('covers every TypeScript file once: a package with tests is checked by the root tsc -b, a client by its build', () => {
    const references = (rootConfig().references ?? []).map((ref) => ref.path);
    expect(references.length).toBeGreaterThan(3);
    expect(rootConfig().files).toEqual([]);
    expect(typecheckGaps(references, typecheckTask()?.dependsOn ?? [])).toEqual([]);
  });

  it('reports a package with tests left out, and a build the typecheck does not wait for', () => {
    const references = (rootConfig().references ?? []).map((ref) => ref.path).filter((path) => path !== 'packages/runtime');
    const dependsOn = (typecheckTask()?.dependsOn ?? []).filter((task) => task !== '@ispkit/mock#build');
    const gaps = typecheckGaps(references, dependsOn);
    expect(gaps).toContain('packages/runtime: not referenced by the root tsconfig.json, and its build does not check all of it');
    expect(gaps).toContain('packages/codegen: //#typecheck does not wait for @ispkit/mock#build');
  });

  it('is cached on everything tsc -b reads, so that a cache hit is a check of the same files', () => {
    const references = (rootConfig().references ?? []).map((ref) => ref.path);
    expect(typecheckTask()?.cache).not.toBe(false);
    expect(typecheckInputGaps(references, typecheckTask()?.inputs ?? [])).toEqual([]);
    // The check can fail: an input taken away is reported.
    const without = (typecheckTask()?.inputs ?? []).filter((input) => input !== 'packages/cli/test/**');
    expect(typecheckInputGaps(references, without)).toEqual(['//#typecheck does not hash packages/cli/test/**']);
  });

  it("and turbo runs Biome and the typecheck over the repository with the packages' lint", () => {
    const turbo = readJson<{ tasks: Record<string, unknown> }>(join(repoRoot, 'turbo.json'));
    const scripts = readJson<PackageJson>(join(repoRoot, 'package.json')).scripts ?? {};
    expect(Object.keys(turbo.tasks)).toContain('//#lint');
    expect(scripts.lint).toBe('biome ci');
    expect(scripts.typecheck).toBe('tsc -b');
    expect(scripts.test).toMatch(
      /^turbo run build lint typecheck test round-trip --concurrency=200% && node scripts\/check-generated\.mjs$/,
    );
  });
});
