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
  readonly operationId: string | undefined;
  /** `METHOD /path` of the request. */
  readonly operation: string;
  constructor(info: RequestInfo, message: string, options?: { cause?: unknown }) {
    super(`${info.operation} ${message}`, options);
    this.operationId = info.operationId;
    this.operation = info.operation;
  }
}

/**
 * The server answered with a status outside 2xx. `B` is the body's type: a bound method's
 * `isError` narrows it to the operation's declared error bodies (or text, for a page or a cut body).
 */
export class HttpError<B = unknown> extends RequestError {
  override name = 'HttpError';
  constructor(
    info: RequestInfo,
    readonly status: number,
    /** The response body, parsed as JSON when it is JSON, else its text. */
    readonly body: B,
    /** An allow-list of the response headers (content type, retry-after, request ids), credentials masked. */
    readonly headers: Headers = new Headers(),
    message = `failed with HTTP ${status}${describeBody(body)}`,
  ) {
    super(info, message);
  }
}

/**
 * The server answered a redirect the client does not follow: to another origin, for an
 * operation that is not safe to repeat, or after too many hops. Never a success.
 */
export class RedirectError extends HttpError {
  override name = 'RedirectError';
  constructor(
    info: RequestInfo,
    status: number,
    /** Where the server pointed, credentials masked. */
    readonly location: string,
    reason: string,
    headers?: Headers,
  ) {
    super(info, status, undefined, headers, `was redirected (HTTP ${status}) to ${location}: ${reason}`);
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
  readonly fieldErrors: Record<string, string[]>;
  constructor(info: RequestInfo, status: number, body: B, headers?: Headers, fieldErrors: Record<string, string[]> = {}) {
    super(info, status, body, headers);
    this.fieldErrors = fieldErrors;
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
  constructor(
    info: RequestInfo,
    readonly status: number,
    readonly maxResponseBytes: number,
  ) {
    super(info, `answered HTTP ${status} with a body larger than maxResponseBytes (${maxResponseBytes} bytes)`);
  }
}

/** The server answered 2xx, but with its own failure envelope (`{"success": false, "message": ...}`). */
export class VendorFailureError extends RequestError {
  override name = 'VendorFailureError';
  constructor(
    info: RequestInfo,
    readonly status: number,
    readonly body: unknown,
    /** The vendor's own message, if the body carries one. */
    readonly vendorMessage: string | undefined,
  ) {
    super(info, `was refused by the server (HTTP ${status} with a failure body)${vendorMessage ? `: ${vendorMessage}` : ''}`);
  }
}

/** The answer could not be read as the JSON the spec promises (an HTML error page, an empty or truncated body). */
export class ResponseParseError extends RequestError {
  override name = 'ResponseParseError';
  constructor(
    info: RequestInfo,
    readonly status: number,
    readonly contentType: string | null,
    /** The start of the body, whitespace collapsed. */
    readonly snippet: string,
    reason: string,
  ) {
    super(
      info,
      `answered HTTP ${status} with ${reason} (content-type ${contentType ?? 'none'})${snippet ? `: ${JSON.stringify(snippet)}` : ''}`,
    );
  }
}

/** The body departs from the spec's schema (validation mode `strict`). */
export class ResponseValidationError extends RequestError {
  override name = 'ResponseValidationError';
  constructor(
    info: RequestInfo,
    readonly status: number,
    /** Every JSON pointer that failed, with why. */
    readonly issues: readonly DriftIssue[],
    /** The parsed body, for callers that want it anyway. */
    readonly body: unknown,
  ) {
    super(info, `answered a body that does not match the spec: ${describeIssues(issues)}`);
  }
}

/** No answer within the timeout (after any retries). */
export class TimeoutError extends RequestError {
  override name = 'TimeoutError';
  constructor(
    info: RequestInfo,
    readonly timeout: number,
    /** How many attempts were made, each given `timeout` ms. */
    readonly attempts = 1,
    /** Milliseconds from the first attempt to the last one's end, waits included. */
    readonly elapsedMs = timeout,
  ) {
    super(
      info,
      attempts > 1
        ? `timed out after ${timeout} ms on each of ${attempts} attempts (${elapsedMs} ms in total)`
        : `timed out after ${timeout} ms`,
    );
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
