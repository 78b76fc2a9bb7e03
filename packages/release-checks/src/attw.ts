import { readFileSync } from 'node:fs';
import { checkPackage, createPackageFromTarballData, type Package } from '@arethetypeswrong/core';
import { problemAffectsResolutionKind, problemKindInfo } from '@arethetypeswrong/core/problems';
import type { ResolutionKind } from '@arethetypeswrong/core/types';

const ALL_KINDS: ResolutionKind[] = ['node10', 'node16-cjs', 'node16-esm', 'bundler'];

export function readTarball(tarball: string): Package {
  return createPackageFromTarballData(new Uint8Array(readFileSync(tarball)));
}

interface Manifest {
  type?: string;
  engines?: { node?: string };
}

/**
 * Whether `require()` of the package's ES modules works wherever it installs: Node.js loads an ES module
 * graph without top-level await from CommonJS since 20.19 (22.12 on the 22 line), so a package whose
 * `engines.node` starts there needs no CommonJS build. attw's TypeScript predates that and reports
 * such a `require` as "ESM (dynamic import only)"; for these packages, and that finding alone, it is not a
 * problem (the registry round trip runs the require).
 */
export function loadsByRequireEsm(manifest: Manifest): boolean {
  const minimum = /^>=\s*(\d+)\.(\d+)/.exec(manifest.engines?.node ?? '');
  if (manifest.type !== 'module' || !minimum) return false;
  const [major, minor] = [Number(minimum[1]), Number(minimum[2])];
  return major > 22 || (major === 22 && minor >= 12) || (major === 20 && minor >= 19);
}

/** What `attw` reports for a tarball in every resolution mode (node10, node16 CommonJS and ESM, bundler), one line each. */
export async function typeProblems(pkg: Package): Promise<string[]> {
  const manifest = JSON.parse(pkg.readFile(`/node_modules/${pkg.packageName}/package.json`)) as Manifest;
  const requireEsm = loadsByRequireEsm(manifest);
  // A client's spec (`./openapi.json`, `./openapi.yaml`) is data to read, not a module with types.
  const analysis = await checkPackage(pkg, { excludeEntrypoints: [/\.(json|ya?ml)$/] });
  if (analysis.types === false) return ['the package ships no type declarations'];
  return analysis.problems
    .filter((problem) => !(requireEsm && problem.kind === 'CJSResolvesToESM'))
    .filter((problem) => ALL_KINDS.some((kind) => problemAffectsResolutionKind(problem, kind, analysis)))
    .map((problem) => {
      const details = ['entrypoint', 'resolutionKind', 'resolutionOption', 'fileName', 'moduleSpecifier']
        .map((key) => (problem as unknown as Record<string, unknown>)[key])
        .filter((value) => typeof value === 'string');
      const info = problemKindInfo[problem.kind];
      const summary = info.shortDescription === info.title ? '' : `: ${info.shortDescription}`;
      return `${info.title} (${details.join(', ')})${summary}`;
    });
}
