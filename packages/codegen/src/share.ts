import type { JsonSchema, VendorMeta } from '@ispkit/runtime';

/** Object schemas shorter than this stay inline: a reference would not be much smaller. */
const MIN_SHARED_LENGTH = 80;

/**
 * Moves every object schema used more than once into `meta.schemas`, replacing each use with
 * `{ "$ref": "#/<index>" }`: specs compose a few shapes (a client, an invoice) into many
 * responses, and inlining each copy would multiply the client's size.
 */
export function shareSchemas(meta: VendorMeta): VendorMeta {
  const counts = new Map<string, number>();
  const count = (schema: unknown): void => {
    if (!isObject(schema)) return;
    forEachChild(schema, count);
    if (isObject(schema.properties)) {
      const key = JSON.stringify(schema);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  };
  for (const op of Object.values(meta.operations)) Object.values(op.responses).forEach(count);

  const schemas: JsonSchema[] = [];
  const index = new Map<string, number>();
  const share = (schema: JsonSchema): JsonSchema => {
    if (!isObject(schema)) return schema;
    const key = JSON.stringify(schema);
    const out = mapChildren(schema, share);
    if ((counts.get(key) ?? 0) < 2 || key.length < MIN_SHARED_LENGTH) return out;
    let at = index.get(key);
    if (at === undefined) {
      at = schemas.push(out) - 1;
      index.set(key, at);
    }
    return { $ref: `#/${at}` };
  };
  const operations = Object.fromEntries(
    Object.entries(meta.operations).map(([id, op]) => [
      id,
      { ...op, responses: Object.fromEntries(Object.entries(op.responses).map(([status, s]) => [status, share(s)])) },
    ]),
  );
  return { ...meta, ...(schemas.length && { schemas }), operations };
}

function forEachChild(schema: Record<string, unknown>, visit: (s: unknown) => void): void {
  mapChildren(schema, (s) => {
    visit(s);
    return s;
  });
}

export function mapChildren(schema: Record<string, unknown>, map: (s: JsonSchema) => JsonSchema): JsonSchema {
  const out: Record<string, unknown> = { ...schema };
  if (isObject(schema.properties)) {
    out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, map(v as JsonSchema)]));
  }
  for (const key of ['allOf', 'anyOf', 'oneOf', 'prefixItems']) {
    if (Array.isArray(schema[key])) out[key] = (schema[key] as JsonSchema[]).map(map);
  }
  for (const key of ['items', 'not', 'additionalProperties']) {
    if (isObject(schema[key])) out[key] = map(schema[key] as JsonSchema);
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
