import { type ClientContext, type ClientSettings, createClientContext, normalizeBaseUrl, requireSecret } from '@ispkit/runtime';
import { vendor } from './gen/vendor.gen.js';

export interface SmartIspClientOptions extends ClientSettings {
  /** The installation's API root, e.g. `https://isp.example.com/api/SmartIPS-v1`. */
  baseUrl: string;
  /** The app key from Config / SmartISP API, sent as the `X-Authorization` header. */
  apiKey: string;
}

/** A configured SmartISP client without methods: what the operations of `@ispkit/smartisp/operations` take. */
export type SmartIspContext = ClientContext<'smartisp'>;

/**
 * Checks the options once and holds them for the operations; it sends nothing.
 *
 * ```ts
 * import { createSmartIspContext, getPlans } from '@ispkit/smartisp/operations';
 *
 * const smartisp = createSmartIspContext({ baseUrl: 'https://isp.example.com/api/SmartIPS-v1', apiKey });
 * const { plans } = await getPlans(smartisp);
 * ```
 */
export function createSmartIspContext(options: SmartIspClientOptions): SmartIspContext {
  const secret = requireSecret(options?.apiKey, 'apiKey');
  const baseUrl = normalizeBaseUrl(options.baseUrl, 'https://isp.example.com/api/SmartIPS-v1');
  return createClientContext({ vendor: 'smartisp', meta: vendor, baseUrl, secret, settings: options });
}
