import type { VendorName } from '@ispkit/mock';
import { createSmartIspClient } from '@ispkit/smartisp';
import { FAKE_SECRET } from './http.js';

/** Any generated client, seen from the suite: operations by id, each taking `{ path, query, body }`. */
export type AnyClient = Record<string, (options?: unknown) => Promise<unknown>>;
export type ClientFactory = (baseUrl: string, fetch: typeof globalThis.fetch) => AnyClient;

/** How the suite builds each vendor's published client; everything else about a vendor is data. */
export const clients: Record<VendorName, ClientFactory> = {
  smartisp: (baseUrl, fetch) => createSmartIspClient({ baseUrl, apiKey: FAKE_SECRET, fetch, validation: 'strict' }) as unknown as AnyClient,
};
