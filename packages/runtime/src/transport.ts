import { AbortError, ConfigurationError, NetworkError, type RequestInfo, TimeoutError } from './errors.js';
import type { Redactor } from './redact.js';
import type { ClientSettings } from './settings.js';

/** Statuses worth another attempt: the server said "later" or a proxy lost it. */
const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const INITIAL_RETRY_DELAY = 500;
const MAX_RETRY_DELAY = 8_000;
/** A `Retry-After` longer than this is not waited for: the error goes back to the caller. */
const MAX_RETRY_AFTER = 60_000;
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export interface AttemptPlan {
  operationId: string;
  idempotent: boolean;
  timeout: number;
  maxRetries: number;
  signal: AbortSignal | undefined;
}

/** The answer the transport read in full, kept for the call to interpret. */
export interface ReadResponse {
  status: number;
  headers: Headers;
  text: string;
}

export interface TransportState {
  info: RequestInfo;
  answer?: ReadResponse;
}

/**
 * The `fetch` one call hands to the generated client: attempts with a timeout each, retries
 * of safe operations only, hooks, and the whole body read before the timeout is cleared.
 */
export function createTransport(
  plan: AttemptPlan,
  state: TransportState,
  settings: ClientSettings,
  redactor: Redactor,
): (request: Request) => Promise<Response> {
  const baseFetch = settings.fetch ?? globalThis.fetch;
  return async (request) => {
    const url = new URL(request.url);
    state.info = { operationId: plan.operationId, operation: `${request.method} ${url.pathname}` };
    const missing = /\{([^}]+)\}|%7B([^%]+)%7D/i.exec(url.pathname);
    if (missing) {
      throw new ConfigurationError(`${plan.operationId}: path parameter "${missing[1] ?? missing[2]}" is missing`);
    }
    const safeUrl = redactor.url(request.url);
    const retries = plan.idempotent ? plan.maxRetries : 0;

    for (let attempt = 0; ; attempt++) {
      if (plan.signal?.aborted) throw new AbortError(state.info, { cause: redactor.error(plan.signal.reason) });
      const event = { operationId: plan.operationId, method: request.method, url: safeUrl, attempt };
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
        // A body can be sent once: keep a copy while another attempt may follow.
        const response = await baseFetch(attempt < retries && request.body ? request.clone() : request, {
          signal: controller.signal,
        });
        answer = { status: response.status, headers: response.headers, text: await response.text() };
      } catch (cause) {
        if (plan.signal?.aborted) throw new AbortError(state.info, { cause: redactor.error(plan.signal.reason) });
        failure = timedOut
          ? new TimeoutError(state.info, plan.timeout)
          : new NetworkError(state.info, { cause: redactor.error(cause) });
      } finally {
        clearTimeout(timer);
        plan.signal?.removeEventListener('abort', onAbort);
      }

      const delay = attempt < retries ? retryDelay(attempt, answer) : undefined;
      notify(settings.onResponse, {
        ...event,
        ...(answer && { status: answer.status }),
        durationMs: Math.round(performance.now() - started),
        ...(failure && { error: failure.message }),
        willRetry: delay !== undefined,
      });
      if (delay !== undefined) {
        await sleep(delay, plan.signal, state.info, redactor);
        continue;
      }
      if (failure) throw failure;
      state.answer = answer!;
      return new Response(NULL_BODY_STATUSES.has(answer!.status) ? null : answer!.text, {
        status: answer!.status,
        headers: answer!.headers,
      });
    }
  };
}

/** Milliseconds to wait before the next attempt, or undefined when this outcome is final. */
function retryDelay(attempt: number, answer: ReadResponse | undefined): number | undefined {
  if (answer && !RETRY_STATUSES.has(answer.status)) return undefined;
  const asked = answer && retryAfter(answer.headers);
  if (asked !== undefined) return asked <= MAX_RETRY_AFTER ? asked : undefined;
  // Exponential backoff, with up to a quarter of jitter so that many clients do not retry in step.
  return Math.min(INITIAL_RETRY_DELAY * 2 ** attempt, MAX_RETRY_DELAY) * (1 - Math.random() * 0.25);
}

/** `Retry-After` in milliseconds: seconds or an HTTP date. */
export function retryAfter(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function sleep(ms: number, signal: AbortSignal | undefined, info: RequestInfo, redactor: Redactor): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortError(info, { cause: redactor.error(signal!.reason) }));
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
