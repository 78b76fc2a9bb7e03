import {
  type BoundOperations,
  type ClientSettings,
  ConfigurationError,
  createVendorClient,
  normalizeBaseUrl,
  requireSecret,
} from '@ispkit/runtime';
import { createClient, createConfig } from './gen/client/index.js';
import { meta } from './gen/meta.gen.js';
import * as operations from './gen/sdk.gen.js';

export * from '@ispkit/runtime/public';
export type * from './gen/types.gen.js';

interface MerchantOption {
  /** The merchant's name as Suricata registered it: the API lives at `https://<merchant>.suricata-wispro.com.ar`. */
  merchant: string;
  baseUrl?: never;
}

interface BaseUrlOption {
  /** The API root instead of a merchant, e.g. a proxy or a mock: `https://acme.suricata-wispro.com.ar`. */
  baseUrl: string;
  merchant?: never;
}

export type SuricataWisproClientOptions = ClientSettings &
  (MerchantOption | BaseUrlOption) & {
    /** The merchant's integration token, sent as the `token` query parameter of every request. */
    token: string;
  };

/** Every operation of Suricata's Wispro integration API, each resolving to its typed response body. */
export type SuricataWisproClient = BoundOperations<typeof operations>;

// One DNS label: the merchant becomes a subdomain, so anything else would change the host.
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/**
 * Creates a client of Suricata's Wispro integration API (not Wispro's own REST API).
 *
 * ```ts
 * const suricata = createSuricataWisproClient({ merchant: 'acme', token });
 * const customer = await suricata.getUserData({ query: { q: '20123456', type: 'dni' } });
 * ```
 */
export function createSuricataWisproClient(options: SuricataWisproClientOptions): SuricataWisproClient {
  const token = requireSecret(options?.token, 'token');
  const client = createClient(createConfig({ baseUrl: baseUrlOf(options), auth: () => token }));
  return createVendorClient({ operations, meta, client, settings: options, secrets: [token] }) as SuricataWisproClient;
}

function baseUrlOf(options: { merchant?: unknown; baseUrl?: unknown }): string {
  const { merchant, baseUrl } = options;
  if (merchant === undefined && baseUrl === undefined) {
    throw new ConfigurationError('merchant (e.g. "acme") or baseUrl is required');
  }
  if (merchant !== undefined && baseUrl !== undefined) {
    throw new ConfigurationError('give either merchant or baseUrl, not both');
  }
  if (merchant === undefined) return normalizeBaseUrl(baseUrl, 'https://acme.suricata-wispro.com.ar');
  if (typeof merchant !== 'string' || !DNS_LABEL.test(merchant)) {
    const shown = typeof merchant === 'string' ? JSON.stringify(merchant.slice(0, 80)) : typeof merchant;
    throw new ConfigurationError(
      `merchant must be a single DNS label (letters, digits and inner hyphens), e.g. "acme"; got ${shown}`,
    );
  }
  return `https://${merchant.toLowerCase()}.suricata-wispro.com.ar`;
}
