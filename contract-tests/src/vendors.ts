import { type AnyClient, clientFactories } from '@ispkit/cli';
import type { VendorName } from '@ispkit/mock';
import type { ClientSettings } from '@ispkit/runtime';
import { FAKE_SECRET } from './http.js';

export type { AnyClient };
/** Builds a vendor's published client with the suite's fake credential; `settings` defaults to strict drift detection. */
export type ClientFactory = (baseUrl: string, fetch: typeof globalThis.fetch, settings?: ClientSettings) => AnyClient;

const strict: ClientSettings = { validation: 'strict' };

/** The published clients, as the `ispkit` command builds them; everything else about a vendor is data. */
export const clients = Object.fromEntries(
  Object.entries(clientFactories).map(([name, create]) => [
    name,
    ((baseUrl, fetch, settings = strict) => create(baseUrl, FAKE_SECRET, { fetch, ...settings })) satisfies ClientFactory,
  ]),
) as Record<VendorName, ClientFactory>;
