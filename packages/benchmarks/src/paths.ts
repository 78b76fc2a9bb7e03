import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This package's folder (src/ sits directly in it). */
export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The repository root, two levels above this package. */
export const repoRoot = resolve(packageDir, '../..');

/** Where a full run writes its report. */
export const reportFile = join(repoRoot, 'docs', 'benchmarks.md');
