import type { JsonSchema, VendorMeta } from '@ispkit/runtime';
import { mapChildren } from './share.js';

/**
 * Writes `required: true` where an object schema requires every property it declares, in order, as most
 * do in these strict specs: the runtime's checker reads it as that list, so the generated code
 * does not spell each name twice.
 */
export function markAllRequired(meta: VendorMeta): VendorMeta {
  const operations = Object.fromEntries(
    Object.entries(meta.operations).map(([id, op]) => [
      id,
      { ...op, responses: Object.fromEntries(Object.entries(op.responses).map(([status, s]) => [status, mark(s)])) },
    ]),
  );
  return { ...meta, operations };
}

function mark(schema: JsonSchema): JsonSchema {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return schema;
  const out = mapChildren(schema, mark) as Record<string, unknown>;
  const { properties, required } = out;
  if (typeof properties !== 'object' || properties === null || !Array.isArray(required)) return out;
  const names = Object.keys(properties);
  // Same names in the same order: the issues come out in the order they did.
  if (required.length === names.length && names.every((name, i) => required[i] === name)) out.required = true;
  return out;
}
