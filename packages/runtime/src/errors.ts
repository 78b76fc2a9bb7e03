/** Base class of every error an ispkit client throws, so callers can catch them all at once. */
export class IspkitError extends Error {
  override name = 'IspkitError';
}

/** The client was given options it cannot work with (caught before any request is sent). */
export class ConfigurationError extends IspkitError {
  override name = 'ConfigurationError';
}

/** The server answered with a status outside 2xx. */
export class HttpError extends IspkitError {
  override name = 'HttpError';
  constructor(
    /** `METHOD /path` of the request, without host or query (they may carry secrets). */
    readonly operation: string,
    readonly status: number,
    /** The response body, parsed as JSON when it is JSON, else its text. */
    readonly body: unknown,
  ) {
    super(`${operation} failed with HTTP ${status}${describeBody(body)}`);
  }
}

/** No usable answer: the connection failed, was aborted, or the body could not be read. */
export class NetworkError extends IspkitError {
  override name = 'NetworkError';
  constructor(
    readonly operation: string,
    options: { cause: unknown },
  ) {
    super(`${operation} got no usable response: ${causeMessage(options.cause)}`, options);
  }
}

function describeBody(body: unknown): string {
  if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') {
    return `: ${body.message}`;
  }
  return '';
}

function causeMessage(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
