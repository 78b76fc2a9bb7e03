import type { DocumentType, Kind, Kinds, VendorName } from './model.js';
import { emptyValue, fieldsOf } from './schemas.js';

/**
 * One call to a vendor as the mappings read it: the options the vendor client was called with
 * (`path`, `query`, `body`, as the contract recordings store them) and the body it answered.
 */
export interface Exchange {
  request: { path?: unknown; query?: unknown; body?: unknown };
  response: unknown;
}

/** How a value is read: as text, a decimal amount, or a date (several vendor spellings become ISO 8601). */
export type Conversion = 'text' | 'decimal' | 'date' | 'usDate' | 'compactDate';

/**
 * Where a unified field comes from, as a dotted path from the mapped object (`user.name`,
 * `service.0.plan.name`):
 * - a path alone reads text;
 * - `{ from, as }` converts (`none` lists vendor placeholders that mean "no value", e.g. `"0"`);
 * - `{ from, enum }` translates the vendor's codes (a code missing from the table becomes `unknown`);
 * - `{ from, document }` reads an identity document number of that type;
 * - `{ list }` gathers several paths into a list, dropping the empty ones;
 * - `{ each, fields }` maps every element of an array (a ticket's messages).
 */
export type FieldRule =
  | string
  | { from: string; as?: Conversion; none?: readonly string[] }
  | { from: string; enum: Readonly<Record<string, string>> }
  | { from: string; document: DocumentType }
  | { list: readonly string[] }
  | { each: string; fields: Readonly<Record<string, FieldRule>> };

/** How one vendor operation's exchange becomes unified objects of a kind. */
export interface SourceMapping {
  /** The vendor operation (its operationId) whose call and answer this reads. */
  operation: string;
  /** Path of an array in the exchange: one unified object per element. */
  each?: string;
  /** Path of the one object to map; empty for the whole exchange (a write whose answer only confirms it). */
  at?: string;
  fields: Readonly<Record<string, FieldRule>>;
}

export type VendorMappings = { readonly [K in Kind]?: readonly SourceMapping[] };

/** The value at a dotted path (`a.b.0.c`); `undefined` when any step is missing. */
export function readPath(value: unknown, path: string): unknown {
  if (path === '') return value;
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The mapping of `operation` for `kind`; throws when the vendor file lacks it (a bug, not an input error). */
export function mappingFor(mappings: VendorMappings, kind: Kind, operation: string): SourceMapping {
  const found = mappings[kind]?.find((m) => m.operation === operation);
  if (!found) throw new Error(`no ${kind} mapping for ${operation}`);
  return found;
}

/** Every unified object of `kind` an exchange holds, according to one mapping. */
export function mapExchange<K extends Kind>(kind: K, mapping: SourceMapping, exchange: Exchange, vendor: VendorName): Kinds[K][] {
  const raw = (context: unknown, path: string) => (path.startsWith('response') ? context : exchange.response);
  if (mapping.each !== undefined) {
    const items = readPath(exchange, mapping.each);
    if (!Array.isArray(items)) return [];
    return items.map((item) => build(kind, mapping.fields, item, vendor, raw(item, mapping.each ?? '')));
  }
  const context = readPath(exchange, mapping.at ?? '');
  if (context === null || typeof context !== 'object') return [];
  return [build(kind, mapping.fields, context, vendor, raw(context, mapping.at ?? ''))];
}

function build<K extends Kind>(
  kind: K,
  rules: Readonly<Record<string, FieldRule>>,
  context: unknown,
  vendor: VendorName,
  raw: unknown,
): Kinds[K] {
  const result: Record<string, unknown> = { vendor };
  for (const field of fieldsOf(kind)) {
    const rule = rules[field];
    const value = rule === undefined ? undefined : apply(rule, context);
    result[field] = value ?? emptyValue(kind, field);
  }
  result.raw = raw;
  return result as unknown as Kinds[K];
}

/** The unified value of one rule, or `undefined` when the vendor did not give it. */
export function apply(rule: FieldRule, context: unknown): unknown {
  if (typeof rule === 'string') return convert(readPath(context, rule), 'text');
  if ('list' in rule) return rule.list.map((path) => convert(readPath(context, path), 'text')).filter((v) => v !== undefined);
  if ('each' in rule) {
    const items = readPath(context, rule.each);
    if (!Array.isArray(items)) return undefined;
    return items.map((item) =>
      Object.fromEntries(Object.entries(rule.fields).map(([name, sub]) => [name, apply(sub, item) ?? null])),
    );
  }
  const value = readPath(context, rule.from);
  if ('enum' in rule) {
    if (value === undefined || value === null) return undefined;
    return Object.hasOwn(rule.enum, String(value)) ? rule.enum[String(value)] : 'unknown';
  }
  if ('document' in rule) {
    const number = convert(value, 'text');
    return number === undefined ? undefined : { type: rule.document, number };
  }
  if (rule.none?.includes(String(value))) return undefined;
  return convert(value, rule.as ?? 'text');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function convert(value: unknown, as: Conversion): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  if (text === '') return undefined;
  switch (as) {
    case 'text':
      return text;
    case 'decimal':
      return /^-?\d+(\.\d+)?$/.test(text) ? text : undefined;
    case 'usDate': {
      const us = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
      return us ? `${us[3]}-${us[1]}-${us[2]}` : undefined;
    }
    case 'compactDate': {
      const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
      return compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : undefined;
    }
    case 'date':
      return isoDate(text);
  }
}

// The spellings the vendors use: `2024-10-18`, `2024-04-02 19:00:15`, ISO 8601 with a fraction and
// an offset, and SmartISP's display form `May 30, 2026 13:30:50`. A zone is never assumed.
function isoDate(text: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const full = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(text);
  if (full) return `${full[1]}T${full[2]}${full[3] ?? ''}${full[4] ?? ''}`;
  const display = /^([A-Z][a-z]{2}) (\d{1,2}), (\d{4}) (\d{2}:\d{2}:\d{2})$/.exec(text);
  const month = display ? MONTHS.indexOf(display[1]!) + 1 : 0;
  if (display && month > 0)
    return `${display[3]}-${String(month).padStart(2, '0')}-${display[2]!.padStart(2, '0')}T${display[4]}`;
  return undefined;
}
