import type { OpenApiDocument, OperationEntry, Recording } from '@ispkit/mock';

/** How well a vendor's operations are backed: by bodies the vendor showed, or only by inferred schemas. */
export interface EvidenceReport {
  operations: number;
  /** Operations with at least one success recording from the vendor (`docs` or `live`). */
  vendorBacked: string[];
  /** Operations whose success recordings are all `inferred`. */
  inferredOnly: string[];
  /** Recordings whose source disagrees with the spec's `x-ispkit-evidence` marking, one line each. */
  mismatches: string[];
}

const VENDOR_SOURCES = new Set(['docs', 'live']);

/**
 * Compares each success recording's provenance with its response in the spec: an inferred body
 * must have a response (or top-level schema) marked `x-ispkit-evidence: inferred`, and a body the
 * vendor sent must not, since the marking then claims less than is known.
 */
export function evidenceReport(spec: OpenApiDocument, operations: OperationEntry[], recordings: Recording[]): EvidenceReport {
  const mismatches: string[] = [];
  const vendorBacked = new Set<string>();
  const inferred = new Set<string>();
  for (const recording of recordings) {
    if (recording.response.status >= 300) continue;
    const entry = operations.find((o) => o.operationId === recording.operationId);
    if (!entry) {
      mismatches.push(`${recording.name}: no operation ${recording.operationId} in the spec`);
      continue;
    }
    const marked = isMarkedInferred(spec, entry, recording.response.status, recording.response.contentType);
    const source = recording.provenance.source;
    if (VENDOR_SOURCES.has(source)) {
      vendorBacked.add(recording.operationId);
      if (marked)
        mismatches.push(
          `${recording.name}: the vendor sent this body, yet its response schema is marked x-ispkit-evidence: inferred`,
        );
    } else if (source === 'inferred') {
      inferred.add(recording.operationId);
      if (!marked)
        mismatches.push(`${recording.name}: an inferred body whose response schema is not marked x-ispkit-evidence: inferred`);
    } else {
      mismatches.push(`${recording.name}: unknown provenance source ${JSON.stringify(source)}`);
    }
  }
  return {
    operations: operations.length,
    vendorBacked: operations.map((o) => o.operationId).filter((id) => vendorBacked.has(id)),
    inferredOnly: operations.map((o) => o.operationId).filter((id) => inferred.has(id) && !vendorBacked.has(id)),
    mismatches,
  };
}

/** Whether the response of `status` is marked inferred, on the response object or on its top-level schema. */
export function isMarkedInferred(spec: OpenApiDocument, entry: OperationEntry, status: number, contentType: string): boolean {
  const responses = (entry.operation.responses ?? {}) as Record<string, unknown>;
  const response = resolve(spec, responses[String(status)]) as { content?: Record<string, { schema?: unknown }> } | undefined;
  if (response === undefined) return false;
  if (markedInferred(response)) return true;
  const schema = response.content?.[contentType]?.schema;
  return markedInferred(resolve(spec, schema));
}

function markedInferred(node: unknown): boolean {
  return typeof node === 'object' && node !== null && (node as Record<string, unknown>)['x-ispkit-evidence'] === 'inferred';
}

/** Follows local `$ref`s until a node that is not one; sibling keywords of a `$ref` count too. */
function resolve(spec: OpenApiDocument, node: unknown, depth = 0): unknown {
  if (typeof node !== 'object' || node === null || depth > 20) return node;
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref !== 'string') return node;
  if (markedInferred(node)) return node;
  if (!ref.startsWith('#/')) throw new Error(`only local references are supported, got ${ref}`);
  let target: unknown = spec;
  for (const part of ref.slice(2).split('/')) {
    target = (target as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  if (target === undefined) throw new Error(`unresolvable reference ${ref}`);
  return resolve(spec, target, depth + 1);
}
