import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Inside the repository, dist/ and src/ both sit two levels below packages/mock, three below its root:
// what `ispkit scan` reads when given no paths. An installed package has no such root.
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Each vendor's spec and recordings, as the package ships them: the build copies
 * `specs/<vendor>/openapi.yaml` and `contract-tests/recordings/<vendor>/*.json` into `dist/vendors/<vendor>/`
 * (scripts/vendor-files.mjs), so an installed package finds them next to its code. src/ and dist/
 * both sit one level below the package root.
 */
const vendorsDir = fileURLToPath(new URL('../dist/vendors/', import.meta.url));

function vendorDir(vendor: string): string {
  const dir = `${vendorsDir}${vendor}`;
  if (!existsSync(dir)) {
    throw new Error(`no files for vendor "${vendor}" in ${vendorsDir}: build @ispkit/mock first (pnpm build)`);
  }
  return dir;
}

export function specFile(vendor: string): string {
  return `${vendorDir(vendor)}/openapi.yaml`;
}

export function recordingsDir(vendor: string): string {
  return `${vendorDir(vendor)}/recordings`;
}

/**
 * The allow-list of `ispkit scan`: the vendor documentation's dummy values that the detectors find.
 * The build copies `contract-tests/scan-allow.yaml` beside the vendors' files, so the shipped
 * recordings load with the list they were checked against.
 */
export function scanAllowFile(): string {
  return `${vendorsDir}scan-allow.yaml`;
}
