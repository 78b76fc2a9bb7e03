import {
  AuthenticationError,
  HttpError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  ValidationError,
} from '@ispkit/runtime';
import { describe, expect, inject, it } from 'vitest';
import { loadVendor } from '../src/context.js';
import { materialize } from '../src/http.js';
import { selectedNames } from '../src/selection.js';
import { clients } from '../src/vendors.js';

const CLASSES = {
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ValidationError,
  RateLimitError,
  ServerError,
} as const;
type ClassName = keyof typeof CLASSES;

/**
 * What each declared error answer means, written by hand from the vendor documentation (not
 * read from the metadata under test): the spec's response name, or `name example`, → class,
 * and the field errors the example body carries.
 */
const EXPECTED: Record<string, Record<string, { error: ClassName; fields?: Record<string, string[]> }>> = {
  smartisp: {
    Unauthorized: { error: 'AuthenticationError' },
    TicketNotFound: { error: 'NotFoundError' },
    ValidationFailed: { error: 'ValidationError', fields: { status: ['The selected status is invalid.'] } },
  },
  zalultra: {
    Unauthorized: { error: 'AuthenticationError' },
    TicketNotFound: { error: 'NotFoundError' },
    ValidationFailed: { error: 'ValidationError' },
  },
  'suricata-wispro': { Unauthorized: { error: 'AuthenticationError' } },
  pmp: {
    // "API Module is not active": the installation refuses API access, whatever the token.
    ModuleInactive: { error: 'PermissionDeniedError' },
    Forbidden: { error: 'PermissionDeniedError' },
    'NoData notFound': { error: 'NotFoundError' },
    'NoData token': { error: 'AuthenticationError' },
    TicketNotFound: { error: 'NotFoundError' },
    'AddFailed validation': { error: 'ValidationError', fields: { company: ['The Company field is required.'] } },
    ChangeFailed: { error: 'NotFoundError' },
    EmptyBody: { error: 'ValidationError' },
  },
};

interface Case {
  operationId: string;
  status: string;
  response: string;
  example?: string;
  options: object;
}

describe.each(selectedNames)('%s error classes from its mock', (name) => {
  const vendor = loadVendor(name);
  const baseUrl = inject('mocks')[name] as string;
  const client = clients[name](baseUrl, fetch);
  const raised = new Set<string>();

  const cases: Case[] = [];
  for (const { operationId, operation } of vendor.operations) {
    const recording = vendor.recordings.find((r) => r.operationId === operationId && r.response.status < 300);
    if (!recording) continue;
    for (const [status, response] of Object.entries((operation.responses ?? {}) as Record<string, { $ref?: string }>)) {
      if (!/^[45]\d\d$/.test(status)) continue;
      // Every error answer of the specs is a shared one (`#/components/responses/<name>`).
      expect(response.$ref, `${operationId} ${status}`).toMatch(/^#\/components\/responses\//);
      const ref = response.$ref!.split('/').pop()!;
      const responses = vendor.spec.components?.responses as Record<string, { content?: Record<string, { examples?: object }> }>;
      const examples = Object.keys(responses[ref]?.content?.['application/json']?.examples ?? {});
      const options = materialize(recording.request.options ?? {});
      if (examples.length === 0) cases.push({ operationId, status, response: ref, options });
      for (const example of examples) cases.push({ operationId, status, response: ref, example, options });
    }
  }

  it.each(cases.map((c) => [`${c.operationId} ${c.status} ${c.response}${c.example ? ` ${c.example}` : ''}`, c] as const))(
    '%s raises the class its meaning calls for',
    async (_, c) => {
      const key = c.example && EXPECTED[name]![`${c.response} ${c.example}`] ? `${c.response} ${c.example}` : c.response;
      const expected = EXPECTED[name]![key];
      expect(expected, `an expectation for ${name} ${key}`).toBeDefined();
      const prefer = `code=${c.status}${c.example ? `, example=${c.example}` : ''}`;
      const call = client[c.operationId]!;
      const error = await call({ ...c.options, headers: { Prefer: prefer } }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(CLASSES[expected!.error]);
      expect(error).toBeInstanceOf(HttpError);
      expect((error as HttpError).status).toBe(Number(c.status));
      if (expected!.fields) expect((error as ValidationError).fieldErrors).toEqual(expected!.fields);
      raised.add(expected!.error);
    },
  );

  it('raised every class the spec declares a status for', () => {
    const wanted = new Set(Object.values(EXPECTED[name]!).map((e) => e.error));
    expect([...raised].sort()).toEqual([...wanted].sort());
  });
});
