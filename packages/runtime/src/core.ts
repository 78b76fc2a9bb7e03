// What the generated functions (`src/gen/sdk.gen.ts` of each client) import: `@ispkit/codegen`
// points hey-api's output here instead of at the fetch client hey-api copies into every package.
// A generated function no longer sends anything: it describes its request (method, path template,
// security, encoding), and the runtime sends that description once, under its own rules.
import type { SecurityMeta } from './meta.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS' | 'TRACE';

/** Header values as the generated functions and callers give them; `null` removes a default. */
export type HeaderValues = Record<string, string | number | boolean | readonly (string | number | boolean)[] | null | undefined>;

/** One operation's request, as its generated function describes it. */
export interface RequestDescription {
  method: HttpMethod;
  /** The path template under the base URL, e.g. `/tickets/{id}`. */
  url: string;
  security?: readonly SecurityMeta[];
  /** How the body is encoded when it is not JSON (form fields, multipart). */
  bodySerializer?: ((body: unknown) => unknown) | null;
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
  headers?: HeaderValues;
}

/** A description that keeps the operation's response and error types, for the types of the calls built on it. */
export interface Described<TResponses, TErrors> extends RequestDescription {
  readonly types?: { responses: TResponses; errors: TErrors };
}

/** The shape of an operation's parameters in the generated types (`<Operation>Data`). */
export interface TDataShape {
  body?: unknown;
  headers?: unknown;
  path?: unknown;
  query?: unknown;
  url: string;
}

/** The options a generated function takes: its parameters, plus the request settings it fills in itself. */
export type Options<TData extends TDataShape = TDataShape, _ThrowOnError extends boolean = boolean, _TResponse = unknown> = {
  headers?: HeaderValues;
  security?: readonly SecurityMeta[];
  bodySerializer?: ((body: unknown) => unknown) | null;
} & ([TData] extends [never] ? unknown : Omit<TData, 'url'>);

type Describe = <TResponses = unknown, TErrors = unknown, _ThrowOnError extends boolean = boolean>(
  options: Omit<RequestDescription, 'method'> & { client?: unknown; meta?: unknown },
) => Described<TResponses, TErrors>;

/** What a generated function calls: one method per HTTP method, each returning the description. */
export interface Client {
  get: Describe;
  post: Describe;
  put: Describe;
  patch: Describe;
  delete: Describe;
  head: Describe;
  options: Describe;
  trace: Describe;
}

const describe =
  (method: HttpMethod): Describe =>
  (options) => {
    const { client: _client, meta: _meta, ...request } = options;
    return { ...request, method };
  };

/** The client every generated function falls back to: it describes the request instead of sending it. */
export const describeRequest: Client = {
  get: describe('GET'),
  post: describe('POST'),
  put: describe('PUT'),
  patch: describe('PATCH'),
  delete: describe('DELETE'),
  head: describe('HEAD'),
  options: describe('OPTIONS'),
  trace: describe('TRACE'),
};

function forEachField(body: unknown, add: (key: string, value: unknown) => void): void {
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    // An array is one field per item (`file[]` parts, repeated form keys), as PHP reads them.
    if (Array.isArray(value)) for (const item of value) add(key, item);
    else add(key, value);
  }
}

/** Strings as they are, anything else as JSON. */
const formFields = (body: unknown): string => {
  const data = new URLSearchParams();
  forEachField(body, (key, value) => data.append(key, typeof value === 'string' ? value : JSON.stringify(value)));
  return data.toString();
};

/** Strings and files as they are, dates in ISO form, anything else as JSON. */
const formDataParts = (body: unknown): FormData => {
  const data = new FormData();
  forEachField(body, (key, value) => {
    if (typeof value === 'string' || value instanceof Blob) data.append(key, value);
    else if (value instanceof Date) data.append(key, value.toISOString());
    else data.append(key, JSON.stringify(value));
  });
  return data;
};

/** `application/x-www-form-urlencoded`: strings as they are, anything else as JSON. */
export const urlSearchParamsBodySerializer = { bodySerializer: formFields };

/** `multipart/form-data`: strings and files as they are, dates in ISO form, anything else as JSON. */
export const formDataBodySerializer = { bodySerializer: formDataParts };

/**
 * How an operation's body is sent (its spec's first request content type): the serializer, if the
 * body is not JSON, and the `Content-Type` (`null` lets `fetch` write the multipart boundary).
 * The code generator names the one an operation uses, so that an application ships only that one.
 */
export interface BodyEncoding {
  contentType: string | null;
  bodySerializer?: (body: unknown) => unknown;
}

export const jsonEncoding: BodyEncoding = { contentType: 'application/json' };
export const formEncoding: BodyEncoding = { contentType: 'application/x-www-form-urlencoded', bodySerializer: formFields };
export const multipartEncoding: BodyEncoding = { contentType: null, bodySerializer: formDataParts };
