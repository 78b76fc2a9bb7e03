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

export function rawRequest(
  spec: OpenApiDocument,
  baseUrl: string,
  recording: Recording,
  options: RawRequestOptions = {},
): RawRequest {
  const { method, path } = recording.request;
  const params = recording.request.options ?? {};
  const url = new URL(
    baseUrl + path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(params.path?.[name]))),
  );
  for (const [key, value] of Object.entries(options.query ?? params.query ?? {})) url.searchParams.set(key, String(value));
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.credentials !== false) applyCredentials(spec, url, headers);

  const body = options.body ?? params.body;
  let encoded: string | FormData | undefined;
  if (body !== undefined) {
    const contentType = requestContentType(spec, path, method);
    if (contentType === 'multipart/form-data') {
      // fetch writes the Content-Type itself, with the boundary of the parts.
      encoded = multipartEncode(materialize(body) as Record<string, unknown>);
    } else {
      headers['Content-Type'] = contentType;
      encoded = contentType === 'application/json' ? JSON.stringify(body) : formEncode(body as Record<string, unknown>);
    }
  }
  return { url: url.href, init: { method: method.toUpperCase(), headers, ...(encoded !== undefined && { body: encoded }) } };
}

/** A recording's stand-in for a file, which JSON cannot hold: `{ "$file": { name, type, content } }`. */
export interface FilePlaceholder {
  $file: { name: string; type?: string; content: string };
}

function isFilePlaceholder(value: unknown): value is FilePlaceholder {
  return typeof value === 'object' && value !== null && '$file' in value && Object.keys(value).length === 1;
}

/** A copy of recorded request options (or a body) with every file placeholder turned into a `File`. */
export function materialize<T>(value: T): T {
  if (isFilePlaceholder(value)) {
    const { name, type, content } = value.$file;
    return new File([content], name, { type: type ?? 'application/octet-stream' }) as T;
  }
  if (Array.isArray(value)) return value.map((item) => materialize(item)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, materialize(item)])) as T;
  }
  return value;
}

export function requestContentType(spec: OpenApiDocument, path: string, method: string): string {
  const operation = spec.paths[path]?.[method.toLowerCase()] as { requestBody?: { content?: object } } | undefined;
  const type = Object.keys(operation?.requestBody?.content ?? {})[0];
  if (!type) throw new Error(`${method} ${path} declares no request body`);
  return type;
}

export function applyCredentials(spec: OpenApiDocument, url: URL, headers: Record<string, string>): void {
  const schemes = (spec.components?.securitySchemes ?? {}) as Record<
    string,
    { type: string; in?: string; name?: string; scheme?: string }
  >;
  for (const scheme of Object.values(schemes)) {
    if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name) headers[scheme.name] = FAKE_SECRET;
    else if (scheme.type === 'apiKey' && scheme.in === 'query' && scheme.name) url.searchParams.set(scheme.name, FAKE_SECRET);
    else if (scheme.type === 'http' && scheme.scheme === 'bearer') headers.Authorization = `Bearer ${FAKE_SECRET}`;
  }
}

export function formEncode(body: Record<string, unknown>): string {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(body)) {
    for (const item of Array.isArray(value) ? value : [value])
      form.append(key, typeof item === 'string' ? item : JSON.stringify(item));
  }
  return form.toString();
}

/** One part per value, as PHP and the generated client's form serializer send arrays (`name[]` repeated). */
export function multipartEncode(body: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(body)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      form.append(key, item instanceof Blob ? item : typeof item === 'string' ? item : JSON.stringify(item));
    }
  }
  return form;
}

export interface Violation {
  location: string[];
  code: string | number;
  message: string;
}

/** Prism's findings on an exchange, from its `sl-violations` header. */
export function violations(response: Response): Violation[] {
  const header = response.headers.get('sl-violations');
  return header ? JSON.parse(header) : [];
}

/**
 * Prism's findings on a rejected request. When the spec declares no response for the failure
 * (a vendor that never answers 422, say), Prism answers with its own problem+json and lists the
 * findings in the body, not in the `sl-violations` header; both are read, body ones located under
 * `request` as the header's are. Reads the body: call it once per response.
 */
export async function requestViolations(response: Response): Promise<Violation[]> {
  const found = violations(response);
  if (!response.headers.get('content-type')?.includes('application/problem+json')) return found;
  const problem = (await response.json()) as { validation?: { location: string[]; code: string | number; message: string }[] };
  return [
    ...found,
    ...(problem.validation ?? []).map((v) => ({
      location: ['request', ...(v.location ?? [])],
      code: v.code,
      message: v.message,
    })),
  ];
}
