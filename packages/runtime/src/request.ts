import type { HeaderValues, RequestDescription } from './core.js';
import { ConfigurationError } from './errors.js';
import type { SecurityMeta } from './meta.js';

/** A request ready for `fetch`: its body is a string or `FormData`, so every attempt can send it again. */
export interface OutgoingRequest {
  method: string;
  url: string;
  /** The URL's path, base path included: what errors name (never host or query, which may carry secrets). */
  pathname: string;
  headers: Headers;
  body: BodyInit | undefined;
}

/** Where requests go and the credential they carry: the client's, never a call's. */
export interface Destination {
  baseUrl: string;
  /** The base URL's path (`/api`), without its trailing slash. */
  basePath: string;
  secret: string;
  /** Headers sent with every request (`User-Agent`, a vendor's `Accept`, the user's `headers`). */
  headers: Record<string, string>;
  /** How the spec's security sends the credential, unless a description says otherwise. */
  security?: readonly SecurityMeta[];
}

/**
 * Builds an operation's request: path parameters encoded into the template, the query (arrays
 * one key per item, objects as `name[key]`), the credential as the spec's security says, and
 * the body in the operation's encoding (JSON unless it names another).
 */
export function buildRequest(operationId: string, description: RequestDescription, to: Destination): OutgoingRequest {
  const { method, url: template, security = to.security ?? [], path, body, bodySerializer } = description;
  const headers = mergeHeaders(to.headers, description.headers);
  const query: Record<string, unknown> = { ...description.query };
  for (const scheme of security) {
    const name = scheme.name ?? 'Authorization';
    // A value the call set itself is left alone, as the spec's other parameters are.
    if (headers.has(name) || query[name] !== undefined) continue;
    const value =
      scheme.scheme === 'bearer' ? `Bearer ${to.secret}` : scheme.scheme === 'basic' ? `Basic ${btoa(to.secret)}` : to.secret;
    if (scheme.in === 'query') query[name] = value;
    else headers.set(name, value);
  }

  let pathname = template;
  for (const match of template.match(/\{[^{}]+\}/g) ?? []) {
    const value = path?.[match.slice(1, -1)];
    if (value === undefined || value === null) {
      throw new ConfigurationError(`${operationId}: path parameter "${match.slice(1, -1)}" is missing`);
    }
    const encoded = Array.isArray(value) ? value.map((v) => encode(operationId, v)).join(',') : encode(operationId, value);
    // fetch would resolve a dot segment, sending the credential to another endpoint than the operation's.
    if (encoded === '.' || encoded === '..') {
      throw new ConfigurationError(`${operationId}: path parameter "${match.slice(1, -1)}" cannot be "${encoded}"`);
    }
    pathname = pathname.replace(match, encoded);
  }
  const search = serializeQuery(operationId, query);

  let sent: BodyInit | undefined;
  if (body !== undefined) {
    const serialized = bodySerializer ? bodySerializer(body) : JSON.stringify(body, jsonBigInt);
    if (serialized !== '' && serialized !== undefined) sent = serialized as BodyInit;
  }
  if (sent === undefined) headers.delete('Content-Type');
  else if (!headers.has('Content-Type') && !bodySerializer) headers.set('Content-Type', 'application/json');
  return { method, url: to.baseUrl + pathname + (search && `?${search}`), pathname: to.basePath + pathname, headers, body: sent };
}

function encode(operationId: string, value: unknown): string {
  if (typeof value === 'object') {
    throw new ConfigurationError(`${operationId}: a path or query parameter cannot be a nested object or array`);
  }
  return encodeURIComponent(String(value));
}

function serializeQuery(operationId: string, query: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) parts.push(`${name}=${encode(operationId, item)}`);
    else if (typeof value === 'object') {
      for (const [key, item] of Object.entries(value))
        if (item !== undefined && item !== null) parts.push(`${name}[${key}]=${encode(operationId, item)}`);
    } else parts.push(`${name}=${encode(operationId, value)}`);
  }
  return parts.join('&');
}

/** Later sources win; `null` removes a header, an array repeats it, an object is sent as JSON. */
export function mergeHeaders(...sources: (HeaderValues | undefined)[]): Headers {
  const headers = new Headers();
  for (const source of sources) {
    if (!source) continue;
    for (const [name, value] of Object.entries(source)) {
      if (value === null) headers.delete(name);
      else if (Array.isArray(value)) {
        headers.delete(name);
        for (const item of value) headers.append(name, String(item));
      } else if (value !== undefined) headers.set(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
    }
  }
  return headers;
}

const jsonBigInt = (_key: string, value: unknown) => (typeof value === 'bigint' ? value.toString() : value);
