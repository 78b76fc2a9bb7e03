import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { pnpm } from './pnpm.js';
import { type PublicPackage, repoRoot } from './workspace.js';

export interface PackedPackage {
  name: string;
  folder: string;
  /** Absolute path of the tarball `pnpm pack` wrote. */
  tarball: string;
  /** Size of the tarball in bytes: what `npm install` downloads. */
  bytes: number;
}

/**
 * Packs packages the way `pnpm publish` would, workspace: ranges replaced, into `destination`: one
 * recursive `pnpm pack` for all of them, since starting pnpm costs more than packing a package.
 */
export async function packPackages(pkgs: PublicPackage[], destination: string): Promise<PackedPackage[]> {
  if (pkgs.length === 0) return [];
  const filters = pkgs.flatMap((pkg) => ['--filter', `./${relative(repoRoot, pkg.dir)}`]);
  const stdout = await pnpm(['-r', ...filters, 'pack', '--json', '--pack-destination', destination], repoRoot);
  const start = stdout.indexOf('[');
  if (start < 0) throw new Error(`pnpm pack printed no JSON: ${stdout.trim().slice(0, 200)}`);
  const written = JSON.parse(stdout.slice(start)) as { name: string; filename: string }[];
  return pkgs.map((pkg) => {
    const filename = written.find((w) => w.name === pkg.name)?.filename;
    if (!filename) throw new Error(`pnpm pack wrote no tarball for ${pkg.name}`);
    return { name: pkg.name, folder: pkg.folder, tarball: filename, bytes: statSync(filename).size };
  });
}
