import { afterEach, describe, expect, it } from 'vitest';
import { guardSpecs } from '../src/guard.js';
import { applyEdits, baseSpec, specEditFixtures } from './spec-edit.js';
import { changeset, tempRepo } from './temp-repo.js';

const fixture = (name: string) => {
  const found = specEditFixtures().find((f) => f.name === name);
  if (!found) throw new Error(`no spec-edit fixture ${name}`);
  return applyEdits(baseSpec(), found.edits);
};

describe('the breaking-change guard on this repository', () => {
  it('finds every change since a release covered by a pending changeset', async () => {
    const verdicts = await guardSpecs();
    for (const v of verdicts) {
      console.log(
        v.releasedAs
          ? `${v.name}: ${v.changes.length} change(s) since ${v.releasedAs}, needs ${v.needed}, changesets declare ${v.declared}`
          : `${v.name}: not released yet, nothing to compare`,
      );
    }
    expect(verdicts.flatMap((v) => v.failure ?? [])).toEqual([]);
  });
});

describe('the breaking-change guard on a fixture repository', () => {
  let remove = () => {};
  afterEach(() => remove());

  async function guard(spec: ReturnType<typeof baseSpec>, changesets: Record<string, string> = {}) {
    const repo = tempRepo(
      [
        {
          folder: 'demo',
          name: '@ispkit/demo',
          version: '1.0.0',
          spec,
          released: { spec: baseSpec(), as: '@ispkit/demo@1.0.0' },
        },
        { folder: 'other', name: '@ispkit/other', version: '1.0.0' },
      ],
      changesets,
    );
    remove = repo.remove;
    const [verdict] = await guardSpecs(repo.root);
    if (!verdict) throw new Error('the guard judged no package');
    return verdict;
  }

  it('fails a removed operation without a changeset, naming the change', async () => {
    const verdict = await guard(fixture('removed-operation'));
    expect(verdict.needed).toBe('major');
    expect(verdict.failure).toBe(
      [
        '@ispkit/demo: breaking spec changes since @ispkit/demo@1.0.0 need a major changeset, found none:',
        '  GET /tickets/{id} (getTicket): [Removed] operation GET /tickets/{id}',
        'Run `pnpm changeset` and give @ispkit/demo a major bump, or undo the change.',
      ].join('\n'),
    );
  });

  it('fails a breaking change that only has a minor changeset', async () => {
    const verdict = await guard(fixture('changed-auth-header'), { 'more-auth': changeset({ '@ispkit/demo': 'minor' }) });
    expect(verdict.failure).toContain('need a major changeset, found minor');
    expect(verdict.failure).toContain('[Changed] auth: apiKey in header X-Authorization → apiKey in header Authorization');
  });

  it('does not count a major changeset of another package', async () => {
    const verdict = await guard(fixture('new-required-request-field'), { other: changeset({ '@ispkit/other': 'major' }) });
    expect(verdict.failure).toContain('POST /tickets (createTicket): [Added] required status to `note`');
  });

  it('passes a breaking change that has a major changeset', async () => {
    const verdict = await guard(fixture('removed-response-enum-value'), {
      small: changeset({ '@ispkit/demo': 'patch' }),
      big: changeset({ '@ispkit/demo': 'major' }),
    });
    expect(verdict.declared).toBe('major');
    expect(verdict.failure).toBeUndefined();
  });

  it('asks a minor changeset for an addition, and takes one', async () => {
    const without = await guard(fixture('added-operation'), { fix: changeset({ '@ispkit/demo': 'patch' }) });
    expect(without.failure).toContain('spec additions since @ispkit/demo@1.0.0 need a minor changeset, found patch');
    expect(without.failure).toContain('GET /routers (getRouters): [Added] operation GET /routers');
    const withMinor = await guard(fixture('added-operation'), { feat: changeset({ '@ispkit/demo': 'minor' }) });
    expect(withMinor.failure).toBeUndefined();
  });

  it('asks nothing for wording changes or an unchanged spec', async () => {
    expect((await guard(fixture('reworded-description'))).needed).toBe('none');
    expect((await guard(baseSpec())).failure).toBeUndefined();
  });

  it('compares nothing for a package never released', async () => {
    const repo = tempRepo([{ folder: 'demo', name: '@ispkit/demo', version: '0.1.0', spec: fixture('removed-operation') }]);
    remove = repo.remove;
    expect(await guardSpecs(repo.root)).toEqual([{ name: '@ispkit/demo', changes: [], needed: 'none', declared: 'none' }]);
  });
});
