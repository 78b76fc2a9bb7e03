import {
  type JsonSchema,
  type OperationMeta,
  type PaginationMeta,
  SUPPORTED_FORMATS,
  VALIDATION_KEYWORDS,
  type VendorMeta,
} from '@ispkit/runtime';
import { listOperations, type OpenApiDocument } from './openapi.js';
import { StrictSchemas } from './strict-schema.js';

/** Keywords that say nothing about validity: dropped from the runtime's copy of a schema. */
const ANNOTATIONS = new Set([
  'description',
  'title',
  'example',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$comment',
  'externalDocs',
  'contentMediaType',
  'contentEncoding',
]);
const KEYWORDS = new Set<string>(VALIDATION_KEYWORDS);
const FORMATS = new Set(SUPPORTED_FORMATS);

/** The runtime metadata of a spec: idempotency, failure envelope, pagination and strict 2xx body schemas. */
export function buildMeta(spec: OpenApiDocument): VendorMeta {
  const schemas = new StrictSchemas(spec);
  const operations: Record<string, OperationMeta> = {};
  for (const { operationId, method, path, operation } of listOperations(spec)) {
    const where = `${operationId} (${method.toUpperCase()} ${path})`;
    const declared = operation['x-ispkit-idempotent'];
    if (declared !== undefined && typeof declared !== 'boolean')
      throw new Error(`${where}: x-ispkit-idempotent must be true or false`);
    const responses: Record<string, JsonSchema> = {};
    for (const status of Object.keys((operation.responses ?? {}) as object)) {
      if (!/^2\d\d$/.test(status)) continue;
      const schema = schemas.response(path, method, status, 'application/json');
      if (schema !== undefined) responses[status] = compact(schema, `${where} ${status}`);
    }
    const pagination = operation['x-ispkit-pagination'];
    operations[operationId] = {
      method: method.toUpperCase(),
      path,
      idempotent: declared ?? (method === 'get' || method === 'head'),
      responses,
      ...(pagination !== undefined && { pagination: checkPagination(pagination, where) }),
    };
  }
  return { ...failureEnvelope(spec), secretQueryParams: secretQueryParams(spec), operations };
}

/** The schema with annotations dropped; any keyword the runtime's checker does not apply is an error. */
export function compact(schema: unknown, where: string): JsonSchema {
  if (typeof schema === 'boolean') return schema;
  if (!isObject(schema)) throw new Error(`${where}: a schema must be an object or a boolean`);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    if (!KEYWORDS.has(key)) throw new Error(`${where}: the runtime cannot check the keyword "${key}"`);
    if (key === 'format' && !FORMATS.has(value as string))
      throw new Error(`${where}: the runtime cannot check format "${String(value)}"`);
    if (key === 'properties') {
      out[key] = Object.fromEntries(
        Object.entries(value as object).map(([name, sub]) => [name, compact(sub, `${where}/${name}`)]),
      );
    } else if (['allOf', 'anyOf', 'oneOf', 'prefixItems'].includes(key)) {
      out[key] = (value as unknown[]).map((sub, i) => compact(sub, `${where}/${key}/${i}`));
    } else if (['items', 'not', 'additionalProperties'].includes(key)) {
      out[key] = compact(value, `${where}/${key}`);
    } else {
      out[key] = value;
    }
  }
  return out;
}

function failureEnvelope(spec: OpenApiDocument): Pick<VendorMeta, 'failure'> {
  const failure = spec['x-ispkit-failure'];
  if (failure === undefined) return {};
  if (!isObject(failure) || typeof failure.property !== 'string' || !('value' in failure)) {
    throw new Error('x-ispkit-failure must be { property, value, message }');
  }
  const message = failure.message === undefined ? [] : [failure.message].flat();
  if (!message.every((m) => typeof m === 'string'))
    throw new Error('x-ispkit-failure.message must be a property name or a list of them');
  return { failure: { property: failure.property, value: failure.value, message: message as string[] } };
}

function secretQueryParams(spec: OpenApiDocument): string[] {
  const schemes = Object.values(
    (spec.components?.securitySchemes ?? {}) as Record<string, { type?: string; in?: string; name?: string }>,
  );
  return schemes.filter((s) => s.type === 'apiKey' && s.in === 'query' && s.name).map((s) => s.name!);
}

function checkPagination(value: unknown, where: string): PaginationMeta {
  const keys = ['iterator', 'page', 'perPage', 'items', 'lastPage'] as const;
  if (!isObject(value) || !keys.every((k) => typeof value[k] === 'string') || !Number.isInteger(value.maxPerPage)) {
    throw new Error(`${where}: x-ispkit-pagination must be { iterator, page, perPage, maxPerPage, items, lastPage }`);
  }
  const { iterator, page, perPage, maxPerPage, items, lastPage } = value as unknown as PaginationMeta;
  return { iterator, page, perPage, maxPerPage, items, lastPage };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
