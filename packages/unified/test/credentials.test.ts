import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAPABILITIES, type Capability } from '../src/capabilities.js';
import { type AnyUnifiedClient, createUnifiedClient } from '../src/client.js';
import type { VendorName } from '../src/model.js';
import { vendorDefinitions } from '../src/vendors/index.js';
import { optionsFor } from './clients.js';

const SECRETS = ['unified-test-key', 'unified-test-token'];

// A failing server that echoes the request (its URL and headers, where the credentials travel) back
// in its body. (An echo in a response header is the runtime's to mask: `HttpError.headers` keeps them.)
let server: Server;
let baseUrl = '';
const echo = (request: IncomingMessage) => JSON.stringify({ url: request.url, headers: request.headers });
beforeAll(async () => {
  server = createServer((request, response) => {
    response.writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': '0' });
    response.end(JSON.stringify({ message: echo(request) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const calls: Record<Capability, (client: AnyUnifiedClient) => Promise<unknown>> = {
  findSubscriber: (c) => c.findSubscriber(c.findsBy[0] === 'email' ? { email: 'a@example.com' } : { document: '20123456' }),
  getSubscriber: (c) => c.getSubscriber('3'),
  listInvoices: (c) => c.listInvoices({ subscriberId: '1' }),
  registerPayment: (c) => c.registerPayment({ invoice: { id: '1' }, amount: '1.00', paidAt: '2026-11-29', reference: 'r' }),
  createPaymentLink: (c) => c.createPaymentLink({ invoice: { number: '12345' } }),
  promisePayment: (c) => c.promisePayment({ subscriberCode: '15520', until: '2026-11-30' }),
  listTickets: (c) => c.listTickets(),
  getTicket: (c) => c.getTicket('1'),
  openTicket: (c) => c.openTicket({ subscriberId: '1', subject: 's', message: 'm' }),
  replyTicket: (c) => c.replyTicket({ ticketId: '1', message: 'm' }),
  setTicketStatus: (c) => c.setTicketStatus({ ticketId: '1', status: 'resolved' }),
};

const cases = Object.values(vendorDefinitions).flatMap((definition) =>
  CAPABILITIES.filter((c) => Object.hasOwn(definition.capabilities, c)).map((c) => [definition.name as VendorName, c] as const),
);

describe('a credential echoed back by a failing server', () => {
  it.each(cases)('%s %s: never appears in the error the unified client rejects with', async (vendor, capability) => {
    const client = createUnifiedClient(optionsFor(vendor, baseUrl, { maxRetries: 0 }));
    const error = await calls[capability](client).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const shown = [inspect(error, { showHidden: true, depth: Number.POSITIVE_INFINITY }), String((error as Error).stack)].join(
      '\n',
    );
    expect(shown).toContain('503');
    for (const secret of SECRETS) expect(shown).not.toContain(secret);
  });
});
