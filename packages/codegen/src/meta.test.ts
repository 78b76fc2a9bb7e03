import { buildMeta, type OpenApiDocument } from '@ispkit/mock';
import { type JsonSchema, type VendorMeta, validate } from '@ispkit/runtime';
import { describe, expect, it } from 'vitest';
import { markAllRequired } from './required.js';
import { shareSchemas } from './share.js';

const item = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'integer', description: 'dropped' }, name: { type: 'string' } },
};
const spec = (extra: object = {}): OpenApiDocument => ({
  openapi: '3.1.0',
  components: { schemas: { Item: item }, securitySchemes: { token: { type: 'apiKey', in: 'query', name: 'token' } } },
  paths: {
    '/items': {
      get: {
        operationId: 'listItems',
        'x-ispkit-pagination': {
          iterator: 'iterateItems',
          page: 'page',
          perPage: 'per_page',
          maxPerPage: 50,
          items: 'data',
          lastPage: 'last',
        },
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: { type: 'object', properties: { data: { type: 'array', items: { $ref: '#/components/schemas/Item' } } } },
              },
            },
          },
          '404': { description: 'x' },
        },
      },
      post: {
        operationId: 'addItem',
        responses: {
          '201': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Item' } } } },
        },
      },
    },
    '/pay': { get: { operationId: 'payLink', 'x-ispkit-idempotent': false, responses: { '200': { description: 'ok' } } } },
  },
  ...extra,
});

describe('buildMeta', () => {
  it('reads idempotency, pagination, query credentials and strict 2xx schemas', () => {
    const meta = buildMeta(spec({ 'x-ispkit-failure': { property: 'status', value: false, message: 'message' } }));
    expect(meta.failure).toEqual({ property: 'status', value: false, message: ['message'] });
    expect(meta.secretQueryParams).toEqual(['token']);
    expect(Object.fromEntries(Object.entries(meta.operations).map(([id, op]) => [id, op.idempotent]))).toEqual({
      listItems: true,
      addItem: false,
      payLink: false,
    });
    expect(meta.operations.listItems!.pagination?.maxPerPage).toBe(50);
    expect(Object.keys(meta.operations.listItems!.responses)).toEqual(['200']);
    expect(meta.operations.addItem!.responses['201']).toEqual({
      ...item,
      additionalProperties: false,
      properties: { id: { type: 'integer' }, name: { type: 'string' } },
    });
  });

  it('refuses a keyword the runtime would silently ignore', () => {
    const bad = spec();
    (bad.components!.schemas as Record<string, object>).Item = { ...item, uniqueItems: true };
    expect(() => buildMeta(bad)).toThrow(
      'listItems (GET /items) 200/data/items: the runtime cannot check the keyword "uniqueItems"',
    );
  });

  it('refuses malformed extensions', () => {
    expect(() => buildMeta(spec({ 'x-ispkit-failure': { value: false } }))).toThrow('x-ispkit-failure must be');
    const bad = spec();
    (bad.paths['/pay']!.get as Record<string, unknown>)['x-ispkit-idempotent'] = 'no';
    expect(() => buildMeta(bad)).toThrow('payLink (GET /pay): x-ispkit-idempotent must be true or false');
  });
});

describe('shareSchemas', () => {
  it('stores a repeated shape once and validates exactly as the inline copies did', () => {
    const meta = buildMeta(spec());
    const shared = shareSchemas(meta);
    expect(shared.schemas).toHaveLength(1);
    expect(shared.operations.addItem!.responses['201']).toEqual({ $ref: '#/0' });
    for (const value of [{ id: 1 }, { id: 'x' }, { id: 1, extra: 1 }, {}]) {
      expect(validate(shared.operations.addItem!.responses['201']!, value, shared.schemas)).toEqual(
        validate(meta.operations.addItem!.responses['201']!, value),
      );
    }
  });
});

describe('markAllRequired', () => {
  const meta = (schema: JsonSchema): VendorMeta => ({
    secretQueryParams: [],
    operations: { op: { method: 'GET', path: '/', idempotent: true, responses: { '200': schema } } },
  });
  const all = { type: 'object', required: ['a', 'b'], properties: { a: { type: 'integer' }, b: { type: 'string' } } };
  const some = { type: 'object', required: ['a'], properties: { a: { type: 'integer' }, b: { type: 'string' } } };

  it('writes true only where every declared property is required, and validates exactly as the list did', () => {
    const marked = markAllRequired(meta({ type: 'array', items: all })).operations.op!.responses['200'];
    expect(marked).toEqual({ type: 'array', items: { ...all, required: true } });
    expect(markAllRequired(meta(some)).operations.op!.responses['200']).toEqual(some);
    // Another order would report missing properties in another order: left as it is.
    const reordered = { ...all, required: ['b', 'a'] };
    expect(markAllRequired(meta(reordered)).operations.op!.responses['200']).toEqual(reordered);
    for (const value of [[{ a: 1, b: 'x' }], [{ a: 1 }], [{}], [{ b: 'x', c: 1 }]]) {
      expect(validate(marked!, value)).toEqual(validate({ type: 'array', items: all }, value));
    }
  });
});
