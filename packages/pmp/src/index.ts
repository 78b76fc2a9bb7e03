import { type BoundOperations, type ClientSettings, createVendorClient, normalizeBaseUrl, requireSecret } from '@ispkit/runtime';
import { createClient, createConfig } from './gen/client/index.js';
import { meta } from './gen/meta.gen.js';
import * as operations from './gen/sdk.gen.js';

export * from '@ispkit/runtime/public';
export type * from './gen/types.gen.js';

export interface PmpClientOptions extends ClientSettings {
  /** The installation's API root, e.g. `https://crm.example.com/api`. */
  baseUrl: string;
  /** The API token from the CRM's administrator, sent as the `authtoken` header. */
  token: string;
}

/** Every BusinessLabs PMP API operation, each resolving to its typed response body. */
export type PmpClient = BoundOperations<typeof operations>;

/**
 * Creates a BusinessLabs PMP (Perfex CRM REST API) client.
 *
 * ```ts
 * const pmp = createPmpClient({ baseUrl: 'https://crm.example.com/api', token });
 * const customers = await pmp.listCustomers();
 * ```
 */
export function createPmpClient(options: PmpClientOptions): PmpClient {
  const token = requireSecret(options?.token, 'token');
  const client = createClient(
    createConfig({ baseUrl: normalizeBaseUrl(options.baseUrl, 'https://crm.example.com/api'), auth: () => token }),
  );
  return createVendorClient({ operations, meta, client, settings: options, secrets: [token] }) as PmpClient;
}
