import { apiDiff, type Diff } from 'api-smart-diff';
import { authChanges, type OpenApi, operationLabel } from './operations.js';

/**
 * `breaking` needs a major release of the client, `addition` a minor one, `annotation` (wording,
 * examples, vendor extensions) none.
 */
export type ChangeKind = 'breaking' | 'addition' | 'annotation';

export interface SpecChange {
  kind: ChangeKind;
  /** The operation (`GET /plans (getPlans)`) or component the change is in. */
  where: string;
  description: string;
}

const KIND_OF: Record<Diff['type'], ChangeKind> = {
  breaking: 'breaking',
  'non-breaking': 'addition',
  deprecated: 'addition',
  annotation: 'annotation',
  // What the library cannot judge is treated as breaking until a person decides otherwise.
  unclassified: 'breaking',
};

/**
 * Every change from the `before` spec to `after`, judged from the point of view of an application
 * built on the generated client. api-smart-diff does the schema-level work; on top of it:
 * - a response may not narrow either (a removed enum value, a changed type), since the client's
 *   types and its response check follow the spec;
 * - a renamed operationId renames the client method;
 * - parameters or a request body added where there were none are breaking when required;
 * - auth is compared per operation on the effective security requirement, scheme definitions
 *   resolved, so renaming a scheme is no change and moving an operation to another scheme is one;
 * - a removed component schema removes the exported type generated from it.
 * Other component changes count once per operation that uses them, where the library reports them.
 */
export function classifySpecChanges(before: OpenApi, after: OpenApi): SpecChange[] {
  const changes: SpecChange[] = [];
  for (const diff of apiDiff(before, after)) {
    const change = judge(diff, before, after);
    if (change) changes.push(change);
  }
  changes.push(...authChanges(before, after).map((description) => ({ kind: 'breaking' as const, ...description })));
  const seen = new Set<string>();
  return changes.filter((change) => {
    const key = `${change.kind}\u0000${change.where}\u0000${change.description}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function judge(diff: Diff, before: OpenApi, after: OpenApi): SpecChange | undefined {
  const path = diff.path.map(String);
  if (path[0] === 'components') return judgeComponent(diff, path);
  if (path[0] !== 'paths' || path.length < 2) return undefined;

  const [, route = '', method = ''] = path;
  const where = operationLabel(route, method, before, after);
  const inOperation = path.slice(3);
  const described = describe(diff, inOperation);

  if (inOperation[0] === 'security') return undefined;
  if (inOperation[0] === 'operationId') {
    return {
      kind: 'breaking',
      where,
      description: `operationId ${show(diff.before)} → ${show(diff.after)}: the client method is renamed`,
    };
  }
  const addedParameters =
    (path.length === 4 && inOperation[0] === 'parameters') || (path.length === 3 && method === 'parameters');
  if (diff.action === 'add' && addedParameters && Array.isArray(diff.after)) {
    const required = diff.after
      .map((p) => resolveRef(after, p))
      .filter((p): p is Record<string, unknown> => p?.required === true);
    if (required.length > 0) {
      return {
        kind: 'breaking',
        where,
        description: `[Added] required parameter ${required.map((p) => `${String(p.in)} \`${String(p.name)}\``).join(', ')}`,
      };
    }
    return { kind: 'addition', where, description: '[Added] optional parameters' };
  }
  if (diff.action === 'add' && path.length === 4 && inOperation[0] === 'requestBody') {
    const body = resolveRef(after, diff.after);
    if (body?.required === true) return { kind: 'breaking', where, description: '[Added] a required request body' };
    return { kind: 'addition', where, description: '[Added] an optional request body' };
  }
  const kind = KIND_OF[diff.type];
  if (kind === 'addition' && diff.action !== 'add' && inOperation[0] === 'responses') {
    return { kind: 'breaking', where, description: `${described} (a narrower response)` };
  }
  return { kind, where, description: diff.type === 'unclassified' ? `${described} (unclassified)` : described };
}

function judgeComponent(diff: Diff, path: string[]): SpecChange | undefined {
  if (path[1] !== 'schemas' || path.length !== 3) return undefined;
  const where = `components.schemas.${path[2]}`;
  if (diff.action === 'remove')
    return { kind: 'breaking', where, description: `[Removed] schema ${path[2]}: its exported type goes away` };
  if (diff.action === 'add') return { kind: 'addition', where, description: `[Added] schema ${path[2]}` };
  return undefined;
}

function resolveRef(doc: OpenApi, node: unknown): Record<string, unknown> | undefined {
  let current = node;
  for (let depth = 0; depth < 20; depth++) {
    if (typeof current !== 'object' || current === null) return undefined;
    const ref = (current as { $ref?: unknown }).$ref;
    if (typeof ref !== 'string') return current as Record<string, unknown>;
    current = ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>(
        (at, part) => (at as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')],
        doc,
      );
  }
  return undefined;
}

/** The library's description, or where it has none (it leaves some blank), the action and the path. */
function describe(diff: Diff, inOperation: string[]): string {
  const text = diff.description?.trim() ?? '';
  if (text.startsWith('[')) return text;
  const action = `[${diff.action[0]?.toUpperCase()}${diff.action.slice(1)}]`;
  return [action, inOperation.join('.') || 'operation', text].filter(Boolean).join(' ');
}

function show(value: unknown): string {
  return value === undefined ? '(none)' : String(value);
}
