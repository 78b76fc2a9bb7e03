import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { atLeast, type Bump, declaredBumps } from './bumps.js';
import type { OpenApi } from './operations.js';
import { releasedSpecOf } from './released.js';
import { classifySpecChanges, type SpecChange } from './spec-changes.js';
import { type PublicPackage, publicPackages, repoRoot } from './workspace.js';

export interface GuardVerdict {
  name: string;
  /** `@ispkit/smartisp@0.2.0`, or undefined for a package never released (nothing to compare). */
  releasedAs?: string;
  changes: SpecChange[];
  /** The smallest bump the changes call for. */
  needed: Bump;
  /** The highest bump the pending changesets declare for the package. */
  declared: Bump;
  /** Why CI must fail, naming the changes; undefined when the changesets cover them. */
  failure?: string;
}

/** How many changes a failure lists before it only counts the rest. */
const LISTED = 15;

/**
 * Compares each public package's spec with its released copy and checks that the pending
 * changesets declare a bump that covers what changed: major for a breaking change, minor for an
 * addition.
 */
export async function guardSpecs(root = repoRoot, packages: PublicPackage[] = publicPackages(root)): Promise<GuardVerdict[]> {
  const declared = await declaredBumps(root);
  return packages.flatMap((pkg) => {
    if (!pkg.spec) return [];
    const released = releasedSpecOf(pkg.spec);
    const bump = declared.get(pkg.name) ?? 'none';
    if (!released) return [{ name: pkg.name, changes: [], needed: 'none' as const, declared: bump }];
    const changes = classifySpecChanges(readSpec(released.spec), readSpec(pkg.spec));
    return [verdict(pkg.name, released.releasedAs, changes, bump)];
  });
}

export function verdict(name: string, releasedAs: string, changes: SpecChange[], declared: Bump): GuardVerdict {
  const breaking = changes.filter((c) => c.kind === 'breaking');
  const additions = changes.filter((c) => c.kind === 'addition');
  const needed: Bump = breaking.length > 0 ? 'major' : additions.length > 0 ? 'minor' : 'none';
  const result: GuardVerdict = { name, releasedAs, changes, needed, declared };
  if (atLeast(declared, needed)) return result;
  const listed = needed === 'major' ? breaking : additions;
  const what = needed === 'major' ? 'breaking spec changes' : 'spec additions';
  const lines = listed.slice(0, LISTED).map((c) => `  ${c.where}: ${c.description}`);
  if (listed.length > LISTED) lines.push(`  … and ${listed.length - LISTED} more`);
  result.failure = [
    `${name}: ${what} since ${releasedAs} need a ${needed} changeset, found ${declared === 'none' ? 'none' : declared}:`,
    ...lines,
    `Run \`pnpm changeset\` and give ${name} a ${needed} bump, or undo the change.`,
  ].join('\n');
  return result;
}

function readSpec(file: string): OpenApi {
  const doc = parse(readFileSync(file, 'utf8')) as unknown;
  if (typeof doc !== 'object' || doc === null) throw new Error(`${file} is not an OpenAPI document`);
  return doc as OpenApi;
}
