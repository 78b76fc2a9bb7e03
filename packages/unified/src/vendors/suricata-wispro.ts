import {
  type Client,
  createSuricataWisproClient,
  type PaymentLinks,
  type SuricataStatus,
  type SuricataWisproClient,
  type SuricataWisproClientOptions,
  type WisproInvoice,
} from '@ispkit/suricata-wispro';
import { isoDay, requireText } from '../input.js';
import type { VendorMappings } from '../mapping.js';
import { defineVendor, type VendorDefinition } from '../vendor.js';

// Wispro's states; `degraded` and the rest are left `unknown` until a recording shows what they mean.
const CLIENT_STATUS = { enabled: 'active', disabled: 'suspended' };
const INVOICE_STATUS = { pending: 'unpaid', paid: 'paid' };

export const suricataWisproMappings = {
  subscriber: [
    {
      operation: 'getUserData',
      at: 'response',
      fields: {
        // Wispro's customer id (what `type: 'id'` looks up) and the contract's public id (`codcli`).
        id: 'contracts.0.client_id',
        code: 'contracts.0.public_id',
        name: 'name',
        document: { from: 'national_identification_number', document: 'dni' },
        emails: { list: ['email'] },
        phones: { list: ['phone', 'phone_mobile'] },
        address: 'address',
        status: { from: 'a_status', enum: CLIENT_STATUS },
      },
    },
  ],
  invoice: [
    {
      operation: 'getInvoices',
      each: 'response',
      fields: {
        id: 'id',
        number: 'invoice_number',
        status: { from: 'state', enum: INVOICE_STATUS },
        total: { from: 'amount', as: 'decimal' },
        balance: { from: 'balance', as: 'decimal' },
        issuedAt: { from: 'issued_at', as: 'date' },
        dueAt: { from: 'first_due_date', as: 'date' },
      },
    },
  ],
  paymentLink: [{ operation: 'getPaymentLinks', at: '', fields: { url: 'response.url_pago', invoiceNumber: 'request.query.q' } }],
  paymentPromise: [
    {
      operation: 'createPaymentPromise',
      at: '',
      fields: { subscriberCode: 'request.query.codcli', until: { from: 'request.query.fecha', as: 'compactDate' } },
    },
  ],
} as const satisfies VendorMappings;

export interface SuricataWisproRaw {
  subscriber: Client;
  invoice: WisproInvoice;
  payment: never;
  paymentLink: PaymentLinks;
  paymentPromise: SuricataStatus;
  ticket: never;
  ticketReply: never;
}

export type SuricataWisproUnifiedOptions = SuricataWisproClientOptions;

/** The capabilities SuricataWispro offers (the compiler holds the definition below to exactly these). */
export type SuricataWisproCapability =
  | 'findSubscriber'
  | 'getSubscriber'
  | 'listInvoices'
  | 'createPaymentLink'
  | 'promisePayment';

export const suricataWispro: VendorDefinition<
  SuricataWisproClient,
  SuricataWisproUnifiedOptions,
  SuricataWisproCapability,
  SuricataWisproRaw
> = defineVendor({
  name: 'suricata-wispro',
  create: (options: SuricataWisproUnifiedOptions): SuricataWisproClient => createSuricataWisproClient(options),
  mappings: suricataWisproMappings,
  findsBy: ['document', 'id'],
  raw: undefined as SuricataWisproRaw | undefined,
  capabilities: {
    findSubscriber: {
      operations: ['getUserData'],
      async run({ client, map, unsupported }, query) {
        let options: { query: { q: string; type: 'id' | 'dni' | 'cuit' } };
        if ('id' in query) options = { query: { q: requireText(query.id, 'id'), type: 'id' } };
        else if ('document' in query) {
          const type = query.documentType ?? 'dni';
          if (type !== 'dni' && type !== 'cuit')
            return unsupported('findSubscriber', `Suricata looks up a dni or a cuit, not a ${type}`);
          options = { query: { q: requireText(query.document, 'document'), type } };
        } else return [];
        return map('subscriber', 'getUserData', options, await client.getUserData(options));
      },
    },
    getSubscriber: {
      operations: ['getUserData'],
      async run({ client, one }, id) {
        const options = { query: { q: requireText(id, 'id'), type: 'id' as const } };
        return one('subscriber', 'getUserData', options, await client.getUserData(options));
      },
    },
    listInvoices: {
      operations: ['getInvoices'],
      async run({ client, map }, input) {
        const options = { query: { q: requireText(input.subscriberId, 'subscriberId'), type: 'id' as const } };
        return map('invoice', 'getInvoices', options, await client.getInvoices(options));
      },
    },
    createPaymentLink: {
      operations: ['getPaymentLinks'],
      async run({ client, one }, input) {
        const options = { query: { q: requireText(input.invoice?.number, 'invoice.number') } };
        return one('paymentLink', 'getPaymentLinks', options, await client.getPaymentLinks(options));
      },
    },
    promisePayment: {
      operations: ['createPaymentPromise'],
      async run({ client, one }, input) {
        const { year, month, day } = isoDay(input.until, 'until');
        const options = {
          query: { codcli: requireText(input.subscriberCode, 'subscriberCode'), fecha: `${year}${month}${day}` },
        };
        return one('paymentPromise', 'createPaymentPromise', options, await client.createPaymentPromise(options));
      },
    },
  },
});
