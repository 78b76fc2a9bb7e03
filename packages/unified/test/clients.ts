import type { UnifiedClientOptions } from '../src/client.js';
import type { VendorName } from '../src/model.js';

/** The unified client's options for each vendor at `baseUrl`, with throwaway credentials. */
export function optionsFor(
  vendor: VendorName,
  baseUrl: string,
  extra: { maxRetries?: number; timeout?: number } = {},
): UnifiedClientOptions {
  const all: { [V in VendorName]: UnifiedClientOptions<V> } = {
    smartisp: { vendor: 'smartisp', baseUrl, apiKey: 'unified-test-key', ...extra },
    zalultra: {
      vendor: 'zalultra',
      baseUrl,
      token: 'unified-test-token',
      scope: { isp_id: 1, branch_id: 1, user_id: 1 },
      ...extra,
    },
    'suricata-wispro': { vendor: 'suricata-wispro', baseUrl, token: 'unified-test-token', ...extra },
    pmp: { vendor: 'pmp', baseUrl, token: 'unified-test-token', ticketDepartment: '1', ...extra },
  };
  return all[vendor];
}
