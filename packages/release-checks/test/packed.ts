import { inject } from 'vitest';
import type { PackedPackage } from '../src/pack.js';

/** The tarballs of this run, failing loudly when no package was selected (a gate that checks nothing passes nothing). */
export function packedPackages(): PackedPackage[] {
  const packed = inject('packed');
  if (packed.length === 0) throw new Error('no public package was packed');
  return packed;
}
