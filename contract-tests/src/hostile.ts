import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { Recording } from '@ispkit/mock';
import type { ClientSettings } from '@ispkit/runtime';
import { afterAll, beforeAll } from 'vitest';
import { loadVendor } from './context.js';
import { FaultServer, json } from './fault-server.js';
import type { selectedNames } from './selection.js';
import { clients } from './vendors.js';

// What the hostile-server tests share: servers that behave the way an attacker or a broken
// vendor would, and the calls the tests make against them.
/** The server under test, and another origin that nothing may reach: started by `useHostileServers` for each test file. */
export let server: FaultServer;
export let other: FaultServer;

/** Starts both servers before the calling file's tests and closes them after. */
export function useHostileServers(): void {
  beforeAll(async () => {
    [server, other] = await Promise.all([FaultServer.start(), FaultServer.start()]);
    other.answer((_, res) => json(res, 200, { success: true }));
  });
  afterAll(() => Promise.all([server.close(), other.close()]));
}

export const outcome = (promise: Promise<unknown>) =>
  promise.then(
    (data) => ({ data, error: undefined }),
    (error: unknown) => ({ data: undefined, error: error as Error & Record<string, unknown> }),
  );

/** A read, safe to repeat, that the vendor's recordings show answered 200. */
export function readOf(name: (typeof selectedNames)[number]): Recording {
  const vendor = loadVendor(name);
  // The vendor's parsed spec, shared: parsing the YAML on every call was most of the hostile tests' time.
  const { spec } = vendor;
  const safe = (r: Recording) =>
    (spec.paths[r.request.path]?.[r.request.method.toLowerCase()] as Record<string, unknown> | undefined)?.[
      'x-ispkit-idempotent'
    ] !== false;
  return vendor.recordings.find((r) => r.request.method.toUpperCase() === 'GET' && r.response.status < 300 && safe(r))!;
}

export function call(name: (typeof selectedNames)[number], settings: ClientSettings & Record<string, unknown> = {}, extra = {}) {
  return callOn(server, name, settings, extra);
}

/** `call` against another server than the shared one: for tests that run concurrently, each with its own. */
export function callOn(
  target: FaultServer,
  name: (typeof selectedNames)[number],
  settings: ClientSettings & Record<string, unknown> = {},
  extra = {},
) {
  const recording = readOf(name);
  const client = clients[name](target.url, fetch, { maxRetries: 0, timeout: 5_000, ...settings });
  return outcome(client[recording.operationId]!({ ...recording.request.options, ...extra }));
}

/** Streams `chunk` until the client hangs up, counting what was written. */
export function endless(chunk: Buffer, headers: Record<string, string | number> = {}) {
  const sent = { bytes: 0 };
  const handler = (_: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'Content-Type': 'application/json', ...headers });
    res.write('{"data": "');
    const pump = () => {
      while (!res.destroyed && sent.bytes < 2 ** 31) {
        sent.bytes += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
    };
    res.on('close', () => undefined);
    pump();
  };
  return { sent, handler };
}

export const MiB = 1024 * 1024;
/** 16 MiB of JSON in 16 KB of gzip, made once: far past the 1 MiB limit the bomb tests set. */
export const bomb = gzipSync(Buffer.concat([Buffer.from('{"data":"'), Buffer.alloc(16 * MiB, 'a'), Buffer.from('"}')]));
