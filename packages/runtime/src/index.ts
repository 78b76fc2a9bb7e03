export type { FullResponse } from './call.js';
export { type BoundMethod, type BoundOperations, createVendorClient, type PageIterator, type RawRequest } from './client.js';
export { type ClientContext, type ContextDefinition, createClientContext } from './context.js';
export { type BodyEncoding, formEncoding, jsonEncoding, multipartEncoding } from './core.js';
export {
  dateFormat,
  dateTimeFormat,
  emailFormat,
  ipv4Format,
  timeFormat,
  uriFormat,
  uuidFormat,
} from './formats.js';
export {
  ERROR_KINDS,
  type ErrorKind,
  type ErrorRule,
  type FailureEnvelope,
  type OperationMeta,
  type PaginationMeta,
  type SecurityMeta,
  type VendorInfo,
  type VendorMeta,
} from './meta.js';
export {
  type CallOptions,
  type ContextOf,
  defineOperation,
  definePageIterator,
  type GeneratedFunction,
  type IteratorOptions,
  type Operation,
  type OperationSpec,
  type PageItem,
  type PageIteratorOperation,
  type ResultData,
  type ResultError,
} from './operation.js';
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
