import { type BoundOperations, bindOperations, normalizeBaseUrl, requireSecret } from '@ispkit/runtime';
import { createClient, createConfig } from './gen/client/index.js';
import * as operations from './gen/sdk.gen.js';

export { ConfigurationError, HttpError, IspkitError, NetworkError } from '@ispkit/runtime';
export type * from './gen/types.gen.js';

export interface SmartIspClientOptions {
  /** The installation's API root, e.g. `https://isp.example.com/api/SmartIPS-v1`. */
  baseUrl: string;
  /** The app key from Config / SmartISP API, sent as the `X-Authorization` header. */
  apiKey: string;
  /** A `fetch` implementation to use instead of the global one (tests, proxies, retries). */
  fetch?: typeof globalThis.fetch;
}

/** Every SmartISP API v1 operation, each resolving to its typed response body. */
export type SmartIspClient = BoundOperations<typeof operations>;

/**
 * Creates a SmartISP API v1 client.
 *
 * ```ts
 * const smartisp = createSmartIspClient({ baseUrl: 'https://isp.example.com/api/SmartIPS-v1', apiKey });
 * const { plans } = await smartisp.getPlans();
 * ```
 */
export function createSmartIspClient(options: SmartIspClientOptions): SmartIspClient {
  const apiKey = requireSecret(options?.apiKey, 'apiKey');
  const client = createClient(
    createConfig({
      baseUrl: normalizeBaseUrl(options.baseUrl, 'https://isp.example.com/api/SmartIPS-v1'),
      auth: () => apiKey,
      ...(options.fetch && { fetch: options.fetch }),
    }),
  );
  return bindOperations(operations, client);
}
