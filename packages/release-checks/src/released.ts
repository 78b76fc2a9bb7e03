import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface ReleasedSpec {
  /** The copy of the spec as last released. */
  spec: string;
  /** `@ispkit/smartisp@0.2.0`: the package version that shipped it, as its git tag is named. */
  releasedAs: string;
}

/**
 * The released copy of a vendor spec, kept beside it in `released/` by `pnpm version-packages`
 * (scripts/record-released-specs.mjs); none until the package's first release.
 */
export function releasedSpecOf(spec: string): ReleasedSpec | undefined {
  const dir = join(dirname(spec), 'released');
  const copy = join(dir, 'openapi.yaml');
  const version = join(dir, 'VERSION');
  if (!existsSync(copy)) return undefined;
  if (!existsSync(version)) throw new Error(`${copy} has no VERSION beside it; rerun scripts/record-released-specs.mjs`);
  return { spec: copy, releasedAs: readFileSync(version, 'utf8').trim() };
}
