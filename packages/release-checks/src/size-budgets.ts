/** A bundle-size budget: the gzipped size an application pays for `entry`, in bytes. */
export interface SizeBudget {
  name: string;
  /** ES module source that imports from the package. */
  entry: string;
  gzipBytes: number;
}

/**
 * Budgets per public package, about 8% over the size measured when it was set, so that a real
 * regression fails while a small fix does not. A package with no entry here fails the size test,
 * which prints what it measured. Last reset when each operation came to carry only what it uses
 * (its body encoding and string formats, no generated function) and the shared code was compacted:
 * one-operation apps measured 8.7 to 9.5 KB gzipped (9.2 to 10.0 KB before), the whole SmartISP
 * client 12.2 KB (13.4 KB). Schemas read once into plans then added about 0.3 KB for a drift check twice
 * as fast (9.0 to 9.8 KB; 12.5 KB). Most of what remains is the runtime every operation needs (drift
 * detection, transport, errors, masking); `pnpm bench` breaks it down module by module.
 */
export const sizeBudgets: Record<string, SizeBudget[]> = {
  '@ispkit/runtime': [
    { name: 'everything', entry: "export * from '@ispkit/runtime';", gzipBytes: 11_400 },
    { name: 'one error class', entry: "export { HttpError } from '@ispkit/runtime';", gzipBytes: 440 },
  ],
  '@ispkit/smartisp': [
    { name: 'whole client', entry: "export * from '@ispkit/smartisp';", gzipBytes: 13_500 },
    {
      name: 'one operation',
      entry:
        "import { createSmartIspContext, getPlans } from '@ispkit/smartisp/operations';\nexport const plans = (o) => getPlans(createSmartIspContext(o));",
      gzipBytes: 9_600,
    },
  ],
  '@ispkit/pmp': [
    { name: 'whole client', entry: "export * from '@ispkit/pmp';", gzipBytes: 12_800 },
    {
      name: 'one operation',
      entry:
        "import { createPmpContext, listCustomers } from '@ispkit/pmp/operations';\nexport const customers = (o) => listCustomers(createPmpContext(o));",
      gzipBytes: 9_900,
    },
  ],
  '@ispkit/suricata-wispro': [
    { name: 'whole client', entry: "export * from '@ispkit/suricata-wispro';", gzipBytes: 11_600 },
    {
      name: 'one operation',
      entry:
        "import { createSuricataWisproContext, getUserData } from '@ispkit/suricata-wispro/operations';\nexport const customer = (o) => getUserData(createSuricataWisproContext(o));",
      gzipBytes: 10_500,
    },
  ],
  '@ispkit/zalultra': [
    { name: 'whole client', entry: "export * from '@ispkit/zalultra';", gzipBytes: 11_000 },
    {
      name: 'one operation',
      entry:
        "import { createZalUltraContext, listTickets } from '@ispkit/zalultra/operations';\nexport const tickets = (o) => listTickets(createZalUltraContext(o));",
      gzipBytes: 9_600,
    },
  ],
  '@ispkit/unified': [
    // All four vendor clients ship together: the vendor is chosen by a value, possibly at run time.
    { name: 'whole package', entry: "export * from '@ispkit/unified';", gzipBytes: 23_600 },
    {
      name: 'one capability',
      entry:
        "import { createUnifiedClient } from '@ispkit/unified';\nexport const find = (o) => createUnifiedClient(o).findSubscriber({ document: '1' });",
      gzipBytes: 23_100,
    },
  ],
};

/**
 * Node.js programs, never bundled into an application: their budget is the packed tarball, what npm
 * downloads (the mock's holds every vendor's spec and recordings), about 15% over the size measured.
 */
export const packedBudgets: Record<string, number> = {
  '@ispkit/mock': 82_000,
  '@ispkit/cli': 40_000,
};
