import type { OpenApiDocument } from './openapi.js';
import { buildPublishedSpec } from './published-spec.js';
import type { Recording } from './recordings.js';
import { basePath } from './spec.js';

/**
 * Turns a vendor spec into the document its mock serves: the published spec (the recordings as
 * examples, listed first, so the mock answers with what the vendor really sent), with every path
 * prefixed with the server's base path, because Prism routes without it and the clients call the
 * real URLs (`/api/SmartIPS-v1/plans`).
 */
export function buildMockDocument(spec: OpenApiDocument, recordings: Recording[]): OpenApiDocument {
  const document = buildPublishedSpec(spec, recordings);
  const prefix = basePath(spec);
  document.paths = Object.fromEntries(Object.entries(document.paths).map(([path, item]) => [prefix + path, item]));
  document.servers = [{ url: '/' }];
  return document;
}
