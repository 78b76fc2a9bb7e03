import type { OpenApiDocument, OperationEntry } from '@ispkit/mock';
import { StrictSchemas } from '@ispkit/mock';
import { applyCredentials, formEncode, multipartEncode, requestViolations } from './http.js';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  examples?: Record<string, { value: unknown }>;
}

/** A request built from a published spec's examples alone, or what was missing to build it. */
export interface ExampleRequest {
  url: string;
  init: RequestInit;
  /** Required inputs that carry no example: a spec-driven runner could not fill them. */
  missing: string[];
}

/** The request body media types of an operation, in the spec's order (none for a bodiless call). */
export function bodyMediaTypes(entry: OperationEntry): string[] {
  return Object.keys((entry.operation.requestBody as { content?: object } | undefined)?.content ?? {});
}

/**
 * One call of an operation with the first example of every parameter that has one and of the body
 * in `mediaType`; nothing comes from a recording or from the test. Only the credential is the
 * suite's, since a spec never holds one.
 */
export function exampleRequest(
  spec: OpenApiDocument,
  baseUrl: string,
  entry: OperationEntry,
  mediaType?: string,
): ExampleRequest {
  const missing: string[] = [];
  const parameters = (entry.operation.parameters as Parameter[] | undefined) ?? [];
  const first = (examples: Record<string, { value: unknown }> | undefined) => Object.values(examples ?? {})[0];

  let path = entry.path;
  const query = new URLSearchParams();
  for (const parameter of parameters) {
    const example = first(parameter.examples);
    if (!example) {
      if (parameter.required || parameter.in === 'path') missing.push(`${parameter.in} parameter ${parameter.name}`);
      continue;
    }
    if (parameter.in === 'path') path = path.replace(`{${parameter.name}}`, encodeURIComponent(String(example.value)));
    else if (parameter.in === 'query') for (const value of [example.value].flat()) query.append(parameter.name, String(value));
  }
  const url = new URL(baseUrl + path);
  for (const [key, value] of query) url.searchParams.append(key, value);
  const headers: Record<string, string> = { Accept: 'application/json' };
  applyCredentials(spec, url, headers);

  let body: string | FormData | undefined;
  const requestBody = entry.operation.requestBody as
    | { required?: boolean; content?: Record<string, { examples?: Record<string, { value: unknown }> }> }
    | undefined;
  if (requestBody && mediaType) {
    const example = first(requestBody.content?.[mediaType]?.examples);
    if (!example) {
      if (requestBody.required) missing.push(`${mediaType} request body`);
    } else if (mediaType === 'multipart/form-data') {
      const schema = new StrictSchemas(spec).requestBody(entry.path, entry.method, mediaType);
      body = multipartEncode(withFiles(example.value as Record<string, unknown>, schema));
    } else if (mediaType === 'application/x-www-form-urlencoded') {
      headers['Content-Type'] = mediaType;
      body = formEncode(example.value as Record<string, unknown>);
    } else {
      headers['Content-Type'] = mediaType;
      body = JSON.stringify(example.value);
    }
  }
  return { url: url.href, init: { method: entry.method.toUpperCase(), headers, ...(body !== undefined && { body }) }, missing };
}

/** Sends an example request to a mock; every problem found, one line each (none when it was accepted). */
export async function replay(request: ExampleRequest): Promise<string[]> {
  const problems = request.missing.map((what) => `no example for the ${what}`);
  const response = await fetch(request.url, request.init);
  const found = await requestViolations(response.clone());
  await response.arrayBuffer();
  for (const violation of found) problems.push(`${violation.location.join('.')}: ${violation.message}`);
  if (response.status >= 400) problems.push(`answered ${response.status}`);
  return problems;
}

/** The example's text values of binary fields (`format: binary`) become files: a multipart file part. */
function withFiles(value: Record<string, unknown>, schema: Record<string, unknown> | undefined): Record<string, unknown> {
  const properties = (schema?.properties ?? {}) as Record<string, { format?: string; items?: { format?: string } }>;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      const property = properties[key];
      const binary = property?.format === 'binary' || property?.items?.format === 'binary';
      if (!binary) return [key, item];
      const toFile = (content: unknown) => new File([String(content)], `${key.replace(/\[\]$/, '')}.txt`, { type: 'text/plain' });
      return [key, Array.isArray(item) ? item.map(toFile) : toFile(item)];
    }),
  );
}
