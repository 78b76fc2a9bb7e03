import { createUnifiedClient } from '@ispkit/unified';

const isp = createUnifiedClient({ vendor: 'smartisp', baseUrl: process.env.ISP_URL ?? '', apiKey: process.env.ISP_KEY ?? '' });
const [subscriber] = await isp.findSubscriber({ document: '0102030405' });
if (subscriber?.id) {
  const [invoice] = await isp.listInvoices({ subscriberId: subscriber.id, status: 'unpaid' });
  if (invoice?.total) await isp.registerPayment({ invoice, amount: invoice.total, paidAt: '2026-11-29', reference: 'CAJA-42' });
  const ticket = await isp.openTicket({ subscriberId: subscriber.id, subject: 'Pago', message: `Factura ${invoice?.number}` });
  console.log(subscriber.name, subscriber.raw.balance, ticket.id);
}
