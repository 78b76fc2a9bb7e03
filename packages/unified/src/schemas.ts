import type { Kind } from './model.js';

/** A JSON Schema (draft 2020-12 subset: no `$ref`), as plain data. */
export type JsonSchemaObject = { [keyword: string]: unknown };

const VENDORS = ['smartisp', 'zalultra', 'suricata-wispro', 'pmp'];
const ISO_DATE = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?)?$';
const DECIMAL = '^-?\\d+(\\.\\d+)?$';

const text = { type: ['string', 'null'], minLength: 1 };
const decimal = { type: ['string', 'null'], pattern: DECIMAL };
const date = { type: ['string', 'null'], pattern: ISO_DATE };
const strings = { type: 'array', items: { type: 'string', minLength: 1 } };
const status = (values: string[]) => ({ type: 'string', enum: values });

function object(properties: Record<string, JsonSchemaObject>, description: string): JsonSchemaObject {
  const all = { vendor: { type: 'string', enum: VENDORS }, ...properties, raw: { description: "The vendor's own body." } };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    description,
    type: 'object',
    required: Object.keys(all),
    additionalProperties: false,
    properties: all,
  };
}

const message = {
  type: 'object',
  required: ['id', 'body', 'author', 'createdAt'],
  additionalProperties: false,
  properties: { id: text, body: text, author: text, createdAt: date },
};

/** The JSON Schema of each unified object; the field lists of the coverage matrix come from here too. */
export const schemas: Record<Kind, JsonSchemaObject> = {
  subscriber: object(
    {
      id: text,
      code: text,
      name: text,
      document: {
        type: ['object', 'null'],
        required: ['type', 'number'],
        additionalProperties: false,
        properties: { type: status(['dni', 'cuit', 'cedula', 'ruc', 'other']), number: { type: 'string', minLength: 1 } },
      },
      emails: strings,
      phones: strings,
      address: text,
      status: status(['active', 'suspended', 'cancelled', 'unknown']),
      plan: text,
      balance: decimal,
    },
    'A customer of the ISP.',
  ),
  invoice: object(
    {
      id: text,
      number: text,
      subscriberId: text,
      status: status(['paid', 'unpaid', 'overdue', 'cancelled', 'unknown']),
      total: decimal,
      balance: decimal,
      currency: { type: ['string', 'null'], pattern: '^[A-Z]{3}$' },
      issuedAt: date,
      dueAt: date,
    },
    'An invoice.',
  ),
  payment: object(
    { invoiceId: text, amount: decimal, paidAt: date, reference: text, method: text },
    'A payment the vendor accepted.',
  ),
  paymentLink: object(
    { url: { type: ['string', 'null'], pattern: '^https?://' }, invoiceNumber: text },
    'A URL to pay an invoice.',
  ),
  paymentPromise: object({ subscriberCode: text, until: date }, 'A promise to pay by a date.'),
  ticket: object(
    {
      id: text,
      subject: text,
      description: text,
      subscriberId: text,
      status: status(['open', 'in_progress', 'resolved', 'closed', 'unknown']),
      priority: status(['low', 'medium', 'high', 'urgent', 'unknown']),
      createdAt: date,
      updatedAt: date,
      messages: { type: 'array', items: message },
    },
    'A support ticket with its messages.',
  ),
  ticketReply: object({ ticketId: text, body: text, author: text }, 'A reply the vendor accepted.'),
};

/** The unified fields of a kind, `vendor` and `raw` aside, in schema order. */
export function fieldsOf(kind: Kind): string[] {
  return Object.keys((schemas[kind] as { properties: Record<string, unknown> }).properties).filter(
    (name) => name !== 'vendor' && name !== 'raw',
  );
}

/** What a field holds when the vendor does not say it: `null`, an empty list, or `unknown`. */
export function emptyValue(kind: Kind, field: string): unknown {
  const schema = (schemas[kind] as { properties: Record<string, JsonSchemaObject> }).properties[field];
  if (schema?.type === 'array') return [];
  if (Array.isArray(schema?.enum) && schema.enum.includes('unknown')) return 'unknown';
  return null;
}
