import { type CALL_PARAMETERS, type CallTarget, call, type FullResponse } from './call.js';
import { type ClientContext, type ContextState, stateOf } from './context.js';
import type { Described, HeaderValues, HttpMethod } from './core.js';
import { ConfigurationError, HttpError } from './errors.js';
import type { OperationMeta } from './meta.js';
import { paginate } from './paginate.js';
import type { PerCallSettings } from './settings.js';

/** A generated function (`src/gen/sdk.gen.ts`): describes its operation's request from the call's parameters. */
// biome-ignore lint/suspicious/noExplicitAny: a parameter type every generated function is assignable to
export type GeneratedFunction = (options?: any) => Described<unknown, unknown>;

/** The options a call takes: the operation's parameters plus per-call settings. */
export type CallOptions<F> = F extends (options: infer O) => unknown
  ? Pick<NonNullable<O>, Extract<keyof NonNullable<O>, (typeof CALL_PARAMETERS)[number]>> & PerCallSettings
  : never;

type ValueOf<T> = T extends unknown ? T[keyof T] : never;

/** The body type of an operation's success response. */
export type ResultData<F> = F extends (...args: never[]) => Described<infer R, unknown> ? ValueOf<R> : never;

/** The body types of an operation's declared error responses (`never` when the spec declares none). */
export type ResultError<F> = F extends (...args: never[]) => Described<unknown, infer E>
  ? unknown extends E
    ? never
    : ValueOf<E>
  : never;

/** Whether an operation can be called without options (none of its parameters is required). */
type OptionalOptions<F> = undefined extends Parameters<Extract<F, GeneratedFunction>>[0] ? true : false;

/** A vendor's context, or a whole client of that vendor (which carries its context). */
export type ContextOf<V extends string> = ClientContext<V> | { readonly context: ClientContext<V> };

/** The operation's facts, as `@ispkit/codegen` writes them from the spec. */
export interface OperationSpec extends OperationMeta {
  operationId: string;
}

/**
 * One operation on its own: `getPlans(context, options)`. An application that imports only the
 * operations it calls ships only those, their own response schemas and the runtime.
 */
export type Operation<V extends string, F> = (OptionalOptions<F> extends true
  ? (context: ContextOf<V>, options?: CallOptions<F>) => Promise<ResultData<F>>
  : (context: ContextOf<V>, options: CallOptions<F>) => Promise<ResultData<F>>) & {
  /** The same call, resolving to `{ data, status, headers }`. */
  withResponse: OptionalOptions<F> extends true
    ? (context: ContextOf<V>, options?: CallOptions<F>) => Promise<FullResponse<ResultData<F>>>
    : (context: ContextOf<V>, options: CallOptions<F>) => Promise<FullResponse<ResultData<F>>>;
  /**
   * Narrows a caught value to an `HttpError` of this operation whose `body` has the type of its
   * declared error responses (or text: a body that is not JSON, or one cut at 64 KiB).
   */
  isError(error: unknown): error is HttpError<ResultError<F> | string>;
  /** What the runtime knows of the operation: method, path, safety to repeat, response schemas. */
  readonly spec: OperationSpec;
  /** @internal The generated function, for the types. */
  readonly generated?: F;
};

/** The state of the context (or client) a call was given, checked to be of the operation's vendor. */
export function contextState(context: unknown, vendor: string, operationId: string): ContextState {
  const state = stateOf(context);
  if (!state) {
    throw new ConfigurationError(
      `${operationId}: the first argument must be a client or context of ${vendor} (create…Client or create…Context)`,
    );
  }
  if (state.vendor !== vendor)
    throw new ConfigurationError(`${operationId}: that is a ${state.vendor} client, not a ${vendor} one`);
  return state;
}

/**
 * An operation from its facts; `@ispkit/codegen` writes one call per operation, with the generated
 * function's type as `F`. The request is described from the facts (method, path template, body
 * encoding) and the client's security, so that the generated function itself is never bundled.
 */
export function defineOperation<V extends string, F extends GeneratedFunction>(vendor: V, spec: OperationSpec): Operation<V, F> {
  const { operationId, method, path, encoding } = spec;
  const target: CallTarget = {
    operationId,
    op: spec,
    // As the generated function would: the call's parameters, its headers over the encoding's.
    describe: (parameters: { headers?: HeaderValues }) => ({
      ...parameters,
      method: method as HttpMethod,
      url: path,
      ...(encoding && {
        bodySerializer: encoding.bodySerializer,
        headers: { 'Content-Type': encoding.contentType, ...parameters.headers },
      }),
    }),
  };
  const check = (context: unknown) => contextState(context, vendor, operationId);
  // Async, so that a wrong context rejects like every other failure instead of throwing.
  const operation = async (context: unknown, options?: object) => call(check(context), target, options, false);
  return Object.assign(operation, {
    withResponse: async (context: unknown, options?: object) => call(check(context), target, options, true),
    isError: (error: unknown) => error instanceof HttpError && error.operationId === operationId,
    spec,
  }) as unknown as Operation<V, F>;
}

/** The options of a list iterator: the list's, without the page number, which the iterator sets itself. */
export type IteratorOptions<F, Page extends string = 'page'> = Omit<CallOptions<F>, 'query'> &
  (CallOptions<F> extends { query?: infer Q } ? { query?: Omit<NonNullable<Q>, Page> & { [K in Page]?: never } } : unknown);

/** The items of a page of `F`'s answer, found at `K`. */
export type PageItem<F, K extends string> = ResultData<F> extends { [P in K]: readonly (infer I)[] } ? I : unknown;

/** An iterator over every item of a paginated list, page after page, on its own: `iterateClients(context)`. */
export type PageIteratorOperation<V extends string, F, Item> = ((
  context: ContextOf<V>,
  options?: IteratorOptions<F>,
) => AsyncIterable<Item>) & {
  /** The list operation it pages through. */
  readonly pages: OperationSpec;
  /** @internal The list's generated function and item, for the types. */
  readonly generated?: F;
  /** @internal */
  readonly item?: Item;
};

/** An iterator over a list operation; `@ispkit/codegen` writes one for each `x-ispkit-pagination` operation. */
export function definePageIterator<V extends string, F, Item>(list: Operation<V, F>): PageIteratorOperation<V, F, Item> {
  const pagination = list.spec.pagination;
  if (!pagination) throw new ConfigurationError(`${list.spec.operationId} is not paginated`);
  const iterate = (context: ContextOf<V>, options?: object) =>
    paginate((o?: object) => (list as (c: unknown, o?: object) => Promise<unknown>)(context, o), pagination, options);
  return Object.assign(iterate, { pages: list.spec }) as unknown as PageIteratorOperation<V, F, Item>;
}
