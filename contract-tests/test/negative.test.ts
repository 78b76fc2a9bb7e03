import type { Recording } from '@ispkit/mock';
import { HttpError } from '@ispkit/runtime';
import { describe, expect, inject, it } from 'vitest';
import { loadVendor } from '../src/context.js';
import { rawRequest, requestContentType, violations } from '../src/http.js';
import { clients } from '../src/vendors.js';
import { selectedNames } from '../src/selection.js';

interface Parameter {
  name: string;
  in: string;
  schema?: { enum?: unknown[]; $ref?: string };
}

describe.each(selectedNames)('%s negative cases', (name) => {
  const vendor = loadVendor(name);
  const baseUrl = inject('mocks')[name] as string;
  const successes = vendor.recordings.filter((r) => r.response.status < 300);
  const send = async (recording: Recording, options: Parameters<typeof rawRequest>[3] = {}) => {
    const { url, init } = rawRequest(vendor.spec, baseUrl, recording, options);
    return fetch(url, init);
  };

  it.each(successes.map((r) => [r.operationId, r] as const))('%s without credentials answers 401', async (_, recording) => {
    const response = await send(recording, { credentials: false });
    expect(response.status).toBe(401);
    expect(violations(response).map((v) => v.code)).toContain(401);
  });

  const enumCases = successes.flatMap((recording) => {
    const operation = vendor.operations.find((o) => o.operationId === recording.operationId)!;
    const parameters = (operation.operation.parameters ?? []) as Parameter[];
    return parameters
      .filter((p) => p.in === 'query')
      .filter((p) => (vendor.schemas.strict(p.schema) as { enum?: unknown[] }).enum)
      .map((p) => [`${recording.operationId} ?${p.name}`, recording, p.name] as const);
  });
  it.each(enumCases)('%s out of its enum answers 422 with the violation', async (_, recording, parameter) => {
    const query = { ...recording.request.options?.query, [parameter]: 'not-a-listed-value' };
    const response = await send(recording, { query });
    expect(response.status).toBe(422);
    expect(violations(response).map((v) => v.location.join('.'))).toContain(`request.query.${parameter}`);
  });

  const bodyCases = successes
    .filter((r) => r.request.options?.body && typeof r.request.options.body === 'object')
    .flatMap((recording) => {
      const { path, method } = recording.request;
      const schema = vendor.schemas.requestBody(path, method, requestContentType(vendor.spec, path, method)) as { required?: string[] };
      return (schema.required ?? []).map((field) => [`${recording.operationId} without ${field}`, recording, field] as const);
    });
  it.each(bodyCases)('%s answers 422 with the violation', async (_, recording, field) => {
    const body = { ...(recording.request.options!.body as object) } as Record<string, unknown>;
    delete body[field];
    const response = await send(recording, { body });
    expect(response.status).toBe(422);
    expect(JSON.stringify(violations(response))).toContain(field);
  });

  // Guards the dialect: Prism validating as draft-07 or the OAS base dialect lets this through.
  // Prism 5.12 checks undeclared fields in JSON bodies only, not in form bodies.
  const jsonBodies = successes.filter(
    (r) => r.request.options?.body && requestContentType(vendor.spec, r.request.path, r.request.method) === 'application/json',
  );
  it.each(jsonBodies.map((r) => [r.operationId, r] as const))(
    '%s with an undeclared body field answers 422',
    async (_, recording) => {
      const body = { ...(recording.request.options!.body as object), undeclared_field: 'x' };
      const response = await send(recording, { body });
      expect(response.status).toBe(422);
    },
  );

  const notFoundCases = successes.filter((r) => {
    const operation = vendor.operations.find((o) => o.operationId === r.operationId)!;
    return '404' in ((operation.operation.responses ?? {}) as object);
  });
  it.each(notFoundCases.map((r) => [r.operationId, r] as const))(
    '%s for an unknown record rejects with an HttpError carrying the documented 404 body',
    async (_, recording) => {
      const client = clients[name](baseUrl, fetch);
      const call = client[recording.operationId]!({ ...recording.request.options, headers: { Prefer: 'code=404' } });
      const error = await call.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(HttpError);
      const httpError = error as HttpError;
      expect(httpError.status).toBe(404);
      expect(httpError.message).toContain(`${recording.request.method.toUpperCase()} `);
      expect(vendor.checkResponse(recording.request.path, recording.request.method, 404, 'application/json', httpError.body)).toEqual([]);
    },
  );

  it('has at least one case of each kind', () => {
    expect(successes.length).toBeGreaterThan(0);
    expect(bodyCases.length + enumCases.length).toBeGreaterThan(0);
    expect(jsonBodies.length + bodyCases.length).toBeGreaterThan(0);
  });
});
