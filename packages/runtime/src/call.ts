import { httpError } from './classify.js';
import type { ContextState } from './context.js';
import type { RequestDescription } from './core.js';
import {
  ConfigurationError,
  driftMessage,
  IspkitError,
  ResponseParseError,
  ResponseValidationError,
  snippet,
  VendorFailureError,
} from './errors.js';
import type { OperationMeta } from './meta.js';
import { isObject } from './object.js';
import { buildRequest, type OutgoingRequest } from './request.js';
import { checkSettings, DEFAULTS, type PerCallSettings } from './settings.js';
import { ERROR_BODY_LIMIT, keptHeaders, type ReadResponse, send, type TransportState } from './transport.js';
import { findIssues, MAX_DEPTH, nestedDeeperThan } from './validate.js';

/**
 * What a call may set besides the per-call settings: its parameters. Where the request goes
 * and how it is authenticated (`baseUrl`, `auth`, `security`, `method`, serializers) belong to
 * the client, and are refused per call.
 */
export const CALL_PARAMETERS = ['path', 'query', 'body', 'headers'] as const;
const CALL_SETTINGS = ['timeout', 'maxRetries', 'validation', 'signal', 'maxResponseBytes'] as const;
const ALLOWED = new Set<string>([...CALL_PARAMETERS, ...CALL_SETTINGS]);

/** A success answer in full: the body, the status and the allow-listed, masked headers (as on an `HttpError`). */
export interface FullResponse<D> {
  data: D;
  status: number;
  headers: Headers;
}

/** What one call knows of its operation. */
export interface CallTarget {
  operationId: string;
  op: OperationMeta;
  /** Describes the request from the call's parameters (the generated function). */
  describe: (options: object) => RequestDescription;
  /** `client.request`: an empty body is `undefined`, not an error, and the body is sent as given. */
  raw?: boolean;
}

/** Sends one call and reads its answer: the parsed, checked success body, or a typed error. */
export async function call(
  state: ContextState,
  target: CallTarget,
  options: (PerCallSettings & { query?: object }) | undefined,
  full: boolean,
): Promise<FullResponse<unknown> | unknown> {
  const { operationId, op } = target;
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new ConfigurationError(`${operationId}: options must be an object`);
  }
  const given = options ?? {};
  for (const key in given) {
    if (ALLOWED.has(key)) continue;
    const refused = Object.keys(given).filter((k) => !ALLOWED.has(k));
    throw new ConfigurationError(
      `${operationId}: ${refused.map((k) => JSON.stringify(k)).join(', ')} cannot be set per call ` +
        `(only ${[...ALLOWED].join(', ')}): where a request goes and how it is authenticated belong to the client`,
    );
  }
  const { timeout, maxRetries, validation, signal, maxResponseBytes, ...parameters } = given;
  // Most calls set none of them: no check on the hot path then.
  if (timeout !== undefined || maxRetries !== undefined || validation !== undefined || maxResponseBytes !== undefined) {
    checkSettings({ timeout, maxRetries, validation, maxResponseBytes }, operationId);
  }
  const { settings, redactor } = state;

  let request: OutgoingRequest;
  try {
    request = buildRequest(operationId, target.describe(parameters), state.destination);
  } catch (cause) {
    if (cause instanceof IspkitError) throw cause;
    // A body or parameter that cannot be encoded (a cycle, a BigInt in a form): nothing was sent.
    throw new ConfigurationError(
      `${operationId}: could not build the request: ${redactor.text(String((cause as Error)?.message ?? cause))}`,
    );
  }
  const transport: TransportState = { info: { operationId, operation: `${op.method} ${request.pathname}` } };
  // The call's setting, else the client's, else the default.
  const setting = <K extends keyof typeof DEFAULTS>(key: K) => given[key] ?? settings[key] ?? DEFAULTS[key];
  const answer = await send(
    {
      operationId,
      idempotent: op.idempotent,
      timeout: setting('timeout'),
      maxRetries: setting('maxRetries'),
      maxResponseBytes: setting('maxResponseBytes'),
      signal,
    },
    request,
    transport,
    settings,
    redactor,
    state.log,
  );
  const data = interpret(state, target, transport, answer, setting('validation'));
  return full ? { data, status: answer.status, headers: keptHeaders(answer.headers, redactor) } : data;
}

function interpret(
  state: ContextState,
  target: CallTarget,
  transport: TransportState,
  answer: ReadResponse,
  mode: NonNullable<PerCallSettings['validation']>,
): unknown {
  const { status, headers, text, truncated } = answer;
  const contentType = headers.get('content-type');
  const { info } = transport;
  const { redactor, meta } = state;
  const { op } = target;
  const tooDeep = () => new ResponseParseError(info, status, contentType, '', `JSON nested deeper than ${MAX_DEPTH} levels`);
  if (status < 200 || status > 299) {
    if (truncated) {
      const kept = `${redactor.text(text)}… [truncated: the body was longer than ${ERROR_BODY_LIMIT} bytes]`;
      throw httpError(meta, op, info, status, kept, keptHeaders(headers, redactor));
    }
    if (nestedDeeperThan(text, MAX_DEPTH)) throw tooDeep();
    throw httpError(meta, op, info, status, redactor.value(parseLenient(text)), keptHeaders(headers, redactor));
  }
  const blank = !/\S/.test(text);
  if (blank && target.raw) return undefined;
  if (blank) throw new ResponseParseError(info, status, contentType, '', 'an empty body where JSON was expected');
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

  const failure = meta.failure;
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

  const schema = op.responses[String(status)];
  if (mode !== 'off' && schema !== undefined) {
    // A pointer names the body's keys, which a misbehaving server may fill with anything:
    // each key is masked before it is escaped into the pointer.
    const issues = findIssues(schema, body, op.formats, (key) => redactor.text(key)).map((i) => ({
      pointer: redactor.text(i.pointer),
      message: redactor.text(i.message),
    }));
    if (issues.length) {
      if (mode === 'strict') throw new ResponseValidationError(info, status, issues, redactor.value(body));
      const event = { operationId: target.operationId, operation: info.operation, status, issues };
      if (state.settings.onDrift) {
        try {
          state.settings.onDrift(event);
        } catch {
          // The user's reporter failed; the data still goes back.
        }
      } else {
        console.warn(`ispkit: ${info.operation} ${driftMessage(issues)}`);
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
