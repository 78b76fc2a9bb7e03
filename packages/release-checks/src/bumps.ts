import getReleasePlan from '@changesets/get-release-plan';

export type Bump = 'none' | 'patch' | 'minor' | 'major';

const ORDER: Bump[] = ['none', 'patch', 'minor', 'major'];

export function atLeast(bump: Bump, wanted: Bump): boolean {
  return ORDER.indexOf(bump) >= ORDER.indexOf(wanted);
}

export function highest(bumps: Bump[]): Bump {
  return bumps.reduce<Bump>((top, bump) => (atLeast(bump, top) ? bump : top), 'none');
}

/** The highest bump the pending changesets in `.changeset/` declare for each package they name. */
export async function declaredBumps(root: string): Promise<Map<string, Bump>> {
  const plan = await getReleasePlan(root);
  const declared = new Map<string, Bump>();
  for (const changeset of plan.changesets) {
    for (const release of changeset.releases) {
      declared.set(release.name, highest([declared.get(release.name) ?? 'none', release.type]));
    }
  }
  return declared;
}
