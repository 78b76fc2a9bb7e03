/** A copy of a JSON document with one deliberate defect. */
export interface Mutant {
  /** JSON pointer of the changed value. */
  pointer: string;
  kind: 'flip-type' | 'delete-key';
  document: unknown;
}

/**
 * Every single-defect copy of a document: each leaf value replaced by one of another type,
 * and each object key deleted. A schema that is exact rejects nearly all of them.
 */
export function* mutants(document: unknown): Generator<Mutant> {
  for (const { pointer, path, value, isKey } of walk(document, '', [])) {
    if (isKey) {
      yield { pointer, kind: 'delete-key', document: edit(document, path, undefined) };
    } else if (value === null || typeof value !== 'object') {
      yield { pointer, kind: 'flip-type', document: edit(document, path, flipType(value)) };
    }
  }
}

/** A value of another JSON type, chosen so that no single scalar type accepts both. */
export function flipType(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
      return 12345;
    case 'number':
      return String(value);
    case 'boolean':
      return String(value);
    default:
      return true;
  }
}

interface Node {
  pointer: string;
  path: (string | number)[];
  value: unknown;
  isKey: boolean;
}

function* walk(value: unknown, pointer: string, path: (string | number)[]): Generator<Node> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* walk(item, `${pointer}/${i}`, [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      yield { pointer: child, path: [...path, key], value: item, isKey: true };
      yield* walk(item, child, [...path, key]);
    }
  } else {
    yield { pointer, path, value, isKey: false };
  }
}

/**
 * A copy with the value at `path` replaced, or its key removed when `next` is undefined. Only the
 * containers along the path are copied; the rest is shared with the original, which the validators
 * only read: a deep copy per mutant made the suite's cost grow with the square of a body's size.
 */
function edit(document: unknown, path: (string | number)[], next: unknown): unknown {
  if (path.length === 0) return next;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(document) ? [...document] : { ...(document as object) }) as Record<string | number, unknown>;
  if (rest.length > 0) copy[key] = edit(copy[key], rest, next);
  else if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
}
