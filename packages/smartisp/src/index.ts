import {
  type BoundOperations,
  type ClientSettings,
  createVendorClient,
  normalizeBaseUrl,
  type PageIterator,
  requireSecret,
} from '@ispkit/runtime';
import { createClient, createConfig } from './gen/client/index.js';
import { meta } from './gen/meta.gen.js';
import * as operations from './gen/sdk.gen.js';
import type { ClientListItem, TicketListItem } from './gen/types.gen.js';

export * from '@ispkit/runtime/public';
export type * from './gen/types.gen.js';

export interface SmartIspClientOptions extends ClientSettings {
  /** The installation's API root, e.g. `https://isp.example.com/api/SmartIPS-v1`. */
  baseUrl: string;
  /** The app key from Config / SmartISP API, sent as the `X-Authorization` header. */
  apiKey: string;
}

/** Every SmartISP API v1 operation, each resolving to its typed response body, and the list iterators. */
export type SmartIspClient = BoundOperations<typeof operations> & {
  /** Every client matching the filters, page after page (100 per page unless `per_page` is given). */
  iterateClients: PageIterator<typeof operations.listClients, ClientListItem>;
  /** Every ticket matching the filters, page after page (100 per page unless `per_page` is given). */
  iterateTickets: PageIterator<typeof operations.listTickets, TicketListItem>;
};

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
    createConfig({ baseUrl: normalizeBaseUrl(options.baseUrl, 'https://isp.example.com/api/SmartIPS-v1'), auth: () => apiKey }),
  );
  return createVendorClient({ operations, meta, client, settings: options, secrets: [apiKey] }) as SmartIspClient;
}
