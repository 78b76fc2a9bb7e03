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
export { createMasker, MIN_SECRET_LENGTH, REDACTED } from './redact.js';
export {
  type JsonSchema,
  MAX_DEPTH,
  nestedDeeperThan,
  SUPPORTED_FORMATS,
  UNSAFE_INTEGER,
  VALIDATION_KEYWORDS,
  type ValidateOptions,
  validate,
} from './validate.js';
