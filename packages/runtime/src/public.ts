// What every vendor package re-exports to its users, in one place: the error classes to catch
// and the types of the settings and events.
export {
  AbortError,
  AuthenticationError,
  ConfigurationError,
  HttpError,
  IspkitError,
  NetworkError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  RequestError,
  ResponseParseError,
  ResponseTooLargeError,
  ResponseValidationError,
  ServerError,
  TimeoutError,
  ValidationError,
  VendorFailureError,
} from './errors.js';
export type { Logger, LogLevel } from './logging.js';
export type { RawRequestOptions } from './raw-request.js';
export type { ClientSettings, DriftEvent, PerCallSettings, RequestEvent, ResponseEvent, ValidationMode } from './settings.js';
export type { DriftIssue } from './validate.js';
