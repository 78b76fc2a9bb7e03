import { fileURLToPath } from 'node:url';

// dist/ and src/ both sit two levels below packages/mock, three below the repo root.
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export function specFile(vendor: string): string {
  return `${repoRoot}specs/${vendor}/openapi.yaml`;
}

export function recordingsDir(vendor: string): string {
  return `${repoRoot}contract-tests/recordings/${vendor}`;
}

/** The allow-list of `ispkit scan`: the vendor documentation's dummy values that the detectors find. */
export function scanAllowFile(): string {
  return `${repoRoot}contract-tests/scan-allow.yaml`;
}
