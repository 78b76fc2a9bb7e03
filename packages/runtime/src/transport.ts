import { AbortError, NetworkError, RedirectError, type RequestInfo, ResponseTooLargeError, TimeoutError } from './errors.js';
import type { AttemptLog } from './logging.js';
import type { Redactor } from './redact.js';
import type { OutgoingRequest } from './request.js';
import type { ClientSettings } from './settings.js';

/** Statuses worth another attempt: the server said "later" or a proxy lost it. */
const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const INITIAL_RETRY_DELAY = 500;
const MAX_RETRY_DELAY = 8_000;
/** A `Retry-After` longer than this is not waited for: the error goes back to the caller. */
const MAX_RETRY_AFTER = 60_000;

export interface AttemptPlan {
  operationId: string;
  idempotent: boolean;
  timeout: number;
  maxRetries: number;
  maxResponseBytes: number;
  signal: AbortSignal | undefined;
}

/** The answer the transport read in full (or up to the error-body cap), kept for the call to interpret. */
export interface ReadResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body went past the cap kept for error answers, and `text` holds its start only. */
  truncated: boolean;
}

/** Names the request in errors; the transport updates it when a redirect moves the request. */
export interface TransportState {
  info: RequestInfo;
}

/**
 * Sends one call: attempts with a timeout each, retries of safe operations only, redirects
 * followed only within the origin, hooks, and the body read once, bounded, before the timeout
 * is cleared. The request's body is a string or `FormData`, so another attempt sends it again.
 */
export async function send(
  plan: AttemptPlan,
  request: OutgoingRequest,
  state: TransportState,
  settings: ClientSettings,
  redactor: Redactor,
  log?: AttemptLog,
): Promise<ReadResponse> {
  const baseFetch = settings.fetch ?? globalThis.fetch;
  const retries = plan.idempotent ? plan.maxRetries : 0;
  const firstStarted = performance.now();
  let hops = 0;
  let current = request;
  const aborted = () => new AbortError(state.info, { cause: redactor.error(plan.signal?.reason) });

  for (let attempt = 0; ; attempt++) {
    if (plan.signal?.aborted) throw aborted();
    // Hooks and the log see the URL masked; without them, no time goes into masking it.
    const observed = settings.onRequest !== undefined || settings.onResponse !== undefined || log !== undefined;
    const event = {
      operationId: plan.operationId,
      method: current.method,
      url: observed ? redactor.url(current.url) : '',
      attempt,
    };
    notify(settings.onRequest, event);
    const started = performance.now();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, plan.timeout);
    const onAbort = () => controller.abort();
    plan.signal?.addEventListener('abort', onAbort, { once: true });

    let answer: ReadResponse | undefined;
    let failure: Error | undefined;
    try {
      // The body is read here, under the timeout: a server that stalls mid-body times out too.
      const response = await baseFetch(current.url, {
        method: current.method,
        headers: current.headers,
        body: current.body,
        signal: controller.signal,
        // Redirects are judged here, hop by hop: fetch would carry custom credential headers,
        // a query token and a payment's body to wherever `Location` points.
        redirect: 'manual',
      });
      answer = await readBody(response, plan.maxResponseBytes, state.info, controller);
    } catch (cause) {
      failure = plan.signal?.aborted
        ? aborted()
        : cause instanceof ResponseTooLargeError
          ? cause
          : timedOut
            ? new TimeoutError(state.info, plan.timeout, attempt + 1, Math.round(performance.now() - firstStarted))
            : new NetworkError(state.info, { cause: redactor.error(cause) });
    } finally {
      clearTimeout(timer);
      plan.signal?.removeEventListener('abort', onAbort);
    }

    const target = answer && redirectTarget(answer);
    // A body too large stays too large, and the caller who aborted wants no other attempt.
    const final = target || failure instanceof ResponseTooLargeError || failure instanceof AbortError;
    const delay = attempt < retries && !final ? retryDelay(attempt, answer) : undefined;
    // onResponse closes every attempt that onRequest opened, an aborted one too.
    if (observed) {
      const closed = {
        ...event,
        ...(answer && { status: answer.status }),
        durationMs: Math.round(performance.now() - started),
        ...(failure && { error: failure.message }),
        willRetry: delay !== undefined,
      };
      notify(settings.onResponse, closed);
      log?.(closed);
    }
    if (delay !== undefined) {
      await sleep(delay, plan.signal, aborted);
      continue;
    }
    if (failure) throw failure;
    if (target !== undefined) {
      const next = URL.canParse(target, current.url) ? new URL(target, current.url) : undefined;
      const refusal = refuseRedirect(next, new URL(request.url).origin, current, plan.idempotent, hops);
      if (refusal || !next) {
        const location = redactor.url(next?.href ?? target);
        throw new RedirectError(state.info, answer!.status, location, refusal ?? '', keptHeaders(answer!.headers, redactor));
      }
      hops++;
      // Same origin, a read without a body: the same request, credentials included, at the new path.
      current = { ...current, url: next.href };
      state.info = { operationId: plan.operationId, operation: `${current.method} ${next.pathname}` };
      attempt--;
      continue;
    }
    return answer!;
  }
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
/** What an error answer's body keeps: enough for any vendor message, not a whole page. */
export const ERROR_BODY_LIMIT = 64 * 1024;

/** The absolute URL a redirect points to, or undefined when the answer is no redirect. */
function redirectTarget(answer: ReadResponse): string | undefined {
  if (!REDIRECT_STATUSES.has(answer.status)) return undefined;
  return answer.headers.get('location') ?? undefined;
}

/** Why a redirect is not followed, or undefined when it may be. */
function refuseRedirect(
  url: URL | undefined,
  origin: string,
  request: OutgoingRequest,
  idempotent: boolean,
  hops: number,
): string | undefined {
  if (!url) return 'the location is not a URL';
  if (url.origin !== origin) return 'another origin: the credential is not sent there';
  if (!idempotent) return 'the operation is not safe to repeat';
  if (request.body) return 'a request with a body is not sent twice';
  if (hops >= MAX_REDIRECTS) return `more than ${MAX_REDIRECTS} redirects`;
  return undefined;
}

/** The headers an error keeps: an allow-list (a vendor may echo anything in the others), values masked. */
export function keptHeaders(headers: Headers, redactor: Redactor): Headers {
  const kept = new Headers();
  for (const [name, value] of headers) {
    if (KEPT_HEADERS.has(name) || /^x-(amzn-)?(request|correlation|trace)-id$/.test(name)) kept.set(name, redactor.text(value));
  }
  return kept;
}
const KEPT_HEADERS = new Set(['content-type', 'content-length', 'retry-after', 'date', 'request-id', 'x-request-id', 'cf-ray']);

/**
 * Reads a body once, as it streams, counting decoded bytes: a success body stops with a
 * `ResponseTooLargeError` past `limit`, an error body is kept up to `ERROR_BODY_LIMIT` and cut.
 */
async function readBody(
  response: Response,
  limit: number,
  info: RequestInfo,
  controller: AbortController,
): Promise<ReadResponse> {
  const { status, headers } = response;
  const success = status >= 200 && status <= 299;
  const cap = success ? limit : Math.min(limit, ERROR_BODY_LIMIT);
  const declared = Number(headers.get('content-length'));
  if (success && !headers.has('content-encoding') && Number.isFinite(declared) && declared > limit) {
    controller.abort();
    throw new ResponseTooLargeError(info, status, limit);
  }
  if (!response.body || REDIRECT_STATUSES.has(status)) {
    await response.body?.cancel().catch(() => undefined);
    return { status, headers, text: '', truncated: false };
  }
  // A declared length within the cap bounds the read (fetch delivers no more than it), unless the
  // body is compressed, when only the decoded count below does.
  if (!headers.has('content-encoding') && headers.get('content-length') !== null && declared <= cap) {
    return { status, headers, text: await response.text(), truncated: false };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > cap) {
      // Stop the transfer now: nothing more of it is wanted.
      controller.abort();
      await reader.cancel().catch(() => undefined);
      if (success) throw new ResponseTooLargeError(info, status, limit);
      chunks.push(value.subarray(0, cap - size));
      size = cap;
      truncated = true;
      break;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  const bytes = chunks.length === 1 ? chunks[0]! : concat(chunks, size);
  chunks.length = 0;
  return { status, headers, text: new TextDecoder().decode(bytes), truncated };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Milliseconds to wait before the next attempt, or undefined when this outcome is final. */
function retryDelay(attempt: number, answer: ReadResponse | undefined): number | undefined {
  if (answer && !RETRY_STATUSES.has(answer.status)) return undefined;
  const asked = answer && retryAfter(answer.headers);
  if (asked !== undefined) return asked <= MAX_RETRY_AFTER ? asked : undefined;
  // Exponential backoff, with up to a quarter of jitter so that many clients do not retry in step.
  return Math.min(INITIAL_RETRY_DELAY * 2 ** attempt, MAX_RETRY_DELAY) * (1 - Math.random() * 0.25);
}

// The IMF-fixdate shape; Date.parse then refuses a month that does not exist (the weekday is not checked).
const HTTP_DATE = /^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/;

/**
 * `Retry-After` in milliseconds: a positive integer number of seconds or a future HTTP date.
 * Anything else (`-1`, `+3`, `1.5`, zero, a past date) is undefined: the normal backoff applies.
 */
export function retryAfter(headers: Headers): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (value === undefined) return undefined;
  if (/^\d{1,9}$/.test(value)) return Number(value) > 0 ? Number(value) * 1000 : undefined;
  if (!HTTP_DATE.test(value)) return undefined;
  const wait = Date.parse(value) - Date.now();
  return wait > 0 ? wait : undefined;
}

function sleep(ms: number, signal: AbortSignal | undefined, aborted: () => Error): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A hook that throws must not lose the call's outcome (a payment's answer above all). */
function notify<E>(hook: ((event: E) => void) | undefined, event: E): void {
  if (!hook) return;
  try {
    hook(event);
  } catch {
    // The user's logger failed; the call goes on.
  }
}
