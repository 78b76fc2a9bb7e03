import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigurationError } from '@ispkit/runtime';
import { createSmartIspClient } from '@ispkit/smartisp';
import { afterAll, beforeAll, expect, it } from 'vitest';

// A call checks only the settings it is given (most calls give none); a bad one is refused before
// anything is sent, with the operation and the option named.
let requests = 0;
const server = createServer((_req, res) => {
  requests++;
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"plans":[]}');
});
let baseUrl = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it.each([
  [{ maxRetries: 11 }, /getPlans: maxRetries must be an integer from 0 to 10, got 11/],
  [{ timeout: -1 }, /getPlans: timeout must be a positive number of milliseconds, got -1/],
  [{ validation: 'loud' }, /getPlans: validation must be one of off, warn, strict, got "loud"/],
  [{ maxResponseBytes: 0.5 }, /getPlans: maxResponseBytes must be a positive integer, got 0.5/],
])('a per-call %o is refused before a request is sent', async (setting, message) => {
  const client = createSmartIspClient({ baseUrl, apiKey: 'abcdefghijkl' });
  const before = requests;
  const error = await client.getPlans(setting as object).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigurationError);
  expect((error as Error).message).toMatch(message);
  expect(requests).toBe(before);
  // The same client with valid settings does reach the server: the count above can move.
  await client.getPlans({ maxRetries: 0, validation: 'off' });
  expect(requests).toBe(before + 1);
});
