import { type BoundOperations, createVendorClient } from '@ispkit/runtime';
import { createZalUltraContext, type ZalUltraClientOptions } from './context.js';
import * as operations from './gen/operations.gen.js';

export * from '@ispkit/runtime/public';
export { createZalUltraContext, type ZalUltraClientOptions, type ZalUltraContext } from './context.js';
export type * from './gen/types.gen.js';
export { TicketPriority, TicketStatus } from './gen/types.gen.js';

/** Every ZalUltra tickets operation, each resolving to its typed response body. */
export type ZalUltraClient = BoundOperations<typeof operations, 'zalultra'>;

/**
 * Creates a ZalUltra tickets client.
 *
 * ```ts
 * const zalultra = createZalUltraClient({ baseUrl: 'https://isp.example.com/api/v1', token });
 * const { data } = await zalultra.listTickets({ query: { isp_id: 1, branch_id: 1, user_id: 1 } });
 * ```
 */
export function createZalUltraClient(options: ZalUltraClientOptions): ZalUltraClient {
  return createVendorClient(operations, createZalUltraContext(options));
}
