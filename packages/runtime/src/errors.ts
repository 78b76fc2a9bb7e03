import type { DriftIssue } from './validate.js';

/** Where a failed call was going: `operation` is `METHOD /path`, without host or query (they may carry secrets). */
export interface RequestInfo {
  operationId?: string;
  operation: string;
}

/** Base class of every error an ispkit client throws, so callers can catch them all at once. */
export class IspkitError extends Error {
  override name = 'IspkitError';
}

/** The client was given options it cannot work with (caught before any request is sent). */
export class ConfigurationError extends IspkitError {
  override name = 'ConfigurationError';
}

/** Base of the errors of one call; carries where it was going. */
export class RequestError extends IspkitError {
  override name = 'RequestError';
  declare readonly operationId: string | undefined;
  /** `METHOD /path` of the request. */
  declare readonly operation: string;
  constructor(info: RequestInfo, message: string, options?: { cause?: unknown }) {
    super(`${info.operation} ${message}`, options);
    own(this, { operationId: info.operationId, operation: info.operation });
  }
}

/**
 * The server answered with a status outside 2xx. `B` is the body's type: a bound method's
 * `isError` narrows it to the operation's declared error bodies (or text, for a page or a cut body).
 */
export class HttpError<B = unknown> extends RequestError {
  override name = 'HttpError';
  declare readonly status: number;
  /** The response body, parsed as JSON when it is JSON, else its text. */
  declare readonly body: B;
  /** An allow-list of the response headers (content type, retry-after, request ids), credentials masked. */
  declare readonly headers: Headers;
  constructor(
    info: RequestInfo,
    status: number,
    body: B,
    headers: Headers = new Headers(),
    message = `failed with HTTP ${status}${describeBody(body)}`,
  ) {
    super(info, message);
    own(this, { status, body, headers });
  }
}

/**
 * The server answered a redirect the client does not follow: to another origin, for an
 * operation that is not safe to repeat, or after too many hops. Never a success.
 */
export class RedirectError extends HttpError {
  override name = 'RedirectError';
  /** Where the server pointed, credentials masked. */
  declare readonly location: string;
  constructor(info: RequestInfo, status: number, location: string, reason: string, headers?: Headers) {
    super(info, status, undefined, headers, `was redirected (HTTP ${status}) to ${location}: ${reason}`);
    own(this, { location });
  }
}

/** The credential is missing, wrong or expired (401, or a vendor's own way of saying so, read from the spec). */
export class AuthenticationError<B = unknown> extends HttpError<B> {
  override name = 'AuthenticationError';
}

/** The credential is valid but may not do this (403, or the vendor's equivalent). */
export class PermissionDeniedError<B = unknown> extends HttpError<B> {
  override name = 'PermissionDeniedError';
}

/** No such record or route (404, unless the spec says the vendor means something else by it). */
export class NotFoundError<B = unknown> extends HttpError<B> {
  override name = 'NotFoundError';
}

/** The server refused the input (400, 422, or the vendor's equivalent). */
export class ValidationError<B = unknown> extends HttpError<B> {
  override name = 'ValidationError';
  /**
   * Messages by field: Laravel's `errors` (`{ field: [messages] }`) or a single message per
   * field (PMP's `error`), credentials masked. Empty when the body names no field.
   */
  declare readonly fieldErrors: Record<string, string[]>;
  constructor(info: RequestInfo, status: number, body: B, headers?: Headers, fieldErrors: Record<string, string[]> = {}) {
    super(info, status, body, headers);
    own(this, { fieldErrors });
  }
}

/** Too many requests (429): `headers.get('retry-after')` says when to come back, if the server said. */
export class RateLimitError<B = unknown> extends HttpError<B> {
  override name = 'RateLimitError';
}

/** The server failed (5xx). */
export class ServerError<B = unknown> extends HttpError<B> {
  override name = 'ServerError';
}

/** The body grew past `maxResponseBytes` (decoded bytes): the read stopped there, and the call is not retried. */
export class ResponseTooLargeError extends RequestError {
  override name = 'ResponseTooLargeError';
  declare readonly status: number;
  declare readonly maxResponseBytes: number;
  constructor(info: RequestInfo, status: number, maxResponseBytes: number) {
    super(info, `answered HTTP ${status} with a body larger than maxResponseBytes (${maxResponseBytes} bytes)`);
    own(this, { status, maxResponseBytes });
  }
}

/** The server answered 2xx, but with its own failure envelope (`{"success": false, "message": ...}`). */
export class VendorFailureError extends RequestError {
  override name = 'VendorFailureError';
  declare readonly status: number;
  declare readonly body: unknown;
  /** The vendor's own message, if the body carries one. */
  declare readonly vendorMessage: string | undefined;
  constructor(info: RequestInfo, status: number, body: unknown, vendorMessage: string | undefined) {
    super(info, `was refused by the server (HTTP ${status} with a failure body)${vendorMessage ? `: ${vendorMessage}` : ''}`);
    own(this, { status, body, vendorMessage });
  }
}

/** The answer could not be read as the JSON the spec promises (an HTML error page, an empty or truncated body). */
export class ResponseParseError extends RequestError {
  override name = 'ResponseParseError';
  declare readonly status: number;
  declare readonly contentType: string | null;
  /** The start of the body, whitespace collapsed. */
  declare readonly snippet: string;
  constructor(info: RequestInfo, status: number, contentType: string | null, snippet: string, reason: string) {
    super(
      info,
      `answered HTTP ${status} with ${reason} (content-type ${contentType ?? 'none'})${snippet ? `: ${JSON.stringify(snippet)}` : ''}`,
    );
    own(this, { status, contentType, snippet });
  }
}

/** The body departs from the spec's schema (validation mode `strict`). */
export class ResponseValidationError extends RequestError {
  override name = 'ResponseValidationError';
  declare readonly status: number;
  /** Every JSON pointer that failed, with why. */
  declare readonly issues: readonly DriftIssue[];
  /** The parsed body, for callers that want it anyway. */
  declare readonly body: unknown;
  constructor(info: RequestInfo, status: number, issues: readonly DriftIssue[], body: unknown) {
    super(info, driftMessage(issues));
    own(this, { status, issues, body });
  }
}

/** No answer within the timeout (after any retries). */
export class TimeoutError extends RequestError {
  override name = 'TimeoutError';
  declare readonly timeout: number;
  /** How many attempts were made, each given `timeout` ms. */
  declare readonly attempts: number;
  /** Milliseconds from the first attempt to the last one's end, waits included. */
  declare readonly elapsedMs: number;
  constructor(info: RequestInfo, timeout: number, attempts = 1, elapsedMs = timeout) {
    super(
      info,
      `timed out after ${timeout} ms${attempts > 1 ? ` on each of ${attempts} attempts (${elapsedMs} ms in total)` : ''}`,
    );
    own(this, { timeout, attempts, elapsedMs });
  }
}

/** The caller's `AbortSignal` fired. */
export class AbortError extends RequestError {
  override name = 'AbortError';
  constructor(info: RequestInfo, options?: { cause?: unknown }) {
    super(info, 'was aborted by the caller', options);
  }
}

/** No usable answer: the connection failed or was reset. */
export class NetworkError extends RequestError {
  override name = 'NetworkError';
  constructor(info: RequestInfo, options: { cause: unknown }) {
    super(info, `got no usable response: ${causeMessage(options.cause)}`, options);
  }
}

// Fields are set in one step rather than declared one by one: the same public properties, fewer bytes.
function own(error: Error, fields: object): void {
  Object.assign(error, fields);
}

/** What a strict error and a drift warning say: the first issues, and how many more there are. */
export function driftMessage(issues: readonly DriftIssue[]): string {
  return `answered a body that does not match the spec: ${describeIssues(issues)}`;
}

export function describeIssues(issues: readonly DriftIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => `${i.pointer || '(root)'} ${i.message}`);
  return shown.join('; ') + (issues.length > 5 ? `; and ${issues.length - 5} more` : '');
}

/** The start of a text, whitespace collapsed, for error messages. */
export function snippet(text: string, length = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}

function describeBody(body: unknown): string {
  if (typeof body === 'string') return body ? `: ${JSON.stringify(snippet(body, 80))}` : '';
  if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') {
    return `: ${snippet(body.message, 200)}`;
  }
  return '';
}

function causeMessage(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const inner = cause.cause instanceof Error ? ` (${cause.cause.message})` : '';
  return cause.message + inner;
}
