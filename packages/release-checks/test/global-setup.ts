import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type PackedPackage, packPackages } from '../src/pack.js';
import { selectedPackages } from '../src/workspace.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Every checked public package, packed once for the whole run. */
    packed: PackedPackage[];
  }
}

// Packing spawns pnpm: every package is packed once, by one pnpm, and every test reads the tarballs.
export default async function setup(project: TestProject) {
  const destination = mkdtempSync(join(tmpdir(), 'ispkit-pack-'));
  const packed = await packPackages(selectedPackages(), destination);
  project.provide('packed', packed);
  return () => rmSync(destination, { recursive: true, force: true });
}
