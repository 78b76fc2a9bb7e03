import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleSize } from '../src/size.js';
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
