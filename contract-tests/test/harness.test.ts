import { describe, expect, it } from 'vitest';
import { parseCurl } from '../src/curl.js';
import { flipType, mutants } from '../src/mutants.js';
import { StrictSchemas } from '@ispkit/codegen';
import { createValidator } from '../src/validator.js';

// The suite's own tools must be able to fail: these pin the behaviour the contract tests rely on.
describe('strict schemas', () => {
  const spec = {
    openapi: '3.1.0',
    paths: {},
    components: {
      schemas: {
        Base: { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } },
        Extended: { allOf: [{ $ref: '#/components/schemas/Base' }, { type: 'object', required: ['name'], properties: { name: { type: 'string' } } }] },
        Open: { type: 'object', additionalProperties: { type: 'string' } },
      },
    },
  };
  const schemas = new StrictSchemas(spec);
  const validate = (ref: string, value: unknown) => createValidator().compile(schemas.strict({ $ref: ref }))(value);

  it('rejects a property the schema does not declare', () => {
    expect(validate('#/components/schemas/Base', { id: 1 })).toBe(true);
    expect(validate('#/components/schemas/Base', { id: 1, extra: true })).toBe(false);
  });

  it('closes an allOf as a whole: members do not reject each other, extras still fail', () => {
    expect(validate('#/components/schemas/Extended', { id: 1, name: 'a' })).toBe(true);
    expect(validate('#/components/schemas/Extended', { id: 1 })).toBe(false);
    expect(validate('#/components/schemas/Extended', { id: 1, name: 'a', extra: 1 })).toBe(false);
  });

  it('keeps what the spec says about additional properties', () => {
    expect(validate('#/components/schemas/Open', { any: 'x' })).toBe(true);
    expect(validate('#/components/schemas/Open', { any: 1 })).toBe(false);
  });
});

describe('mutants', () => {
  it('flips every leaf and deletes every key', () => {
    const found = [...mutants({ a: 'x', b: [1, null], c: { d: true } })].map((m) => `${m.kind} ${m.pointer}`);
    expect(found).toEqual([
      'delete-key /a',
      'flip-type /a',
      'delete-key /b',
      'flip-type /b/0',
      'flip-type /b/1',
      'delete-key /c',
      'delete-key /c/d',
      'flip-type /c/d',
    ]);
  });

  it('changes the JSON type of a value', () => {
    for (const value of ['s', 1, true, null]) expect(typeof flipType(value)).not.toBe(value === null ? 'object' : typeof value);
  });
});

describe('curl parser', () => {
  it("reads the docs' `-H 'Name=value'` as the header they meant and says so", () => {
    const curl = parseCurl("curl \\\n-X GET http://h.test/api/plans \\\n-H 'X-Authorization=abc'");
    expect(curl).toMatchObject({ method: 'GET', url: 'http://h.test/api/plans', headers: [['X-Authorization', 'abc']] });
    expect(curl.corrections).toHaveLength(1);
  });

  it('collects -d fields and defaults to POST', () => {
    const curl = parseCurl("curl http://h.test/t -H 'Accept: application/json' -d 'a=1' -d 'b=two words'");
    expect(curl).toMatchObject({ method: 'POST', data: ['a=1', 'b=two words'], corrections: [] });
  });
});
