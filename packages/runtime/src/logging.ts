import { ConfigurationError } from './errors.js';
import type { Redactor } from './redact.js';
import type { ResponseEvent } from './settings.js';

/** Anything with console's four methods: console itself, pino, winston. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'off'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Writes one line per attempt, or nothing. */
export type AttemptLog = (event: ResponseEvent) => void;

/**
 * The attempt log of a client: `ISPKIT_LOG` (debug, info, warn, off) sets the level; a
 * `logger` without it logs at `info`. `warn` shows failed calls, `info` retried attempts too,
 * `debug` every attempt. Each line goes through the client's masking.
 */
export function createAttemptLog(logger: Logger | undefined, redactor: Redactor): AttemptLog | undefined {
  const env = readEnv('ISPKIT_LOG')?.trim().toLowerCase();
  if (env !== undefined && env !== '' && !LOG_LEVELS.includes(env as LogLevel)) {
    throw new ConfigurationError(`ISPKIT_LOG must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(env.slice(0, 20))}`);
  }
  if (logger !== undefined && (typeof logger !== 'object' || logger === null || typeof logger.warn !== 'function')) {
    throw new ConfigurationError('logger must have debug, info, warn and error methods (console works)');
  }
  const level: LogLevel = env ? (env as LogLevel) : logger ? 'info' : 'off';
  if (level === 'off') return undefined;
  const sink = logger ?? console;
  return (event) => {
    const failed = event.status === undefined || event.status < 200 || event.status > 399;
    const eventLevel = !failed ? 'debug' : event.willRetry ? 'info' : 'warn';
    // LOG_LEVELS runs from the most verbose to off: an event below the level is dropped.
    if (LOG_LEVELS.indexOf(eventLevel) < LOG_LEVELS.indexOf(level)) return;
    const outcome = event.status !== undefined ? `HTTP ${event.status}` : (event.error ?? 'no answer');
    const line =
      `ispkit ${event.operationId}: ${event.method} ${event.url} attempt ${event.attempt + 1}: ${outcome} in ${event.durationMs} ms` +
      (event.willRetry ? ', retrying' : '');
    try {
      sink[eventLevel](redactor.text(line));
    } catch {
      // The user's logger failed; the call goes on.
    }
  };
}

function readEnv(name: string): string | undefined {
  // Browsers and edge runtimes have no `process`.
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.[name];
}
