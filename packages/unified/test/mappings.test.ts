import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { type Exchange, type FieldRule, mapExchange, readPath, type SourceMapping } from '../src/mapping.js';
import type { Kind, VendorName } from '../src/model.js';
import { schemas } from '../src/schemas.js';
import { vendorDefinitions } from '../src/vendors/index.js';
import { exchangeOf, successfulRecordings } from './recordings.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validators = Object.fromEntries(Object.entries(schemas).map(([kind, schema]) => [kind, ajv.compile(schema)]));

/** Where each non-empty unified field of `object` came from, and whether that source path is in the vendor's exchange. */
function untraced(rules: Readonly<Record<string, FieldRule>>, object: Record<string, unknown>, context: unknown): string[] {
  const problems: string[] = [];
  for (const [field, value] of Object.entries(object)) {
    if (field === 'vendor' || field === 'raw' || value === null || value === 'unknown') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    const rule = rules[field];
    if (rule === undefined) {
      problems.push(`${field} is ${JSON.stringify(value)} without a mapping rule`);
      continue;
    }
    if (typeof rule === 'string' || !('list' in rule || 'each' in rule)) {
      const path = typeof rule === 'string' ? rule : rule.from;
      const source = readPath(context, path);
      if (source === undefined || source === null) problems.push(`${field} comes from ${path}, which the recording lacks`);
    } else if ('list' in rule) {
      const sources = rule.list.map((path) => readPath(context, path)).filter((v) => v !== undefined && v !== null);
      for (const item of value as unknown[]) {
        if (!sources.some((s) => String(s).trim() === item))
          problems.push(`${field} holds ${JSON.stringify(item)}, found at none of ${rule.list.join(', ')}`);
      }
    } else {
      const items = readPath(context, rule.each);
      if (!Array.isArray(items) || items.length !== (value as unknown[]).length) {
        problems.push(`${field} has ${(value as unknown[]).length} items, ${rule.each} does not`);
        continue;
      }
      (value as Record<string, unknown>[]).forEach((item, i) => {
        problems.push(...untraced(rule.fields, item, items[i]).map((p) => `${field}[${i}].${p}`));
      });
    }
  }
  return problems;
}

function contextsOf(mapping: SourceMapping, exchange: Exchange): unknown[] {
  if (mapping.each !== undefined) return readPath(exchange, mapping.each) as unknown[];
  return [readPath(exchange, mapping.at ?? '')];
}

const cases = Object.values(vendorDefinitions).flatMap((definition) =>
  (Object.entries(definition.mappings) as [Kind, readonly SourceMapping[]][]).flatMap(([kind, mappings]) =>
    mappings.map((mapping) => ({ vendor: definition.name as VendorName, kind, mapping })),
  ),
);

describe('every mapping, on every recording of its operation', () => {
  it.each(cases.map((c) => [`${c.vendor} ${c.kind} from ${c.mapping.operation}`, c] as const))(
    '%s',
    (_, { vendor, kind, mapping }) => {
      const recordings = successfulRecordings(vendor).filter((r) => r.operationId === mapping.operation);
      expect(recordings.length, `a recording of ${mapping.operation}`).toBeGreaterThan(0);
      for (const recording of recordings) {
        const exchange = exchangeOf(recording);
        const objects = mapExchange(kind, mapping, exchange, vendor);
        const contexts = contextsOf(mapping, exchange);
        expect(objects.length, recording.name).toBeGreaterThan(0);
        expect(objects.length).toBe(contexts.length);
        objects.forEach((object, i) => {
          const valid = validators[kind]!(object);
          expect(validators[kind]!.errors ?? [], `${recording.name} #${i}`).toEqual([]);
          expect(valid).toBe(true);
          expect(untraced(mapping.fields, object as unknown as Record<string, unknown>, contexts[i]), recording.name).toEqual([]);
          expect(object.vendor).toBe(vendor);
          expect(object.raw).toBeDefined();
        });
      }
    },
  );

  it('fills at least one field besides vendor and raw from each recording', () => {
    for (const { vendor, kind, mapping } of cases) {
      for (const recording of successfulRecordings(vendor).filter((r) => r.operationId === mapping.operation)) {
        for (const object of mapExchange(kind, mapping, exchangeOf(recording), vendor)) {
          const filled = Object.entries(object).filter(
            ([k, v]) => k !== 'vendor' && k !== 'raw' && v !== null && v !== 'unknown' && !(Array.isArray(v) && v.length === 0),
          );
          expect(filled.length, `${vendor} ${mapping.operation}`).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('the checks above can fail', () => {
  const recording = successfulRecordings('smartisp').find((r) => r.operationId === 'getUser')!;
  const mapping: SourceMapping = { operation: 'getUser', at: 'response.user', fields: { id: 'id', name: 'name' } };

  it('a source path the recording lacks is reported', () => {
    const [object] = mapExchange('subscriber', mapping, exchangeOf(recording), 'smartisp');
    const context = readPath(exchangeOf(recording), 'response.user');
    expect(untraced({ id: 'id', name: 'full_name' }, object as unknown as Record<string, unknown>, context)).toEqual([
      'name comes from full_name, which the recording lacks',
    ]);
  });

  it('a value no rule produced is reported', () => {
    const [object] = mapExchange('subscriber', mapping, exchangeOf(recording), 'smartisp');
    const context = readPath(exchangeOf(recording), 'response.user');
    expect(untraced({ id: 'id' }, object as unknown as Record<string, unknown>, context)).toEqual([
      'name is "Cliente Ejemplo Uno" without a mapping rule',
    ]);
  });

  it('the schema rejects an unknown status, a float amount, an undeclared field and a missing raw', () => {
    const [object] = mapExchange('subscriber', mapping, exchangeOf(recording), 'smartisp');
    const validate = validators.subscriber!;
    expect(validate(object)).toBe(true);
    expect(validate({ ...object, status: 'deleted' })).toBe(false);
    expect(validate({ ...object, balance: 0.5 })).toBe(false);
    expect(validate({ ...object, loyalty: 1 })).toBe(false);
    const { raw: _raw, ...withoutRaw } = object!;
    expect(validate(withoutRaw)).toBe(false);
  });
});

describe('conversions', () => {
  const at = (value: unknown, rule: FieldRule) =>
    mapExchange(
      'invoice',
      { operation: 'x', at: 'response', fields: { dueAt: rule } },
      { request: {}, response: { value } },
      'smartisp',
    )[0]!.dueAt;

  it('reads the vendors’ date spellings as ISO 8601 without inventing a zone', () => {
    expect(at('2024-04-02 19:00:15', { from: 'value', as: 'date' })).toBe('2024-04-02T19:00:15');
    expect(at('2026-11-01T00:12:30.415-03:00', { from: 'value', as: 'date' })).toBe('2026-11-01T00:12:30.415-03:00');
    expect(at(' May 30, 2026 13:30:50', { from: 'value', as: 'date' })).toBe('2026-05-30T13:30:50');
    expect(at('03/20/2024', { from: 'value', as: 'usDate' })).toBe('2024-03-20');
    expect(at('20261130', { from: 'value', as: 'compactDate' })).toBe('2026-11-30');
    expect(at('next tuesday', { from: 'value', as: 'date' })).toBeNull();
  });

  it('maps an enum code it does not know to unknown, and a missing one to the empty value', () => {
    const status = (value: unknown) =>
      mapExchange(
        'invoice',
        { operation: 'x', at: 'response', fields: { status: { from: 'value', enum: { '1': 'paid' } } } },
        { request: {}, response: { value } },
        'smartisp',
      )[0]!.status;
    expect(status(1)).toBe('paid');
    expect(status(7)).toBe('unknown');
    expect(status(null)).toBe('unknown');
  });
});
