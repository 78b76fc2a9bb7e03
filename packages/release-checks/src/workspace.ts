import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: src/ sits in packages/release-checks, two levels below it. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  scripts?: Record<string, string>;
  exports?: unknown;
  type?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export interface PublicPackage {
  name: string;
  version: string;
  /** Absolute path of the package folder. */
  dir: string;
  /** Folder name under packages/, which is also the vendor name of a client. */
  folder: string;
  manifest: PackageJson;
  /** The vendor spec the package is generated from, when `specs/<folder>/openapi.yaml` exists. */
  spec?: string;
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Every package under packages/ that is published, i.e. whose package.json is not `"private": true`. */
export function publicPackages(root = repoRoot): PublicPackage[] {
  const packagesDir = join(root, 'packages');
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'package.json')))
    .map((entry) => {
      const dir = join(packagesDir, entry.name);
      const manifest = readJson<PackageJson>(join(dir, 'package.json'));
      const spec = join(root, 'specs', entry.name, 'openapi.yaml');
      return {
        name: manifest.name,
        version: manifest.version,
        dir,
        folder: entry.name,
        manifest,
        spec: existsSync(spec) ? spec : undefined,
      };
    })
    .filter((pkg) => pkg.manifest.private !== true)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The public packages this run checks: all of them, or those named in `ISPKIT_PACKAGES`
 * (comma-separated, `@ispkit/runtime` or `runtime`), to work on some while others are unfinished.
 */
export function selectedPackages(selection = process.env.ISPKIT_PACKAGES, root = repoRoot): PublicPackage[] {
  const all = publicPackages(root);
  if (!selection?.trim()) return all;
  return selection.split(',').map((raw) => {
    const wanted = raw.trim();
    const pkg = all.find((p) => p.name === wanted || p.folder === wanted);
    if (!pkg)
      throw new Error(
        `ISPKIT_PACKAGES names "${wanted}", which is no public package; known: ${all.map((p) => p.folder).join(', ')}`,
      );
    return pkg;
  });
}
