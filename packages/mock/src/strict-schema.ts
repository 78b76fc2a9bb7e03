import type { OpenApiDocument } from './openapi.js';

type Schema = Record<string, unknown>;

/**
 * The contract suite's view of a spec's schemas: local `$ref`s inlined, `allOf` of objects
 * merged into one object, and every object closed (`additionalProperties: false`) unless the
 * spec says otherwise. A recording with a field the spec does not declare then fails, where
 * the published spec (and so the generated client) stays tolerant of additions.
 */
export class StrictSchemas {
  constructor(private readonly spec: OpenApiDocument) {}

  /** The strict schema of one response body, or undefined when the spec declares none. */
  response(path: string, method: string, status: number | string, contentType: string): Schema | undefined {
    const operation = this.operation(path, method);
    const responses = operation.responses as Record<string, unknown> | undefined;
    const response = responses?.[String(status)];
    if (!response) return undefined;
    const content = (this.deref(response) as { content?: Record<string, { schema?: unknown }> }).content;
    const schema = content?.[contentType]?.schema;
    return schema === undefined ? undefined : this.strict(schema);
  }

  /** The strict schema of a request body. */
  requestBody(path: string, method: string, contentType: string): Schema | undefined {
    const body = this.operation(path, method).requestBody;
    if (!body) return undefined;
    const schema = (this.deref(body) as { content?: Record<string, { schema?: unknown }> }).content?.[contentType]?.schema;
    return schema === undefined ? undefined : this.strict(schema);
  }

  /** Any schema of the spec, made strict. */
  strict(schema: unknown): Schema {
    return close(flatten(this.deref(schema))) as Schema;
  }

  private operation(path: string, method: string): Schema {
    const operation = this.spec.paths[path]?.[method.toLowerCase()];
    if (!operation) throw new Error(`the spec has no operation ${method.toUpperCase()} ${path}`);
    return operation as Schema;
  }

  /** Inlines every local `$ref`; siblings of a `$ref` (a description) override the target. */
  private deref(node: unknown, seen: string[] = []): unknown {
    if (Array.isArray(node)) return node.map((item) => this.deref(item, seen));
    if (!isObject(node)) return node;
    const { $ref, ...rest } = node;
    if (typeof $ref === 'string') {
      if (seen.includes($ref)) throw new Error(`recursive schema at ${$ref}: not supported by the strict view`);
      const target = this.deref(resolvePointer(this.spec, $ref), [...seen, $ref]);
      return { ...(target as Schema), ...(this.deref(rest, seen) as Schema) };
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, this.deref(value, seen)]));
  }
}

function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`only local references are supported, got ${ref}`);
  let node = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node) || !(key in node)) throw new Error(`unresolvable reference ${ref}`);
    node = node[key];
  }
  return node;
}

const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
const SUBSCHEMAS = ['items', 'not', 'additionalProperties', 'unevaluatedProperties', 'contains'] as const;

/** Applies `transform` to every direct subschema of `schema`, children first. */
function mapSubschemas(schema: Schema, transform: (s: unknown) => unknown): Schema {
  const out: Schema = { ...schema };
  if (isObject(schema.properties)) {
    out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, transform(v)]));
  }
  for (const key of SUBSCHEMA_LISTS) {
    if (Array.isArray(schema[key])) out[key] = (schema[key] as unknown[]).map(transform);
  }
  for (const key of SUBSCHEMAS) {
    if (isObject(schema[key])) out[key] = transform(schema[key]);
  }
  return out;
}

/** Merges an `allOf` whose members all describe objects, so that closing it stays correct. */
function flatten(node: unknown): unknown {
  if (!isObject(node)) return node;
  const schema = mapSubschemas(node, flatten);
  const members = schema.allOf as Schema[] | undefined;
  if (!members?.every(isObjectSchema)) return schema;
  const { allOf: _merged, ...merged } = schema;
  const properties: Record<string, unknown> = { ...(merged.properties as object | undefined) };
  const required = new Set<string>((merged.required as string[] | undefined) ?? []);
  for (const member of members) {
    for (const [key, value] of Object.entries((member.properties as object | undefined) ?? {})) {
      properties[key] = key in properties ? { allOf: [properties[key], value] } : value;
    }
    for (const key of (member.required as string[] | undefined) ?? []) required.add(key);
    for (const [key, value] of Object.entries(member)) {
      if (!['properties', 'required', 'description', 'type'].includes(key) && !(key in merged)) merged[key] = value;
    }
  }
  return { ...merged, type: 'object', properties, required: [...required] };
}

/** Closes every object schema that does not say what to do with undeclared properties. */
function close(node: unknown): unknown {
  if (!isObject(node)) return node;
  const schema = mapSubschemas(node, close);
  if (isObjectSchema(schema) && !('additionalProperties' in schema) && !('unevaluatedProperties' in schema)) {
    schema.additionalProperties = false;
  }
  return schema;
}

function isObjectSchema(schema: unknown): schema is Schema {
  return isObject(schema) && (schema.type === 'object' || isObject(schema.properties));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
