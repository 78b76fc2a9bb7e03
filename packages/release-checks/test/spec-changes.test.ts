import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { OpenApi } from '../src/operations.js';
import { classifySpecChanges, type SpecChange } from '../src/spec-changes.js';
import { repoRoot } from '../src/workspace.js';
import { applyEdits, baseSpec, specEditFixtures } from './spec-edit.js';

const RANK = ['none', 'annotation', 'addition', 'breaking'] as const;

function highestKind(changes: SpecChange[]): (typeof RANK)[number] {
  return changes.reduce<(typeof RANK)[number]>((top, c) => (RANK.indexOf(c.kind) > RANK.indexOf(top) ? c.kind : top), 'none');
}

describe('spec change classification', () => {
  it('finds no change between a spec and itself', () => {
    expect(classifySpecChanges(baseSpec(), baseSpec())).toEqual([]);
  });

  for (const fixture of specEditFixtures()) {
    it(`${fixture.name}: ${fixture.expect}`, () => {
      const changes = classifySpecChanges(baseSpec(), applyEdits(baseSpec(), fixture.edits));
      const summary = changes.map((c) => `${c.kind} ${c.where}: ${c.description}`).join('\n');
      expect(highestKind(changes), summary).toBe(fixture.expect);
      if (fixture.mentions) {
        const named = changes.filter((c) => c.kind === fixture.expect).map((c) => `${c.where}: ${c.description}`);
        expect(
          named.some((line) => line.includes(fixture.mentions as string)),
          `none of these names "${fixture.mentions}":\n${summary}`,
        ).toBe(true);
      }
    });
  }

  it('classifies an edit of a real vendor spec', () => {
    const spec = parse(readFileSync(join(repoRoot, 'specs', 'smartisp', 'openapi.yaml'), 'utf8')) as OpenApi;
    expect(classifySpecChanges(spec, spec)).toEqual([]);
    const edited = applyEdits(spec, [{ remove: '/paths/~1plans' }]);
    expect(classifySpecChanges(spec, edited)).toContainEqual({
      kind: 'breaking',
      where: 'GET /plans (getPlans)',
      description: '[Removed] operation GET /plans',
    });
  });
});
