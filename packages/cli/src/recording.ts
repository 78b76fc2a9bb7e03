import { createHash } from 'node:crypto';
import type { Recording, StrictSchemas } from '@ispkit/mock';
import type { Exchange } from './call.js';
import { type Comparison, mediaTypeOf } from './compare.js';
import type { CallOptions } from './params.js';
import type { Replacement, Sanitizer } from './sanitize.js';
import { MODEL_RULES } from './sanitize-rules.js';
import type { OperationInfo } from './vendor-context.js';

export interface LiveRecording {
  /** `<operationId>.<status>`, the file name without `.json`. */
  name: string;
  recording: Omit<Recording, 'name'>;
  replaced: Replacement[];
  /** Fields the spec does not declare: faked, and reported. */
  drift: string[];
}

/**
 * A live answer in the contract suite's recording format, sanitized. The host is kept only as
 * a hash: enough to tell two installations apart, nothing that locates one.
 */
export function liveRecording(
  operation: OperationInfo,
  options: CallOptions,
  exchange: Exchange,
  comparison: Pick<Comparison, 'body' | 'declaredContentType'>,
  context: { baseUrl: string; captured: Date; sanitizer: Sanitizer; schemas: StrictSchemas; disabled: readonly string[] },
): LiveRecording {
  const requestOptions = jsonOptions(options);
  const sent = mediaTypeOf(exchange.contentType);
  // A JSON body under another label (PHP's text/html) is recorded as the JSON the spec declares, with a note.
  const contentType = comparison.declaredContentType ?? sent ?? 'application/json';
  const { value, replaced, drift } = context.sanitizer.sanitize({
    'request.options': { value: requestOptions, schema: requestSchema(operation, context.schemas) },
    '': {
      value: comparison.body,
      schema: context.schemas.response(operation.path, operation.method, exchange.status, contentType),
    },
  });
  const relabelled =
    sent !== contentType ? ` The server labelled the body ${exchange.contentType ?? 'with no content type'}.` : '';
  const host = createHash('sha256').update(new URL(context.baseUrl).host.toLowerCase()).digest('hex').slice(0, 12);
  const sanitizedOptions = value['request.options'] as CallOptions;
  const recording: Omit<Recording, 'name'> = {
    operationId: operation.operationId,
    provenance: {
      source: 'live',
      section: `${operation.operationId} (${operation.method.toUpperCase()} ${operation.path})`,
      captured: context.captured.toISOString().slice(0, 10),
      sanitized: sanitizedSummary(replaced),
      ...(context.disabled.length > 0 && { rulesDisabled: [...context.disabled] }),
      notes: `Answer of a live installation, host sha256:${host} (a hash of its host name), recorded and sanitized by \`ispkit record\`.${relabelled}`,
    },
    request: {
      method: operation.method.toUpperCase(),
      path: operation.path,
      ...(Object.keys(sanitizedOptions).length > 0 && { options: sanitizedOptions }),
    },
    response: {
      status: exchange.status,
      contentType,
      body: value[''],
    },
  };
  return { name: `${operation.operationId}.${exchange.status}`, recording, replaced, drift };
}

/** Every value faked by default is counted, per rule; what a detector found inside kept text is listed where it was. */
function sanitizedSummary(replaced: Replacement[]): string[] {
  const counts = new Map<string, number>();
  const listed = new Set<string>();
  for (const r of replaced) {
    if (r.rule === MODEL_RULES.defaultDeny.id) counts.set(`${r.rule} ${r.label}`, (counts.get(`${r.rule} ${r.label}`) ?? 0) + 1);
    else listed.add(`${r.where} (${r.rule} ${r.label})`);
  }
  return [...[...counts].map(([rule, n]) => `${n} values faked: ${rule}`), ...listed];
}

/** The request options' schema: each parameter's, and the request body's. */
function requestSchema(operation: OperationInfo, schemas: StrictSchemas): Record<string, unknown> {
  const group = (where: 'path' | 'query') => ({
    type: 'object',
    properties: Object.fromEntries(
      operation.parameters.filter((p) => p.in === where).map((p) => [p.name, p.schema ?? {}] as const),
    ),
  });
  const body = ['application/json', 'multipart/form-data', 'application/x-www-form-urlencoded']
    .map((type) => schemas.requestBody(operation.path, operation.method, type))
    .find((schema) => schema !== undefined);
  return { type: 'object', properties: { path: group('path'), query: group('query'), ...(body && { body }) } };
}

/** The call options as JSON: a `File` sent in a form goes back to the recordings' `{ "$file": … }` stand-in. */
function jsonOptions(options: CallOptions): CallOptions {
  const toJson = (value: unknown): unknown => {
    if (value instanceof File) return { $file: { name: value.name, type: value.type, content: '(not recorded)' } };
    if (Array.isArray(value)) return value.map(toJson);
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
    return value;
  };
  return toJson(options) as CallOptions;
}
