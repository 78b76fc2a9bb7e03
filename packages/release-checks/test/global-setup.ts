import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type PackedPackage, packPackage } from '../src/pack.js';
import { selectedPackages } from '../src/workspace.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Every checked public package, packed once for the whole run. */
    packed: PackedPackage[];
  }
}

// Packing spawns pnpm, about a second per package: each is packed once and every test reads the tarball.
export default async function setup(project: TestProject) {
  const destination = mkdtempSync(join(tmpdir(), 'ispkit-pack-'));
  const packed = await Promise.all(selectedPackages().map((pkg) => packPackage(pkg, destination)));
  project.provide('packed', packed);
  return () => rmSync(destination, { recursive: true, force: true });
}
