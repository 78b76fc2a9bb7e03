/** A bundle-size budget: the gzipped size an application pays for `entry`, in bytes. */
export interface SizeBudget {
  name: string;
  /** ES module source that imports from the package. */
  entry: string;
  gzipBytes: number;
}

/**
 * Budgets per public package, each about 15% over the size measured when it was set, so that a
 * real regression fails while a small fix does not. A package with no entry here fails the size
 * test, which prints what it measured.
 */
export const sizeBudgets: Record<string, SizeBudget[]> = {
  '@ispkit/runtime': [
    { name: 'everything', entry: "export * from '@ispkit/runtime';", gzipBytes: 6_300 },
    { name: 'one error class', entry: "export { HttpError } from '@ispkit/runtime';", gzipBytes: 500 },
  ],
  '@ispkit/smartisp': [
    { name: 'whole client', entry: "export * from '@ispkit/smartisp';", gzipBytes: 14_000 },
    {
      name: 'one operation',
      entry:
        "import { createSmartIspClient } from '@ispkit/smartisp';\nexport const getPlans = (o) => createSmartIspClient(o).getPlans();",
      gzipBytes: 14_000,
    },
  ],
  '@ispkit/pmp': [
    { name: 'whole client', entry: "export * from '@ispkit/pmp';", gzipBytes: 12_300 },
    {
      name: 'one operation',
      entry:
        "import { createPmpClient } from '@ispkit/pmp';\nexport const listCustomers = (o) => createPmpClient(o).listCustomers();",
      gzipBytes: 12_300,
    },
  ],
  '@ispkit/suricata-wispro': [
    { name: 'whole client', entry: "export * from '@ispkit/suricata-wispro';", gzipBytes: 11_800 },
    {
      name: 'one operation',
      entry:
        "import { createSuricataWisproClient } from '@ispkit/suricata-wispro';\nexport const getUserData = (o) => createSuricataWisproClient(o).getUserData();",
      gzipBytes: 11_800,
    },
  ],
  '@ispkit/zalultra': [
    { name: 'whole client', entry: "export * from '@ispkit/zalultra';", gzipBytes: 11_000 },
    {
      name: 'one operation',
      entry:
        "import { createZalUltraClient } from '@ispkit/zalultra';\nexport const listTickets = (o) => createZalUltraClient(o).listTickets();",
      gzipBytes: 11_000,
    },
  ],
};

/**
 * Node.js programs, never bundled into an application: their budget is the packed tarball, what npm
 * downloads (the mock's holds every vendor's spec and recordings), about 15% over the size measured.
 */
export const packedBudgets: Record<string, number> = {
  '@ispkit/mock': 66_000,
  '@ispkit/cli': 32_000,
};
