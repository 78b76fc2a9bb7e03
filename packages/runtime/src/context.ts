import { type AttemptLog, createAttemptLog } from './logging.js';
import type { VendorInfo } from './meta.js';
import { Redactor } from './redact.js';
import type { Destination } from './request.js';
import { type ClientSettings, checkSettings } from './settings.js';
import { userAgent } from './user-agent.js';

/** Where a context keeps its state: a symbol, so that it is no user-visible property. */
export const STATE: unique symbol = Symbol('ispkit.context');

/**
 * A configured client of one vendor: base URL, credential and settings, checked once. It opens
 * nothing; the operations imported from `@ispkit/<vendor>/operations` take it as their first
 * argument. `V` names the vendor, so that one vendor's context cannot reach another's operations.
 */
export interface ClientContext<V extends string = string> {
  readonly vendor: V;
  /** @internal */
  readonly [STATE]: ContextState;
}

/** What every call of a context shares. */
export interface ContextState {
  vendor: string;
  meta: VendorInfo;
  settings: ClientSettings;
  destination: Destination;
  redactor: Redactor;
  log: AttemptLog | undefined;
}

export interface ContextDefinition<V extends string> {
  vendor: V;
  /** The vendor's generated metadata (`src/gen/vendor.gen.ts`). */
  meta: VendorInfo;
  /** The checked base URL, without its trailing slash. */
  baseUrl: string;
  /** The checked credential, masked wherever it could surface. */
  secret: string;
  /** The user's settings. */
  settings: ClientSettings;
  /** Headers the vendor needs on every request (before the user's own). */
  headers?: Record<string, string>;
}

export function createClientContext<V extends string>(definition: ContextDefinition<V>): ClientContext<V> {
  const { vendor, meta, baseUrl, secret, settings, headers } = definition;
  checkSettings(settings, 'client options');
  const redactor = new Redactor(meta.secretQueryParams, [secret]);
  const agent = userAgent(meta.client);
  const state: ContextState = {
    vendor,
    meta,
    settings,
    destination: {
      baseUrl,
      basePath: new URL(baseUrl).pathname.replace(/\/+$/, ''),
      secret,
      security: meta.security,
      headers: { ...(agent && { 'User-Agent': agent }), ...headers, ...settings.headers },
    },
    redactor,
    log: createAttemptLog(settings.logger, redactor),
  };
  return Object.freeze({ vendor, [STATE]: state });
}

/** The state behind a context, or behind a whole client (which carries its context). */
export function stateOf(context: unknown): ContextState | undefined {
  const holder = context as { [STATE]?: ContextState; context?: { [STATE]?: ContextState } } | null | undefined;
  return holder?.[STATE] ?? holder?.context?.[STATE];
}
