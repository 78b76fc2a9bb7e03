export {
  type BoundOperations,
  type CallOptions,
  createVendorClient,
  type FullResponse,
  type IteratorOptions,
  type PageIterator,
  type ResultData,
  type ResultError,
  type VendorClientDefinition,
} from './client.js';
export {
  ERROR_KINDS,
  type ErrorKind,
  type ErrorRule,
  type FailureEnvelope,
  type OperationMeta,
  type PaginationMeta,
  type SecurityMeta,
  type VendorMeta,
} from './meta.js';
export { normalizeBaseUrl, requireBearerToken, requireSecret } from './options.js';
export * from './public.js';
export { RAW_METHODS, type RawRequestOptions } from './raw-request.js';
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
