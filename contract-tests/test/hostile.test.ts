import { inspect } from 'node:util';
import { clientFactories } from '@ispkit/cli';
import type { ClientSettings } from '@ispkit/runtime';
import { createSmartIspClient } from '@ispkit/smartisp';
import { describe, expect, it, vi } from 'vitest';
import { loadVendor, recordedBody } from '../src/context.js';
import { type FaultServer, json, text } from '../src/fault-server.js';
import { bomb, call, endless, MiB, other, outcome, readOf, server, useHostileServers } from '../src/hostile.js';
import { FAKE_SECRET } from '../src/http.js';
import { selectedNames } from '../src/selection.js';
import { clients } from '../src/vendors.js';

// The clients against servers that behave the way an attacker or a broken vendor would:
// redirects to another origin, huge and endless bodies, deep nesting, keys named after
// Object.prototype, echoed secrets in every encoding (Retry-After: hostile-retry-after.test.ts).
useHostileServers();

describe.each(selectedNames)('%s against a hostile server', (name) => {
  describe('redirects', () => {
    it.each([301, 302, 303, 307, 308])(
      'a %i to another origin is a RedirectError, and nothing reaches the other origin',
      async (code) => {
        server.answer((req, res) => res.writeHead(code, { Location: `${other.url}${req.url}` }).end());
        other.answer((_, res) => json(res, 200, { success: true }));
        const { error } = await call(name);
        expect(other.requests).toEqual([]);
        expect(error?.name).toBe('RedirectError');
        expect(error?.status).toBe(code);
        expect(String(error?.location)).toContain(`127.0.0.1:${new URL(other.url).port}`);
        expect(inspect(error, { depth: 10 })).not.toContain(FAKE_SECRET);
      },
    );

    it('a same-origin redirect of a read is followed, each hop seen by the hooks', async () => {
      const recording = readOf(name);
      server.answer((req, res) =>
        req.url?.startsWith('/moved')
          ? json(res, 200, recording.response.body)
          : res.writeHead(302, { Location: `/moved${req.url}` }).end(),
      );
      const seen: string[] = [];
      const { data, error } = await call(name, {
        validation: 'off',
        onRequest: (e) => seen.push(`request ${e.url}`),
        onResponse: (e) => seen.push(`response ${e.status}`),
      });
      expect(error).toBeUndefined();
      expect(data).toEqual(recording.response.body);
      expect(server.requests).toHaveLength(2);
      expect(seen).toHaveLength(4);
      expect(seen[1]).toBe('response 302');
      expect(seen[2]).toContain('/moved');
      expect(seen.join(' ')).not.toContain(FAKE_SECRET);
    });

    it('at most 5 hops are followed', async () => {
      server.answer((req, res) => res.writeHead(307, { Location: `/again${req.url}` }).end());
      const { error } = await call(name);
      expect(error?.name).toBe('RedirectError');
      expect(server.requests).toHaveLength(6);
    });

    it('the types offer no per-call option that moves or re-authenticates a request', () => {
      const client = createSmartIspClient({ baseUrl: server.url, apiKey: FAKE_SECRET });
      // Never called: the compiler is the test (`pnpm lint` typechecks this file).
      const typeChecks = () => [
        // @ts-expect-error baseUrl belongs to the client
        client.getPlans({ baseUrl: other.url }),
        // @ts-expect-error auth belongs to the client
        client.getPlans({ auth: 'other' }),
        // @ts-expect-error security belongs to the client
        client.getPlans({ security: [] }),
        // @ts-expect-error method belongs to the operation
        client.getPlans({ method: 'DELETE' }),
        // @ts-expect-error the response is parsed by the runtime
        client.getPlans({ responseTransformer: async () => ({}) }),
        client.getPlans({ timeout: 1_000, maxResponseBytes: 1_024, validation: 'strict', headers: { 'X-Trace': '1' } }),
      ];
      expect(typeof typeChecks).toBe('function');
    });

    it('a per-call baseUrl, auth or security is refused with a ConfigurationError', async () => {
      for (const option of [
        { baseUrl: other.url },
        { auth: 'other' },
        { security: [] },
        { method: 'DELETE' },
        { querySerializer: () => '' },
        { responseTransformer: async () => ({ success: true }) },
      ]) {
        server.answer((_, res) => json(res, 200, {}));
        const { error } = await call(name, {}, option);
        expect(error?.name, JSON.stringify(Object.keys(option))).toBe('ConfigurationError');
        expect(server.requests).toEqual([]);
      }
      expect(other.requests).toEqual([]);
    });
  });

  describe('memory stays bounded', () => {
    it('an endless body stops at maxResponseBytes with a ResponseTooLargeError, never retried', async () => {
      const { sent, handler } = endless(Buffer.alloc(64 * 1024, 'a'));
      server.answer(handler);
      const { error } = await call(name, { maxResponseBytes: MiB, maxRetries: 2 });
      expect(error?.name).toBe('ResponseTooLargeError');
      expect(error?.message).toContain(`${MiB}`);
      expect(server.requests).toHaveLength(1);
      // What the server got to send stays within the limit plus the socket buffers.
      expect(sent.bytes).toBeLessThan(32 * MiB);
    });

    it('a body announced larger than the limit is refused before it is read', async () => {
      const { sent, handler } = endless(Buffer.alloc(64 * 1024, 'a'), { 'Content-Length': 500 * MiB });
      server.answer(handler);
      const { error } = await call(name, { maxResponseBytes: MiB });
      expect(error?.name).toBe('ResponseTooLargeError');
      expect(sent.bytes).toBeLessThan(32 * MiB);
    });

    // A declared length lets the client read the body in one go; the declaration must still bound the read.
    it('a body longer than its Content-Length is read no further than declared', async () => {
      server.answer((_, res) => {
        const head = 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n';
        res.socket!.end(`${head}{}${'x'.repeat(4 * MiB)}`);
      });
      const { data, error } = await call(name, { validation: 'off' });
      expect(error).toBeUndefined();
      expect(data).toEqual({});
    });

    it('a body shorter than its Content-Length, then silence, times out instead of hanging', async () => {
      server.answer((_, res) => {
        res.socket!.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"data":');
      });
      const { error } = await call(name, { timeout: 300 });
      expect(error?.name).toBe('TimeoutError');
    });

    it('a gzip bomb is counted on its decoded bytes', async () => {
      server.answer((_, res) => res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }).end(bomb));
      const { error } = await call(name, { maxResponseBytes: MiB, maxRetries: 2 });
      expect(error?.name).toBe('ResponseTooLargeError');
      expect(server.requests).toHaveLength(1);
    });

    it('an HttpError keeps at most 64 KiB of a huge error page, marked as truncated', async () => {
      server.answer((_, res) => text(res, 500, 'text/html', `<html>${'x'.repeat(4 * MiB)}</html>`));
      const { error } = await call(name);
      expect(error?.name).toBe('ServerError'); // an HttpError by meaning
      expect(typeof error?.body).toBe('string');
      expect(String(error?.body).length).toBeLessThanOrEqual(64 * 1024 + 100);
      expect(error?.body as string).toMatch(/truncated/);
    });
  });

  describe('deep nesting gives a ResponseParseError', () => {
    const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    const deepObject = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
    it.each([
      ['a 500', 500, deep(3_000), 'warn'],
      ['a 200 in strict mode', 200, deepObject(3_000), 'strict'],
      ['a 200 in warn mode', 200, deep(100_000), 'warn'],
      ['a failure envelope', 200, `{"success":false,"status":false,"message":${deep(3_000)}}`, 'warn'],
    ] as const)('%s', async (_, status, body, validation) => {
      server.answer((_, res) => text(res, status, 'application/json', body));
      const { error } = await call(name, { validation });
      expect(error?.name).toBe('ResponseParseError');
      expect(error?.message).toMatch(/nested deeper than \d+ levels/);
    });
  });

  describe('strict validation cannot be bypassed', () => {
    it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__', 'isPrototypeOf'])(
      'an undeclared key named %s is drift',
      async (key) => {
        const recording = readOf(name);
        // Into the first object of the body: the root, or the first item of a list.
        const body = JSON.stringify(recording.response.body).replace('{', `{"${key}": 1,`);
        server.answer((_, res) => text(res, 200, 'application/json', body));
        const { error } = await call(name, { validation: 'strict' });
        expect(error?.name).toBe('ResponseValidationError');
        expect(error?.message).toContain(`/${key}`);
      },
    );
  });

  describe('credentials', () => {
    it('a credential shorter than 8 characters is refused', () => {
      expect(() => clientFactories[name](server.url, 'short7c', {})).toThrow(/at least 8 characters/);
      try {
        clientFactories[name](server.url, 'short7c', {});
      } catch (error) {
        expect((error as Error).name).toBe('ConfigurationError');
        expect((error as Error).message).not.toContain('short7c');
      }
    });

    it('a base URL with a user and password is refused without printing the password', () => {
      const url = `http://user:p4ssw0rd-in-url@127.0.0.1:${new URL(server.url).port}/api`;
      let caught: unknown;
      try {
        clientFactories[name](url, FAKE_SECRET, {});
      } catch (error) {
        caught = error;
      }
      expect((caught as Error)?.name).toBe('ConfigurationError');
      expect(inspect(caught)).not.toContain('p4ssw0rd-in-url');
    });
  });
});

describe('smartisp: the default limit', () => {
  it('the default limit (64 MiB) holds against an endless body', async () => {
    const { sent, handler } = endless(Buffer.alloc(256 * 1024, 'a'));
    server.answer(handler);
    const { error } = await call('smartisp', { timeout: 15_000 });
    expect(error?.name).toBe('ResponseTooLargeError');
    expect(error?.maxResponseBytes).toBe(64 * MiB);
    expect(sent.bytes).toBeLessThan(128 * MiB);
  });
});

describe('smartisp: a payment is never redirected', () => {
  const pay = () =>
    outcome(clients.smartisp(server.url, fetch, { maxRetries: 2 }).payInvoice!({ body: recordedBody('smartisp', 'payInvoice') }));

  it.each([302, 303, 307, 308])('a %i to the same origin is a RedirectError, the payment posted once', async (code) => {
    server.answer((req, res) =>
      req.url?.startsWith('/elsewhere')
        ? json(res, 200, { success: true })
        : res.writeHead(code, { Location: '/elsewhere' }).end(),
    );
    const { data, error } = await pay();
    expect(data).toBeUndefined();
    expect(error?.name).toBe('RedirectError');
    expect(server.requests).toEqual(['POST /pagar_factura']);
  });

  it('a 302 to another origin never resolves the other server answer', async () => {
    server.answer((_, res) => res.writeHead(302, { Location: `${other.url}/pay` }).end());
    other.answer((_, res) => json(res, 200, { success: true }));
    const { error } = await pay();
    expect(error?.name).toBe('RedirectError');
    expect(other.requests).toEqual([]);
  });
});

describe('smartisp: integers beyond 2^53', () => {
  const routers = loadVendor('smartisp').recordings.find((r) => r.operationId === 'getRouters')!;
  const text200 = JSON.stringify(routers.response.body).replace(/"id":\s*\d+/, '"id":9007199254740993');

  it.each(['warn', 'strict'] as const)('%s: reported as drift', async (validation) => {
    server.answer((_, res) => text(res, 200, 'application/json', text200));
    const drift: unknown[] = [];
    const { error } = await outcome(
      clients.smartisp(server.url, fetch, { validation, onDrift: (e) => drift.push(e) }).getRouters!(),
    );
    const reported = validation === 'strict' ? error?.message : JSON.stringify(drift);
    expect(reported).toContain('integer beyond the safe range');
  });
});

describe('redaction has no gaps', () => {
  // A key with the characters every encoding treats differently.
  const KEY = 'k3y/with+slash=and~tilde';
  const forms = {
    raw: KEY,
    'JSON-escaped': KEY.replace(/\//g, '\\/'),
    'percent-encoded, lower case': encodeURIComponent(KEY).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
    'percent-encoded, upper case': encodeURIComponent(KEY),
    base64: Buffer.from(KEY).toString('base64'),
  };
  // Any form, whole or in part (a prefix left by a cut, a pointer's `~1`, a doubled backslash of inspect).
  const leaked = (text: string) =>
    Object.values(forms).some((form) => text.includes(form)) ||
    ['k3y/with', 'k3y\\/with', 'k3y%2', 'k3y~1', 'slash=and', 'slash%3', 'azN5L3dp'].some((part) => text.includes(part));

  describe.each(selectedNames)('%s', (name) => {
    const capture = async (answer: Parameters<FaultServer['answer']>[0], settings: ClientSettings = {}) => {
      server.answer(answer);
      const output: string[] = [];
      const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
        vi
          .spyOn(console, level)
          .mockImplementation((...args: unknown[]) => void output.push(args.map((a) => inspect(a)).join(' '))),
      );
      const record = (event: unknown) => void output.push(JSON.stringify(event));
      try {
        const recording = readOf(name);
        const client = clientFactories[name](server.url, KEY, {
          maxRetries: 0,
          onRequest: record,
          onResponse: record,
          onDrift: record,
          ...settings,
        });
        const { error } = await outcome(client[recording.operationId]!(recording.request.options));
        if (error) {
          output.push(inspect(error, { showHidden: true, depth: Number.POSITIVE_INFINITY }), String(error.stack));
          output.push(JSON.stringify(error), String(error));
          // Each string property as it is, unescaped: inspect and JSON double a backslash.
          for (const value of Object.values(error)) if (typeof value === 'string') output.push(value);
        }
      } finally {
        for (const spy of spies) spy.mockRestore();
      }
      expect(server.requests.length).toBeGreaterThan(0);
      return output;
    };

    it.each(Object.entries(forms))('a 500 echoing the key %s', async (_, form) => {
      const output = await capture((_, res) => text(res, 500, 'text/html', `<p>bad key ${form}</p>`));
      expect(output.filter(leaked)).toEqual([]);
    });

    it.each(Object.entries(forms))('a 200 that is not JSON echoing the key %s near the snippet cut', async (_, form) => {
      const output = await capture((_, res) => text(res, 200, 'text/plain', `${'x'.repeat(110)}${form}${'y'.repeat(50)}`));
      expect(output.length).toBeGreaterThan(0);
      expect(output.filter(leaked)).toEqual([]);
    });

    it.each(['warn', 'strict'] as const)(
      '%s: a key used as a property name leaks through no drift pointer',
      async (validation) => {
        // Into the first object of a recorded body: the root, or the first item of a list.
        const body = JSON.stringify(readOf(name).response.body).replace('{', `{${JSON.stringify(KEY)}: 1,`);
        const output = await capture((_, res) => text(res, 200, 'application/json', body), { validation });
        expect(output.filter(leaked)).toEqual([]);
      },
    );

    it('warn without onDrift: the console line carries no key', async () => {
      const body = JSON.stringify(readOf(name).response.body).replace('{', `{${JSON.stringify(KEY)}: 1,`);
      server.answer((_, res) => text(res, 200, 'application/json', body));
      const lines: string[] = [];
      const spy = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
      try {
        const recording = readOf(name);
        await clientFactories[name](server.url, KEY, { maxRetries: 0 })[recording.operationId]!(recording.request.options);
      } finally {
        spy.mockRestore();
      }
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.filter(leaked)).toEqual([]);
    });

    it('response headers echoing the key stay off the error', async () => {
      const output = await capture((_, res) =>
        res
          .writeHead(500, {
            'Content-Type': 'text/plain',
            'X-Echo': KEY,
            'Set-Cookie': `session=${KEY}`,
            'X-Request-Id': `req-${KEY}`,
          })
          .end('no'),
      );
      expect(output.filter(leaked)).toEqual([]);
    });
  });
});
