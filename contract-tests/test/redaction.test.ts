import { inspect } from 'node:util';
import type { Recording } from '@ispkit/mock';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadVendor } from '../src/context.js';
import { FaultServer, json, text } from '../src/fault-server.js';
import { FAKE_SECRET } from '../src/http.js';
import { selectedNames } from '../src/selection.js';
import { clients } from '../src/vendors.js';

// Plants the credential, makes the server echo it back in every way a failing server can, and
// greps everything the client produced (errors in full, hook events, console lines) for it.
let server: FaultServer;
beforeAll(async () => {
  server = await FaultServer.start();
});
afterAll(() => server.close());

const echo = (req: import('node:http').IncomingMessage) => JSON.stringify({ url: req.url, headers: req.headers });
const scenarios: Record<string, Parameters<FaultServer['answer']>[0]> = {
  'an HTML 500 page echoing the request': (req, res) => text(res, 500, 'text/html', `<pre>${echo(req)}</pre>`),
  'a JSON 401 echoing the request': (req, res) => json(res, 401, { message: `bad credentials: ${echo(req)}` }),
  'a 200 that is not JSON, echoing the request': (req, res) => text(res, 200, 'text/plain', `echo ${echo(req)}`),
  'a 503 echoing the request, retried': (req, res) => json(res, 503, { message: echo(req) }, { 'Retry-After': '0' }),
  'a reset connection': (_, res) => res.socket!.destroy(),
  // The body itself goes back to the caller untouched; the drift report about it must not carry the secret.
  'a drifted 200 whose keys and values echo the request': (req, res) => json(res, 200, { [echo(req)]: echo(req) }),
  'no answer (timeout)': () => undefined,
};

describe.each(selectedNames)('%s: the credential never leaks', (name) => {
  const vendor = loadVendor(name);
  const reads = vendor.recordings.filter((r) => r.request.method.toUpperCase() === 'GET' && r.response.status < 300);
  const recording: Recording = reads[0] ?? vendor.recordings[0]!;

  it.each(Object.entries(scenarios))('%s', async (_, scenario) => {
    server.answer(scenario);
    const output: string[] = [];
    const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi
        .spyOn(console, level)
        .mockImplementation((...args: unknown[]) => void output.push(args.map((a) => inspect(a)).join(' '))),
    );
    const record = (event: unknown) => void output.push(JSON.stringify(event));
    try {
      const client = clients[name](server.url, fetch, {
        validation: 'warn',
        timeout: 300,
        maxRetries: 1,
        onRequest: record,
        onResponse: record,
      });
      const outcome = await client[recording.operationId]!(recording.request.options).then(
        (data) => ({ data }),
        (error: unknown) => ({ error }),
      );
      if ('error' in outcome) {
        const error = outcome.error as Error;
        output.push(
          inspect(error, { showHidden: true, depth: Number.POSITIVE_INFINITY }),
          String(error.stack),
          JSON.stringify(error),
        );
      }
    } finally {
      for (const spy of consoleSpies) spy.mockRestore();
    }
    // The test means something only if the credential was sent, and the client reported things.
    expect(server.requests.length).toBeGreaterThan(0);
    expect(output.length).toBeGreaterThan(2);
    const leaks = output.filter((line) => line.includes(FAKE_SECRET) || line.includes(encodeURIComponent(FAKE_SECRET)));
    expect(leaks).toEqual([]);
  });
});
