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

const MODES: readonly unknown[] = ['off', 'warn', 'strict'];
const isFunction = (value: unknown) => typeof value === 'function';

// What each checked option must be. The first four name the value they got; the others (headers may
// hold a credential, a hook is code) do not.
// biome-ignore lint/suspicious/noExplicitAny: each check narrows its own value
const RULES: [string, (value: any) => boolean, string][] = [
  ['timeout', (v) => Number.isFinite(v) && v > 0, 'a positive number of milliseconds'],
  ['maxRetries', (v) => Number.isInteger(v) && v >= 0 && v <= 10, 'an integer from 0 to 10'],
  ['maxResponseBytes', (v) => Number.isSafeInteger(v) && v > 0, 'a positive integer'],
  ['validation', (v) => MODES.includes(v), `one of ${MODES.join(', ')}`],
  [
    'headers',
    (v) => typeof v === 'object' && v !== null && Object.values(v).every((h) => typeof h === 'string'),
    'an object of header names to string values',
  ],
  ['fetch', isFunction, 'a function'],
  ['onRequest', isFunction, 'a function'],
  ['onResponse', isFunction, 'a function'],
  ['onDrift', isFunction, 'a function'],
];

/** Checks the settings a user passed, with a message that names the option. */
export function checkSettings(settings: PerCallSettings & Partial<ClientSettings>, where: string): void {
  RULES.forEach(([name, valid, expected], i) => {
    const value = (settings as Record<string, unknown>)[name];
    if (value === undefined || valid(value)) return;
    const got = i < 4 ? `, got ${typeof value === 'string' ? JSON.stringify(value) : String(value)}` : '';
    throw new ConfigurationError(`${where}: ${name} must be ${expected}${got}`);
  });
}
