import { readFileSync } from 'node:fs';
import { checkPackage, createPackageFromTarballData, type Package } from '@arethetypeswrong/core';
import { problemAffectsResolutionKind, problemKindInfo } from '@arethetypeswrong/core/problems';
import type { ResolutionKind } from '@arethetypeswrong/core/types';

const ALL_KINDS: ResolutionKind[] = ['node10', 'node16-cjs', 'node16-esm', 'bundler'];

export function readTarball(tarball: string): Package {
  return createPackageFromTarballData(new Uint8Array(readFileSync(tarball)));
}

/**
 * Whether a package ships ES modules only: `"type": "module"` and no `require` condition. Such a
 * package is judged as attw's `--profile esm-only` does, since CommonJS and node10 resolution cannot
 * load it by design; any other package gets every resolution checked.
 */
export function isEsmOnly(manifest: { type?: string; exports?: unknown }): boolean {
  return manifest.type === 'module' && !JSON.stringify(manifest.exports ?? {}).includes('"require"');
}

/** What `attw` reports for a tarball, in the resolution modes that apply to it, one line each. */
export async function typeProblems(pkg: Package): Promise<string[]> {
  const manifest = JSON.parse(pkg.readFile(`/node_modules/${pkg.packageName}/package.json`)) as {
    type?: string;
    exports?: unknown;
  };
  const kinds = isEsmOnly(manifest) ? ALL_KINDS.filter((kind) => kind !== 'node10' && kind !== 'node16-cjs') : ALL_KINDS;
  const analysis = await checkPackage(pkg);
  if (analysis.types === false) return ['the package ships no type declarations'];
  return analysis.problems
    .filter((problem) => kinds.some((kind) => problemAffectsResolutionKind(problem, kind, analysis)))
    .map((problem) => {
      const details = ['entrypoint', 'resolutionKind', 'resolutionOption', 'fileName', 'moduleSpecifier']
        .map((key) => (problem as unknown as Record<string, unknown>)[key])
        .filter((value) => typeof value === 'string');
      const info = problemKindInfo[problem.kind];
      const summary = info.shortDescription === info.title ? '' : `: ${info.shortDescription}`;
      return `${info.title} (${details.join(', ')})${summary}`;
    });
}
