import type { OpenApiDocument, Recording } from '@ispkit/mock';

/** A request built by hand from a recording, to reach the mock without the generated client. */
export interface RawRequest {
  url: string;
  init: RequestInit & { headers: Record<string, string> };
}

export interface RawRequestOptions {
  /** Send the credential the spec's security scheme asks for (default true). */
  credentials?: boolean;
  query?: Record<string, unknown>;
  body?: unknown;
  headers?: Record<string, string>;
}

export const FAKE_SECRET = 'ispkit-contract-suite-fake-secret';

export function rawRequest(spec: OpenApiDocument, baseUrl: string, recording: Recording, options: RawRequestOptions = {}): RawRequest {
  const { method, path } = recording.request;
  const params = recording.request.options ?? {};
  const url = new URL(baseUrl + path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(params.path?.[name]))));
  for (const [key, value] of Object.entries(options.query ?? params.query ?? {})) url.searchParams.set(key, String(value));
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.credentials !== false) applyCredentials(spec, url, headers);

  const body = options.body ?? params.body;
  let encoded: string | undefined;
  if (body !== undefined) {
    const contentType = requestContentType(spec, path, method);
    headers['Content-Type'] = contentType;
    encoded = contentType === 'application/json' ? JSON.stringify(body) : formEncode(body as Record<string, unknown>);
  }
  return { url: url.href, init: { method: method.toUpperCase(), headers, ...(encoded !== undefined && { body: encoded }) } };
}

export function requestContentType(spec: OpenApiDocument, path: string, method: string): string {
  const operation = spec.paths[path]?.[method.toLowerCase()] as { requestBody?: { content?: object } } | undefined;
  const type = Object.keys(operation?.requestBody?.content ?? {})[0];
  if (!type) throw new Error(`${method} ${path} declares no request body`);
  return type;
}

function applyCredentials(spec: OpenApiDocument, url: URL, headers: Record<string, string>): void {
  const schemes = (spec.components?.securitySchemes ?? {}) as Record<string, { type: string; in?: string; name?: string; scheme?: string }>;
  for (const scheme of Object.values(schemes)) {
    if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name) headers[scheme.name] = FAKE_SECRET;
    else if (scheme.type === 'apiKey' && scheme.in === 'query' && scheme.name) url.searchParams.set(scheme.name, FAKE_SECRET);
    else if (scheme.type === 'http' && scheme.scheme === 'bearer') headers.Authorization = `Bearer ${FAKE_SECRET}`;
  }
}

function formEncode(body: Record<string, unknown>): string {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(body)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, typeof item === 'string' ? item : JSON.stringify(item));
  }
  return form.toString();
}

/** Prism's findings on an exchange, from its `sl-violations` header. */
export function violations(response: Response): { location: string[]; code: string | number; message: string }[] {
  const header = response.headers.get('sl-violations');
  return header ? JSON.parse(header) : [];
}
