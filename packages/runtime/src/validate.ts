/**
 * A small JSON Schema (2020-12 subset) checker for drift detection. The schemas come from
 * the spec, compacted at build time by `@ispkit/codegen`, which refuses any keyword that is
 * not listed here: a keyword this checker ignored would let drift through silently.
 */

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
}

/** The places where `value` departs from `schema`; `shared` resolves `{ "$ref": "#/<index>" }`. */
export function validate(
  schema: JsonSchema,
  value: unknown,
  shared: readonly JsonSchema[] = [],
  options: ValidateOptions = {},
): DriftIssue[] {
  const found: Found[] = [];
  check(schema, value, undefined, undefined, found, shared, 0);
  const maskKey = options.maskKey ?? ((key: string) => key);
  // Pointers are spelled only for the issues reported: masking every key of a valid body would
  // cost more than the check itself.
  return found.slice(0, MAX_ISSUES).map(({ at, message }) => ({ pointer: pointerOf(at, maskKey), message }));
}

/** Where a value sits in the body, as a chain of keys spelled only when an issue is reported. */
interface At {
  parent: At | undefined;
  key: string | number;
}

interface Found {
  at: At | undefined;
  message: string;
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
// it or a container's children do: a valid leaf allocates nothing.
function check(
  schema: JsonSchema,
  value: unknown,
  parent: At | undefined,
  key: string | number | undefined,
  issues: Found[],
  shared: readonly JsonSchema[],
  depth: number,
): void {
  if (depth > MAX_DEPTH) {
    issues.push({ at: atOf(parent, key), message: `is nested deeper than ${MAX_DEPTH} levels` });
    return;
  }
  if (schema === true) return;
  if (schema === false) {
    issues.push({ at: atOf(parent, key), message: 'is not allowed' });
    return;
  }
  const s = schema as Record<string, unknown>;
  if (typeof s.$ref === 'string') {
    const target = shared[Number(s.$ref.slice(2))];
    if (target === undefined) throw new Error(`unresolvable schema reference ${s.$ref}`);
    return check(target, value, parent, key, issues, shared, depth);
  }
  const fail = (message: string) => issues.push({ at: atOf(parent, key), message });
  const type = s.type as string | string[] | undefined;

  if (type !== undefined && !typeMatches(type, value)) {
    fail(`must be ${[type].flat().join(' or ')}, got ${typeOf(value)}`);
    return;
  }
  if (s.enum && !(s.enum as unknown[]).some((e) => equal(e, value))) fail(`must be one of ${JSON.stringify(s.enum)}`);
  if ('const' in s && !equal(s.const, value)) fail(`must be ${JSON.stringify(s.const)}`);

  if (typeof value === 'string') {
    if (s.pattern !== undefined && !pattern(s.pattern as string).test(value)) fail(`must match ${s.pattern}`);
    if (s.format !== undefined && !formatMatches(s.format as string, value)) fail(`must be a valid ${s.format}`);
    if (typeof s.minLength === 'number' || typeof s.maxLength === 'number') {
      const length = [...value].length;
      if (typeof s.minLength === 'number' && length < s.minLength) fail(`must have at least ${s.minLength} characters`);
      if (typeof s.maxLength === 'number' && length > s.maxLength) fail(`must have at most ${s.maxLength} characters`);
    }
  } else if (typeof value === 'number') {
    if (
      Number.isInteger(value) &&
      !Number.isSafeInteger(value) &&
      (type === 'integer' || (Array.isArray(type) && type.includes('integer')))
    ) {
      fail(UNSAFE_INTEGER);
    }
    if (typeof s.minimum === 'number' && value < s.minimum) fail(`must be >= ${s.minimum}`);
    if (typeof s.maximum === 'number' && value > s.maximum) fail(`must be <= ${s.maximum}`);
    if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum) fail(`must be > ${s.exclusiveMinimum}`);
    if (typeof s.exclusiveMaximum === 'number' && value >= s.exclusiveMaximum) fail(`must be < ${s.exclusiveMaximum}`);
  } else if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems) fail(`must have at least ${s.minItems} items`);
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) fail(`must have at most ${s.maxItems} items`);
    const prefix = (s.prefixItems as JsonSchema[] | undefined) ?? [];
    const items = s.items as JsonSchema | undefined;
    const self = atOf(parent, key);
    for (let i = 0; i < value.length; i++) {
      const itemSchema = i < prefix.length ? prefix[i] : items;
      if (itemSchema !== undefined) check(itemSchema, value[i], self, i, issues, shared, depth + 1);
    }
  } else if (isObject(value)) {
    const properties = s.properties as Record<string, JsonSchema> | undefined;
    const self = atOf(parent, key);
    // Own properties only: `constructor` or `__proto__` in a body is a key like any other.
    for (const name of (s.required as string[] | undefined) ?? []) {
      if (!Object.hasOwn(value, name)) issues.push({ at: { parent: self, key: name }, message: 'is required but missing' });
    }
    const additional = s.additionalProperties;
    for (const name in value) {
      if (!Object.hasOwn(value, name)) continue;
      if (properties && Object.hasOwn(properties, name)) {
        check(properties[name]!, value[name], self, name, issues, shared, depth + 1);
      } else if (additional === false) issues.push({ at: { parent: self, key: name }, message: 'is not declared by the spec' });
      else if (isObject(additional)) check(additional, value[name], self, name, issues, shared, depth + 1);
    }
  }

  if (s.allOf) for (const sub of s.allOf as JsonSchema[]) check(sub, value, parent, key, issues, shared, depth + 1);
  if (s.anyOf === undefined && s.oneOf === undefined && s.not === undefined) return;
  const passes = (sub: JsonSchema) => {
    const found: Found[] = [];
    check(sub, value, undefined, undefined, found, shared, depth + 1);
    return found.length === 0;
  };
  if (s.anyOf && !(s.anyOf as JsonSchema[]).some(passes)) fail('matches none of the allowed shapes');
  if (s.oneOf) {
    const matches = (s.oneOf as JsonSchema[]).filter(passes).length;
    if (matches !== 1) fail(matches ? 'matches more than one of the allowed shapes' : 'matches none of the allowed shapes');
  }
  if (s.not !== undefined && passes(s.not as JsonSchema)) fail('matches a shape that is not allowed');
}

function atOf(parent: At | undefined, key: string | number | undefined): At | undefined {
  return key === undefined ? parent : { parent, key };
}

function typeMatches(type: string | string[], value: unknown): boolean {
  return Array.isArray(type) ? type.some((t) => typeIs(t, value)) : typeIs(type, value);
}

function typeIs(t: string, value: unknown): boolean {
  switch (t) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    case 'null':
      return value === null;
    default:
      return typeof value === t;
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

// Only the formats the specs use; an unknown format is refused by the code generator.
const FORMATS: Record<string, RegExp> = {
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  'date-time': /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/,
  time: /^\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$/,
  // No two quantifiers can claim the same character: linear time on any input.
  email: /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  ipv4: /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
  uri: /^[a-z][a-z\d+.-]*:[^\s]*$/i,
};
export const SUPPORTED_FORMATS = Object.keys(FORMATS);

function formatMatches(format: string, value: string): boolean {
  const check = FORMATS[format];
  return check ? check.test(value) : true;
}

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

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
