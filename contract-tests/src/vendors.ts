import type { VendorName } from '@ispkit/mock';
import { createPmpClient } from '@ispkit/pmp';
import type { ClientSettings } from '@ispkit/runtime';
import { createSmartIspClient } from '@ispkit/smartisp';
import { createSuricataWisproClient } from '@ispkit/suricata-wispro';
import { createZalUltraClient } from '@ispkit/zalultra';
import { FAKE_SECRET } from './http.js';

/** Any generated client, seen from the suite: operations by id, each taking `{ path, query, body }`. */
export type AnyClient = Record<string, (options?: unknown) => Promise<unknown>>;
/** Builds a vendor's published client with the suite's fake credential; `settings` defaults to strict drift detection. */
export type ClientFactory = (baseUrl: string, fetch: typeof globalThis.fetch, settings?: ClientSettings) => AnyClient;

const strict: ClientSettings = { validation: 'strict' };

/** How the suite builds each vendor's published client; everything else about a vendor is data. */
export const clients: Record<VendorName, ClientFactory> = {
  smartisp: (baseUrl, fetch, settings = strict) =>
    createSmartIspClient({ baseUrl, apiKey: FAKE_SECRET, fetch, ...settings }) as unknown as AnyClient,
  pmp: (baseUrl, fetch, settings = strict) =>
    createPmpClient({ baseUrl, token: FAKE_SECRET, fetch, ...settings }) as unknown as AnyClient,
  'suricata-wispro': (baseUrl, fetch, settings = strict) =>
    createSuricataWisproClient({ baseUrl, token: FAKE_SECRET, fetch, ...settings }) as unknown as AnyClient,
  zalultra: (baseUrl, fetch, settings = strict) =>
    createZalUltraClient({ baseUrl, token: FAKE_SECRET, fetch, ...settings }) as unknown as AnyClient,
};
