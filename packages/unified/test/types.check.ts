// Type tests, checked by `pnpm lint` (tsc), never run: each @ts-expect-error line must be an error.
import type { Customer } from '@ispkit/pmp';
import type { ClientListItem, ClientWithTaxIds } from '@ispkit/smartisp';
import { type AnyUnifiedClient, createUnifiedClient, type UnifiedClient, type UnifiedClientOptions } from '../src/index.js';

export async function compileTimeVendors(): Promise<void> {
  const smartisp = createUnifiedClient({ vendor: 'smartisp', baseUrl: 'http://127.0.0.1:4010', apiKey: 'k' });
  const ok: UnifiedClient<'smartisp'> = smartisp;
  await ok.registerPayment({ invoice: { id: '1' }, amount: '1.00', paidAt: '2026-11-29', reference: 'r' });
  const [subscriber] = await smartisp.findSubscriber({ document: '0102030405' });
  const raw: ClientWithTaxIds | ClientListItem | undefined = subscriber?.raw;
  void raw;
  // @ts-expect-error SmartISP has no lookup by id
  await smartisp.getSubscriber('1');
  // @ts-expect-error SmartISP has no payment links
  await smartisp.createPaymentLink({ invoice: { number: '1' } });

  const zalultra = createUnifiedClient({
    vendor: 'zalultra',
    baseUrl: 'http://x',
    token: 't',
    scope: { isp_id: 1, branch_id: 1, user_id: 1 },
  });
  await zalultra.replyTicket({ ticketId: '1', message: 'm' });
  // @ts-expect-error ZalUltra has tickets only
  await zalultra.findSubscriber({ document: '1' });
  // @ts-expect-error ZalUltra needs its staff scope
  createUnifiedClient({ vendor: 'zalultra', baseUrl: 'http://x', token: 't' });

  const suricata = createUnifiedClient({ vendor: 'suricata-wispro', merchant: 'acme', token: 't' });
  await suricata.promisePayment({ subscriberCode: '15520', until: '2026-11-30' });
  // @ts-expect-error Suricata registers no payments, it links to them
  await suricata.registerPayment({ invoice: { id: '1' }, amount: 1, paidAt: '2026-11-29', reference: 'r' });

  const pmp = createUnifiedClient({ vendor: 'pmp', baseUrl: 'http://x', token: 't' });
  const customer = await pmp.getSubscriber('3');
  const typed: Customer = customer.raw;
  void typed;
  // @ts-expect-error PMP has no invoices
  await pmp.listInvoices({ subscriberId: '3' });
  // @ts-expect-error PMP cannot reply to a ticket
  await pmp.replyTicket({ ticketId: '1', message: 'm' });
}

export async function runTimeVendor(options: UnifiedClientOptions): Promise<void> {
  const client = createUnifiedClient(options);
  const any: AnyUnifiedClient = client;
  // Every capability exists; the vendor's lack of one shows at run time.
  if (any.supports('registerPayment'))
    await any.registerPayment({ invoice: { id: '1' }, amount: 1, paidAt: '2026-11-29', reference: 'r' });
  await client.listTickets();
  // @ts-expect-error not a capability
  client.supports('deleteEverything');
}
