import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basePath, listOperations, loadRecordings, loadSpec, type OpenApiDocument, type Recording } from '@ispkit/mock';

/** What the fake sends for one operation. */
export interface Answer {
  status: number;
  contentType: string;
  body: string;
}

export interface FakeVendorOptions {
  vendor: string;
  /** The only credential the fake accepts; anything else gets 401. */
  key: string;
  /** Changes the answer of an operation: how a drifted or a leaky server is made from the faithful one. */
  alter?: (operationId: string, body: unknown) => Answer | undefined;
  /** Operations that never answer. */
  stall?: string[];
}

export interface FakeVendor {
  /** The API root, as a client is given it. */
  baseUrl: string;
  /** Each request's operation, in order. */
  calls: string[];
  /** Each request's path and query below the API root, credentials left out. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A vendor server built from the recordings: every operation of the spec answers, at its real
 * path, with its recorded success, once the request carries the key where the spec's security
 * scheme puts it. Unknown paths get 404.
 */
export async function startFakeVendor(options: FakeVendorOptions): Promise<FakeVendor> {
  const { spec, recordings } = vendorFiles(options.vendor);
  const prefix = basePath(spec);
  const routes = listOperations(spec).map(({ operationId, method, path }) => {
    const recording = recordings.find((r) => r.operationId === operationId);
    if (!recording) throw new Error(`no success recording of ${options.vendor} ${operationId}`);
    const pattern = new RegExp(
      `^${escapeRegExp(prefix)}${path
        .split(/\{[^}]+\}/)
        .map(escapeRegExp)
        .join('[^/]+')}$`,
    );
    return { operationId, method: method.toUpperCase(), pattern, recording };
  });
  const calls: string[] = [];
  const requests: string[] = [];

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    const route = routes.find((r) => r.method === request.method && r.pattern.test(url.pathname));
    request.resume();
    if (!route) return send(response, { status: 404, contentType: 'application/json', body: '{"message":"Not Found"}' });
    calls.push(route.operationId);
    const allowed = authorized(spec, request, url, options.key);
    for (const name of querySecrets(spec)) url.searchParams.delete(name);
    requests.push(url.pathname.slice(prefix.length) + url.search);
    if (!allowed) return send(response, { status: 401, contentType: 'application/json', body: '{"message":"Unauthenticated."}' });
    if (options.stall?.includes(route.operationId)) return;
    const body = structuredClone(route.recording.response.body);
    const altered = options.alter?.(route.operationId, body);
    send(
      response,
      altered ?? {
        status: route.recording.response.status,
        contentType: route.recording.response.contentType,
        body: JSON.stringify(body),
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${prefix}`,
    calls,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

const files = new Map<string, { spec: OpenApiDocument; recordings: Recording[] }>();

/**
 * A vendor's spec and success recordings, read once per test worker: parsing the YAML spec for every
 * fake server was a good part of these tests' time. The fake only reads them (an answer is a clone).
 */
function vendorFiles(vendor: string) {
  let found = files.get(vendor);
  if (!found) {
    const recordings = loadRecordings(vendor).filter((r) => !r.knownDocsError && r.response.status < 300);
    found = { spec: loadSpec(vendor), recordings };
    files.set(vendor, found);
  }
  return found;
}

function authorized(spec: OpenApiDocument, request: IncomingMessage, url: URL, key: string): boolean {
  const schemes = Object.values(
    (spec.components?.securitySchemes ?? {}) as Record<string, { type: string; in?: string; name?: string }>,
  );
  return schemes.some((scheme) => {
    if (scheme.type === 'http') return request.headers.authorization === `Bearer ${key}`;
    if (scheme.in === 'query') return url.searchParams.get(scheme.name!) === key;
    return request.headers[scheme.name!.toLowerCase()] === key;
  });
}

function querySecrets(spec: OpenApiDocument): string[] {
  const schemes = Object.values((spec.components?.securitySchemes ?? {}) as Record<string, { in?: string; name?: string }>);
  return schemes.filter((s) => s.in === 'query' && s.name).map((s) => s.name!);
}

function send(response: ServerResponse, answer: Answer): void {
  response.writeHead(answer.status, { 'content-type': answer.contentType });
  response.end(answer.body);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
