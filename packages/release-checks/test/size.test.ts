import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ipv4Format, uuidFormat } from '@ispkit/runtime';
import { describe, expect, it } from 'vitest';
import { bundle, bundleSize } from '../src/size.js';
import { packedBudgets, sizeBudgets } from '../src/size-budgets.js';
import { selectedPackages } from '../src/workspace.js';
import { packedPackages } from './packed.js';

// Entries resolve @ispkit/* through this package's node_modules, i.e. each package's dist/.
const here = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('bundle size budgets', () => {
  it('measure what is bundled, so a budget can fail', async () => {
    const small = await bundleSize("export { HttpError } from '@ispkit/runtime';", here);
    const large = await bundleSize("export * from '@ispkit/runtime';", here);
    expect(small.gzipped).toBeGreaterThan(0);
    expect(large.gzipped).toBeGreaterThan(small.gzipped);
    expect(large.minified).toBeGreaterThan(large.gzipped);
  });

  // An application importing one operation must ship that operation alone: the others' facts (their
  // ids, paths and schemas) stay out. The whole client, which binds them all, is the negative case.
  const standalone = [
    ['@ispkit/smartisp', 'createSmartIspContext', 'getPlans'],
    ['@ispkit/pmp', 'createPmpContext', 'listCustomers'],
    ['@ispkit/suricata-wispro', 'createSuricataWisproContext', 'getUserData'],
    ['@ispkit/zalultra', 'createZalUltraContext', 'listTickets'],
  ] as const;
  it.each(standalone)('%s/operations: one imported operation ships without the others', async (name, create, operation) => {
    const ids = Object.entries(
      (await import(`${name}/operations`)) as Record<string, { spec?: { operationId: string } }>,
    ).flatMap(([, value]) => (value?.spec ? [value.spec.operationId] : []));
    expect(ids).toContain(operation);
    const shipped = (entry: string) => bundle(entry, here).then(({ text }) => ids.filter((id) => text.includes(`"${id}"`)));
    const one = await shipped(
      `import { ${create}, ${operation} } from '${name}/operations';\nexport const f = (o) => ${operation}(${create}(o));`,
    );
    expect(one).toEqual([operation]);
    expect(await shipped(`export * from '${name}';`)).toEqual(ids);
  });

  // What only some operations use stays out of an application that imports another: the string
  // formats of drift detection and the form or multipart body encodings. The operations that do use
  // them are the negative case.
  it('an operation ships only the string formats and body encoding it uses', async () => {
    const text = async (pkg: string, create: string, operation: string) =>
      (
        await bundle(
          `import { ${create}, ${operation} } from '${pkg}/operations';\nexport const f = (o) => ${operation}(${create}(o));`,
          here,
        )
      ).text;
    const plans = await text('@ispkit/smartisp', 'createSmartIspContext', 'getPlans');
    const routers = await text('@ispkit/smartisp', 'createSmartIspContext', 'getRouters');
    expect(plans).not.toContain(ipv4Format.source);
    expect(routers).toContain(ipv4Format.source);
    expect(routers).not.toContain(uuidFormat.source);
    const customers = await text('@ispkit/pmp', 'createPmpContext', 'listCustomers');
    const addCustomer = await text('@ispkit/pmp', 'createPmpContext', 'addCustomer');
    expect(customers).not.toContain('new FormData');
    expect(addCustomer).toContain('new FormData');
    expect(addCustomer).not.toContain('new URLSearchParams');
  });

  for (const pkg of selectedPackages().filter((p) => p.name in packedBudgets)) {
    it(`${pkg.name} packs within its budget`, () => {
      const packed = packedPackages().find((p) => p.name === pkg.name);
      const budget = packedBudgets[pkg.name]!;
      console.log(`${pkg.name}: ${packed?.bytes} B packed (budget ${budget} B)`);
      expect(packed?.bytes).toBeLessThanOrEqual(budget);
    });
  }

  for (const pkg of selectedPackages().filter((p) => !(p.name in packedBudgets))) {
    it(`${pkg.name} stays within its budgets`, async () => {
      const budgets = sizeBudgets[pkg.name] ?? [];
      const whole = await bundleSize(`export * from '${pkg.name}';`, here);
      expect(
        budgets,
        `${pkg.name} has no size budget in src/size-budgets.ts; the whole package measures ${whole.gzipped} B gzipped`,
      ).not.toEqual([]);
      const over: string[] = [];
      for (const budget of budgets) {
        const size = await bundleSize(budget.entry, here);
        console.log(
          `${pkg.name} ${budget.name}: ${size.minified} B minified, ${size.gzipped} B gzipped (budget ${budget.gzipBytes} B)`,
        );
        if (size.gzipped > budget.gzipBytes)
          over.push(`${budget.name}: ${size.gzipped} B gzipped, over its budget of ${budget.gzipBytes} B`);
      }
      expect(over).toEqual([]);
    });
  }
});
