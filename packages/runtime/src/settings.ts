import { ConfigurationError } from './errors.js';
import type { Logger } from './logging.js';
import type { DriftIssue } from './validate.js';

/** What drift detection does when a 2xx body departs from the spec's schema. */
export type ValidationMode = 'off' | 'warn' | 'strict';

/** Options every ispkit client takes besides its base URL and credential. */
export interface ClientSettings {
  /** A `fetch` implementation to use instead of the global one (tests, proxies). */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds one attempt may take, body included. Default 30 000. */
  timeout?: number;
  /**
   * Extra attempts after a 429, 502, 503, 504, a timeout or a failed connection, for operations
   * the spec marks safe to repeat. Never for writes or money moves. Default 2.
   */
  maxRetries?: number;
  /** Check each 2xx body against the spec: `off`, `warn` (report, still return) or `strict` (throw). Default `warn`. */
  validation?: ValidationMode;
  /**
   * The largest body one answer may have, in decoded bytes (after gzip). The read stops the
   * moment it is exceeded, with a `ResponseTooLargeError` that is not retried. Default 64 MiB.
   */
  maxResponseBytes?: number;
  /** Called before each attempt, with the URL's credentials masked. */
  onRequest?: (event: RequestEvent) => void;
  /** Called after each attempt, answered or not. */
  onResponse?: (event: ResponseEvent) => void;
  /** Called on drift in `warn` mode; without it, drift is written to `console.warn`. */
  onDrift?: (event: DriftEvent) => void;
  /**
   * Where the one line per attempt goes (console, pino…), credentials masked. Logs at `info`
   * unless `ISPKIT_LOG` (debug, info, warn, off) says otherwise; without it, only `ISPKIT_LOG`
   * turns logging on, to the console.
   */
  logger?: Logger;
  /** Headers sent with every call (a per-call `headers` entry wins). */
  headers?: Record<string, string>;
}

/** Options any single call takes besides the operation's own. */
export interface PerCallSettings {
  timeout?: number;
  maxRetries?: number;
  validation?: ValidationMode;
  /** The largest body of this call's answer, in decoded bytes. */
  maxResponseBytes?: number;
  /** Cancels the call, retries and pagination included. */
  signal?: AbortSignal;
}

export interface RequestEvent {
  operationId: string;
  method: string;
  /** The full URL, credential query values replaced by `[REDACTED]`. */
  url: string;
  /** 0 for the first attempt. */
  attempt: number;
}

export interface ResponseEvent extends RequestEvent {
  /** The HTTP status, absent when no answer came. */
  status?: number;
  durationMs: number;
  /** Why the attempt got no answer (timeout, connection failure), secrets masked. */
  error?: string;
  /** Whether another attempt follows. */
  willRetry: boolean;
}

export interface DriftEvent {
  operationId: string;
  /** `METHOD /path` of the request. */
  operation: string;
  status: number;
  issues: readonly DriftIssue[];
}

export const DEFAULTS = {
  timeout: 30_000,
  maxRetries: 2,
  validation: 'warn',
  maxResponseBytes: 64 * 1024 * 1024,
} as const satisfies PerCallSettings;

const MODES: readonly ValidationMode[] = ['off', 'warn', 'strict'];

/** Checks the settings a user passed, with a message that names the option. */
export function checkSettings(settings: PerCallSettings & Partial<ClientSettings>, where: string): void {
  const { timeout, maxRetries, validation, maxResponseBytes } = settings;
  if (timeout !== undefined && !(Number.isFinite(timeout) && timeout > 0)) {
    throw new ConfigurationError(`${where}: timeout must be a positive number of milliseconds, got ${String(timeout)}`);
  }
  if (maxRetries !== undefined && !(Number.isInteger(maxRetries) && maxRetries >= 0 && maxRetries <= 10)) {
    throw new ConfigurationError(`${where}: maxRetries must be an integer from 0 to 10, got ${String(maxRetries)}`);
  }
  if (maxResponseBytes !== undefined && !(Number.isSafeInteger(maxResponseBytes) && maxResponseBytes > 0)) {
    throw new ConfigurationError(`${where}: maxResponseBytes must be a positive integer, got ${String(maxResponseBytes)}`);
  }
  if (validation !== undefined && !MODES.includes(validation)) {
    throw new ConfigurationError(`${where}: validation must be one of ${MODES.join(', ')}, got ${JSON.stringify(validation)}`);
  }
  const headers = (settings as Partial<ClientSettings>).headers;
  if (
    headers !== undefined &&
    (typeof headers !== 'object' || headers === null || Object.values(headers).some((v) => typeof v !== 'string'))
  ) {
    throw new ConfigurationError(`${where}: headers must be an object of header names to string values`);
  }
  for (const hook of ['fetch', 'onRequest', 'onResponse', 'onDrift'] as const) {
    if (settings[hook] !== undefined && typeof settings[hook] !== 'function') {
      throw new ConfigurationError(`${where}: ${hook} must be a function`);
    }
  }
}
