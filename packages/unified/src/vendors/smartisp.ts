import {
  type ClientListItem,
  type ClientWithTaxIds,
  type CreateTicketResponse,
  createSmartIspClient,
  type InvoiceDetail,
  type Invoice as InvoiceRow,
  type PayInvoiceRequest,
  type PayInvoiceResponse,
  type ReplyTicketResponse,
  type SmartIspClient,
  type SmartIspClientOptions,
  type TicketDetail,
  type TicketListItem,
  type UpdateTicketResponse,
  type TicketPriority as VendorTicketPriority,
  type TicketStatus as VendorTicketStatus,
} from '@ispkit/smartisp';
import { amountOf, codesFor, integerId, isoDay, requireText } from '../input.js';
import type { FieldRule, VendorMappings } from '../mapping.js';
import { defineVendor, type VendorDefinition } from '../vendor.js';

// Invoice status: a number in getUser (1 paid, 3 unpaid), a Spanish label in the invoice endpoints.
const INVOICE_STATUS = { '1': 'paid', '3': 'unpaid', Pagada: 'paid', 'No pagado': 'unpaid' };
const SERVICE_STATUS = { ac: 'active', de: 'suspended' };
// Both "waiting" states are tickets still being worked on.
const TICKET_STATUS = {
  new: 'open',
  work_in_progress: 'in_progress',
  waiting_on_customer: 'in_progress',
  waiting_on_agent: 'in_progress',
  resolved: 'resolved',
};
const PRIORITY = { low: 'low', medium: 'medium', high: 'high', urgent: 'urgent' };
const PAYMENT_METHODS: readonly PayInvoiceRequest['way_to_pay'][] = [
  'Efectivo',
  'Transferencia bancaria',
  'Paypal',
  'Stripe',
  'Otra',
];

const client: Record<string, FieldRule> = {
  id: 'id',
  code: 'subscriber_no',
  name: 'name',
  document: { from: 'dni', document: 'dni' },
  emails: { list: ['email'] },
  phones: { list: ['phone'] },
  address: 'address',
  balance: { from: 'balance', as: 'decimal' },
};

const invoice: Record<string, FieldRule> = {
  id: 'id',
  number: 'num_bill',
  subscriberId: 'client_id',
  status: { from: 'status', enum: INVOICE_STATUS },
  total: { from: 'total_pay', as: 'decimal' },
  issuedAt: { from: 'release_date', as: 'date' },
  dueAt: { from: 'expiration_date', as: 'date' },
};

const ticket: Record<string, FieldRule> = {
  id: 'id',
  subject: 'subject',
  subscriberId: 'client_id',
  status: { from: 'status', enum: TICKET_STATUS },
  priority: { from: 'priority', enum: PRIORITY },
  createdAt: { from: 'created_at', as: 'date' },
  updatedAt: { from: 'updated_at', as: 'date' },
};

export const smartispMappings = {
  subscriber: [
    { operation: 'getUser', at: 'response.user', fields: client },
    {
      operation: 'listClients',
      each: 'response.data',
      fields: { ...client, status: { from: 'service.0.status', enum: SERVICE_STATUS }, plan: 'service.0.plan.name' },
    },
  ],
  invoice: [
    { operation: 'getUnpaidInvoices', each: 'response.invoices', fields: invoice },
    { operation: 'getPaidInvoices', each: 'response.invoices', fields: invoice },
    { operation: 'getUser', each: 'response.invoices.invoices_smartISP', fields: invoice },
  ],
  payment: [
    {
      operation: 'payInvoice',
      at: '',
      fields: {
        invoiceId: 'request.body.invoice_id',
        amount: { from: 'request.body.amount', as: 'decimal' },
        paidAt: { from: 'request.body.date', as: 'usDate' },
        reference: 'request.body.id_pago',
        method: 'request.body.way_to_pay',
      },
    },
  ],
  ticket: [
    { operation: 'listTickets', each: 'response.data', fields: ticket },
    {
      operation: 'getTicket',
      at: 'response.data',
      fields: {
        ...ticket,
        messages: {
          each: 'answers',
          fields: { id: 'id', body: 'message', author: 'user', createdAt: { from: 'created_at', as: 'date' } },
        },
      },
    },
    {
      // The answer holds the new id and status; subject, text and priority are what was sent.
      operation: 'createTicket',
      at: '',
      fields: {
        id: 'response.data.id',
        status: { from: 'response.data.status', enum: TICKET_STATUS },
        subscriberId: 'response.data.client_id',
        subject: 'request.body.subject',
        description: 'request.body.message',
        priority: { from: 'request.body.priority', enum: PRIORITY },
      },
    },
    {
      operation: 'updateTicket',
      at: 'response.data',
      fields: { id: 'id', status: { from: 'status', enum: TICKET_STATUS }, priority: { from: 'priority', enum: PRIORITY } },
    },
  ],
  ticketReply: [
    {
      operation: 'replyTicket',
      at: '',
      fields: { ticketId: 'request.path.id', body: 'request.body.message', author: 'request.body.author' },
    },
  ],
} as const satisfies VendorMappings;

export interface SmartIspRaw {
  subscriber: ClientWithTaxIds | ClientListItem;
  invoice: InvoiceRow | InvoiceDetail;
  payment: PayInvoiceResponse;
  paymentLink: never;
  paymentPromise: never;
  ticket: TicketListItem | TicketDetail | CreateTicketResponse | UpdateTicketResponse['data'];
  ticketReply: ReplyTicketResponse;
}

export type SmartIspUnifiedOptions = SmartIspClientOptions;

/** The capabilities SmartIsp offers (the compiler holds the definition below to exactly these). */
export type SmartIspCapability =
  | 'findSubscriber'
  | 'listInvoices'
  | 'registerPayment'
  | 'listTickets'
  | 'getTicket'
  | 'openTicket'
  | 'replyTicket'
  | 'setTicketStatus';

export const smartisp: VendorDefinition<SmartIspClient, SmartIspUnifiedOptions, SmartIspCapability, SmartIspRaw> = defineVendor({
  name: 'smartisp',
  create: (options: SmartIspUnifiedOptions): SmartIspClient => createSmartIspClient(options),
  mappings: smartispMappings,
  findsBy: ['document', 'email'],
  raw: undefined as SmartIspRaw | undefined,
  capabilities: {
    findSubscriber: {
      operations: ['getUser', 'listClients'],
      async run({ client, map }, query) {
        if ('document' in query) {
          const options = { path: { dni: requireText(query.document, 'document') } };
          return map('subscriber', 'getUser', options, await client.getUser(options));
        }
        if ('email' in query) {
          // The search also matches names and phones: keep the exact e-mail matches only.
          const wanted = requireText(query.email, 'email').toLowerCase();
          const options = { query: { search: query.email } };
          const found = map('subscriber', 'listClients', options, await client.listClients(options));
          return found.filter((s) => s.emails.some((e) => e.toLowerCase() === wanted));
        }
        return [];
      },
    },
    listInvoices: {
      operations: ['getUnpaidInvoices', 'getPaidInvoices'],
      async run({ client, map }, input) {
        const options = { path: { userId: integerId(input.subscriberId, 'subscriberId') } };
        const wantPaid = input.status === undefined || input.status === 'paid';
        const wantUnpaid = input.status === undefined || input.status === 'unpaid' || input.status === 'overdue';
        return [
          ...(wantUnpaid ? map('invoice', 'getUnpaidInvoices', options, await client.getUnpaidInvoices(options)) : []),
          ...(wantPaid ? map('invoice', 'getPaidInvoices', options, await client.getPaidInvoices(options)) : []),
        ];
      },
    },
    registerPayment: {
      operations: ['payInvoice'],
      async run({ client, one, unsupported }, input) {
        const method = input.method ?? 'Otra';
        if (!PAYMENT_METHODS.includes(method as PayInvoiceRequest['way_to_pay'])) {
          unsupported('registerPayment', `method must be one of ${PAYMENT_METHODS.join(', ')}`);
        }
        const { year, month, day } = isoDay(input.paidAt, 'paidAt');
        const options = {
          body: {
            way_to_pay: method as PayInvoiceRequest['way_to_pay'],
            date: `${month}/${day}/${year}`,
            amount: amountOf(input.amount, 'amount'),
            id_pago: requireText(input.reference, 'reference'),
            commentary: input.note ?? '',
            invoice_id: integerId(input.invoice?.id, 'invoice.id'),
            payByWallet: 0 as const,
          },
        };
        return one('payment', 'payInvoice', options, await client.payInvoice(options));
      },
    },
    listTickets: {
      operations: ['listTickets'],
      async run({ client, map }, input) {
        const codes = input?.status ? codesFor(TICKET_STATUS, input.status) : [];
        const options = {
          query: {
            ...(input?.subscriberId !== undefined && { client_id: integerId(input.subscriberId, 'subscriberId') }),
            // One code filters on the server; several (in_progress) are filtered after.
            ...(codes.length === 1 && { status: codes[0] as VendorTicketStatus }),
            ...(input?.page !== undefined && { page: input.page }),
          },
        };
        return map('ticket', 'listTickets', options, await client.listTickets(options));
      },
    },
    getTicket: {
      operations: ['getTicket'],
      async run({ client, one }, id) {
        const options = { path: { id: integerId(id, 'id') } };
        return one('ticket', 'getTicket', options, await client.getTicket(options));
      },
    },
    openTicket: {
      operations: ['createTicket'],
      async run({ client, one }, input) {
        const options = {
          body: {
            client_id: integerId(input.subscriberId, 'subscriberId'),
            subject: requireText(input.subject, 'subject'),
            message: requireText(input.message, 'message'),
            priority: (input.priority ?? 'medium') as VendorTicketPriority,
          },
        };
        return one('ticket', 'createTicket', options, await client.createTicket(options));
      },
    },
    replyTicket: {
      operations: ['replyTicket'],
      async run({ client, one }, input) {
        const options = {
          path: { id: integerId(input.ticketId, 'ticketId') },
          body: {
            message: requireText(input.message, 'message'),
            from: 'support' as const,
            ...(input.author && { author: input.author }),
          },
        };
        return one('ticketReply', 'replyTicket', options, await client.replyTicket(options));
      },
    },
    setTicketStatus: {
      operations: ['updateTicket'],
      async run({ client, one, unsupported }, input) {
        const [code] = codesFor(TICKET_STATUS, input.status);
        if (code === undefined) unsupported('setTicketStatus', `SmartISP has no ticket status for "${input.status}"`);
        const options = { path: { id: integerId(input.ticketId, 'ticketId') }, body: { status: code as VendorTicketStatus } };
        return one('ticket', 'updateTicket', options, await client.updateTicket(options));
      },
    },
  },
});
