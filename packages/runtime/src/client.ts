import { type CallTarget, call, type FullResponse } from './call.js';
import type { ClientContext } from './context.js';
import { ConfigurationError, type HttpError } from './errors.js';
import type { OperationMeta } from './meta.js';
import {
  type CallOptions,
  contextState,
  type GeneratedFunction,
  type IteratorOptions,
  type OperationSpec,
  type ResultData,
  type ResultError,
} from './operation.js';
import { checkRawMethod, checkRawPath, isJsonBody, type RawRequestOptions } from './raw-request.js';

type Call<F, R> = undefined extends Parameters<Extract<F, GeneratedFunction>>[0]
  ? (options?: CallOptions<F>) => Promise<R>
  : (options: CallOptions<F>) => Promise<R>;

/** One operation of a client: resolves to the success body and throws otherwise. */
export type BoundMethod<F> = Call<F, ResultData<F>> & {
  /** The same call, resolving to `{ data, status, headers }`. */
  withResponse: Call<F, FullResponse<ResultData<F>>>;
  /**
   * Narrows a caught value to an `HttpError` whose `body` has the type of this operation's
   * declared error responses (or text: a body that is not JSON, or one cut at 64 KiB).
   */
  isError(error: unknown): error is HttpError<ResultError<F> | string>;
};

/** An iterator over every item of a paginated list, page after page. */
export type PageIterator<F, Item> = (options?: IteratorOptions<F>) => AsyncIterable<Item>;

/** A client's methods: one per operation and list iterator of the vendor's `operations` module. */
export type BoundOperations<T, V extends string = string> = {
  [K in keyof T as T[K] extends { spec: OperationSpec } | { pages: OperationSpec } ? K : never]: T[K] extends {
    pages: OperationSpec;
    generated?: infer F;
    item?: infer Item;
  }
    ? PageIterator<F, Item>
    : T[K] extends { generated?: infer F }
      ? BoundMethod<F>
      : never;
} & {
  /** The client's context: what the operations of `@ispkit/<vendor>/operations` take. */
  readonly context: ClientContext<V>;
  /**
   * Calls an endpoint the spec does not have, under the same base URL, with the same
   * credential, timeout, masking, errors and size limit. Retried only for GET and HEAD. The
   * body is parsed as JSON (an empty one resolves to `undefined`) and not checked against any schema.
   */
  request: RawRequest;
};

/** `client.request`, and the same call resolving to `{ data, status, headers }`. */
export type RawRequest = (<R = unknown>(options: RawRequestOptions) => Promise<R>) & {
  withResponse<R = unknown>(options: RawRequestOptions): Promise<FullResponse<R>>;
};

type AnyOperation = ((context: unknown, options?: object) => Promise<unknown>) & {
  withResponse: (context: unknown, options?: object) => Promise<unknown>;
  isError: (error: unknown) => boolean;
  spec: OperationSpec;
};

/**
 * Binds every operation of a vendor's `operations` module to one context: `client.getPlans()`
 * for `getPlans(context)`. Each method resolves to the parsed success body and rejects with an
 * `IspkitError` subclass otherwise: never with a bare value, a vendor body or `Unexpected token <`.
 */
export function createVendorClient<T extends object, V extends string>(
  operations: T,
  context: ClientContext<V>,
): BoundOperations<T, V> {
  contextState(context, context.vendor, 'client');
  const bound: Record<string, unknown> = { context };
  for (const [name, value] of Object.entries(operations)) {
    if (typeof value !== 'function') continue;
    const operation = value as AnyOperation;
    if ('pages' in operation)
      bound[name] = (options?: object) => (value as (c: unknown, o?: object) => unknown)(context, options);
    else if ('spec' in operation) {
      bound[name] = Object.assign((options?: object) => operation(context, options), {
        withResponse: (options?: object) => operation.withResponse(context, options),
        isError: operation.isError,
      });
    }
  }
  bound.request = Object.assign((options: RawRequestOptions) => rawRequest(context, options, false), {
    withResponse: (options: RawRequestOptions) => rawRequest(context, options, true),
  });
  return bound as BoundOperations<T, V>;
}

async function rawRequest(context: ClientContext, options: RawRequestOptions, full: boolean): Promise<unknown> {
  const state = contextState(context, context.vendor, 'request');
  if (typeof options !== 'object' || options === null) throw new ConfigurationError('request: options are required');
  const { method: givenMethod, path: givenPath, ...rest } = options;
  const method = checkRawMethod(givenMethod);
  const path = checkRawPath(givenPath, state.destination.baseUrl);
  const op: OperationMeta = { method, path, idempotent: method === 'GET' || method === 'HEAD', responses: {} };
  const json = isJsonBody(rest.body);
  const target: CallTarget = {
    operationId: 'request',
    op,
    raw: true,
    describe: (parameters) => ({
      ...parameters,
      method,
      // Braces would read as a path template: the raw path is sent as given.
      url: path.replace(/[{}]/g, encodeURIComponent),
      security: state.meta.security ?? [],
      // Sent as given unless JSON: a FormData, URLSearchParams, Blob or string is no JSON document.
      ...(!json && { bodySerializer: (body: unknown) => body }),
    }),
  };
  return call(state, target, rest, full);
}
