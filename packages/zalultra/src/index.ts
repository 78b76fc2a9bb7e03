import {
  type BoundOperations,
  type ClientSettings,
  createVendorClient,
  normalizeBaseUrl,
  requireBearerToken,
} from '@ispkit/runtime';
import { createClient, createConfig } from './gen/client/index.js';
import { meta } from './gen/meta.gen.js';
import * as operations from './gen/sdk.gen.js';

export * from '@ispkit/runtime/public';
export type * from './gen/types.gen.js';
export { TicketPriority, TicketStatus } from './gen/types.gen.js';

export interface ZalUltraClientOptions extends ClientSettings {
  /** The installation's API root, e.g. `https://isp.example.com/api/v1`. */
  baseUrl: string;
  /** A staff token (from `POST /api/v1/auth/login`), sent as `Authorization: Bearer <token>`. */
  token: string;
}

/** Every ZalUltra tickets operation, each resolving to its typed response body. */
export type ZalUltraClient = BoundOperations<typeof operations>;

/**
 * Creates a ZalUltra tickets client.
 *
 * ```ts
 * const zalultra = createZalUltraClient({ baseUrl: 'https://isp.example.com/api/v1', token });
 * const { data } = await zalultra.listTickets({ query: { isp_id: 1, branch_id: 1, user_id: 1 } });
 * ```
 */
export function createZalUltraClient(options: ZalUltraClientOptions): ZalUltraClient {
  const token = requireBearerToken(options?.token, 'token');
  const client = createClient(
    createConfig({
      baseUrl: normalizeBaseUrl(options.baseUrl, 'https://isp.example.com/api/v1'),
      auth: () => token,
      // Without it Laravel answers a bad token with a redirect to an HTML login page, not a JSON 401.
      headers: { Accept: 'application/json' },
    }),
  );
  return createVendorClient({ operations, meta, client, settings: options, secrets: [token] }) as ZalUltraClient;
}
