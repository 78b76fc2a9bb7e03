import type { OpenApiDocument, Recording } from '@ispkit/mock';
import { describe, expect, it } from 'vitest';
import { loadVendor } from '../src/context.js';
import { FAKE_SECRET, materialize } from '../src/http.js';
import { selectedNames } from '../src/selection.js';
import { clients } from '../src/vendors.js';

/** The name of the query parameter that carries the credential, when the spec's security scheme is an apiKey in the query. */
function queryCredential(spec: OpenApiDocument): string | undefined {
  const schemes = Object.values(
    (spec.components?.securitySchemes ?? {}) as Record<string, { type?: string; in?: string; name?: string }>,
  );
  return schemes.find((s) => s.type === 'apiKey' && s.in === 'query' && s.name)?.name;
}

const urlOf = (input: Parameters<typeof fetch>[0]) =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

describe('query credential detection', () => {
  const spec = (scheme: object): OpenApiDocument => ({
    openapi: '3.1.0',
    paths: {},
    components: { securitySchemes: { auth: scheme } },
  });

  it('finds an apiKey in the query, and only there', () => {
    expect(queryCredential(spec({ type: 'apiKey', in: 'query', name: 'token' }))).toBe('token');
    expect(queryCredential(spec({ type: 'apiKey', in: 'header', name: 'X-Authorization' }))).toBeUndefined();
    expect(queryCredential(spec({ type: 'http', scheme: 'bearer' }))).toBeUndefined();
  });
});

// hey-api 0.95 writes a query apiKey only into a call's existing `query` object, so a call with no
// other query parameters would go out without the credential. The published clients must send it
// on every request, whatever else the call carries: this records the URLs each client fetches.
const withQueryCredential = selectedNames.filter((name) => queryCredential(loadVendor(name).spec) !== undefined);

describe.each(withQueryCredential)('%s: the query credential is on every request', (name) => {
  const vendor = loadVendor(name);
  const parameter = queryCredential(vendor.spec)!;
  const successes = vendor.recordings.filter((r) => r.response.status < 300);
  const variants = {
    'with its recorded parameters': (r: Recording) => materialize(r.request.options ?? {}),
    'without any other query parameter': (r: Recording) => ({ ...materialize(r.request.options ?? {}), query: undefined }),
  };
  const cases = successes.flatMap((r) =>
    Object.entries(variants).map(([variant, options]) => [r.operationId, variant, r, options(r)] as const),
  );

  it.each(cases)('%s, %s', async (_, __, recording, options) => {
    const urls: string[] = [];
    // Answers in place of the server with the recorded body: only the URL the client built matters here.
    const recordingFetch: typeof fetch = async (input) => {
      urls.push(urlOf(input));
      const { status, contentType, body } = recording.response;
      return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
    };
    const client = clients[name]('https://vendor.invalid', recordingFetch, { validation: 'off', maxRetries: 0 });
    await client[recording.operationId]!(options).catch(() => undefined);
    expect(urls).toHaveLength(1);
    expect(new URL(urls[0]!).searchParams.getAll(parameter)).toEqual([FAKE_SECRET]);
  });

  it('covers every operation of the spec', () => {
    const covered = new Set(cases.map(([operationId]) => operationId));
    expect(vendor.operations.map((o) => o.operationId).filter((id) => !covered.has(id))).toEqual([]);
  });
});
