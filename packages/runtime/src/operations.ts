import { HttpError, IspkitError, NetworkError } from './errors.js';

/** What a generated operation resolves to when it does not throw. */
interface OperationResult {
  data?: unknown;
  error?: unknown;
  request: Request;
  response?: Response;
}

// The generated operations each take their own options type.
type Operation = (options?: any) => Promise<OperationResult>;

/** The options a bound method takes: the generated ones, less what the binding supplies. */
export type CallOptions<F> = F extends (options: infer O) => unknown
  ? Omit<NonNullable<O>, 'client' | 'throwOnError' | 'responseStyle'>
  : never;

/** The body type of an operation's success response. */
export type ResultData<F> = F extends (...args: never[]) => Promise<infer R>
  ? R extends { data: infer D }
    ? Exclude<D, undefined>
    : never
  : never;

type BoundMethod<F> = undefined extends Parameters<Extract<F, Operation>>[0]
  ? (options?: CallOptions<F>) => Promise<ResultData<F>>
  : (options: CallOptions<F>) => Promise<ResultData<F>>;

/** One method per generated operation, resolving to the success body and throwing otherwise. */
export type BoundOperations<T> = { [K in keyof T as T[K] extends Operation ? K : never]: BoundMethod<T[K]> };

/**
 * Binds every operation of a generated SDK module to one configured client. A bound method
 * resolves to the parsed success body, and rejects with an {@link IspkitError} subclass
 * otherwise: never with a bare value or a vendor body.
 */
export function bindOperations<T extends object>(operations: T, client: unknown): BoundOperations<T> {
  const bound: Record<string, unknown> = {};
  for (const [name, operation] of Object.entries(operations)) {
    if (typeof operation !== 'function') continue;
    // A fresh `query` object on every call: hey-api 0.95 writes a query apiKey into the call's
    // `query` only when one exists, so a call without query parameters would lose the token.
    bound[name] = (options?: { query?: object }) => call(operation as Operation, { ...options, query: { ...options?.query }, client });
  }
  return bound as BoundOperations<T>;
}

async function call(operation: Operation, options: object): Promise<unknown> {
  let result: OperationResult;
  try {
    result = await operation({ ...options, throwOnError: false, responseStyle: 'fields' });
  } catch (cause) {
    if (cause instanceof IspkitError) throw cause;
    // The generated client throws only before it has a response to report (a body it
    // cannot parse, a failing interceptor).
    throw new NetworkError('request', { cause });
  }
  const label = operationLabel(result.request);
  if (!result.response) throw new NetworkError(label, { cause: result.error });
  if (!result.response.ok) throw new HttpError(label, result.response.status, result.error);
  return result.data;
}

function operationLabel(request: Request): string {
  return `${request.method} ${new URL(request.url).pathname}`;
}
