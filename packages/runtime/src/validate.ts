/**
 * A small JSON Schema (2020-12 subset) checker for drift detection. The schemas come from
 * the spec, compacted at build time by `@ispkit/codegen`, which refuses any keyword that is
 * not listed here: a keyword this checker ignored would let drift through silently.
 */

import { FORMATS } from './formats.js';
import { isObject } from './object.js';

export type JsonSchema = boolean | { readonly [keyword: string]: unknown };

/** One place where a body departs from its schema. */
export interface DriftIssue {
  /** JSON pointer into the body, `""` for the root. */
  pointer: string;
  message: string;
}

/** Every validation keyword the checker applies; annotations (description, examples) are dropped at build time. */
export const VALIDATION_KEYWORDS = [
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'prefixItems',
  'minItems',
  'maxItems',
  'anyOf',
  'oneOf',
  'allOf',
  'not',
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
] as const;

const MAX_ISSUES = 20;

/**
 * How deep a body may nest. Vendor bodies nest a handful of levels; a body nested thousands of
 * levels deep is refused before any walk over it could exhaust the stack.
 */
export const MAX_DEPTH = 256;

/** The message of an integer that a JavaScript number cannot hold exactly. */
export const UNSAFE_INTEGER = 'is an integer beyond the safe range (2^53) and may have been rounded';

export interface ValidateOptions {
  /** Applied to each body key before it is escaped into a pointer (the runtime masks credentials there). */
  maskKey?: (key: string) => string;
  /** The formats to check, by name (default: every supported one); a format not listed passes. */
  formats?: Readonly<Record<string, RegExp>>;
}

/** The places where `value` departs from `schema`; `shared` resolves `{ "$ref": "#/<index>" }`. */
export function validate(
  schema: JsonSchema,
  value: unknown,
  shared: readonly JsonSchema[] = [],
  options: ValidateOptions = {},
): DriftIssue[] {
  return findIssues(schema, value, options.formats ?? FORMATS, options.maskKey, shared);
}

/**
 * `validate` with the formats an operation uses (generated with it): the table of every format
 * stays out of an application that does not ask for it.
 */
export function findIssues(
  schema: JsonSchema,
  value: unknown,
  formats: Readonly<Record<string, RegExp>> = {},
  maskKey: (key: string) => string = (key) => key,
  shared: readonly JsonSchema[] = [],
): DriftIssue[] {
  const walk: Walk = { shared, formats, issues: [] };
  check(schema, value, undefined, undefined, walk, 0);
  // Pointers are spelled only for the issues reported: masking every key of a valid body would
  // cost more than the check itself.
  return walk.issues.slice(0, MAX_ISSUES).map(({ at, message }) => ({ pointer: pointerOf(at, maskKey), message }));
}

/** Where a value sits in the body, as a chain of keys spelled only when an issue is reported. */
interface At {
  parent: At | undefined;
  key: string | number;
}

interface Walk {
  shared: readonly JsonSchema[];
  formats: Readonly<Record<string, RegExp>>;
  issues: { at: At | undefined; message: string }[];
}

function pointerOf(at: At | undefined, maskKey: (key: string) => string): string {
  let pointer = '';
  for (let node = at; node; node = node.parent) {
    const key = typeof node.key === 'number' ? String(node.key) : escapePointer(maskKey(node.key));
    pointer = `/${key}${pointer}`;
  }
  return pointer;
}

/**
 * Whether a JSON text nests arrays and objects deeper than `limit`, in one linear scan that
 * skips strings: checked before parsing, so that no walk ever meets such a value.
 */
export function nestedDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: the next character is escaped
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

// The place of a value is its parent's and its key, joined into an `At` only when an issue needs
// it or a container's children do: a valid leaf allocates nothing. No closure is made per value
// either: this runs once for every value of every body.
function check(
  schema: JsonSchema,
  value: unknown,
  parent: At | undefined,
  key: string | number | undefined,
  walk: Walk,
  depth: number,
): void {
  if (depth > MAX_DEPTH) return fail(walk, parent, key, `is nested deeper than ${MAX_DEPTH} levels`);
  if (schema === true) return;
  if (schema === false) return fail(walk, parent, key, 'is not allowed');
  // biome-ignore lint/suspicious/noExplicitAny: the keywords' types are checked where they are read
  const s = schema as Record<string, any>;
  if (typeof s.$ref === 'string') {
    const target = walk.shared[Number(s.$ref.slice(2))];
    if (target === undefined) throw new Error(`unresolvable schema reference ${s.$ref}`);
    return check(target, value, parent, key, walk, depth);
  }
  const type: string | string[] | undefined = s.type;
  if (type !== undefined && !typeMatches(type, value))
    return fail(walk, parent, key, `must be ${[type].flat().join(' or ')}, got ${typeOf(value)}`);
  if (s.enum && !s.enum.some((e: unknown) => equal(e, value)))
    fail(walk, parent, key, `must be one of ${JSON.stringify(s.enum)}`);
  if ('const' in s && !equal(s.const, value)) fail(walk, parent, key, `must be ${JSON.stringify(s.const)}`);

  // A comparison with an absent (undefined) limit is false: only the limits a schema has can fail.
  if (typeof value === 'string') {
    if (s.pattern !== undefined && !pattern(s.pattern).test(value)) fail(walk, parent, key, `must match ${s.pattern}`);
    if (s.format !== undefined && walk.formats[s.format]?.test(value) === false)
      fail(walk, parent, key, `must be a valid ${s.format}`);
    if (s.minLength !== undefined || s.maxLength !== undefined) {
      const length = [...value].length;
      if (length < s.minLength) fail(walk, parent, key, `must have at least ${s.minLength} characters`);
      if (length > s.maxLength) fail(walk, parent, key, `must have at most ${s.maxLength} characters`);
    }
  } else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) && Number.isInteger(value) && (type === 'integer' || type?.includes('integer')))
      fail(walk, parent, key, UNSAFE_INTEGER);
    if (value < s.minimum) fail(walk, parent, key, `must be >= ${s.minimum}`);
    if (value > s.maximum) fail(walk, parent, key, `must be <= ${s.maximum}`);
    if (value <= s.exclusiveMinimum) fail(walk, parent, key, `must be > ${s.exclusiveMinimum}`);
    if (value >= s.exclusiveMaximum) fail(walk, parent, key, `must be < ${s.exclusiveMaximum}`);
  } else if (Array.isArray(value)) {
    if (value.length < s.minItems) fail(walk, parent, key, `must have at least ${s.minItems} items`);
    if (value.length > s.maxItems) fail(walk, parent, key, `must have at most ${s.maxItems} items`);
    const prefix: JsonSchema[] = s.prefixItems ?? [];
    const self = atOf(parent, key);
    for (let i = 0; i < value.length; i++) {
      const itemSchema = i < prefix.length ? prefix[i] : s.items;
      if (itemSchema !== undefined) check(itemSchema, value[i], self, i, walk, depth + 1);
    }
  } else if (isObject(value)) {
    const properties: Record<string, JsonSchema> | undefined = s.properties;
    const additional = s.additionalProperties;
    const self = atOf(parent, key);
    // Own properties only: `constructor` or `__proto__` in a body is a key like any other.
    // `required: true` (written by the code generator) requires every declared property.
    if (s.required === true) {
      for (const name in properties) if (!Object.hasOwn(value, name)) fail(walk, self, name, 'is required but missing');
    } else if (s.required) {
      for (const name of s.required) if (!Object.hasOwn(value, name)) fail(walk, self, name, 'is required but missing');
    }
    for (const name in value) {
      if (!Object.hasOwn(value, name)) continue;
      const declared = properties !== undefined && Object.hasOwn(properties, name);
      const sub = declared ? properties[name] : additional;
      if (!declared && additional === false) fail(walk, self, name, 'is not declared by the spec');
      else if (sub !== undefined) check(sub, value[name], self, name, walk, depth + 1);
    }
  }

  if (s.allOf) for (const sub of s.allOf) check(sub, value, parent, key, walk, depth + 1);
  if (s.anyOf === undefined && s.oneOf === undefined && s.not === undefined) return;
  const none = 'matches none of the allowed shapes';
  if (s.anyOf && !s.anyOf.some((sub: JsonSchema) => passes(sub, value, walk, depth))) fail(walk, parent, key, none);
  if (s.oneOf) {
    const matches = s.oneOf.filter((sub: JsonSchema) => passes(sub, value, walk, depth)).length;
    if (matches !== 1) fail(walk, parent, key, matches ? 'matches more than one of the allowed shapes' : none);
  }
  if (s.not !== undefined && passes(s.not, value, walk, depth)) fail(walk, parent, key, 'matches a shape that is not allowed');
}

function fail(walk: Walk, parent: At | undefined, key: string | number | undefined, message: string): void {
  walk.issues.push({ at: atOf(parent, key), message });
}

function passes(schema: JsonSchema, value: unknown, walk: Walk, depth: number): boolean {
  const inner: Walk = { shared: walk.shared, formats: walk.formats, issues: [] };
  check(schema, value, undefined, undefined, inner, depth + 1);
  return inner.issues.length === 0;
}

function atOf(parent: At | undefined, key: string | number | undefined): At | undefined {
  return key === undefined ? parent : { parent, key };
}

function typeMatches(type: string | string[], value: unknown): boolean {
  if (typeof type === 'string') return typeIs(type, value);
  for (const t of type) if (typeIs(t, value)) return true;
  return false;
}

function typeIs(t: string, value: unknown): boolean {
  return t === 'integer' ? Number.isInteger(value) : t === 'number' ? Number.isFinite(value) : typeOf(value) === t;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

export const SUPPORTED_FORMATS = /* @__PURE__ */ Object.keys(FORMATS);

const patterns = new Map<string, RegExp>();
function pattern(source: string): RegExp {
  let regex = patterns.get(source);
  if (!regex) {
    regex = new RegExp(source, 'u');
    patterns.set(source, regex);
  }
  return regex;
}

// Compares a body value with an `enum` or `const` of the spec, which are shallow: the depth bound is theirs.
function equal(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (depth > MAX_DEPTH) return false;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.hasOwn(b, k) && equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], depth + 1))
  );
}

function escapePointer(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}
