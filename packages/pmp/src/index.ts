import { type BoundOperations, createVendorClient } from '@ispkit/runtime';
import { createPmpContext, type PmpClientOptions } from './context.js';
import * as operations from './gen/operations.gen.js';

export * from '@ispkit/runtime/public';
export { createPmpContext, type PmpClientOptions, type PmpContext } from './context.js';
export type * from './gen/types.gen.js';

/** Every BusinessLabs PMP API operation, each resolving to its typed response body. */
export type PmpClient = BoundOperations<typeof operations, 'pmp'>;

/**
 * Creates a BusinessLabs PMP (Perfex CRM REST API) client.
 *
 * ```ts
 * const pmp = createPmpClient({ baseUrl: 'https://crm.example.com/api', token });
 * const customers = await pmp.listCustomers();
 * ```
 */
export function createPmpClient(options: PmpClientOptions): PmpClient {
  return createVendorClient(operations, createPmpContext(options));
}
