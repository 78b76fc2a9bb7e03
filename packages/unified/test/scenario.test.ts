import { type RunningMock, startMock } from '@ispkit/mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnyUnifiedClient, createUnifiedClient } from '../src/client.js';
import type { VendorName } from '../src/model.js';
import { optionsFor } from './clients.js';

// A document each vendor's recordings hold (the mocks answer with the recordings).
const documents: Record<VendorName, string> = {
  smartisp: '0000101',
  zalultra: '00000000',
  'suricata-wispro': '00000001',
  pmp: '1234567890',
};

/**
 * The same help-desk and collection flow for every vendor, skipping what it does not support:
 * find a subscriber by document, list the unpaid invoices, pay the first one (or get a link to
 * pay it), open a ticket and reply to it. Returns the steps that ran.
 */
async function scenario(client: AnyUnifiedClient, document: string): Promise<string[]> {
  const steps: string[] = [];
  const subscriber = client.findsBy.includes('document') ? (await client.findSubscriber({ document }))[0] : undefined;
  if (subscriber) steps.push(`found ${subscriber.name}`);
  const invoices =
    subscriber?.id && client.supports('listInvoices')
      ? await client.listInvoices({ subscriberId: subscriber.id, status: 'unpaid' })
      : [];
  if (invoices.length) steps.push(`${invoices.length} unpaid`);
  expect(invoices.every((i) => i.status === 'unpaid' || i.status === 'overdue')).toBe(true);
  const invoice = invoices[0];
  if (invoice && client.supports('registerPayment')) {
    const payment = await client.registerPayment({
      invoice,
      amount: invoice.total ?? '1.00',
      paidAt: '2026-11-29',
      reference: 'scenario-1',
    });
    steps.push(`paid ${payment.amount} of invoice ${payment.invoiceId}`);
  } else if (invoice && client.supports('createPaymentLink')) {
    const link = await client.createPaymentLink({ invoice });
    steps.push(`link ${link.url}`);
  }
  if (client.supports('openTicket')) {
    const ticket = await client.openTicket({
      ...(subscriber?.id && { subscriberId: subscriber.id }),
      subject: 'No internet connection',
      message: 'The service is down since this morning',
    });
    steps.push(`opened ${ticket.id ?? 'a ticket'}`);
    if (ticket.id && client.supports('replyTicket')) {
      const reply = await client.replyTicket({ ticketId: ticket.id, message: 'A technician is on the way' });
      steps.push(`replied to ${reply.ticketId}`);
    }
  }
  return steps;
}

const expected: Record<VendorName, string[]> = {
  smartisp: ['found Cliente Ejemplo Uno', '2 unpaid', 'paid 330 of invoice 0', 'opened 2492', 'replied to 2492'],
  zalultra: ['opened 1', 'replied to 1'],
  'suricata-wispro': ['found CLIENTE EJEMPLO UNO', '1 unpaid', 'link https://pagos.example.com/wispro/FAKEfakeFAKEfakeFAKEfa'],
  pmp: ['found Ex Technologies', 'opened a ticket'],
};

describe.each(Object.keys(expected) as VendorName[])('the scenario against the %s mock', (vendor) => {
  let mock: RunningMock;
  const violations: string[] = [];
  beforeAll(async () => {
    mock = await startMock(vendor, { port: 0, log: (line) => violations.push(line) });
  });
  afterAll(() => mock?.close());

  it('runs through the unified client, skipping what the vendor does not support', async () => {
    const client = createUnifiedClient(optionsFor(vendor, mock.url));
    expect(await scenario(client, documents[vendor])).toEqual(expected[vendor]);
    expect(violations.filter((line) => /violation|error/i.test(line))).toEqual([]);
  });
});
