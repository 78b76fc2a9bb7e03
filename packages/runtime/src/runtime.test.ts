import { describe, expect, it } from 'vitest';
import { ConfigurationError, HttpError, IspkitError, NetworkError } from './errors.js';
import { bindOperations } from './operations.js';
import { normalizeBaseUrl, requireSecret } from './options.js';

describe('normalizeBaseUrl', () => {
  it('drops trailing slashes', () => {
    expect(normalizeBaseUrl('https://isp.example.com/api/v1/', 'e')).toBe('https://isp.example.com/api/v1');
  });

  it.each([
    [undefined, /required/],
    ['', /required/],
    ['isp.example.com/api', /absolute http\(s\) URL/],
    ['ftp://isp.example.com', /http or https/],
    ['https://isp.example.com/api?x=1', /query string/],
  ])('rejects %s with a clear message', (value, message) => {
    expect(() => normalizeBaseUrl(value, 'https://isp.example.com/api')).toThrow(message);
    expect(() => normalizeBaseUrl(value, 'https://isp.example.com/api')).toThrow(ConfigurationError);
  });
});

describe('requireSecret', () => {
  it('never echoes the value it rejects', () => {
    expect(() => requireSecret('   ', 'apiKey')).toThrow(/^apiKey is required/);
    try {
      requireSecret(42, 'apiKey');
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('42');
    }
  });
});

describe('bindOperations', () => {
  const request = new Request('https://isp.example.com/api/plans?key=secret');
  const respond = (status: number, extra: object) => async () => ({ request, response: new Response(null, { status }), ...extra });

  it('resolves to the success body and passes the client along', async () => {
    let seen: unknown;
    const ops = bindOperations(
      {
        getPlans: async (options?: { client: unknown }) => {
          seen = options?.client;
          return { request, response: new Response('{}'), data: { plans: [] } };
        },
      },
      'the-client',
    );
    await expect(ops.getPlans()).resolves.toEqual({ plans: [] });
    expect(seen).toBe('the-client');
  });

  it('rejects a non-2xx answer with an HttpError naming the operation without its query', async () => {
    const ops = bindOperations({ getPlans: respond(422, { error: { message: 'bad input' } }) }, null);
    const error = (await ops.getPlans().catch((e: unknown) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toBeInstanceOf(IspkitError);
    expect(error.status).toBe(422);
    expect(error.body).toEqual({ message: 'bad input' });
    expect(error.message).toBe('GET /api/plans failed with HTTP 422: bad input');
    expect(error.message).not.toContain('secret');
  });

  it('rejects a failed connection with a NetworkError', async () => {
    const ops = bindOperations({ getPlans: async () => ({ request, response: undefined, error: new TypeError('fetch failed') }) }, null);
    await expect(ops.getPlans()).rejects.toThrow(NetworkError);
    await expect(ops.getPlans()).rejects.toThrow('GET /api/plans got no usable response: fetch failed');
  });

  it('wraps what the generated client throws (an unparsable body) in an IspkitError', async () => {
    const ops = bindOperations(
      {
        getPlans: async () => {
          throw new SyntaxError("Unexpected token '<'");
        },
      },
      null,
    );
    await expect(ops.getPlans()).rejects.toBeInstanceOf(IspkitError);
  });
});
