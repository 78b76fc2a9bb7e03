import {
  type ChangeTicketStatusResponse,
  type CreateTicketResponse,
  createZalUltraClient,
  type ReplyTicketResponse,
  type TicketDetail,
  type TicketSummary,
  type TicketPriority as VendorTicketPriority,
  type TicketStatus as VendorTicketStatus,
  type ZalUltraClient,
  type ZalUltraClientOptions,
} from '@ispkit/zalultra';
import { codesFor, integerId, requireText } from '../input.js';
import type { FieldRule, VendorMappings } from '../mapping.js';
import { defineVendor, type VendorDefinition } from '../vendor.js';

const STATUS = { '0': 'open', '1': 'in_progress', '2': 'resolved', '3': 'closed' };
const PRIORITY = { '1': 'low', '2': 'medium', '3': 'high' };

const ticket: Record<string, FieldRule> = {
  id: 'id',
  subject: 'title',
  subscriberId: 'subscriber_id',
  status: { from: 'status', enum: STATUS },
  priority: { from: 'priority', enum: PRIORITY },
  createdAt: { from: 'created_at', as: 'date' },
};

export const zalultraMappings = {
  ticket: [
    { operation: 'listTickets', each: 'response.data', fields: ticket },
    {
      operation: 'getTicket',
      at: 'response.data',
      fields: {
        ...ticket,
        description: 'description',
        messages: {
          each: 'replies',
          fields: { id: 'id', body: 'message', author: 'user_name', createdAt: { from: 'created_at', as: 'date' } },
        },
      },
    },
    {
      // The answer holds the new id only; the rest is what was sent.
      operation: 'createTicket',
      at: '',
      fields: {
        id: 'response.data.id',
        subject: 'request.body.title',
        description: 'request.body.description',
        subscriberId: 'request.body.subscriber_id',
        priority: { from: 'request.body.priority', enum: PRIORITY },
      },
    },
    {
      operation: 'changeTicketStatus',
      at: '',
      fields: { id: 'request.path.id', status: { from: 'request.body.status', enum: STATUS } },
    },
  ],
  ticketReply: [{ operation: 'replyTicket', at: '', fields: { ticketId: 'request.path.id', body: 'request.body.message' } }],
} as const satisfies VendorMappings;

export interface ZalUltraRaw {
  subscriber: never;
  invoice: never;
  payment: never;
  paymentLink: never;
  paymentPromise: never;
  ticket: TicketSummary | TicketDetail | CreateTicketResponse | ChangeTicketStatusResponse;
  ticketReply: ReplyTicketResponse;
}

export type ZalUltraUnifiedOptions = ZalUltraClientOptions & {
  /** The staff scope every ZalUltra ticket call carries: ISP, branch and acting user ids. */
  scope: { isp_id: number; branch_id: number; user_id: number };
};

/** The capabilities ZalUltra offers (the compiler holds the definition below to exactly these). */
export type ZalUltraCapability = 'listTickets' | 'getTicket' | 'openTicket' | 'replyTicket' | 'setTicketStatus';

export const zalultra: VendorDefinition<ZalUltraClient, ZalUltraUnifiedOptions, ZalUltraCapability, ZalUltraRaw> = defineVendor({
  name: 'zalultra',
  create: ({ scope: _scope, ...options }: ZalUltraUnifiedOptions): ZalUltraClient => createZalUltraClient(options),
  mappings: zalultraMappings,
  findsBy: [],
  raw: undefined as ZalUltraRaw | undefined,
  capabilities: {
    listTickets: {
      operations: ['listTickets'],
      async run({ client, map, options: { scope } }, input) {
        const [code] = input?.status ? codesFor(STATUS, input.status) : [];
        const options = { query: { ...scope, ...(code !== undefined && { status: Number(code) as VendorTicketStatus }) } };
        return map('ticket', 'listTickets', options, await client.listTickets(options));
      },
    },
    getTicket: {
      operations: ['getTicket'],
      async run({ client, one, options: { scope } }, id) {
        const options = { path: { id: integerId(id, 'id') }, query: scope };
        return one('ticket', 'getTicket', options, await client.getTicket(options));
      },
    },
    openTicket: {
      operations: ['createTicket'],
      async run({ client, one, unsupported, options: { scope } }, input) {
        const [priority] = codesFor(PRIORITY, input.priority ?? 'medium');
        if (priority === undefined) unsupported('openTicket', `ZalUltra has no priority "${input.priority}"`);
        const options = {
          body: {
            ...scope,
            ...(input.subscriberId !== undefined && { subscriber_id: integerId(input.subscriberId, 'subscriberId') }),
            title: requireText(input.subject, 'subject'),
            description: requireText(input.message, 'message'),
            priority: Number(priority) as VendorTicketPriority,
          },
        };
        return one('ticket', 'createTicket', options, await client.createTicket(options));
      },
    },
    replyTicket: {
      operations: ['replyTicket'],
      async run({ client, one, options: { scope } }, input) {
        const options = {
          path: { id: integerId(input.ticketId, 'ticketId') },
          body: { ...scope, message: requireText(input.message, 'message') },
        };
        return one('ticketReply', 'replyTicket', options, await client.replyTicket(options));
      },
    },
    setTicketStatus: {
      operations: ['changeTicketStatus'],
      async run({ client, one, unsupported, options: { scope } }, input) {
        const [code] = codesFor(STATUS, input.status);
        if (code === undefined) unsupported('setTicketStatus', `ZalUltra has no ticket status for "${input.status}"`);
        const options = {
          path: { id: integerId(input.ticketId, 'ticketId') },
          body: { ...scope, status: Number(code) as VendorTicketStatus },
        };
        return one('ticket', 'changeTicketStatus', options, await client.changeTicketStatus(options));
      },
    },
  },
});
