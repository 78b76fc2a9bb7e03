import { describe, expect, it } from 'vitest';
import type { OpenApiDocument } from './openapi.js';
import { buildPublishedSpec } from './published-spec.js';
import type { Recording } from './recordings.js';

const spec: OpenApiDocument = {
  openapi: '3.1.0',
  paths: {
    '/items/{id}': {
      parameters: [{ $ref: '#/components/parameters/Id' }],
      get: { operationId: 'getItem', responses: { '200': { $ref: '#/components/responses/Item' } } },
      post: {
        operationId: 'setItem',
        requestBody: {
          content: {
            'application/json': { schema: { type: 'object', properties: { tag: { type: 'array' } } } },
            'application/x-www-form-urlencoded': { schema: { $ref: '#/components/schemas/Form' } },
          },
        },
        responses: { '200': { $ref: '#/components/responses/Item' } },
      },
    },
  },
  components: {
    parameters: { Id: { name: 'id', in: 'path', required: true, schema: { type: 'integer' } } },
    responses: { Item: { description: 'An item.', content: { 'application/json': { schema: { type: 'object' } } } } },
    schemas: { Form: { type: 'object', properties: { 'tag[]': { type: 'array' } } } },
  },
};

const recording = (name: string, operationId: string, method: string, id: number, extra: Partial<Recording> = {}): Recording => ({
  name,
  operationId,
  provenance: { source: 'docs', captured: '2026-11-23', section: `Section of ${name}` },
  request: { method, path: '/items/{id}', options: { path: { id }, ...(method === 'POST' && { body: { tag: ['a', 'b'] } }) } },
  response: { status: 200, contentType: 'application/json', body: { name } },
  ...extra,
});

describe('buildPublishedSpec', () => {
  const published = buildPublishedSpec(spec, [
    recording('getItem.200', 'getItem', 'GET', 1),
    recording('setItem.200', 'setItem', 'POST', 2),
    recording('getItem.200.docs-error', 'getItem', 'GET', 3, { knownDocsError: 'a project, not an item' }),
  ]);
  type Operation = { parameters: unknown[]; responses: Record<string, unknown>; requestBody: unknown };
  const item = published.paths['/items/{id}'] as { parameters?: unknown; get: Operation; post: Operation };

  it('gives each operation its own parameters and responses, with its recordings as examples', () => {
    expect(item.parameters).toBeUndefined();
    expect(item.get.parameters).toEqual([
      {
        name: 'id',
        in: 'path',
        required: true,
        schema: { type: 'integer' },
        examples: { 'getItem.200': { summary: 'Section of getItem.200', value: 1 } },
      },
    ]);
    expect(item.post.parameters[0]).toMatchObject({ examples: { 'setItem.200': { value: 2 } } });
    expect(item.get.responses['200']).toMatchObject({
      content: { 'application/json': { examples: { 'getItem.200': { value: { name: 'getItem.200' } } } } },
    });
    // Every copy is the operation's own: the shared components are gone, the input spec untouched.
    expect(published.components?.parameters).toBeUndefined();
    expect(published.components?.responses).toBeUndefined();
    expect(spec.components?.parameters).toBeDefined();
  });

  it('leaves a known docs error out', () => {
    expect(JSON.stringify(published)).not.toContain('docs-error');
  });

  it('puts the body example on every encoding, under the PHP array names a form schema declares', () => {
    const content = item.post.requestBody as { content: Record<string, { examples: Record<string, { value: unknown }> }> };
    expect(content.content['application/json']!.examples['setItem.200']!.value).toEqual({ tag: ['a', 'b'] });
    expect(content.content['application/x-www-form-urlencoded']!.examples['setItem.200']!.value).toEqual({ 'tag[]': ['a', 'b'] });
  });
});
