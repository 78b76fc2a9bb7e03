import type { OpenApiDocument } from '@ispkit/mock';
import { describe, expect, it } from 'vitest';
import { checkDescriptions, renderClient } from './render.js';

const spec = (body?: string, security?: unknown): OpenApiDocument => ({
  openapi: '3.1.0',
  security: [{ key: [] }],
  components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } },
  paths: {
    '/items': {
      post: {
        operationId: 'addItem',
        ...(security !== undefined && { security }),
        ...(body && { requestBody: { content: { [body]: { schema: { type: 'object' } } } } }),
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
});

// The shape of hey-api's function for the operation, with the marker of its encoding.
const sdk = (marker: string) =>
  `export const addItem = (options) => (options.client ?? client).post({\n    ${marker}\n    url: '/items',\n    ...options\n});\n`;

describe('renderClient', () => {
  it('names the body encoding of the spec, which the runtime sends without the generated function', () => {
    const rendered = renderClient(spec('multipart/form-data'), 'spec.yaml', 'demo');
    expect(rendered.operations).toContain('"encoding":multipartEncoding');
    expect(rendered.operations).toContain("import type * as sdk from './sdk.gen.js';");
    expect(renderClient(spec(), 'spec.yaml', 'demo').operations).not.toContain('"encoding"');
  });

  it('refuses what the runtime would send differently: another body type, a security of its own', () => {
    expect(() => renderClient(spec('text/plain'), 'spec.yaml', 'demo')).toThrow('cannot send a request body of type text/plain');
    expect(() => renderClient(spec(undefined, []), 'spec.yaml', 'demo')).toThrow('a security of its own');
  });

  it('fails the build where hey-api would describe the request otherwise', () => {
    const rendered = renderClient(spec('application/x-www-form-urlencoded'), 'spec.yaml', 'demo');
    expect(() => checkDescriptions(sdk('...urlSearchParamsBodySerializer,'), rendered)).not.toThrow();
    expect(() => checkDescriptions(sdk('...formDataBodySerializer,'), rendered)).toThrow('disagrees with the facts on encoding');
    expect(() => checkDescriptions(sdk('').replace('/items', '/other'), rendered)).toThrow('path /items');
  });
});
