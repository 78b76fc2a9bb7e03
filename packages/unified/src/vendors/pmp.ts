import {
  type AddTicketResponse,
  ConfigurationError,
  type Customer,
  createPmpClient,
  HttpError,
  type PmpClient,
  type PmpClientOptions,
  type Ticket as PmpTicket,
} from '@ispkit/pmp';
import { codesFor, integerId, requireText } from '../input.js';
import type { FieldRule, VendorMappings } from '../mapping.js';
import { defineVendor, type VendorDefinition } from '../vendor.js';

// Perfex's default ticket statuses: 1 Open, 2 In progress, 3 Answered, 4 On hold, 5 Closed.
const TICKET_STATUS = { '1': 'open', '2': 'in_progress', '3': 'in_progress', '4': 'in_progress', '5': 'closed' };
// Perfex's default priorities: 1 Low, 2 Medium, 3 High.
const PRIORITY = { '1': 'low', '2': 'medium', '3': 'high' };

const customer: Record<string, FieldRule> = {
  id: 'userid',
  name: 'company',
  document: { from: 'vat', document: 'other' },
  phones: { list: ['phonenumber'] },
  address: 'address',
  status: { from: 'active', enum: { '1': 'active', '0': 'suspended' } },
};

export const pmpMappings = {
  subscriber: [
    { operation: 'getCustomer', at: 'response', fields: customer },
    { operation: 'listCustomers', each: 'response', fields: customer },
    { operation: 'searchCustomers', each: 'response', fields: customer },
  ],
  ticket: [
    {
      operation: 'getTicket',
      at: 'response',
      fields: {
        id: 'ticketid',
        subject: 'subject',
        description: 'message',
        // "0" is Perfex's "no customer".
        subscriberId: { from: 'userid', none: ['0'] },
        status: { from: 'status', enum: TICKET_STATUS },
        priority: { from: 'priority', enum: PRIORITY },
        createdAt: { from: 'date', as: 'date' },
      },
    },
    {
      // Perfex answers an add with a message only, no id: what is known is what was sent.
      operation: 'addTicket',
      at: '',
      fields: {
        subject: 'request.body.subject',
        description: 'request.body.message',
        subscriberId: { from: 'request.body.userid', none: ['0'] },
        priority: { from: 'request.body.priority', enum: PRIORITY },
      },
    },
  ],
} as const satisfies VendorMappings;

export interface PmpRaw {
  subscriber: Customer;
  invoice: never;
  payment: never;
  paymentLink: never;
  paymentPromise: never;
  ticket: PmpTicket | AddTicketResponse;
  ticketReply: never;
}

export type PmpUnifiedOptions = PmpClientOptions & {
  /** The department (`tbldepartments` id) `openTicket` files tickets in; Perfex requires one. */
  ticketDepartment?: string;
};

/** The capabilities Pmp offers (the compiler holds the definition below to exactly these). */
export type PmpCapability = 'findSubscriber' | 'getSubscriber' | 'getTicket' | 'openTicket';

export const pmp: VendorDefinition<PmpClient, PmpUnifiedOptions, PmpCapability, PmpRaw> = defineVendor({
  name: 'pmp',
  create: ({ ticketDepartment: _department, ...options }: PmpUnifiedOptions): PmpClient => createPmpClient(options),
  mappings: pmpMappings,
  findsBy: ['document', 'id'],
  raw: undefined as PmpRaw | undefined,
  capabilities: {
    findSubscriber: {
      operations: ['getCustomer', 'listCustomers'],
      async run({ client, map }, query) {
        if ('id' in query) {
          const options = { path: { id: integerId(query.id, 'id') } };
          const customer = await orNone(client.getCustomer(options));
          return customer === undefined ? [] : map('subscriber', 'getCustomer', options, customer);
        }
        if ('document' in query) {
          // The search endpoint does not look at the VAT number: the list is filtered instead.
          const wanted = normalized(requireText(query.document, 'document'));
          const customers = await orNone(client.listCustomers());
          const found = customers === undefined ? [] : map('subscriber', 'listCustomers', undefined, customers);
          return found.filter((s) => s.document !== null && normalized(s.document.number) === wanted);
        }
        return [];
      },
    },
    getSubscriber: {
      operations: ['getCustomer'],
      async run({ client, one }, id) {
        const options = { path: { id: integerId(id, 'id') } };
        return one('subscriber', 'getCustomer', options, await client.getCustomer(options));
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
      operations: ['addTicket'],
      async run({ client, one, unsupported, options: { ticketDepartment } }, input) {
        if (ticketDepartment === undefined) {
          throw new ConfigurationError(
            'PMP files every ticket in a department: give ticketDepartment (e.g. "1") when creating the client',
          );
        }
        const [priority] = codesFor(PRIORITY, input.priority ?? 'medium');
        if (priority === undefined) unsupported('openTicket', `PMP has no priority "${input.priority}"`);
        const options = {
          body: {
            subject: requireText(input.subject, 'subject'),
            message: requireText(input.message, 'message'),
            department: String(integerId(ticketDepartment, 'ticketDepartment')),
            contactid: '0',
            userid: input.subscriberId === undefined ? '0' : String(integerId(input.subscriberId, 'subscriberId')),
            priority,
          },
        };
        return one('ticket', 'addTicket', options, await client.addTicket(options));
      },
    },
  },
});

// Perfex answers every failure 404, a bad token too: only its "no data" message means none.
async function orNone<T>(answer: Promise<T>): Promise<T | undefined> {
  try {
    return await answer;
  } catch (error) {
    const message = error instanceof HttpError ? (error.body as { message?: unknown } | null)?.message : undefined;
    if (error instanceof HttpError && error.status === 404 && message === 'No data were found') return undefined;
    throw error;
  }
}

function normalized(document: string): string {
  return document.replace(/[^0-9a-z]/gi, '').toLowerCase();
}
