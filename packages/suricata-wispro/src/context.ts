import {
  type ClientContext,
  type ClientSettings,
  ConfigurationError,
  createClientContext,
  normalizeBaseUrl,
  requireSecret,
} from '@ispkit/runtime';
import { vendor } from './gen/vendor.gen.js';

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

/** A configured client of Suricata's Wispro integration API without methods: what the operations of `@ispkit/suricata-wispro/operations` take. */
export type SuricataWisproContext = ClientContext<'suricata-wispro'>;

// One DNS label: the merchant becomes a subdomain, so anything else would change the host.
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/**
 * Checks the options once and holds them for the operations; it sends nothing.
 *
 * ```ts
 * import { createSuricataWisproContext, getUserData } from '@ispkit/suricata-wispro/operations';
 *
 * const suricata = createSuricataWisproContext({ merchant: 'acme', token });
 * const customer = await getUserData(suricata, { query: { q: '20123456', type: 'dni' } });
 * ```
 */
export function createSuricataWisproContext(options: SuricataWisproClientOptions): SuricataWisproContext {
  const secret = requireSecret(options?.token, 'token');
  return createClientContext({ vendor: 'suricata-wispro', meta: vendor, baseUrl: baseUrlOf(options), secret, settings: options });
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
