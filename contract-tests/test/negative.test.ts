import type { Recording } from '@ispkit/mock';
import { HttpError } from '@ispkit/runtime';
import { describe, expect, inject, it } from 'vitest';
import { loadVendor } from '../src/context.js';
import { materialize, rawRequest, requestContentType, requestViolations, violations } from '../src/http.js';
import { selectedNames } from '../src/selection.js';
import { createValidator } from '../src/validator.js';
import { clients } from '../src/vendors.js';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: { enum?: unknown[]; pattern?: string; format?: string };
}

// Candidates for a value that breaks a parameter's pattern or format; the first one the schema rejects is sent.
const MALFORMED = ['not-a-valid-value', '0', '-1', '2026-13-45'];

interface BodySchema {
  properties?: Record<string, { enum?: unknown[] }>;
}

/** A value of the same JSON type as an enum's members that the enum does not list; undefined for a mixed enum. */
function outsideEnum(listed: unknown[]): unknown {
  if (listed.length && listed.every((v) => typeof v === 'number')) return Math.max(...(listed as number[])) + 1;
  if (listed.length && listed.every((v) => typeof v === 'string')) {
    let value = 'not-a-listed-value';
    while (listed.includes(value)) value += '-x';
    return value;
  }
  return undefined;
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

  /** The query parameters of a recording's operation, `$ref`s resolved and schemas made strict. */
  const queryParameters = (recording: Recording): Parameter[] => {
    const operation = vendor.operations.find((o) => o.operationId === recording.operationId)!;
    return ((operation.operation.parameters ?? []) as unknown[])
      .map((p) => vendor.schemas.strict(p) as unknown as Parameter)
      .filter((p) => p.in === 'query');
  };

  const enumCases = successes.flatMap((recording) =>
    queryParameters(recording)
      .filter((p) => p.schema?.enum)
      .map((p) => [`${recording.operationId} ?${p.name}`, recording, p.name] as const),
  );
  it.each(enumCases)('%s out of its enum answers 422 with the violation', async (_, recording, parameter) => {
    const query = { ...recording.request.options?.query, [parameter]: 'not-a-listed-value' };
    const response = await send(recording, { query });
    expect(response.status).toBe(422);
    expect((await requestViolations(response)).map((v) => v.location.join('.'))).toContain(`request.query.${parameter}`);
  });

  const malformedCases = successes.flatMap((recording) =>
    queryParameters(recording)
      .filter((p) => !p.schema?.enum && (p.schema?.pattern !== undefined || p.schema?.format !== undefined))
      .flatMap((p) => {
        const accepts = createValidator().compile(p.schema as object);
        const value = MALFORMED.find((candidate) => !accepts(candidate));
        return value === undefined ? [] : [[`${recording.operationId} ?${p.name}=${value}`, recording, p.name, value] as const];
      }),
  );
  it.each(malformedCases)('%s (malformed) answers 422 with the violation', async (_, recording, parameter, value) => {
    const query = { ...recording.request.options?.query, [parameter]: value };
    const response = await send(recording, { query });
    expect(response.status).toBe(422);
    expect((await requestViolations(response)).map((v) => v.location.join('.'))).toContain(`request.query.${parameter}`);
  });

  const missingQueryCases = successes.flatMap((recording) =>
    queryParameters(recording)
      .filter((p) => p.required && recording.request.options?.query?.[p.name] !== undefined)
      .map((p) => [`${recording.operationId} without ?${p.name}`, recording, p.name] as const),
  );
  it.each(missingQueryCases)('%s answers 422 with the violation', async (_, recording, parameter) => {
    const query = { ...recording.request.options?.query };
    delete query[parameter];
    const response = await send(recording, { query });
    expect(response.status).toBe(422);
    const found = await requestViolations(response);
    expect(
      found.filter((v) => v.location.join('.') === `request.query.${parameter}` || v.message.includes(`'${parameter}'`)),
    ).not.toEqual([]);
  });

  const bodyCases = successes
    .filter((r) => r.request.options?.body && typeof r.request.options.body === 'object')
    .flatMap((recording) => {
      const { path, method } = recording.request;
      const schema = vendor.schemas.requestBody(path, method, requestContentType(vendor.spec, path, method)) as {
        required?: string[];
      };
      return (schema.required ?? []).map((field) => [`${recording.operationId} without ${field}`, recording, field] as const);
    });
  it.each(bodyCases)('%s answers 422 with the violation', async (_, recording, field) => {
    const body = { ...(recording.request.options!.body as object) } as Record<string, unknown>;
    delete body[field];
    const response = await send(recording, { body });
    expect(response.status).toBe(422);
    expect(JSON.stringify(await requestViolations(response))).toContain(field);
  });

  // Every enum among a body's fields, sent with a value of the enum's own type that it does not list:
  // a wrong code (status 4 of 0..3) must be refused, not only a wrong type.
  const bodyEnumCases = successes
    .filter((r) => r.request.options?.body && typeof r.request.options.body === 'object')
    .flatMap((recording) => {
      const { path, method } = recording.request;
      const schema = vendor.schemas.requestBody(path, method, requestContentType(vendor.spec, path, method)) as BodySchema;
      return Object.entries(schema.properties ?? {}).flatMap(([field, property]) => {
        const value = property.enum && outsideEnum(property.enum);
        if (value === undefined) return [];
        return [[`${recording.operationId} ${field}=${JSON.stringify(value)}`, recording, field, value] as const];
      });
    });
  it.each(bodyEnumCases)('%s (out of its enum) answers 422 with the violation', async (_, recording, field, value) => {
    const body = { ...(recording.request.options!.body as object), [field]: value };
    const response = await send(recording, { body: materialize(body) });
    expect(response.status).toBe(422);
    const found = await requestViolations(response);
    expect(found.map((v) => v.location.join('.'))).toContain(`request.body.${field}`);
  });

  // Guards the dialect: Prism validating as draft-07 or the OAS base dialect lets this through.
  // Prism 5.12 checks undeclared fields in JSON bodies only: it keeps just the declared fields of a
  // form or multipart body before validating, so an extra field there passes unseen.
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
      const call = client[recording.operationId]!({ ...materialize(recording.request.options), headers: { Prefer: 'code=404' } });
      const error = await call.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(HttpError);
      const httpError = error as HttpError;
      expect(httpError.status).toBe(404);
      expect(httpError.message).toContain(`${recording.request.method.toUpperCase()} `);
      expect(
        vendor.checkResponse(recording.request.path, recording.request.method, 404, 'application/json', httpError.body),
      ).toEqual([]);
    },
  );

  it('has at least one case of each kind', () => {
    expect(successes.length).toBeGreaterThan(0);
    expect(bodyCases.length + enumCases.length + malformedCases.length + missingQueryCases.length).toBeGreaterThan(0);
    // Body cases exist only where the spec takes request bodies.
    if (vendor.operations.some((o) => o.operation.requestBody)) expect(jsonBodies.length + bodyCases.length).toBeGreaterThan(0);
  });
});
