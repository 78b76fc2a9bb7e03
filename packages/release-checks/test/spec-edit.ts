import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { OpenApi } from '../src/operations.js';

/** One deliberate change to a spec, addressed by JSON pointer. */
type Edit =
  | { remove: string }
  | { set: string; value: unknown }
  | { add: string; value: unknown }
  | { drop: string; value: unknown };

export interface SpecEditFixture {
  name: string;
  /** The highest kind of change the edit makes, `none` when clients see no difference. */
  expect: 'breaking' | 'addition' | 'annotation' | 'none';
  /** Text the change of that kind must name, so a failure message points at the edit. */
  mentions?: string;
  edits: Edit[];
}

export const fixturesDir = join(import.meta.dirname, '..', 'fixtures', 'spec-edits');

export function baseSpec(): OpenApi {
  return parse(readFileSync(join(fixturesDir, 'base.yaml'), 'utf8')) as OpenApi;
}

export function specEditFixtures(): SpecEditFixture[] {
  return readdirSync(fixturesDir)
    .filter((file) => file.endsWith('.yaml') && file !== 'base.yaml')
    .map((file) => ({
      name: basename(file, '.yaml'),
      ...(parse(readFileSync(join(fixturesDir, file), 'utf8')) as Omit<SpecEditFixture, 'name'>),
    }));
}

/** A copy of `spec` with the edits applied; an edit whose target does not exist throws. */
export function applyEdits(spec: OpenApi, edits: Edit[]): OpenApi {
  const copy = structuredClone(spec);
  for (const edit of edits) {
    const pointer = 'remove' in edit ? edit.remove : 'set' in edit ? edit.set : 'add' in edit ? edit.add : edit.drop;
    const parts = pointer
      .split('/')
      .slice(1)
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    const key = parts.pop();
    if (key === undefined) throw new Error(`edit of the whole document: ${pointer}`);
    const parent = parts.reduce<Record<string, unknown>>((node, part) => {
      const next = node[part];
      if (typeof next !== 'object' || next === null) throw new Error(`no ${part} on the way to ${pointer}`);
      return next as Record<string, unknown>;
    }, copy);
    if ('set' in edit) {
      parent[key] = edit.value;
      continue;
    }
    if (!(key in parent)) throw new Error(`nothing at ${pointer}`);
    if ('remove' in edit) {
      delete parent[key];
      continue;
    }
    const list = parent[key];
    if (!Array.isArray(list)) throw new Error(`${pointer} is not a list`);
    if ('add' in edit) list.push(edit.value);
    else {
      const at = list.findIndex((item) => JSON.stringify(item) === JSON.stringify(edit.value));
      if (at < 0) throw new Error(`${pointer} holds no ${JSON.stringify(edit.value)}`);
      list.splice(at, 1);
    }
  }
  return copy;
}
