import {
  type ClientContext,
  type ClientSettings,
  createClientContext,
  normalizeBaseUrl,
  requireBearerToken,
} from '@ispkit/runtime';
import { vendor } from './gen/vendor.gen.js';

export interface ZalUltraClientOptions extends ClientSettings {
  /** The installation's API root, e.g. `https://isp.example.com/api/v1`. */
  baseUrl: string;
  /** A staff token (from `POST /api/v1/auth/login`), sent as `Authorization: Bearer <token>`. */
  token: string;
}

/** A configured ZalUltra tickets client without methods: what the operations of `@ispkit/zalultra/operations` take. */
export type ZalUltraContext = ClientContext<'zalultra'>;

/**
 * Checks the options once and holds them for the operations; it sends nothing.
 *
 * ```ts
 * import { createZalUltraContext, listTickets } from '@ispkit/zalultra/operations';
 *
 * const zalultra = createZalUltraContext({ baseUrl: 'https://isp.example.com/api/v1', token });
 * const { data } = await listTickets(zalultra, { query: { isp_id: 1, branch_id: 1, user_id: 1 } });
 * ```
 */
export function createZalUltraContext(options: ZalUltraClientOptions): ZalUltraContext {
  const secret = requireBearerToken(options?.token, 'token');
  const baseUrl = normalizeBaseUrl(options.baseUrl, 'https://isp.example.com/api/v1');
  // Without it Laravel answers a bad token with a redirect to an HTML login page, not a JSON 401.
  const headers = { Accept: 'application/json' };
  return createClientContext({ vendor: 'zalultra', meta: vendor, baseUrl, secret, settings: options, headers });
}
