import { basePath, type OpenApiDocument } from './spec.js';
import type { Recording } from './recordings.js';

/**
 * Turns a vendor spec into the document its mock serves:
 * - paths are prefixed with the server's base path, because Prism routes without it and the
 *   clients call the real URLs (`/api/SmartIPS-v1/plans`);
 * - every recording becomes a named example of its operation's response, listed first, so
 *   the mock answers with what the vendor really sent.
 */
export function buildMockDocument(spec: OpenApiDocument, recordings: Recording[]): OpenApiDocument {
  const document = structuredClone(spec);
  const prefix = basePath(spec);
  document.paths = Object.fromEntries(Object.entries(document.paths).map(([path, item]) => [prefix + path, item]));
  document.servers = [{ url: '/' }];

  for (const recording of recordings) {
    const { method, path } = recording.request;
    const operation = document.paths[prefix + path]?.[method.toLowerCase()] as
      | { operationId?: string; responses?: Record<string, { content?: Record<string, { examples?: object }> }> }
      | undefined;
    if (operation?.operationId !== recording.operationId) {
      throw new Error(`recording ${recording.name}: no operation ${recording.operationId} at ${method} ${path}`);
    }
    const media = operation.responses?.[String(recording.response.status)]?.content?.[recording.response.contentType];
    if (!media) {
      throw new Error(
        `recording ${recording.name}: ${recording.operationId} declares no ${recording.response.status} ${recording.response.contentType} response`,
      );
    }
    const summary = recording.provenance.section ?? recording.name;
    media.examples = { [recording.name]: { summary, value: recording.response.body }, ...media.examples };
  }
  return document;
}
