import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTarball } from '../src/attw.js';
import { tarballProblems } from '../src/contents.js';
import { type PackageJson, publicPackages, readJson, repoRoot, selectedPackages } from '../src/workspace.js';
import { packedPackages } from './packed.js';

const manifest = {
  name: '@ispkit/demo',
  version: '1.0.0',
  exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' } },
} as PackageJson;
const good = ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts'];

describe('tarball contents rules', () => {
  it('accept dist, types, README, LICENSE and package.json', () => {
    expect(tarballProblems(good, manifest)).toEqual([]);
  });

  it('reject tests, recordings, sources and missing files, one line each', () => {
    const files = [
      ...good.filter((f) => f !== 'LICENSE' && f !== 'dist/index.d.ts'),
      'dist/client.test.js',
      'src/index.ts',
      'dist/recordings/getPlans.200.json',
    ];
    expect(tarballProblems(files, manifest)).toEqual([
      'LICENSE is missing',
      'dist/client.test.js ships, but it is a test file',
      'src/index.ts ships, but only dist/, README.md, LICENSE, package.json and bin files may',
      'dist/recordings/getPlans.200.json ships, but it is a recording',
      'package.json points at dist/index.d.ts, which is not in the tarball',
    ]);
  });

  it('reject source maps, whose sources do not ship', () => {
    expect(tarballProblems([...good, 'dist/index.d.ts.map', 'dist/index.js.map'], manifest)).toEqual([
      'dist/index.d.ts.map ships, but its sources do not: a source map must not',
      'dist/index.js.map ships, but its sources do not: a source map must not',
    ]);
  });

  it('accept the files of bin, and require them', () => {
    const withBin = { ...manifest, bin: { demo: './bin/demo.js' } } as PackageJson;
    expect(tarballProblems([...good, 'bin/demo.js'], withBin)).toEqual([]);
    expect(tarballProblems(good, withBin)).toEqual(['package.json points at bin/demo.js, which is not in the tarball']);
    expect(tarballProblems([...good, 'bin/other.js'], withBin)).toEqual([
      'bin/other.js ships, but only dist/, README.md, LICENSE, package.json and bin files may',
      'package.json points at bin/demo.js, which is not in the tarball',
    ]);
  });

  it('let the mock alone ship recordings, and only as its vendor files', () => {
    const recording = 'dist/vendors/smartisp/recordings/getPlans.200.json';
    const mock = { ...manifest, name: '@ispkit/mock' } as PackageJson;
    expect(tarballProblems([...good, recording], mock)).toEqual([]);
    expect(tarballProblems([...good, recording], manifest)).toEqual([`${recording} ships, but it is a recording`]);
    expect(tarballProblems([...good, 'dist/recordings/getPlans.200.json'], mock)).toEqual([
      'dist/recordings/getPlans.200.json ships, but it is a recording',
    ]);
  });

  it('require type declarations', () => {
    const untyped = { ...manifest, exports: { '.': './dist/index.js' } } as PackageJson;
    expect(tarballProblems(good, untyped)).toEqual(['package.json points at no type declarations']);
  });
});

describe('pnpm pack', () => {
  const packed = packedPackages();
  const sizes: Record<string, string> = {};

  for (const pkg of packed) {
    it(`${pkg.name} holds dist, types, README and LICENSE, nothing else`, () => {
      const tarball = readTarball(pkg.tarball);
      const prefix = `/node_modules/${pkg.name}/`;
      const files = tarball.listFiles().map((file) => file.slice(prefix.length));
      const packedManifest = JSON.parse(tarball.readFile(`${prefix}package.json`)) as PackageJson;
      expect(tarballProblems(files, packedManifest)).toEqual([]);
      expect(JSON.stringify(packedManifest), 'pnpm pack must replace workspace: ranges').not.toContain('workspace:');
      sizes[pkg.name] = `${(pkg.bytes / 1024).toFixed(1)} kB packed, ${files.length} files`;
    });
  }

  it('depends on every public package, so that turbo builds each before these checks', () => {
    const own = readJson<PackageJson>(join(repoRoot, 'packages', 'release-checks', 'package.json')).devDependencies ?? {};
    const missing = publicPackages()
      .filter((p) => own[p.name] !== 'workspace:*')
      .map((p) => `add "${p.name}": "workspace:*" to the devDependencies of packages/release-checks/package.json`);
    expect(missing).toEqual([]);
  });

  it('packs every checked package', () => {
    expect(packed.map((p) => p.name)).toEqual(selectedPackages().map((p) => p.name));
    console.log(
      Object.entries(sizes)
        .map(([name, size]) => `${name}: ${size}`)
        .join('\n'),
    );
  });
});
