export {
  type BoundOperations,
  type CallOptions,
  bindOperations,
  createVendorClient,
  type PageIterator,
  type ResultData,
  type VendorClientDefinition,
} from './client.js';
export {
  AbortError,
  ConfigurationError,
  HttpError,
  IspkitError,
  NetworkError,
  RequestError,
  ResponseParseError,
  ResponseValidationError,
  TimeoutError,
  VendorFailureError,
} from './errors.js';
export type { FailureEnvelope, OperationMeta, PaginationMeta, VendorMeta } from './meta.js';
export { normalizeBaseUrl, requireSecret } from './options.js';
export { REDACTED } from './redact.js';
export type { ClientSettings, DriftEvent, PerCallSettings, RequestEvent, ResponseEvent, ValidationMode } from './settings.js';
export { type DriftIssue, type JsonSchema, SUPPORTED_FORMATS, VALIDATION_KEYWORDS, validate } from './validate.js';
