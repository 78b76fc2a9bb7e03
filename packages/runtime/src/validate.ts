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

/**
 * The places where `value` departs from `schema`; `shared` resolves `{ "$ref": "#/<index>" }`.
 * A schema is read once, the first time it is met: change a copy, not a schema already checked against.
 */
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
  check(planOf(schema), value, undefined, undefined, walk, 0);
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

/**
 * A schema read once into one fixed shape, its subschemas linked: every value then reads the same
 * fields of the same kind of object, instead of probing a differently shaped object for every keyword.
 * Schemas are taken as immutable (the generated ones are): a plan is kept per schema object.
 */
class Plan {
  /** A boolean schema: `true` passes anything, `false` nothing. */
  declare always: boolean | undefined;
  declare ref: string | undefined;
  declare type: string | string[] | undefined;
  declare enum: unknown[] | undefined;
  declare hasConst: boolean;
  declare const: unknown;
  declare pattern: RegExp | undefined;
  declare source: string | undefined;
  declare format: string | undefined;
  declare minLength: number | undefined;
  declare maxLength: number | undefined;
  declare minimum: number | undefined;
  declare maximum: number | undefined;
  declare exclusiveMinimum: number | undefined;
  declare exclusiveMaximum: number | undefined;
  declare minItems: number | undefined;
  declare maxItems: number | undefined;
  declare prefix: Plan[];
  declare items: Plan | undefined;
  declare properties: Map<string, Plan> | undefined;
  declare required: readonly string[];
  declare additional: Plan | undefined;
  declare allOf: Plan[] | undefined;
  declare anyOf: Plan[] | undefined;
  declare oneOf: Plan[] | undefined;
  declare not: Plan | undefined;

  constructor(schema: object, always?: boolean) {
    // Registered before its subschemas are read, so that a schema containing itself ends. The fields
    // are set in one order, so that every plan has one shape.
    plans.set(schema, this);
    // biome-ignore lint/suspicious/noExplicitAny: the keywords' types are checked where they are read
    const s = schema as Record<string, any>;
    const properties = isObject(s.properties) ? s.properties : undefined;
    this.always = always;
    this.ref = typeof s.$ref === 'string' ? s.$ref : undefined;
    this.type = s.type;
    this.enum = Array.isArray(s.enum) ? s.enum : undefined;
    this.hasConst = 'const' in s;
    this.const = s.const;
    this.pattern = typeof s.pattern === 'string' ? new RegExp(s.pattern, 'u') : undefined;
    this.source = s.pattern;
    this.format = s.format;
    this.minLength = s.minLength;
    this.maxLength = s.maxLength;
    this.minimum = s.minimum;
    this.maximum = s.maximum;
    this.exclusiveMinimum = s.exclusiveMinimum;
    this.exclusiveMaximum = s.exclusiveMaximum;
    this.minItems = s.minItems;
    this.maxItems = s.maxItems;
    this.prefix = planAll(s.prefixItems) ?? [];
    this.items = s.items === undefined ? undefined : planOf(s.items);
    this.properties =
      properties && new Map(Object.keys(properties).map((name) => [name, planOf(properties[name] as JsonSchema)]));
    // `required: true` (written by the code generator) requires every declared property.
    this.required = s.required === true ? Object.keys(properties ?? {}) : Array.isArray(s.required) ? s.required : [];
    this.additional = s.additionalProperties === undefined ? undefined : planOf(s.additionalProperties);
    this.allOf = planAll(s.allOf);
    this.anyOf = planAll(s.anyOf);
    this.oneOf = planAll(s.oneOf);
    this.not = s.not === undefined ? undefined : planOf(s.not);
  }
}

// Pure: an application that never checks a body drops them with the checker.
const plans = /* @__PURE__ */ new WeakMap<object, Plan>();
const ALWAYS = /* @__PURE__ */ new Plan({}, true);
const NEVER = /* @__PURE__ */ new Plan({}, false);

function planAll(schemas: unknown): Plan[] | undefined {
  return Array.isArray(schemas) ? schemas.map(planOf) : undefined;
}

/** A schema's plan, made the first time the schema is met. */
function planOf(schema: JsonSchema): Plan {
  if (typeof schema === 'boolean') return schema ? ALWAYS : NEVER;
  return plans.get(schema) ?? new Plan(schema);
}

// The place of a value is its parent's and its key, joined into an `At` only when an issue needs
// it or a container's children do: a valid leaf allocates nothing. No closure is made per value
// either: this runs once for every value of every body.
function check(
  p: Plan,
  value: unknown,
  parent: At | undefined,
  key: string | number | undefined,
  walk: Walk,
  depth: number,
): void {
  if (depth > MAX_DEPTH) return fail(walk, parent, key, `is nested deeper than ${MAX_DEPTH} levels`);
  if (p.always !== undefined) return p.always ? undefined : fail(walk, parent, key, 'is not allowed');
  if (p.ref !== undefined) {
    const target = walk.shared[Number(p.ref.slice(2))];
    if (target === undefined) throw new Error(`unresolvable schema reference ${p.ref}`);
    return check(planOf(target), value, parent, key, walk, depth);
  }
  const type = p.type;
  if (type !== undefined && !typeMatches(type, value))
    return fail(walk, parent, key, `must be ${[type].flat().join(' or ')}, got ${typeOf(value)}`);
  if (p.enum && !p.enum.some((e: unknown) => equal(e, value)))
    fail(walk, parent, key, `must be one of ${JSON.stringify(p.enum)}`);
  if (p.hasConst && !equal(p.const, value)) fail(walk, parent, key, `must be ${JSON.stringify(p.const)}`);

  // A comparison with an absent (undefined) limit is false: only the limits a schema has can fail.
  if (typeof value === 'string') {
    if (p.pattern !== undefined && !p.pattern.test(value)) fail(walk, parent, key, `must match ${p.source}`);
    if (p.format !== undefined && walk.formats[p.format]?.test(value) === false)
      fail(walk, parent, key, `must be a valid ${p.format}`);
    if (p.minLength !== undefined || p.maxLength !== undefined) {
      const length = [...value].length;
      if (length < p.minLength!) fail(walk, parent, key, `must have at least ${p.minLength} characters`);
      if (length > p.maxLength!) fail(walk, parent, key, `must have at most ${p.maxLength} characters`);
    }
  } else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) && Number.isInteger(value) && (type === 'integer' || type?.includes('integer')))
      fail(walk, parent, key, UNSAFE_INTEGER);
    if (value < p.minimum!) fail(walk, parent, key, `must be >= ${p.minimum}`);
    if (value > p.maximum!) fail(walk, parent, key, `must be <= ${p.maximum}`);
    if (value <= p.exclusiveMinimum!) fail(walk, parent, key, `must be > ${p.exclusiveMinimum}`);
    if (value >= p.exclusiveMaximum!) fail(walk, parent, key, `must be < ${p.exclusiveMaximum}`);
  } else if (Array.isArray(value)) {
    if (value.length < p.minItems!) fail(walk, parent, key, `must have at least ${p.minItems} items`);
    if (value.length > p.maxItems!) fail(walk, parent, key, `must have at most ${p.maxItems} items`);
    const { prefix, items } = p;
    const self = atOf(parent, key);
    for (let i = 0; i < value.length; i++) {
      const itemPlan = i < prefix.length ? prefix[i] : items;
      if (itemPlan !== undefined) check(itemPlan, value[i], self, i, walk, depth + 1);
    }
  } else if (isObject(value)) {
    const { properties, additional } = p;
    const self = atOf(parent, key);
    // Own properties only: `constructor` or `__proto__` in a body is a key like any other.
    for (const name of p.required) if (!Object.hasOwn(value, name)) fail(walk, self, name, 'is required but missing');
    for (const name in value) {
      if (!Object.hasOwn(value, name)) continue;
      const declared = properties?.get(name);
      if (declared !== undefined) check(declared, value[name], self, name, walk, depth + 1);
      // `additionalProperties: false`: said as what it means for a body.
      else if (additional === NEVER) fail(walk, self, name, 'is not declared by the spec');
      else if (additional !== undefined) check(additional, value[name], self, name, walk, depth + 1);
    }
  }

  if (p.allOf) for (const sub of p.allOf) check(sub, value, parent, key, walk, depth + 1);
  if (p.anyOf === undefined && p.oneOf === undefined && p.not === undefined) return;
  const none = 'matches none of the allowed shapes';
  if (p.anyOf && !p.anyOf.some((sub) => passes(sub, value, walk, depth))) fail(walk, parent, key, none);
  if (p.oneOf) {
    const matches = p.oneOf.filter((sub) => passes(sub, value, walk, depth)).length;
    if (matches !== 1) fail(walk, parent, key, matches ? 'matches more than one of the allowed shapes' : none);
  }
  if (p.not !== undefined && passes(p.not, value, walk, depth)) fail(walk, parent, key, 'matches a shape that is not allowed');
}

function fail(walk: Walk, parent: At | undefined, key: string | number | undefined, message: string): void {
  walk.issues.push({ at: atOf(parent, key), message });
}

function passes(plan: Plan, value: unknown, walk: Walk, depth: number): boolean {
  const inner: Walk = { shared: walk.shared, formats: walk.formats, issues: [] };
  check(plan, value, undefined, undefined, inner, depth + 1);
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
