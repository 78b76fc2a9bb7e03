export type {
  Capabilities,
  Capability,
  CreatePaymentLinkInput,
  FindKind,
  InvoiceRef,
  ListInvoicesInput,
  ListTicketsInput,
  OpenTicketInput,
  PromisePaymentInput,
  RegisterPaymentInput,
  ReplyTicketInput,
  SetTicketStatusInput,
  SubscriberQuery,
} from './capabilities.js';
export { CAPABILITIES } from './capabilities.js';
export {
  type AnyUnifiedClient,
  type CapabilitiesOf,
  type ClientFor,
  createUnifiedClient,
  type RawOf,
  type UnifiedClient,
  type UnifiedClientOptions,
} from './client.js';
export { NotSupportedError, UnexpectedAnswerError } from './errors.js';
export type { Conversion, Exchange, FieldRule, SourceMapping, VendorMappings } from './mapping.js';
export { coverageMatrix } from './matrix.js';
export type * from './model.js';
export { type JsonSchemaObject, schemas } from './schemas.js';
export { vendorDefinitions } from './vendors/index.js';
