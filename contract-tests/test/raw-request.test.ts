import { AuthenticationError, ConfigurationError, RedirectError, ResponseTooLargeError, type ServerError } from '@ispkit/runtime';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FaultServer, json } from '../src/fault-server.js';
import { FAKE_SECRET } from '../src/http.js';
import { selectedNames } from '../src/selection.js';
import { clients } from '../src/vendors.js';

// `client.request`, the escape hatch for endpoints the spec lacks, against servers on
// 127.0.0.1: the credential stays on the base URL's origin, writes are sent once, and the
// client's limits and masking hold as for the generated operations.
let server: FaultServer;
let other: FaultServer;
beforeAll(async () => {
  [server, other] = await Promise.all([FaultServer.start(), FaultServer.start()]);
  other.answer((_, res) => json(res, 200, { stolen: true }));
});
afterAll(() => Promise.all([server.close(), other.close()]));

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    (data) => ({ data, error: undefined }),
    (error: unknown) => ({ data: undefined, error: error as Error & Record<string, unknown> }),
  );

describe.each(selectedNames)('%s client.request', (name) => {
  const client = (settings = {}) => clients[name](`${server.url}/api/v1`, fetch, { maxRetries: 1, timeout: 5_000, ...settings });

  it('sends a GET under the base URL with the credential and parses the JSON answer', async () => {
    const seen: { url?: string; credential?: boolean } = {};
    server.answer((req, res) => {
      seen.url = req.url;
      seen.credential = JSON.stringify(req.headers).includes(FAKE_SECRET) || (req.url ?? '').includes(FAKE_SECRET);
      json(res, 200, { extra: [1, 2] });
    });
    const data = await client().request!({ method: 'GET', path: '/undocumented/items', query: { page: 2 } });
    expect(data).toEqual({ extra: [1, 2] });
    expect(seen.url).toMatch(/^\/api\/v1\/undocumented\/items\?/);
    expect(seen.url).toContain('page=2');
    expect(seen.credential).toBe(true);
  });

  it('sends braces in the path as they are, not as a template to fill', async () => {
    let seen: string | undefined;
    server.answer((req, res) => {
      seen = req.url;
      json(res, 200, {});
    });
    await client().request!({ method: 'GET', path: '/things/{id}' });
    expect(seen).toMatch(/^\/api\/v1\/things\/%7Bid%7D/);
  });

  it('withResponse resolves to the body, the status and the allow-listed headers', async () => {
    server.answer((_, res) => json(res, 201, { created: true }, { 'X-Request-Id': 'r-1', 'X-Echo': FAKE_SECRET }));
    const request = client().request as unknown as {
      withResponse(options: object): Promise<{ data: unknown; status: number; headers: Headers }>;
    };
    const answer = await request.withResponse({ method: 'GET', path: '/undocumented/items' });
    expect(answer.data).toEqual({ created: true });
    expect(answer.status).toBe(201);
    expect(answer.headers.get('x-request-id')).toBe('r-1');
    expect(answer.headers.has('x-echo')).toBe(false);
  });

  it.each([
    ['an absolute URL', () => `${other.url}/steal`],
    ['a protocol-relative URL', () => `//${new URL(other.url).host}/steal`],
    ['a backslash', () => `/\\${new URL(other.url).host}/steal`],
    ['dot segments', () => '/../../steal'],
    ['encoded dot segments', () => '/%2e%2e/%2E%2E/steal'],
    ['an encoded slash', () => '/..%2f..%2fsteal'],
    ['a query in the path', () => '/x?token=planted'],
    ['no leading slash', () => 'steal'],
  ])('refuses %s before sending anything', async (_, path) => {
    server.answer((__, res) => json(res, 200, {}));
    const { error } = await outcome(client().request!({ method: 'GET', path: path() }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(server.requests).toEqual([]);
    expect(other.requests).toEqual([]);
  });

  it('does not follow a redirect to another origin', async () => {
    other.answer((_, res) => json(res, 200, { stolen: true }));
    server.answer((_, res) => res.writeHead(302, { Location: `${other.url}/steal` }).end());
    const { error } = await outcome(client().request!({ method: 'GET', path: '/x' }));
    expect(error).toBeInstanceOf(RedirectError);
    expect(other.requests).toEqual([]);
  });

  it('retries a GET on 503, never a POST', async () => {
    server.answer((_, res) => json(res, 503, { message: 'busy' }, { 'Retry-After': '1' }));
    const get = await outcome(client().request!({ method: 'GET', path: '/x' }));
    expect((get.error as ServerError | undefined)?.name).toBe('ServerError');
    expect(server.requests).toHaveLength(2);
    server.answer((_, res) => json(res, 503, { message: 'busy' }, { 'Retry-After': '1' }));
    const post = await outcome(client().request!({ method: 'POST', path: '/payments', body: { amount: 10 } }));
    expect((post.error as ServerError | undefined)?.name).toBe('ServerError');
    expect(server.requests.map((r) => r.split('?')[0])).toEqual(['POST /api/v1/payments']);
  });

  it('raises the error classes, with an echoed credential masked', async () => {
    server.answer((_, res) => json(res, 401, { message: `bad token ${FAKE_SECRET}` }));
    const { error } = await outcome(client().request!({ method: 'GET', path: '/x' }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(JSON.stringify((error as unknown as AuthenticationError).body)).not.toContain(FAKE_SECRET);
  });

  it('holds the size limit', async () => {
    server.answer((_, res) => json(res, 200, { big: 'x'.repeat(10_000) }));
    const { error } = await outcome(client({ maxResponseBytes: 1_000 }).request!({ method: 'GET', path: '/x' }));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
  });
});

describe('client.request against a mock', () => {
  it.skipIf(!selectedNames.includes('smartisp'))('reaches a documented endpoint through the escape hatch too', async () => {
    const baseUrl = inject('mocks').smartisp as string;
    const data = await clients.smartisp(baseUrl, fetch).request!({ method: 'GET', path: '/plans' });
    expect(data).toMatchObject({ plans: expect.any(Array) });
  });
});
