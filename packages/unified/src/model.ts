/** Every vendor the unified client speaks to, by the name of its ispkit package. */
export type VendorName = 'smartisp' | 'zalultra' | 'suricata-wispro' | 'pmp';

/**
 * Money as the vendor wrote it, as a decimal string (`"330.00"`, `"4500.0"`): never a binary float.
 * Dates are ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` with the offset only when the vendor sent one.
 */
export type Decimal = string;
export type IsoDate = string;

/** What every unified object carries: the vendor it came from, and that vendor's own body, untouched. */
export interface FromVendor<Raw> {
  vendor: VendorName;
  /** The vendor's own object (the list item, or the whole answer of a write), so nothing it said is lost. */
  raw: Raw;
}

export type DocumentType = 'dni' | 'cuit' | 'cedula' | 'ruc' | 'other';

export interface IdentityDocument {
  type: DocumentType;
  number: string;
}

export type SubscriberStatus = 'active' | 'suspended' | 'cancelled' | 'unknown';

/** A customer of the ISP. A field is `null` (a list empty, a status `unknown`) when the vendor does not say it. */
export interface Subscriber<Raw = unknown> extends FromVendor<Raw> {
  id: string | null;
  /** The number the customer quotes (SmartISP's subscriber number, a Wispro contract's public id). */
  code: string | null;
  name: string | null;
  document: IdentityDocument | null;
  emails: string[];
  phones: string[];
  address: string | null;
  status: SubscriberStatus;
  plan: string | null;
  /** The account balance as the vendor computes it (its sign is the vendor's convention). */
  balance: Decimal | null;
}

export type InvoiceStatus = 'paid' | 'unpaid' | 'overdue' | 'cancelled' | 'unknown';

export interface Invoice<Raw = unknown> extends FromVendor<Raw> {
  id: string | null;
  number: string | null;
  subscriberId: string | null;
  status: InvoiceStatus;
  total: Decimal | null;
  /** What is left to pay. */
  balance: Decimal | null;
  /** ISO 4217 code, only when the vendor says it. */
  currency: string | null;
  issuedAt: IsoDate | null;
  dueAt: IsoDate | null;
}

/** A payment the vendor accepted: what was registered against which invoice. */
export interface Payment<Raw = unknown> extends FromVendor<Raw> {
  invoiceId: string | null;
  amount: Decimal | null;
  paidAt: IsoDate | null;
  reference: string | null;
  method: string | null;
}

/** A URL where the customer pays an invoice. */
export interface PaymentLink<Raw = unknown> extends FromVendor<Raw> {
  url: string | null;
  invoiceNumber: string | null;
}

/** A customer's promise to pay by a date (which usually keeps the service on until then). */
export interface PaymentPromise<Raw = unknown> extends FromVendor<Raw> {
  subscriberCode: string | null;
  until: IsoDate | null;
}

/** `unknown` when the vendor sends a status the mapping does not know (e.g. one an installation added). */
export type TicketStatus = 'open' | 'in_progress' | 'resolved' | 'closed' | 'unknown';
export type TicketPriority = 'low' | 'medium' | 'high' | 'urgent' | 'unknown';

export interface TicketMessage {
  id: string | null;
  body: string | null;
  author: string | null;
  createdAt: IsoDate | null;
}

export interface Ticket<Raw = unknown> extends FromVendor<Raw> {
  id: string | null;
  subject: string | null;
  /** The text the ticket was opened with, where the vendor keeps it apart from the replies. */
  description: string | null;
  subscriberId: string | null;
  status: TicketStatus;
  priority: TicketPriority;
  createdAt: IsoDate | null;
  updatedAt: IsoDate | null;
  messages: TicketMessage[];
}

/** A reply the vendor accepted. */
export interface TicketReply<Raw = unknown> extends FromVendor<Raw> {
  ticketId: string | null;
  body: string | null;
  author: string | null;
}

/** The unified object kinds, by the name the mappings and schemas use. */
export interface Kinds {
  subscriber: Subscriber;
  invoice: Invoice;
  payment: Payment;
  paymentLink: PaymentLink;
  paymentPromise: PaymentPromise;
  ticket: Ticket;
  ticketReply: TicketReply;
}

export type Kind = keyof Kinds;
