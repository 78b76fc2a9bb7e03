import {
  AuthenticationError,
  HttpError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  type RequestInfo,
  ServerError,
  ValidationError,
} from './errors.js';
import type { ErrorKind, ErrorRule, OperationMeta, VendorInfo } from './meta.js';
import { isObject } from './object.js';

/** The usual meaning of a status, when the spec says nothing else. */
export function kindOfStatus(status: number): ErrorKind | undefined {
  if (status === 401) return 'authentication';
  if (status === 403) return 'permission-denied';
  if (status === 404) return 'not-found';
  if (status === 400 || status === 422) return 'validation';
  if (status === 429) return 'rate-limit';
  if (status >= 500 && status <= 599) return 'server';
  return undefined;
}

/** The kind the operation's `x-ispkit-error` rules give this answer, else the status's usual one. */
export function errorKind(meta: VendorInfo, op: OperationMeta, status: number, body: unknown): ErrorKind | undefined {
  const rules = op.errors?.[String(status)];
  const rule = rules?.find((r) => matches(meta, r, body));
  return rule ? rule.error : kindOfStatus(status);
}

/** The `HttpError` subclass for an error answer (body and headers already masked). */
export function httpError(
  meta: VendorInfo,
  op: OperationMeta,
  info: RequestInfo,
  status: number,
  body: unknown,
  headers: Headers,
): HttpError {
  const kind = errorKind(meta, op, status, body);
  if (kind === 'validation')
    return new ValidationError(info, status, body, headers, fieldErrors(body, op.errors?.[String(status)]));
  return new ((kind && CLASSES[kind]) || HttpError)(info, status, body, headers);
}

const CLASSES: Partial<Record<ErrorKind, typeof HttpError>> = {
  authentication: AuthenticationError,
  'permission-denied': PermissionDeniedError,
  'not-found': NotFoundError,
  'rate-limit': RateLimitError,
  server: ServerError,
};

function matches(meta: VendorInfo, rule: ErrorRule, body: unknown): boolean {
  if (rule.message !== undefined) {
    if (!isObject(body)) return false;
    const keys = meta.failure?.message.length ? meta.failure.message : ['message'];
    if (!keys.some((k) => Object.hasOwn(body, k) && body[k] === rule.message)) return false;
  }
  if (rule.property !== undefined && !(isObject(body) && Object.hasOwn(body, rule.property) && isObject(body[rule.property]))) {
    return false;
  }
  return true;
}

/**
 * Messages by field, from the property a rule names, Laravel's `errors` or PMP's `error`:
 * a list of messages or a single one per field. Anything else is left out.
 */
export function fieldErrors(body: unknown, rules?: readonly ErrorRule[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!isObject(body)) return out;
  const names = [...(rules ?? []).flatMap((r) => (r.property ? [r.property] : [])), 'errors', 'error'];
  const source = names.map((n) => (Object.hasOwn(body, n) ? body[n] : undefined)).find(isObject);
  if (!source) return out;
  for (const [field, value] of Object.entries(source)) {
    const messages = (Array.isArray(value) ? value : [value]).filter((m): m is string => typeof m === 'string');
    // Defined, not assigned: a body's `__proto__` key stays a plain field.
    if (messages.length)
      Object.defineProperty(out, field, { value: messages, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
