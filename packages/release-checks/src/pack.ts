import { statSync } from 'node:fs';
import { pnpm } from './pnpm.js';
import type { PublicPackage } from './workspace.js';

export interface PackedPackage {
  name: string;
  folder: string;
  /** Absolute path of the tarball `pnpm pack` wrote. */
  tarball: string;
  /** Size of the tarball in bytes: what `npm install` downloads. */
  bytes: number;
}

/** Packs a package the way `pnpm publish` would, workspace: ranges replaced, into `destination`. */
export async function packPackage(pkg: PublicPackage, destination: string): Promise<PackedPackage> {
  const stdout = await pnpm(['pack', '--json', '--pack-destination', destination], pkg.dir);
  const start = stdout.indexOf('{');
  if (start < 0) throw new Error(`pnpm pack printed no JSON for ${pkg.name}: ${stdout.trim().slice(0, 200)}`);
  const { filename } = JSON.parse(stdout.slice(start)) as { filename: string };
  return { name: pkg.name, folder: pkg.folder, tarball: filename, bytes: statSync(filename).size };
}
