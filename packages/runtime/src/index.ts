export {
  type BoundOperations,
  type CallOptions,
  createVendorClient,
  type PageIterator,
  type ResultData,
  type VendorClientDefinition,
} from './client.js';
export type { FailureEnvelope, OperationMeta, PaginationMeta, VendorMeta } from './meta.js';
export { normalizeBaseUrl, requireSecret } from './options.js';
export * from './public.js';
export { REDACTED } from './redact.js';
export { type JsonSchema, SUPPORTED_FORMATS, VALIDATION_KEYWORDS, validate } from './validate.js';
