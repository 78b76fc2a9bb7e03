import { ConfigurationError } from './errors.js';
import type { PerCallSettings } from './settings.js';

/** Methods `client.request` sends; only GET and HEAD are retried. */
export const RAW_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** A call to an endpoint the spec does not have, through the client's base URL, credential and limits. */
export interface RawRequestOptions extends PerCallSettings {
  method: (typeof RAW_METHODS)[number];
  /** A path under the base URL, starting with `/` (e.g. `/tickets/3/history`); never an absolute URL. */
  path: string;
  query?: Record<string, string | number | boolean | readonly (string | number | boolean)[] | undefined>;
  /** Sent as JSON, unless a `FormData`, `URLSearchParams`, `Blob` or string. */
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * Refuses a path that could leave the base URL: an absolute or protocol-relative URL, a
 * backslash, dot segments (raw or percent-encoded), a query or fragment, control characters.
 * The credential goes wherever the request goes, so the check comes before anything is built.
 */
export function checkRawPath(path: unknown, baseUrl: string): string {
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//')) {
    throw new ConfigurationError('request: path must start with a single "/" (a path under the base URL, not a URL)');
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses
  if (/[\\?#\u0000-\u001f\u007f]/.test(path) || /(^|\/)(\.|%2e){1,2}(\/|$)/i.test(path) || /%2f|%5c/i.test(path)) {
    throw new ConfigurationError(
      'request: path must not hold "..", ".", encoded slashes, a backslash, a query or a fragment (pass query parameters as query)',
    );
  }
  const base = new URL(baseUrl);
  const url = new URL(base.href.replace(/\/+$/, '') + path);
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname.replace(/\/+$/, ''))) {
    throw new ConfigurationError('request: path leaves the base URL');
  }
  return path;
}

export function checkRawMethod(method: unknown): (typeof RAW_METHODS)[number] {
  const upper = typeof method === 'string' ? method.toUpperCase() : undefined;
  const found = RAW_METHODS.find((m) => m === upper);
  if (!found) throw new ConfigurationError(`request: method must be one of ${RAW_METHODS.join(', ')}`);
  return found;
}

/** Whether a body goes out as JSON (anything the generated client would not send as it is). */
export function isJsonBody(body: unknown): boolean {
  if (body === undefined || typeof body === 'string') return false;
  const sendable = [globalThis.FormData, globalThis.URLSearchParams, globalThis.Blob, globalThis.ArrayBuffer].filter(Boolean);
  return !sendable.some((type) => body instanceof type) && !ArrayBuffer.isView(body);
}
