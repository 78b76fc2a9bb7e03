import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
