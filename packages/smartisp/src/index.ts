import { type BoundOperations, createVendorClient } from '@ispkit/runtime';
import { createSmartIspContext, type SmartIspClientOptions } from './context.js';
import * as operations from './gen/operations.gen.js';

export * from '@ispkit/runtime/public';
export { createSmartIspContext, type SmartIspClientOptions, type SmartIspContext } from './context.js';
export type * from './gen/types.gen.js';

/** Every SmartISP API v1 operation, each resolving to its typed response body, and the list iterators. */
export type SmartIspClient = BoundOperations<typeof operations, 'smartisp'>;

/**
 * Creates a SmartISP API v1 client.
 *
 * ```ts
 * const smartisp = createSmartIspClient({ baseUrl: 'https://isp.example.com/api/SmartIPS-v1', apiKey });
 * const { plans } = await smartisp.getPlans();
 * ```
 */
export function createSmartIspClient(options: SmartIspClientOptions): SmartIspClient {
  return createVendorClient(operations, createSmartIspContext(options));
}
