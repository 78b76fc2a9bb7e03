import { type BoundOperations, createVendorClient } from '@ispkit/runtime';
import { createSuricataWisproContext, type SuricataWisproClientOptions } from './context.js';
import * as operations from './gen/operations.gen.js';

export * from '@ispkit/runtime/public';
export { createSuricataWisproContext, type SuricataWisproClientOptions, type SuricataWisproContext } from './context.js';
export type * from './gen/types.gen.js';

/** Every operation of Suricata's Wispro integration API, each resolving to its typed response body. */
export type SuricataWisproClient = BoundOperations<typeof operations, 'suricata-wispro'>;

/**
 * Creates a client of Suricata's Wispro integration API (not Wispro's own REST API).
 *
 * ```ts
 * const suricata = createSuricataWisproClient({ merchant: 'acme', token });
 * const customer = await suricata.getUserData({ query: { q: '20123456', type: 'dni' } });
 * ```
 */
export function createSuricataWisproClient(options: SuricataWisproClientOptions): SuricataWisproClient {
  return createVendorClient(operations, createSuricataWisproContext(options));
}
