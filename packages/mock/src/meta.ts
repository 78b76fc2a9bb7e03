import {
  ERROR_KINDS,
  type ErrorRule,
  type JsonSchema,
  type OperationMeta,
  type PaginationMeta,
  type SecurityMeta,
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
    const errors: Record<string, ErrorRule[]> = {};
    for (const [status, response] of Object.entries((operation.responses ?? {}) as Record<string, unknown>)) {
      const declared = resolve(spec, response)?.['x-ispkit-error'];
      if (declared !== undefined) errors[status] = checkErrorRules(declared, `${where} ${status}`);
    }
    const pagination = operation['x-ispkit-pagination'];
    operations[operationId] = {
      method: method.toUpperCase(),
      path,
      idempotent: declared ?? (method === 'get' || method === 'head'),
      responses,
      ...(pagination !== undefined && { pagination: checkPagination(pagination, where) }),
      ...(Object.keys(errors).length > 0 && { errors }),
    };
  }
  return { ...failureEnvelope(spec), secretQueryParams: secretQueryParams(spec), operations, security: security(spec) };
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

/** The spec's default security requirement, in the generated client's terms (header, query or bearer). */
function security(spec: OpenApiDocument): SecurityMeta[] {
  const schemes = (spec.components?.securitySchemes ?? {}) as Record<
    string,
    { type?: string; in?: string; name?: string; scheme?: string }
  >;
  const required = ((spec as { security?: Record<string, unknown>[] }).security ?? [])[0] ?? {};
  return Object.keys(required).map((key) => {
    const s = schemes[key];
    if (s?.type === 'apiKey' && s.name && (s.in === 'header' || s.in === 'query')) {
      return s.in === 'query' ? { type: 'apiKey', name: s.name, in: 'query' } : { type: 'apiKey', name: s.name };
    }
    if (s?.type === 'http' && s.scheme) return { type: 'http', scheme: s.scheme.toLowerCase() };
    throw new Error(`security scheme ${key}: only apiKey (header or query) and http are supported`);
  });
}

function checkPagination(value: unknown, where: string): PaginationMeta {
  const keys = ['iterator', 'page', 'perPage', 'items', 'lastPage'] as const;
  if (!isObject(value) || !keys.every((k) => typeof value[k] === 'string') || !Number.isInteger(value.maxPerPage)) {
    throw new Error(`${where}: x-ispkit-pagination must be { iterator, page, perPage, maxPerPage, items, lastPage }`);
  }
  const { iterator, page, perPage, maxPerPage, items, lastPage } = value as unknown as PaginationMeta;
  return { iterator, page, perPage, maxPerPage, items, lastPage };
}

/** A response object, following one local `$ref` (`#/components/responses/…`). */
function resolve(spec: OpenApiDocument, value: unknown): Record<string, unknown> | undefined {
  if (!isObject(value)) return undefined;
  const ref = value.$ref;
  if (typeof ref !== 'string') return value;
  let target: unknown = spec;
  for (const part of ref.replace(/^#\//, '').split('/')) target = isObject(target) ? target[part] : undefined;
  if (!isObject(target)) throw new Error(`unresolved response $ref ${ref}`);
  return target;
}

/** `x-ispkit-error`: an error kind, or rules `{ error, message?, property? }` tried in order. */
function checkErrorRules(value: unknown, where: string): ErrorRule[] {
  const rules = typeof value === 'string' ? [{ error: value }] : value;
  const kinds: readonly string[] = ERROR_KINDS;
  if (!Array.isArray(rules) || rules.length === 0) throw new Error(`${where}: x-ispkit-error must be a kind or a list of rules`);
  return rules.map((rule, i) => {
    const at = `${where}: x-ispkit-error[${i}]`;
    if (!isObject(rule) || !kinds.includes(rule.error as string))
      throw new Error(`${at}.error must be one of ${kinds.join(', ')}`);
    const extra = Object.keys(rule).filter((k) => !['error', 'message', 'property'].includes(k));
    if (extra.length) throw new Error(`${at}: unknown key ${extra.join(', ')}`);
    for (const k of ['message', 'property'] as const) {
      if (rule[k] !== undefined && typeof rule[k] !== 'string') throw new Error(`${at}.${k} must be a string`);
    }
    return { ...rule } as unknown as ErrorRule;
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
