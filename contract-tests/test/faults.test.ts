import { loadRecordings } from '@ispkit/mock';
import {
  AbortError,
  type ClientSettings,
  createSmartIspClient,
  type DriftEvent,
  HttpError,
  NetworkError,
  type PayInvoiceRequest,
  type ResponseEvent,
  ResponseParseError,
  ResponseValidationError,
  TimeoutError,
  VendorFailureError,
} from '@ispkit/smartisp';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordedBody } from '../src/context.js';
import { FaultServer, json, text } from '../src/fault-server.js';

// The runtime's behaviour under faults, through a real generated client (SmartISP: it has
// payments, a failure envelope and paginated lists) against a server that misbehaves on cue.
const body = (operationId: string) =>
  structuredClone(loadRecordings('smartisp').find((r) => r.operationId === operationId)!.response.body);
const plans = body('getPlans') as { plans: Record<string, unknown>[] };
const paid = recordedBody('smartisp', 'payInvoice') as unknown as PayInvoiceRequest;

let server: FaultServer;
beforeAll(async () => {
  server = await FaultServer.start();
});
afterAll(() => server.close());

const client = (settings: ClientSettings = {}) =>
  createSmartIspClient({ baseUrl: server.url, apiKey: 'fault-suite-key', maxRetries: 2, ...settings });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e as Error,
  );

describe('timeouts', () => {
  beforeEach(() => server.answer((_, res) => void setTimeout(() => json(res, 200, plans), 1_000)));

  it('a slow answer fails with a TimeoutError after the client timeout', async () => {
    const started = performance.now();
    const error = await failure(client({ timeout: 100, maxRetries: 0 }).getPlans());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error?.message).toBe('GET /plans timed out after 100 ms');
    expect(performance.now() - started).toBeLessThan(900);
  });

  it('a per-call timeout overrides the client one', async () => {
    const error = await failure(client({ timeout: 5_000, maxRetries: 0 }).getPlans({ timeout: 50 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeout).toBe(50);
  });

  it('a server that stalls in the middle of the body times out too', async () => {
    server.answer((_, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"plans": [');
    });
    expect(await failure(client({ timeout: 150, maxRetries: 0 }).getPlans())).toBeInstanceOf(TimeoutError);
  });

  it("the caller's AbortSignal cancels the call at once", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    const error = await failure(client().getPlans({ signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(performance.now() - started).toBeLessThan(900);
  });

  it('an attempt cut by the caller still closes with onResponse, carrying the error', async () => {
    // Answers late, after the abort, so that no handler outlives the test.
    server.answer((_, res) => new Promise<void>((resolve) => setTimeout(() => resolve(json(res, 200, plans)), 300)));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const seen: string[] = [];
    const error = await failure(
      client({
        onRequest: (e) => seen.push(`request ${e.attempt}`),
        onResponse: (e) => seen.push(`response ${e.attempt} ${e.status ?? '-'} ${e.error} ${e.willRetry}`),
      }).getPlans({ signal: controller.signal }),
    );
    expect(error).toBeInstanceOf(AbortError);
    expect(seen).toEqual(['request 0', `response 0 - ${(error as AbortError).message} false`]);
  });

  it('an already aborted signal sends nothing', async () => {
    const error = await failure(client().getPlans({ signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(AbortError);
    expect(server.requests).toEqual([]);
  });
});

describe('retries', () => {
  it('a GET that meets a 503 with Retry-After retries and succeeds', async () => {
    // Counted by a header of this test's own: an aborted request of an earlier test can still arrive on a loaded machine.
    let attempts = 0;
    server.answer((req, res) => {
      if (req.headers['x-case'] !== 'retry-after') return json(res, 500, { message: 'another test' });
      attempts++;
      return attempts === 1 ? json(res, 503, { message: 'busy' }, { 'Retry-After': '0' }) : json(res, 200, plans);
    });
    const events: ResponseEvent[] = [];
    const result = await client({ onResponse: (e) => events.push(e) }).getPlans({ headers: { 'X-Case': 'retry-after' } });
    expect(result).toEqual(plans);
    expect(attempts).toBe(2);
    expect(events.map((e) => [e.attempt, e.status, e.willRetry])).toEqual([
      [0, 503, true],
      [1, 200, false],
    ]);
  });

  it('honours the Retry-After delay', async () => {
    server.answer((_, res, attempt) => (attempt === 1 ? json(res, 429, {}, { 'Retry-After': '1' }) : json(res, 200, plans)));
    const started = performance.now();
    await client().getPlans();
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('does not wait for a Retry-After longer than a minute: the 503 goes back to the caller', async () => {
    server.answer((_, res) => json(res, 503, { message: 'maintenance' }, { 'Retry-After': '3600' }));
    const error = await failure(client().getPlans());
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  it('gives up after maxRetries with the last answer', async () => {
    server.answer((_, res) => json(res, 502, { message: 'bad gateway' }, { 'Retry-After': '0' }));
    const error = await failure(client({ maxRetries: 2 }).getPlans());
    expect((error as HttpError).status).toBe(502);
    expect(server.requests).toHaveLength(3);
  });

  it('a reset connection is retried for a GET', async () => {
    server.answer((_, res, attempt) => (attempt === 1 ? res.socket!.destroy() : json(res, 200, plans)));
    expect(await client().getPlans()).toEqual(plans);
    expect(server.requests).toHaveLength(2);
  });

  it('a reset connection without retries is a NetworkError', async () => {
    server.answer((_, res) => res.socket!.destroy());
    const error = await failure(client({ maxRetries: 0 }).getPlans());
    expect(error).toBeInstanceOf(NetworkError);
    expect(error?.message).toMatch(/^GET \/plans got no usable response/);
  });

  it('does not retry a 500 or a 4xx', async () => {
    server.answer((_, res) => json(res, 500, { message: 'boom' }));
    expect(await failure(client().getPlans())).toBeInstanceOf(HttpError);
    expect(server.requests).toHaveLength(1);
  });

  it('a payment call that meets a 503 reaches the server exactly once', async () => {
    server.answer((_, res) => json(res, 503, { message: 'busy' }, { 'Retry-After': '0' }));
    const error = await failure(client({ maxRetries: 5 }).payInvoice({ body: paid }));
    expect((error as HttpError).status).toBe(503);
    expect(server.requests).toEqual(['POST /pagar_factura']);
  });

  it('a payment call whose connection resets reaches the server exactly once', async () => {
    server.answer((_, res) => res.socket!.destroy());
    expect(await failure(client({ maxRetries: 5 }).payInvoice({ body: paid }))).toBeInstanceOf(NetworkError);
    expect(server.requests).toEqual(['POST /pagar_factura']);
  });

  it('a payment call that times out reaches the server exactly once', async () => {
    // The timeout leaves a loaded machine time to deliver the request; the answer comes well after it.
    server.answer((_, res) => void setTimeout(() => json(res, 200, { success: true, mesnage: 'factura pagada' }), 4_000));
    expect(await failure(client({ maxRetries: 5, timeout: 1_500 }).payInvoice({ body: paid }))).toBeInstanceOf(TimeoutError);
    expect(server.requests).toEqual(['POST /pagar_factura']);
  });
});

describe('bodies that are not the JSON the spec promises', () => {
  it('an HTML 500 page gives an HttpError with a short snippet, not a JSON parse error', async () => {
    server.answer((_, res) =>
      text(
        res,
        500,
        'text/html',
        `<!DOCTYPE html><html><body><h1>Whoops, looks like something went wrong.</h1>${'x'.repeat(5000)}</body></html>`,
      ),
    );
    const error = await failure(client().getPlans());
    expect(error).toBeInstanceOf(HttpError);
    expect(error?.message).toContain('GET /plans failed with HTTP 500: "<!DOCTYPE html><html><body><h1>Whoops');
    expect(error?.message.length).toBeLessThan(200);
    expect(error?.message).not.toMatch(/Unexpected token/);
  });

  it('an HTML page with a 200 gives a ResponseParseError naming the content type', async () => {
    server.answer((_, res) => text(res, 200, 'text/html; charset=UTF-8', '<html><body>Login</body></html>'));
    const error = await failure(client().getPlans());
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error?.message).toBe(
      'GET /plans answered HTTP 200 with a body that is not JSON (content-type text/html; charset=UTF-8): "<html><body>Login</body></html>"',
    );
  });

  it('truncated JSON gives a ResponseParseError that says so', async () => {
    server.answer((_, res) => text(res, 200, 'application/json', JSON.stringify(plans).slice(0, 40)));
    const error = await failure(client().getPlans());
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error?.message).toMatch(/^GET \/plans answered HTTP 200 with truncated or invalid JSON/);
  });

  it('an empty 200 gives a ResponseParseError', async () => {
    server.answer((_, res) => text(res, 200, 'application/json', ''));
    const error = await failure(client().getPlans());
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error?.message).toContain('an empty body where JSON was expected');
  });

  it('JSON under a wrong content type is accepted: PHP servers mislabel JSON', async () => {
    server.answer((_, res) => text(res, 200, 'text/html', JSON.stringify(plans)));
    expect(await client().getPlans()).toEqual(plans);
  });

  it('a failure envelope inside a 200 is a VendorFailureError with the vendor message', async () => {
    server.answer((_, res) => json(res, 200, { success: false, mesnage: 'factura ya pagada' }));
    const error = await failure(client().payInvoice({ body: paid }));
    expect(error).toBeInstanceOf(VendorFailureError);
    expect((error as VendorFailureError).vendorMessage).toBe('factura ya pagada');
    expect(error?.message).toBe(
      'POST /pagar_factura was refused by the server (HTTP 200 with a failure body): factura ya pagada',
    );
  });
});

describe('drift detection', () => {
  const drifts = {
    'an extra field': [
      (b: typeof plans) => Object.assign(b.plans[0]!, { surprise: 1 }),
      '/plans/0/surprise',
      'is not declared by the spec',
    ],
    'a changed type': [
      (b: typeof plans) => Object.assign(b.plans[0]!, { cost: 18.7 }),
      '/plans/0/cost',
      'must be string, got number',
    ],
    'a missing field': [(b: typeof plans) => void delete b.plans[1]!.name, '/plans/1/name', 'is required but missing'],
  } as const;

  describe.each(Object.entries(drifts))('%s', (_, [drift, pointer, message]) => {
    const drifted = structuredClone(plans);
    drift(drifted);
    beforeEach(() => server.answer((__, res) => json(res, 200, drifted)));

    it('off: returns the data and reports nothing', async () => {
      const onDrift = vi.fn();
      expect(await client({ validation: 'off', onDrift }).getPlans()).toEqual(drifted);
      expect(onDrift).not.toHaveBeenCalled();
    });

    it('warn: returns the data and reports the pointer through onDrift', async () => {
      const events: DriftEvent[] = [];
      expect(await client({ validation: 'warn', onDrift: (e) => events.push(e) }).getPlans()).toEqual(drifted);
      expect(events).toEqual([{ operationId: 'getPlans', operation: 'GET /plans', status: 200, issues: [{ pointer, message }] }]);
    });

    it('warn without a hook: one console warning', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      await client({ validation: 'warn' }).getPlans();
      expect(warn).toHaveBeenCalledExactlyOnceWith(
        `ispkit: GET /plans answered a body that does not match the spec: ${pointer} ${message}`,
      );
      warn.mockRestore();
    });

    it('strict: throws a ResponseValidationError listing the pointer', async () => {
      const error = await failure(client({ validation: 'strict' }).getPlans());
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect((error as ResponseValidationError).issues).toEqual([{ pointer, message }]);
    });

    it('a per-call mode overrides the client one', async () => {
      expect(await failure(client({ validation: 'off' }).getPlans({ validation: 'strict' }))).toBeInstanceOf(
        ResponseValidationError,
      );
    });
  });

  it('an undrifted body passes strict mode', async () => {
    server.answer((_, res) => json(res, 200, plans));
    expect(await client({ validation: 'strict' }).getPlans()).toEqual(plans);
  });
});

describe('pagination', () => {
  const clients = body('listClients') as { data: { id: number }[]; pagination: Record<string, unknown> };
  const pageOf = (page: number, perPage: number, total: number) => {
    const lastPage = Math.max(1, Math.ceil(total / perPage));
    const count = Math.max(0, Math.min(perPage, total - (page - 1) * perPage));
    const data = Array.from({ length: count }, (_, i) => ({ ...clients.data[0]!, id: (page - 1) * perPage + i + 1 }));
    return {
      success: true,
      data,
      pagination: {
        total,
        per_page: perPage,
        current_page: page,
        last_page: lastPage,
        from: count ? (page - 1) * perPage + 1 : null,
        to: count ? (page - 1) * perPage + count : null,
      },
    };
  };
  const serve = (total: number) =>
    server.answer((req, res) => {
      const query = new URL(req.url!, 'http://x').searchParams;
      json(res, 200, pageOf(Number(query.get('page')), Number(query.get('per_page')), total));
    });

  it('iterates every item of every page with the largest page size, and stops after the last page', async () => {
    serve(250);
    const ids: number[] = [];
    for await (const c of client({ validation: 'strict' }).iterateClients({ query: { status: 'ac' } })) ids.push(c.id);
    expect(ids).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    expect(server.requests).toEqual([1, 2, 3].map((p) => `GET /clients?status=ac&page=${p}&per_page=100`));
  });

  it('honours a smaller per_page and an empty list', async () => {
    serve(3);
    const ids: number[] = [];
    for await (const c of client().iterateClients({ query: { per_page: 2 } })) ids.push(c.id);
    expect(ids).toEqual([1, 2, 3]);
    serve(0);
    for await (const _ of client().iterateClients()) throw new Error('no item expected');
    expect(server.requests).toHaveLength(1);
  });

  it('stops at the next page when the signal fires', async () => {
    serve(250);
    const controller = new AbortController();
    let seen = 0;
    const error = await failure(
      (async () => {
        for await (const _ of client().iterateClients({ signal: controller.signal })) {
          if (++seen === 100) controller.abort();
        }
      })(),
    );
    expect(error).toBeInstanceOf(AbortError);
    expect(seen).toBe(100);
    expect(server.requests).toHaveLength(1);
  });
});

describe('hooks', () => {
  it('onRequest and onResponse see the method, the URL, the status and the duration', async () => {
    server.answer((_, res) => json(res, 200, plans));
    const seen: unknown[] = [];
    await client({ onRequest: (e) => seen.push(e), onResponse: (e) => seen.push(e) }).getPlans();
    expect(seen).toEqual([
      { operationId: 'getPlans', method: 'GET', url: `${server.url}/plans`, attempt: 0 },
      {
        operationId: 'getPlans',
        method: 'GET',
        url: `${server.url}/plans`,
        attempt: 0,
        status: 200,
        durationMs: expect.any(Number),
        willRetry: false,
      },
    ]);
  });

  it('a hook that throws does not lose the answer', async () => {
    server.answer((_, res) => json(res, 200, plans));
    const throwing = () => {
      throw new Error('logger down');
    };
    expect(await client({ onRequest: throwing, onResponse: throwing }).getPlans()).toEqual(plans);
  });
});
