import { StrictSchemas } from '@ispkit/mock';
import { describe, expect, it } from 'vitest';
import { parseCurl } from '../src/curl.js';
import { materialize, rawRequest, requestViolations } from '../src/http.js';
import { flipType, mutants } from '../src/mutants.js';
import { createValidator } from '../src/validator.js';

// The suite's own tools must be able to fail: these pin the behaviour the contract tests rely on.
describe('strict schemas', () => {
  const spec = {
    openapi: '3.1.0',
    paths: {},
    components: {
      schemas: {
        Base: { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } },
        Extended: {
          allOf: [
            { $ref: '#/components/schemas/Base' },
            { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
          ],
        },
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
    const document = { a: 'x', b: [1, null], c: { d: true } };
    const all = [...mutants(document)];
    const found = all.map((m) => `${m.kind} ${m.pointer}`);
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
    // Each mutant has its one defect, and the original none.
    expect(document).toEqual({ a: 'x', b: [1, null], c: { d: true } });
    expect(all.find((m) => m.pointer === '/c/d' && m.kind === 'delete-key')?.document).toEqual({ a: 'x', b: [1, null], c: {} });
    expect(all.find((m) => m.pointer === '/b/1')?.document).toEqual({ a: 'x', b: [1, true], c: { d: true } });
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

  it('collects -F parts, files apart, and defaults to POST', () => {
    const curl = parseCurl(
      "curl http://h.test/t -F 'company=Acme' -F 'groups_in[]=1' --form 'file[]=@/tmp/a b.pdf;type=application/pdf'",
    );
    expect(curl).toMatchObject({
      method: 'POST',
      data: [],
      form: [
        { name: 'company', value: 'Acme' },
        { name: 'groups_in[]', value: '1' },
        { name: 'file[]', file: '/tmp/a b.pdf', type: 'application/pdf' },
      ],
    });
    expect(() => parseCurl("curl http://h.test/t -d 'a=1' -F 'b=2'")).toThrow(/-d and -F/);
  });
});

describe('requests built from recordings', () => {
  const spec = {
    openapi: '3.1.0',
    paths: { '/things': { post: { requestBody: { content: { 'multipart/form-data': { schema: { type: 'object' } } } } } } },
  };
  const recording = {
    operationId: 'addThing',
    name: 'addThing.200',
    provenance: { source: 'docs' as const, captured: '2026-11-23' },
    request: {
      method: 'POST',
      path: '/things',
      options: {
        body: { name: 'a', 'tags[]': ['1', '2'], 'file[]': [{ $file: { name: 'n.txt', type: 'text/plain', content: 'hi' } }] },
      },
    },
    response: { status: 200, contentType: 'application/json', body: {} },
  };

  it('turns file placeholders into files and leaves everything else alone', async () => {
    const options = materialize(recording.request.options);
    const file = options.body['file[]'][0] as unknown as File;
    expect(file).toBeInstanceOf(File);
    expect([file.name, file.type, await file.text()]).toEqual(['n.txt', 'text/plain', 'hi']);
    expect(options.body['tags[]']).toEqual(['1', '2']);
    expect(recording.request.options.body['file[]'][0]).toHaveProperty('$file');
  });

  it('sends a multipart body one part per array item, letting fetch set the boundary', () => {
    const { init } = rawRequest(spec, 'http://h.test', recording);
    expect(init.headers['Content-Type']).toBeUndefined();
    const form = init.body as FormData;
    expect(form.getAll('tags[]')).toEqual(['1', '2']);
    expect(form.get('name')).toBe('a');
    expect((form.get('file[]') as File).name).toBe('n.txt');
  });
});

describe('request violations', () => {
  it("reads Prism's own problem+json as well as its header", async () => {
    const problem = new Response(
      JSON.stringify({
        status: 422,
        validation: [{ location: ['body'], code: 'required', message: "must have required property 'company'" }],
      }),
      {
        status: 422,
        headers: {
          'content-type': 'application/problem+json',
          'sl-violations': JSON.stringify([{ location: ['request', 'query', 'x'], code: 1, message: 'm' }]),
        },
      },
    );
    expect((await requestViolations(problem)).map((v) => v.location.join('.'))).toEqual(['request.query.x', 'request.body']);
    expect(await requestViolations(new Response('{}', { headers: { 'content-type': 'application/json' } }))).toEqual([]);
  });
});
