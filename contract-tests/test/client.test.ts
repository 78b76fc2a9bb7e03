import { describe, expect, inject, it } from 'vitest';
import { loadVendor } from '../src/context.js';
import { materialize, requestContentType, violations } from '../src/http.js';
import { selectedNames } from '../src/selection.js';
import { clients } from '../src/vendors.js';

describe.each(selectedNames)('%s client against its mock', (name) => {
  const vendor = loadVendor(name);
  const baseUrl = inject('mocks')[name] as string;
  const called = new Set<string>();

  // Keeps Prism's findings on every exchange the client makes.
  const findings: string[] = [];
  let sentType: string | undefined;
  const observingFetch: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    sentType = request.headers.get('content-type')?.split(';')[0];
    const response = await fetch(input, init);
    for (const v of violations(response)) findings.push(`${v.location.join('.')}: ${v.message}`);
    return response;
  };
  const client = clients[name](baseUrl, observingFetch);

  it.each(vendor.recordings.filter((r) => r.response.status < 300).map((r) => [r.name, r] as const))(
    '%s: the client sends a request the spec accepts and returns the recorded body',
    async (_, recording) => {
      findings.length = 0;
      const operation = client[recording.operationId];
      expect(operation, `client method ${recording.operationId}`).toBeTypeOf('function');
      const result = await operation!({
        ...materialize(recording.request.options),
        headers: { Prefer: `example=${recording.name}` },
      });
      expect(findings).toEqual([]);
      expect(result).toEqual(recording.response.body);
      // A body declared in several encodings goes out in the first, the vendor's documented default.
      if (recording.request.options?.body !== undefined) {
        expect(sentType).toBe(requestContentType(vendor.spec, recording.request.path, recording.request.method));
      }
      called.add(recording.operationId);
    },
  );

  it('withResponse resolves to the body, the status and the allow-listed headers', async () => {
    const recording = vendor.recordings.find((r) => r.response.status < 300)!;
    const operation = client[recording.operationId] as unknown as {
      withResponse(options: object): Promise<{ data: unknown; status: number; headers: Headers }>;
    };
    const answer = await operation.withResponse({
      ...materialize(recording.request.options),
      headers: { Prefer: `example=${recording.name}` },
    });
    expect(answer.data).toEqual(recording.response.body);
    expect(answer.status).toBe(recording.response.status);
    expect(answer.headers.get('content-type')).toMatch(/json/);
    // Prism's own headers (CORS and the like) are not on the allow-list.
    expect([...answer.headers.keys()].filter((k) => k.startsWith('access-control'))).toEqual([]);
  });

  it('called every operation of the spec through the client', () => {
    const ids = vendor.operations.map((o) => o.operationId);
    console.log(`${name}: ${called.size}/${ids.length} operations called through the client`);
    expect(ids.filter((id) => !called.has(id))).toEqual([]);
  });
});
