import type {
  Decimal,
  DocumentType,
  Invoice,
  InvoiceStatus,
  IsoDate,
  Kind,
  Payment,
  PaymentLink,
  PaymentPromise,
  Subscriber,
  Ticket,
  TicketPriority,
  TicketReply,
  TicketStatus,
} from './model.js';

/** Every capability of the unified client, in the order the coverage matrix lists them. */
export const CAPABILITIES = [
  'findSubscriber',
  'getSubscriber',
  'listInvoices',
  'registerPayment',
  'createPaymentLink',
  'promisePayment',
  'listTickets',
  'getTicket',
  'openTicket',
  'replyTicket',
  'setTicketStatus',
] as const;

export type Capability = (typeof CAPABILITIES)[number];

/** How a subscriber is looked up; `client.findsBy` lists the ways the vendor allows. */
export type SubscriberQuery = { document: string; documentType?: DocumentType } | { id: string } | { email: string };
export type FindKind = 'document' | 'id' | 'email';

/** An invoice as a payment names it: a unified `Invoice` will do; each vendor reads the key it needs. */
export interface InvoiceRef {
  id?: string | null;
  number?: string | null;
}

export interface ListInvoicesInput {
  subscriberId: string;
  /** Only these; `unpaid` includes `overdue`. All invoices when absent. */
  status?: Exclude<InvoiceStatus, 'unknown'>;
}

export interface RegisterPaymentInput {
  invoice: InvoiceRef;
  amount: Decimal | number;
  /** The day it was paid, `YYYY-MM-DD`. */
  paidAt: IsoDate;
  /** Your unique reference of this payment. */
  reference: string;
  /** The vendor's payment method label, when it has a list (SmartISP: `Efectivo`, `Transferencia bancaria`, …). */
  method?: string;
  note?: string;
}

export interface CreatePaymentLinkInput {
  invoice: InvoiceRef;
}

export interface PromisePaymentInput {
  /** The subscriber's `code`. */
  subscriberCode: string;
  /** The promised day, `YYYY-MM-DD`. */
  until: IsoDate;
}

export interface ListTicketsInput {
  subscriberId?: string;
  status?: Exclude<TicketStatus, 'unknown'>;
  /** 1-based page, for vendors that page their lists. */
  page?: number;
}

export interface OpenTicketInput {
  subscriberId?: string;
  subject: string;
  message: string;
  /** `medium` when absent (for vendors that require one). */
  priority?: Exclude<TicketPriority, 'unknown'>;
}

export interface ReplyTicketInput {
  ticketId: string;
  message: string;
  author?: string;
}

export interface SetTicketStatusInput {
  ticketId: string;
  status: Exclude<TicketStatus, 'unknown'>;
}

/** The vendor body type behind each unified kind. */
export type RawTypes = { [K in Kind]: unknown };

/** What each capability takes and gives; `R` types the `raw` of the results. */
export interface Capabilities<R extends RawTypes = RawTypes> {
  /** The subscribers matching a document, an id or an e-mail (an empty list when none). */
  findSubscriber(query: SubscriberQuery): Promise<Subscriber<R['subscriber']>[]>;
  getSubscriber(id: string): Promise<Subscriber<R['subscriber']>>;
  listInvoices(input: ListInvoicesInput): Promise<Invoice<R['invoice']>[]>;
  /** Registers a payment of an invoice. Sent once: never retried, even after a 503 or a timeout. */
  registerPayment(input: RegisterPaymentInput): Promise<Payment<R['payment']>>;
  /** Asks the vendor for a URL where the invoice is paid (this may create a payment order: sent once). */
  createPaymentLink(input: CreatePaymentLinkInput): Promise<PaymentLink<R['paymentLink']>>;
  /** Records a promise to pay by a date. Sent once. */
  promisePayment(input: PromisePaymentInput): Promise<PaymentPromise<R['paymentPromise']>>;
  listTickets(input?: ListTicketsInput): Promise<Ticket<R['ticket']>[]>;
  getTicket(id: string): Promise<Ticket<R['ticket']>>;
  /** Opens a ticket; the result holds what the vendor answered (some answer only an id, one nothing). */
  openTicket(input: OpenTicketInput): Promise<Ticket<R['ticket']>>;
  replyTicket(input: ReplyTicketInput): Promise<TicketReply<R['ticketReply']>>;
  setTicketStatus(input: SetTicketStatusInput): Promise<Ticket<R['ticket']>>;
}
