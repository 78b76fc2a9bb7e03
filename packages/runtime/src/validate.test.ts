import { describe, expect, it } from 'vitest';
import { dateFormat, ipv4Format } from './formats.js';
import { findIssues, MAX_DEPTH, nestedDeeperThan, UNSAFE_INTEGER, validate } from './validate.js';

const client = {
  type: 'object',
  required: ['id', 'name', 'status'],
  additionalProperties: false,
  properties: {
    id: { type: 'integer', minimum: 1 },
    name: { type: 'string', minLength: 1 },
    status: { enum: ['ac', 'de'] },
    email: { type: ['string', 'null'], format: 'email' },
    balance: { type: 'string', pattern: '^-?\\d+\\.\\d{2}$' },
    tags: { type: 'array', items: { type: 'string' }, maxItems: 2 },
  },
} as const;

describe('validate', () => {
  it('accepts a conforming value', () => {
    expect(validate(client, { id: 1, name: 'a', status: 'ac', email: null, balance: '-1.39', tags: ['x'] })).toEqual([]);
  });

  it.each([
    [{ id: 1.5, name: 'a', status: 'ac' }, '/id', 'must be integer, got number'],
    [{ id: 0, name: 'a', status: 'ac' }, '/id', 'must be >= 1'],
    [{ id: 1, name: '', status: 'ac' }, '/name', 'must have at least 1 characters'],
    [{ id: 1, name: 'a', status: 'xx' }, '/status', 'must be one of ["ac","de"]'],
    [{ id: 1, name: 'a', status: 'ac', email: 'nope' }, '/email', 'must be a valid email'],
    [{ id: 1, name: 'a', status: 'ac', balance: '1.3' }, '/balance', 'must match ^-?\\d+\\.\\d{2}$'],
    [{ id: 1, name: 'a', status: 'ac', tags: ['a', 1] }, '/tags/1', 'must be string, got integer'],
    [{ id: 1, name: 'a', status: 'ac', tags: ['a', 'b', 'c'] }, '/tags', 'must have at most 2 items'],
    [{ id: 1, name: 'a' }, '/status', 'is required but missing'],
    [{ id: 1, name: 'a', status: 'ac', 'odd/key': 1 }, '/odd~1key', 'is not declared by the spec'],
    [[], '', 'must be object, got array'],
  ])('reports %j at its JSON pointer', (value, pointer, message) => {
    expect(validate(client, value)).toEqual([{ pointer, message }]);
  });

  it('resolves shared schemas and combinators', () => {
    const shared = [{ type: 'object', required: ['a'], properties: { a: { const: 1 } }, additionalProperties: false }];
    const schema = { type: 'array', items: { anyOf: [{ $ref: '#/0' }, { type: 'null' }] } };
    expect(validate(schema, [{ a: 1 }, null], shared)).toEqual([]);
    expect(validate(schema, [{ a: 2 }], shared)).toEqual([{ pointer: '/0', message: 'matches none of the allowed shapes' }]);
    expect(validate({ oneOf: [{ type: 'integer' }, { type: 'number' }] }, 1)).toEqual([
      { pointer: '', message: 'matches more than one of the allowed shapes' },
    ]);
    expect(validate({ prefixItems: [{ type: 'string' }], items: false }, ['a', 'b'])).toEqual([
      { pointer: '/1', message: 'is not allowed' },
    ]);
  });

  it('refuses a reference it cannot resolve rather than passing the value', () => {
    expect(() => validate({ $ref: '#/3' }, {})).toThrow('unresolvable schema reference #/3');
  });

  it('caps the report so a wholly different body stays readable', () => {
    const schema = { type: 'array', items: { type: 'string' } };
    expect(
      validate(
        schema,
        Array.from({ length: 100 }, () => 1),
      ),
    ).toHaveLength(20);
  });
});

describe('hostile bodies', () => {
  const closed = { type: 'object', properties: { id: { type: 'integer' } }, additionalProperties: false };

  it.each(Object.getOwnPropertyNames(Object.prototype))('an undeclared key named %s is drift', (name) => {
    const body = JSON.parse(`{"id": 1, ${JSON.stringify(name)}: 1}`);
    expect(validate(closed, body)).toEqual([{ pointer: `/${name}`, message: 'is not declared by the spec' }]);
  });

  it.each(Object.getOwnPropertyNames(Object.prototype))('a required key named %s must be present', (name) => {
    expect(validate({ type: 'object', required: [name] }, {})).toEqual([
      { pointer: `/${name}`, message: 'is required but missing' },
    ]);
  });

  it('an integer beyond 2^53 is drift where the schema says integer, not where it says number', () => {
    const body = JSON.parse('{"id": 9007199254740993}');
    expect(validate(closed, body)).toEqual([{ pointer: '/id', message: UNSAFE_INTEGER }]);
    expect(validate({ type: 'object', properties: { id: { type: 'number' } } }, body)).toEqual([]);
  });

  it('a value nested deeper than the limit is one issue, not a stack overflow', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const issues = validate({ $ref: '#/0' }, deep, [{ type: 'array', items: { $ref: '#/0' } }]);
    expect(issues.at(-1)?.message).toBe(`is nested deeper than ${MAX_DEPTH} levels`);
  });

  it('finds deep nesting in a text without parsing it, strings skipped', () => {
    expect(nestedDeeperThan(`${'['.repeat(300)}${']'.repeat(300)}`, MAX_DEPTH)).toBe(true);
    expect(nestedDeeperThan(`["${'['.repeat(300)}\\"${'{'.repeat(300)}"]`, MAX_DEPTH)).toBe(false);
    expect(nestedDeeperThan(`${'[{"a":'.repeat(100)}1${'}]'.repeat(100)}`, MAX_DEPTH)).toBe(false);
  });

  it('masks a key before it is escaped into a pointer', () => {
    expect(validate(closed, { 'a/b': 1 }, [], { maskKey: (k) => k.replace('a/b', 'X') })).toEqual([
      { pointer: '/X', message: 'is not declared by the spec' },
    ]);
  });

  it('masks only the keys of the pointers it reports: a valid body costs no masking', () => {
    const schema = {
      type: 'object',
      properties: { items: { type: 'array', items: { type: 'object', properties: { n: { type: 'integer' } } } } },
    };
    const masked: string[] = [];
    const maskKey = (key: string) => {
      masked.push(key);
      return key.toUpperCase();
    };
    expect(validate(schema, { items: [{ n: 1 }, { n: 2 }] }, [], { maskKey })).toEqual([]);
    expect(masked).toEqual([]);
    expect(validate(schema, { items: [{ n: 1 }, { n: 'two' }] }, [], { maskKey })).toEqual([
      { pointer: '/ITEMS/1/N', message: 'must be integer, got string' },
    ]);
    expect(masked).toEqual(['n', 'items']);
  });
});

describe('formats', () => {
  const schema = { type: 'object', properties: { ip: { type: 'string', format: 'ipv4' } } };

  it('validate checks every supported format by default', () => {
    expect(validate(schema, { ip: '999.1.1.1' })).toEqual([{ pointer: '/ip', message: 'must be a valid ipv4' }]);
    expect(validate(schema, { ip: '10.0.0.1' })).toEqual([]);
  });

  it('findIssues checks the formats it is given, as a generated operation gives its own', () => {
    expect(findIssues(schema, { ip: '999.1.1.1' }, { ipv4: ipv4Format })).toEqual([
      { pointer: '/ip', message: 'must be a valid ipv4' },
    ]);
    expect(findIssues(schema, { ip: '999.1.1.1' }, { date: dateFormat })).toEqual([]);
  });
});

describe('required: true', () => {
  it('requires every declared property, as the code generator writes it', () => {
    const schema = { type: 'object', required: true, properties: { a: { type: 'integer' }, b: { type: 'string' } } };
    expect(validate(schema, { a: 1, b: 'x' })).toEqual([]);
    expect(validate(schema, { a: 1 })).toEqual([{ pointer: '/b', message: 'is required but missing' }]);
  });
});

describe('schemas read once', () => {
  it('a schema that contains itself is read once and checks a nested value to its depth', () => {
    const node: { type: string; properties: Record<string, unknown>; additionalProperties: boolean } = {
      type: 'object',
      properties: { id: { type: 'integer' } },
      additionalProperties: false,
    };
    node.properties.child = node;
    expect(validate(node, { id: 1, child: { id: 2, child: { id: 3 } } })).toEqual([]);
    expect(validate(node, { id: 1, child: { id: 2, child: { id: 'x', extra: 1 } } })).toEqual([
      { pointer: '/child/child/id', message: 'must be integer, got string' },
      { pointer: '/child/child/extra', message: 'is not declared by the spec' },
    ]);
  });

  it('declared keys named like Object.prototype members are plain keys, declared or not', () => {
    const schema = { type: 'object', properties: { constructor: { type: 'string' } }, additionalProperties: false };
    expect(validate(schema, JSON.parse('{"constructor":"x"}'))).toEqual([]);
    expect(validate(schema, JSON.parse('{"constructor":1}'))).toEqual([
      { pointer: '/constructor', message: 'must be string, got integer' },
    ]);
    expect(validate(schema, JSON.parse('{"__proto__":{},"toString":1}'))).toEqual([
      { pointer: '/__proto__', message: 'is not declared by the spec' },
      { pointer: '/toString', message: 'is not declared by the spec' },
    ]);
  });

  it('one subschema shared by several parents reports each place by its own path', () => {
    const money = { type: 'string', pattern: '^\\d+\\.\\d{2}$' };
    const schema = { type: 'object', properties: { cost: money, list: { type: 'array', items: money } } };
    expect(validate(schema, { cost: '1', list: ['1.00', '2'] })).toEqual([
      { pointer: '/cost', message: 'must match ^\\d+\\.\\d{2}$' },
      { pointer: '/list/1', message: 'must match ^\\d+\\.\\d{2}$' },
    ]);
  });
});
