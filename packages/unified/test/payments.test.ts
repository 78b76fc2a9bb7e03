import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpError } from '@ispkit/runtime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Capability } from '../src/capabilities.js';
import { type AnyUnifiedClient, createUnifiedClient } from '../src/client.js';
import type { VendorName } from '../src/model.js';
import { vendorDefinitions } from '../src/vendors/index.js';
import { optionsFor } from './clients.js';

// A server that answers every request 503 with `Retry-After: 0` and counts what reaches it.
let server: Server;
let received: string[] = [];
let baseUrl = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    received.push(`${request.method} ${request.url}`);
    response.writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': '0' }).end('{"message":"busy"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received = [];
});

const MONEY: Record<string, (client: AnyUnifiedClient) => Promise<unknown>> = {
  registerPayment: (client) =>
    client.registerPayment({
      invoice: { id: '4585', number: '4624' },
      amount: '21.51',
      paidAt: '2026-11-29',
      reference: 'PAGO-1',
    }),
  createPaymentLink: (client) => client.createPaymentLink({ invoice: { id: '4585', number: '4624' } }),
  promisePayment: (client) => client.promisePayment({ subscriberCode: '15520', until: '2026-11-30' }),
};

const cases = Object.values(vendorDefinitions).flatMap((definition) =>
  Object.keys(MONEY)
    .filter((capability) => Object.hasOwn(definition.capabilities, capability))
    .map((capability) => [definition.name as VendorName, capability] as const),
);

describe('a payment through the unified client', () => {
  it('is offered by some vendor for each of the three money capabilities', () => {
    expect(new Set(cases.map(([, capability]) => capability))).toEqual(new Set(Object.keys(MONEY)));
  });

  it.each(cases)('%s %s that meets a 503 reaches the server exactly once', async (vendor, capability) => {
    const client = createUnifiedClient(optionsFor(vendor, baseUrl, { maxRetries: 3 }));
    const error = await MONEY[capability as Capability]!(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(503);
    expect(received).toHaveLength(1);
  });

  it('while a read meeting the same 503 is retried (the server counts every attempt)', async () => {
    const client = createUnifiedClient(optionsFor('suricata-wispro', baseUrl, { maxRetries: 2 }));
    await expect(client.findSubscriber({ document: '20123456' })).rejects.toBeInstanceOf(HttpError);
    expect(received).toHaveLength(3);
  });
});
