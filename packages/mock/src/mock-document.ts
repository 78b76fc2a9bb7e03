import type { OpenApiDocument } from './openapi.js';
import type { Recording } from './recordings.js';
import { basePath } from './spec.js';

/**
 * Turns a vendor spec into the document its mock serves:
 * - paths are prefixed with the server's base path, because Prism routes without it and the
 *   clients call the real URLs (`/api/SmartIPS-v1/plans`);
 * - every recording becomes a named example of its operation's response, listed first, so
 *   the mock answers with what the vendor really sent (known docs errors excepted).
 */
export function buildMockDocument(spec: OpenApiDocument, recordings: Recording[]): OpenApiDocument {
  const document = structuredClone(spec);
  const prefix = basePath(spec);
  document.paths = Object.fromEntries(Object.entries(document.paths).map(([path, item]) => [prefix + path, item]));
  document.servers = [{ url: '/' }];

  for (const recording of recordings) {
    // A known docs error is what the server does not send: the mock answers as the server does.
    if (recording.knownDocsError) continue;
    const { method, path } = recording.request;
    const operation = document.paths[prefix + path]?.[method.toLowerCase()] as
      | { operationId?: string; responses?: Record<string, { content?: Record<string, { examples?: object }> }> }
      | undefined;
    if (operation?.operationId !== recording.operationId) {
      throw new Error(`recording ${recording.name}: no operation ${recording.operationId} at ${method} ${path}`);
    }
    const status = String(recording.response.status);
    const declared = operation.responses?.[status] as { $ref?: string } | undefined;
    // A shared response (`$ref`) gets its own copy here, so that examples stay with their operation.
    if (operation.responses && typeof declared?.$ref === 'string') {
      const { $ref, ...overrides } = declared;
      operation.responses[status] = {
        ...structuredClone(resolveLocal(document, $ref)),
        ...overrides,
      } as (typeof operation.responses)[string];
    }
    const media = operation.responses?.[status]?.content?.[recording.response.contentType];
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

function resolveLocal(document: OpenApiDocument, ref: string): object {
  if (!ref.startsWith('#/')) throw new Error(`only local references are supported, got ${ref}`);
  let node: unknown = document;
  for (const key of ref.slice(2).split('/'))
    node = (node as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (typeof node !== 'object' || node === null) throw new Error(`unresolved reference ${ref}`);
  return node;
}
