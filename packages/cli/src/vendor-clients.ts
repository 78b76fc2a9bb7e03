import type { VendorName } from '@ispkit/mock';
import { createPmpClient } from '@ispkit/pmp';
import type { ClientSettings } from '@ispkit/runtime';
import { createSmartIspClient } from '@ispkit/smartisp';
import { createSuricataWisproClient } from '@ispkit/suricata-wispro';
import { createZalUltraClient } from '@ispkit/zalultra';

/** Any generated client, seen from the command line: operations by id, each taking `{ path, query, body }`. */
export type AnyClient = Record<string, (options?: unknown) => Promise<unknown>>;

type Factory = (baseUrl: string, key: string, settings: ClientSettings) => AnyClient;

/** The published client of each vendor, so that a verification sends exactly what an application would. */
export const clientFactories: Record<VendorName, Factory> = {
  smartisp: (baseUrl, apiKey, settings) => createSmartIspClient({ baseUrl, apiKey, ...settings }) as unknown as AnyClient,
  zalultra: (baseUrl, token, settings) => createZalUltraClient({ baseUrl, token, ...settings }) as unknown as AnyClient,
  'suricata-wispro': (baseUrl, token, settings) =>
    createSuricataWisproClient({ baseUrl, token, ...settings }) as unknown as AnyClient,
  pmp: (baseUrl, token, settings) => createPmpClient({ baseUrl, token, ...settings }) as unknown as AnyClient,
};
