import { type ClientContext, type ClientSettings, createClientContext, normalizeBaseUrl, requireSecret } from '@ispkit/runtime';
import { vendor } from './gen/vendor.gen.js';

export interface PmpClientOptions extends ClientSettings {
  /** The installation's API root, e.g. `https://crm.example.com/api`. */
  baseUrl: string;
  /** The API token from the CRM's administrator, sent as the `authtoken` header. */
  token: string;
}

/** A configured BusinessLabs PMP API client without methods: what the operations of `@ispkit/pmp/operations` take. */
export type PmpContext = ClientContext<'pmp'>;

/**
 * Checks the options once and holds them for the operations; it sends nothing.
 *
 * ```ts
 * import { createPmpContext, listCustomers } from '@ispkit/pmp/operations';
 *
 * const pmp = createPmpContext({ baseUrl: 'https://crm.example.com/api', token });
 * const customers = await listCustomers(pmp);
 * ```
 */
export function createPmpContext(options: PmpClientOptions): PmpContext {
  const secret = requireSecret(options?.token, 'token');
  const baseUrl = normalizeBaseUrl(options.baseUrl, 'https://crm.example.com/api');
  return createClientContext({ vendor: 'pmp', meta: vendor, baseUrl, secret, settings: options });
}
