import { Package } from '@arethetypeswrong/core';
import { describe, expect, it } from 'vitest';
import { isEsmOnly, readTarball, typeProblems } from '../src/attw.js';
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
  it('judges an ES-module-only package by the esm-only profile, any other by all resolutions', () => {
    expect(isEsmOnly({ type: 'module', exports: { '.': { types: './i.d.ts', import: './i.js' } } })).toBe(true);
    expect(isEsmOnly({ type: 'module', exports: { '.': { import: './i.js', require: './i.cjs' } } })).toBe(false);
    expect(isEsmOnly({ exports: './i.js' })).toBe(false);
  });

  it('reports declarations that import without a file extension', async () => {
    const root = '/node_modules/bad';
    const manifest = {
      name: 'bad',
      version: '1.0.0',
      type: 'module',
      exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' } },
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
