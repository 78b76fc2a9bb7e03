import { httpError } from './classify.js';
import {
  ConfigurationError,
  describeIssues,
  HttpError,
  IspkitError,
  RequestError,
  ResponseParseError,
  ResponseValidationError,
  snippet,
  VendorFailureError,
} from './errors.js';
import { type AttemptLog, createAttemptLog } from './logging.js';
import type { OperationMeta, VendorMeta } from './meta.js';
import { paginate } from './paginate.js';
import { checkRawMethod, checkRawPath, isJsonBody, type RawRequestOptions } from './raw-request.js';
import { Redactor } from './redact.js';
import { type ClientSettings, checkSettings, DEFAULTS, type PerCallSettings } from './settings.js';
import { createTransport, ERROR_BODY_LIMIT, keptHeaders, type TransportState } from './transport.js';
import { userAgent } from './user-agent.js';
import { MAX_DEPTH, nestedDeeperThan, validate } from './validate.js';

/** What a generated operation resolves to when it does not throw. */
interface OperationResult {
  error?: unknown;
  response?: Response;
}

// The generated operations each take their own options type.
// biome-ignore lint/suspicious/noExplicitAny: a parameter type every generated operation is assignable to
type Operation = (options?: any) => Promise<OperationResult>;

/**
 * What a call may set besides the per-call settings: its parameters. Where the request goes
 * and how it is authenticated (`baseUrl`, `auth`, `security`, `method`, serializers,
 * transformers) belong to the client, and are refused per call.
 */
const CALL_PARAMETERS = ['path', 'query', 'body', 'headers'] as const;
const CALL_SETTINGS = ['timeout', 'maxRetries', 'validation', 'signal', 'maxResponseBytes'] as const;

/** The options a bound method takes: the operation's parameters plus per-call settings. */
export type CallOptions<F> = F extends (options: infer O) => unknown
  ? Pick<NonNullable<O>, Extract<keyof NonNullable<O>, (typeof CALL_PARAMETERS)[number]>> & PerCallSettings
  : never;

/** The body type of an operation's success response. */
export type ResultData<F> = F extends (...args: never[]) => Promise<infer R>
  ? R extends { data: infer D }
    ? Exclude<D, undefined>
    : never
  : never;

/** The body types of an operation's declared error responses (`never` when the spec declares none). */
export type ResultError<F> = F extends (...args: never[]) => Promise<infer R>
  ? R extends { error: infer E }
    ? Exclude<E, undefined>
    : never
  : never;

/** A success answer in full: the body, the status and the allow-listed, masked headers (as on an `HttpError`). */
export interface FullResponse<D> {
  data: D;
  status: number;
  headers: Headers;
}

type Call<F, R> = undefined extends Parameters<Extract<F, Operation>>[0]
  ? (options?: CallOptions<F>) => Promise<R>
  : (options: CallOptions<F>) => Promise<R>;

type BoundMethod<F> = Call<F, ResultData<F>> & {
  /** The same call, resolving to `{ data, status, headers }`. */
  withResponse: Call<F, FullResponse<ResultData<F>>>;
  /**
   * Narrows a caught value to an `HttpError` whose `body` has the type of this operation's
   * declared error responses (or text: a body that is not JSON, or one cut at 64 KiB).
   */
  isError(error: unknown): error is HttpError<ResultError<F> | string>;
};

/** One method per generated operation, resolving to the success body and throwing otherwise. */
export type BoundOperations<T> = { [K in keyof T as T[K] extends Operation ? K : never]: BoundMethod<T[K]> } & {
  /**
   * Calls an endpoint the spec does not have, under the same base URL, with the same
   * credential, timeout, masking, errors and size limit. Retried only for GET and HEAD. The
   * body is parsed as JSON (an empty one resolves to `undefined`) and not checked against any schema.
   */
  request<T = unknown>(options: RawRequestOptions): Promise<T>;
};

/**
 * The options of a list iterator: the list's, without the page number (`Page`, `page` unless
 * told), which the iterator sets itself.
 */
export type IteratorOptions<F, Page extends string = 'page'> = Omit<CallOptions<F>, 'query'> &
  (CallOptions<F> extends { query?: infer Q } ? { query?: Omit<NonNullable<Q>, Page> & { [K in Page]?: never } } : unknown);

/** An iterator over every item of a paginated list, page after page. */
export type PageIterator<F, Item, Page extends string = 'page'> = (options?: IteratorOptions<F, Page>) => AsyncIterable<Item>;

export interface VendorClientDefinition<T> {
  /** The generated SDK module (`src/gen/sdk.gen.ts`). */
  operations: T;
  /** The generated metadata (`src/gen/meta.gen.ts`). */
  meta: VendorMeta;
  /** A generated client configured with the base URL and credential. */
  client: unknown;
  /** The user's settings. */
  settings: ClientSettings;
  /** Credential values to mask wherever they could surface. */
  secrets: readonly string[];
}

/**
 * Binds every operation of a generated SDK module to one configured client. A bound method
 * resolves to the parsed success body and rejects with an {@link IspkitError} subclass
 * otherwise: never with a bare value, a vendor body or `Unexpected token <`.
 */
export function createVendorClient<T extends object>(definition: VendorClientDefinition<T>): BoundOperations<T> {
  const { operations, meta, client, settings, secrets } = definition;
  checkSettings(settings, 'client options');
  const redactor = new Redactor(meta.secretQueryParams, secrets);
  const log = createAttemptLog(settings.logger, redactor);
  const agent = userAgent(meta.client);
  const defaultHeaders: Record<string, string> = agent ? { 'User-Agent': agent } : {};
  const bound: Record<string, unknown> = {};
  for (const [operationId, operation] of Object.entries(operations)) {
    if (typeof operation !== 'function') continue;
    const op = meta.operations[operationId];
    if (!op) throw new ConfigurationError(`operation ${operationId} has no metadata: regenerate the client`);
    const ctx: CallContext = {
      operationId,
      op,
      operation: operation as Operation,
      client,
      meta,
      settings,
      redactor,
      log,
      defaultHeaders,
    };
    const method = async (options?: object) => (await call(ctx, options)).data;
    bound[operationId] = Object.assign(method, {
      withResponse: (options?: object) => call(ctx, options),
      isError: (error: unknown) => error instanceof HttpError && error.operationId === operationId,
    });
    if (op.pagination) bound[op.pagination.iterator] = (options?: object) => paginate(method, op.pagination!, options);
  }
  bound.request = (options: RawRequestOptions) => rawRequest({ meta, client, settings, redactor, log, defaultHeaders }, options);
  return bound as BoundOperations<T>;
}

/** The generated client's generic entry point, as `client.request` uses it. */
interface GeneratedClient {
  getConfig(): { baseUrl?: string };
  request(options: object): Promise<OperationResult>;
}

async function rawRequest(
  shared: Pick<CallContext, 'meta' | 'client' | 'settings' | 'redactor' | 'log' | 'defaultHeaders'>,
  options: RawRequestOptions,
): Promise<unknown> {
  if (typeof options !== 'object' || options === null) throw new ConfigurationError('request: options are required');
  const { method: givenMethod, path: givenPath, ...rest } = options;
  const generated = shared.client as GeneratedClient;
  const method = checkRawMethod(givenMethod);
  const path = checkRawPath(givenPath, generated.getConfig().baseUrl ?? '');
  const op: OperationMeta = { method, path, idempotent: method === 'GET' || method === 'HEAD', responses: {} };
  const json = isJsonBody(rest.body);
  const operation: Operation = (opts: { client: GeneratedClient; headers?: object }) =>
    opts.client.request({
      ...opts,
      method,
      url: path,
      security: shared.meta.security ?? [],
      // Sent as given: the generated client would otherwise write it as JSON, and label it so.
      ...(!json && { bodySerializer: null, headers: { 'Content-Type': null, ...opts.headers } }),
    });
  const ctx: CallContext = { ...shared, operationId: 'request', op, operation, raw: true };
  return (await call(ctx, rest)).data;
}

interface CallContext {
  operationId: string;
  op: OperationMeta;
  operation: Operation;
  client: unknown;
  meta: VendorMeta;
  settings: ClientSettings;
  redactor: Redactor;
  log: AttemptLog | undefined;
  defaultHeaders: Record<string, string>;
  /** `client.request`: an empty body is `undefined`, not an error. */
  raw?: boolean;
}

async function call(
  ctx: CallContext,
  options: (PerCallSettings & { query?: object }) | undefined = {},
): Promise<FullResponse<unknown>> {
  const refused = Object.keys(options ?? {}).filter((k) => ![...CALL_PARAMETERS, ...CALL_SETTINGS].includes(k as never));
  if (refused.length > 0) {
    throw new ConfigurationError(
      `${ctx.operationId}: ${refused.map((k) => JSON.stringify(k)).join(', ')} cannot be set per call ` +
        `(only ${[...CALL_PARAMETERS, ...CALL_SETTINGS].join(', ')}): where a request goes and how it is authenticated belong to the client`,
    );
  }
  const { timeout, maxRetries, validation, signal, maxResponseBytes, ...generated } = options;
  checkSettings({ timeout, maxRetries, validation, maxResponseBytes }, ctx.operationId);
  const state: TransportState = { info: { operationId: ctx.operationId, operation: `${ctx.op.method} ${ctx.op.path}` } };
  const transport = createTransport(
    {
      operationId: ctx.operationId,
      idempotent: ctx.op.idempotent,
      timeout: timeout ?? ctx.settings.timeout ?? DEFAULTS.timeout,
      maxRetries: maxRetries ?? ctx.settings.maxRetries ?? DEFAULTS.maxRetries,
      maxResponseBytes: maxResponseBytes ?? ctx.settings.maxResponseBytes ?? DEFAULTS.maxResponseBytes,
      signal,
    },
    state,
    ctx.settings,
    ctx.redactor,
    ctx.log,
  );

  let result: OperationResult;
  try {
    result = await ctx.operation({
      ...generated,
      // Defaults first: the client's `headers`, then the call's, win over the User-Agent.
      headers: { ...ctx.defaultHeaders, ...ctx.settings.headers, ...(generated as { headers?: object }).headers },
      // A fresh `query` object: hey-api 0.95 writes a query apiKey only into an existing
      // `query`, so a call without query parameters would lose the token.
      query: { ...generated.query },
      client: ctx.client,
      fetch: transport,
      throwOnError: false,
      responseStyle: 'fields',
      parseAs: 'text',
    });
  } catch (cause) {
    if (cause instanceof IspkitError) throw cause;
    // The generated client throws only before a request exists: the options could not be encoded.
    throw new ConfigurationError(
      `${ctx.operationId}: could not build the request: ${ctx.redactor.text(String((cause as Error)?.message ?? cause))}`,
    );
  }
  if (result.error instanceof IspkitError) throw result.error;
  const answer = state.answer;
  if (!answer || !result.response) throw new RequestError(state.info, 'got no response');
  const data = interpret(ctx, state, answer, validation ?? ctx.settings.validation ?? DEFAULTS.validation);
  return { data, status: answer.status, headers: keptHeaders(answer.headers, ctx.redactor) };
}

function interpret(
  ctx: CallContext,
  state: TransportState,
  answer: NonNullable<TransportState['answer']>,
  mode: NonNullable<PerCallSettings['validation']>,
): unknown {
  const { status, headers, text, truncated } = answer;
  const contentType = headers.get('content-type');
  const info = state.info;
  const { redactor } = ctx;
  const tooDeep = () => new ResponseParseError(info, status, contentType, '', `JSON nested deeper than ${MAX_DEPTH} levels`);
  if (status < 200 || status > 299) {
    if (truncated) {
      const kept = `${redactor.text(text)}… [truncated: the body was longer than ${ERROR_BODY_LIMIT} bytes]`;
      throw httpError(ctx.meta, ctx.op, info, status, kept, keptHeaders(headers, redactor));
    }
    if (nestedDeeperThan(text, MAX_DEPTH)) throw tooDeep();
    throw httpError(ctx.meta, ctx.op, info, status, redactor.value(parseLenient(text)), keptHeaders(headers, redactor));
  }
  if (text.trim() === '' && ctx.raw) return undefined;
  if (text.trim() === '') throw new ResponseParseError(info, status, contentType, '', 'an empty body where JSON was expected');
  if (nestedDeeperThan(text, MAX_DEPTH)) throw tooDeep();
  let body: unknown;
  try {
    // PHP servers often label JSON `text/html`: the body decides, and the type only explains a failure.
    body = JSON.parse(text);
  } catch (cause) {
    const looksJson = /^\s*[[{]/.test(text);
    const reason = looksJson
      ? `truncated or invalid JSON (${redactor.text((cause as Error).message)})`
      : 'a body that is not JSON';
    // Masked first, then cut: a key near the cut must not leave a prefix behind.
    throw new ResponseParseError(info, status, contentType, snippet(redactor.text(text)), reason);
  }

  const failure = ctx.meta.failure;
  if (failure && isObject(body) && Object.hasOwn(body, failure.property) && body[failure.property] === failure.value) {
    const record = body;
    const message = failure.message
      .map((key) => (Object.hasOwn(record, key) ? record[key] : undefined))
      .find((m) => typeof m === 'string');
    throw new VendorFailureError(
      info,
      status,
      redactor.value(body),
      message === undefined ? undefined : redactor.text(message as string),
    );
  }

  const schema = ctx.op.responses[String(status)];
  if (mode !== 'off' && schema !== undefined) {
    // A pointer names the body's keys, which a misbehaving server may fill with anything:
    // each key is masked before it is escaped into the pointer.
    const issues = validate(schema, body, ctx.meta.schemas, { maskKey: (key) => redactor.text(key) }).map((i) => ({
      pointer: redactor.text(i.pointer),
      message: redactor.text(i.message),
    }));
    if (issues.length) {
      if (mode === 'strict') throw new ResponseValidationError(info, status, issues, redactor.value(body));
      const event = { operationId: ctx.operationId, operation: info.operation, status, issues };
      if (ctx.settings.onDrift) {
        try {
          ctx.settings.onDrift(event);
        } catch {
          // The user's reporter failed; the data still goes back.
        }
      } else {
        console.warn(`ispkit: ${info.operation} answered a body that does not match the spec: ${describeIssues(issues)}`);
      }
    }
  }
  return body;
}

function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
