import { Package } from '@arethetypeswrong/core';
import { describe, expect, it } from 'vitest';
import { loadsByRequireEsm, readTarball, typeProblems } from '../src/attw.js';
import { publintFiles, publintProblems } from '../src/publint.js';
import { packedPackages } from './packed.js';

describe('publint', () => {
  it('reports a package whose exports list types after the code', async () => {
    const manifest = {
      name: 'bad',
      version: '1.0.0',
      type: 'module',
      exports: { '.': { import: './dist/index.js', types: './dist/index.d.ts' } },
    };
    const problems = await publintFiles([
      { name: 'package.json', data: JSON.stringify(manifest) },
      { name: 'dist/index.js', data: 'export default 1;' },
      { name: 'dist/index.d.ts', data: 'export {};' },
    ]);
    expect(problems).toContainEqual(expect.stringMatching(/^error: .*types.* should be the first/));
  });

  for (const pkg of packedPackages()) {
    it(`${pkg.name} is clean`, async () => {
      expect(await publintProblems(pkg.tarball)).toEqual([]);
    });
  }
});

describe('are the types wrong', () => {
  it('accepts a require of ES modules only from packages that need a Node.js with require(esm)', () => {
    expect(loadsByRequireEsm({ type: 'module', engines: { node: '>=20.19' } })).toBe(true);
    expect(loadsByRequireEsm({ type: 'module', engines: { node: '>=22.12' } })).toBe(true);
    expect(loadsByRequireEsm({ type: 'module', engines: { node: '>=24' } })).toBe(false);
    expect(loadsByRequireEsm({ type: 'module', engines: { node: '>=24.0' } })).toBe(true);
    expect(loadsByRequireEsm({ type: 'module', engines: { node: '>=18' } })).toBe(false);
    expect(loadsByRequireEsm({ type: 'module', engines: { node: '>=20.10' } })).toBe(false);
    expect(loadsByRequireEsm({ type: 'module', engines: { node: '>=22.11' } })).toBe(false);
    expect(loadsByRequireEsm({ type: 'module' })).toBe(false);
    expect(loadsByRequireEsm({ engines: { node: '>=20.19' } })).toBe(false);
  });

  it('reports a require that resolves to ES modules for a package that supports older Node.js, and a subpath node10 cannot find', async () => {
    const root = '/node_modules/old';
    const manifest = {
      name: 'old',
      version: '1.0.0',
      type: 'module',
      engines: { node: '>=18' },
      exports: {
        '.': { types: './dist/index.d.ts', default: './dist/index.js' },
        './sub': { types: './dist/sub.d.ts', default: './dist/sub.js' },
      },
      types: './dist/index.d.ts',
    };
    const files = {
      [`${root}/package.json`]: JSON.stringify(manifest),
      [`${root}/dist/index.js`]: 'export const a = 1;',
      [`${root}/dist/index.d.ts`]: 'export declare const a: number;',
      [`${root}/dist/sub.js`]: 'export const b = 1;',
      [`${root}/dist/sub.d.ts`]: 'export declare const b: number;',
    };
    const problems = await typeProblems(new Package(files, 'old', '1.0.0'));
    expect(problems).toContainEqual(expect.stringMatching(/^Entrypoint is ESM-only \(\., node16-cjs/));
    expect(problems).toContainEqual(expect.stringMatching(/^Resolution failed \(\.\/sub, node10/));

    const fixed = { ...manifest, engines: { node: '>=20.19' }, typesVersions: { '*': { sub: ['./dist/sub.d.ts'] } } };
    const good = new Package({ ...files, [`${root}/package.json`]: JSON.stringify(fixed) }, 'old', '1.0.0');
    expect(await typeProblems(good)).toEqual([]);
  });

  it('reports declarations that import without a file extension', async () => {
    const root = '/node_modules/bad';
    const manifest = {
      name: 'bad',
      version: '1.0.0',
      type: 'module',
      engines: { node: '>=20.19' },
      exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' } },
      types: './dist/index.d.ts',
    };
    const pkg = new Package(
      {
        [`${root}/package.json`]: JSON.stringify(manifest),
        [`${root}/dist/index.js`]: "export * from './errors.js';",
        [`${root}/dist/errors.js`]: 'export const a = 1;',
        [`${root}/dist/index.d.ts`]: "export * from './errors';",
        [`${root}/dist/errors.d.ts`]: 'export declare const a: number;',
      },
      'bad',
      '1.0.0',
    );
    expect(await typeProblems(pkg)).toEqual([
      expect.stringMatching(/^Internal resolution error \(.*\/dist\/index\.d\.ts, \.\/errors\)/),
    ]);
  });

  for (const pkg of packedPackages()) {
    it(`${pkg.name} is clean`, async () => {
      expect(await typeProblems(readTarball(pkg.tarball))).toEqual([]);
    });
  }
});
