import type { OpenApiDocument, Recording } from '@ispkit/mock';
import { listOperations } from '@ispkit/mock';
import { describe, expect, it } from 'vitest';
import { evidenceReport } from '../src/evidence.js';

// The evidence report must be able to fail: an inferred body on an unmarked schema, or a vendor's
// body on a schema marked inferred, are both reported.
const spec: OpenApiDocument = {
  openapi: '3.1.0',
  paths: {
    '/seen': {
      get: {
        operationId: 'seen',
        responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Seen' } } } } },
      },
    },
    '/guessed': { get: { operationId: 'guessed', responses: { '200': { $ref: '#/components/responses/Guessed' } } } },
    '/guessedSchema': {
      get: {
        operationId: 'guessedSchema',
        responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Guess' } } } } },
      },
    },
  },
  components: {
    responses: {
      Guessed: { 'x-ispkit-evidence': 'inferred', content: { 'application/json': { schema: { type: 'object' } } } },
    },
    schemas: {
      Seen: { type: 'object' },
      Guess: { type: 'object', 'x-ispkit-evidence': 'inferred' },
    },
  },
};
const operations = listOperations(spec);

function recording(operationId: string, source: Recording['provenance']['source']): Recording {
  return {
    operationId,
    name: `${operationId}.200`,
    provenance: { source, captured: '2026-11-23' },
    request: { method: 'GET', path: `/${operationId}` },
    response: { status: 200, contentType: 'application/json', body: {} },
  };
}

describe('evidence report', () => {
  it('counts vendor-backed and inferred-only operations when the markings agree', () => {
    const report = evidenceReport(spec, operations, [
      recording('seen', 'docs'),
      recording('guessed', 'inferred'),
      recording('guessedSchema', 'inferred'),
    ]);
    expect(report).toEqual({ operations: 3, vendorBacked: ['seen'], inferredOnly: ['guessed', 'guessedSchema'], mismatches: [] });
  });

  it('reports an inferred body whose schema is not marked inferred', () => {
    const report = evidenceReport(spec, operations, [recording('seen', 'inferred')]);
    expect(report.mismatches).toEqual([
      'seen.200: an inferred body whose response schema is not marked x-ispkit-evidence: inferred',
    ]);
    expect(report.inferredOnly).toEqual(['seen']);
  });

  it('reports a vendor body on a response or schema marked inferred', () => {
    const report = evidenceReport(spec, operations, [recording('guessed', 'live'), recording('guessedSchema', 'docs')]);
    expect(report.mismatches).toHaveLength(2);
    expect(report.vendorBacked).toEqual(['guessed', 'guessedSchema']);
  });

  it('ignores error recordings: only successes back an operation', () => {
    const error = {
      ...recording('seen', 'docs'),
      name: 'seen.404',
      response: { status: 404, contentType: 'application/json', body: {} },
    };
    expect(evidenceReport(spec, operations, [error]).vendorBacked).toEqual([]);
  });
});
