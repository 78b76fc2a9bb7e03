import type { VendorName } from '@ispkit/mock';

/** How a user creates each vendor's client: read from packages/<vendor>/src/index.ts, checked by the snippet type-check test. */
export interface ClientEntry {
  /** The npm package. */
  package: string;
  /** The factory exported by the package. */
  factory: string;
  /** The factory option that holds the credential. */
  credential: string;
  /** The environment variable the `ispkit` command reads the credential from, reused in the snippets. */
  env: string;
  /** An installation's API root, as the curl samples call it. */
  baseUrl: string;
  /** The option that locates the installation, as TypeScript source, when it is not `baseUrl`. */
  location?: string;
  /** The variable the client is assigned to. */
  variable: string;
  /** What the API covers, for the index page. */
  covers: string;
}

export const clients: Record<VendorName, ClientEntry> = {
  smartisp: {
    package: '@ispkit/smartisp',
    factory: 'createSmartIspClient',
    credential: 'apiKey',
    env: 'ISPKIT_SMARTISP_KEY',
    baseUrl: 'https://smartisp.example.com/api/SmartIPS-v1',
    variable: 'smartisp',
    covers: 'plans, routers, clients and services, invoices and payments, tickets',
  },
  zalultra: {
    package: '@ispkit/zalultra',
    factory: 'createZalUltraClient',
    credential: 'token',
    env: 'ISPKIT_ZALULTRA_KEY',
    baseUrl: 'https://zalultra.example.com/api/v1',
    variable: 'zalultra',
    covers: 'support tickets: list, read, create, update, reply, change status, delete',
  },
  'suricata-wispro': {
    package: '@ispkit/suricata-wispro',
    factory: 'createSuricataWisproClient',
    credential: 'token',
    env: 'ISPKIT_SURICATA_WISPRO_KEY',
    baseUrl: 'https://acme.suricata-wispro.com.ar',
    location: "merchant: 'acme'",
    variable: 'suricata',
    covers: "a customer's data and invoices, payment links and payment promises (Suricata's bridge to Wispro)",
  },
  pmp: {
    package: '@ispkit/pmp',
    factory: 'createPmpClient',
    credential: 'token',
    env: 'ISPKIT_PMP_KEY',
    baseUrl: 'https://pmp.example.com/api',
    variable: 'pmp',
    covers: 'customers, leads, projects and milestones, tickets (a Perfex CRM REST API)',
  },
};
