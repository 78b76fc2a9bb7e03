import { join } from 'node:path';
import { listOperations, loadSpec } from '@ispkit/mock';
import { type BundleSize, bundleSize } from '@ispkit/release-checks/src/size.js';
import { sizeBudgets } from '@ispkit/release-checks/src/size-budgets.js';
import { packageDir, repoRoot } from '../paths.js';
import type { Section, SectionResult } from '../section.js';
import { formatBytes } from '../stats.js';

const TARGET_GZIP = 3 * 1024;

interface VendorApp {
  vendor: string;
  operationId: string;
  oneOperation: string;
  wholeClient: string;
  openapiFetch: string;
}

/**
 * The release gate's own entries (one operation, whole client) per vendor package, and the same
 * operation called through openapi-fetch: the apps are the ones the size budgets guard.
 */
function vendorApps(): VendorApp[] {
  return Object.entries(sizeBudgets).flatMap(([name, budgets]) => {
    const vendor = name.replace(/^@ispkit\//, '');
    if (vendor === 'runtime') return [];
    const entry = (label: string) => {
      const budget = budgets.find((b) => b.name === label);
      if (!budget) throw new Error(`${name} has no "${label}" size budget`);
      return budget.entry;
    };
    const oneOperation = entry('one operation');
    const operationId = /\)\.(\w+)\(\)/.exec(oneOperation)?.[1];
    const operation = listOperations(loadSpec(vendor)).find((o) => o.operationId === operationId);
    if (!operation) throw new Error(`${name}: cannot find the operation its "one operation" budget calls`);
    const openapiFetch = `import createClient from 'openapi-fetch';\nexport const ${operationId} = (o) => createClient(o).${operation.method.toUpperCase()}(${JSON.stringify(operation.path)});`;
    return [{ vendor, operationId: operation.operationId, oneOperation, wholeClient: entry('whole client'), openapiFetch }];
  });
}

const show = (size: BundleSize) => `${formatBytes(size.minified)} / ${formatBytes(size.gzipped)}`;

export const bundle: Section = {
  name: 'bundle',
  async run(log): Promise<SectionResult> {
    const measure = async (label: string, entry: string) => {
      const size = await bundleSize(entry, packageDir);
      log(`bundle: ${label}: ${size.minified} B minified, ${size.gzipped} B gzipped`);
      return size;
    };
    const rows: string[][] = [];
    const verdicts: string[] = [];
    const apps: (VendorApp & { one: BundleSize; whole: BundleSize; openapi: BundleSize })[] = [];
    for (const app of vendorApps()) {
      const one = await measure(`${app.vendor} ${app.operationId}`, app.oneOperation);
      const whole = await measure(`${app.vendor} whole client`, app.wholeClient);
      const viaOpenapiFetch = await measure(`openapi-fetch ${app.operationId}`, app.openapiFetch);
      apps.push({ ...app, one, whole, openapi: viaOpenapiFetch });
      rows.push([`@ispkit/${app.vendor}`, app.operationId, show(one), show(whole), show(viaOpenapiFetch)]);
      const over = one.gzipped - TARGET_GZIP;
      verdicts.push(
        `${app.vendor}: ${formatBytes(one.gzipped)}, ` +
          (over > 0 ? `${formatBytes(over)} (${Math.round((over / TARGET_GZIP) * 100)}%) over 3 KB` : 'within 3 KB') +
          `, ${(one.gzipped / viaOpenapiFetch.gzipped).toFixed(1)}× openapi-fetch's ${formatBytes(viaOpenapiFetch.gzipped)}`,
      );
    }

    // What the SmartISP one-operation app carries, part by part (gzip makes the parts overlap a little).
    const gen = (file: string) => JSON.stringify(join(repoRoot, 'packages', 'smartisp', 'dist', 'gen', file));
    const parts = {
      runtime: ['the runtime (`@ispkit/runtime`, everything)', "export * from '@ispkit/runtime';"],
      schemas: ['the response schemas of all 18 operations (`meta.gen.js`)', `export { meta } from ${gen('meta.gen.js')};`],
      sdk: ['all 18 generated functions and the hey-api client (`sdk.gen.js`)', `export * from ${gen('sdk.gen.js')};`],
      oneFunction: ['one generated function and the hey-api client', `export { getPlans } from ${gen('sdk.gen.js')};`],
    } as const;
    const partSizes = {} as Record<keyof typeof parts, BundleSize>;
    for (const [key, [label, entry]] of Object.entries(parts)) {
      partSizes[key as keyof typeof parts] = await measure(`smartisp part: ${label}`, entry);
    }
    const breakdown = Object.entries(parts).map(([key, [label]]) => [label, show(partSizes[key as keyof typeof parts])]);
    const smartisp = apps.find((a) => a.vendor === 'smartisp');
    const gz = (size: BundleSize) => formatBytes(size.gzipped);

    return {
      title: 'Bundle size',
      method:
        'esbuild (browser, ES module, minified) and gzip level 9, through the release gate’s own helper and entries ' +
        '(`packages/release-checks/src/size.ts`, `size-budgets.ts`): an app calling one operation, an app importing the whole ' +
        'client, and the same one-operation app written with openapi-fetch. Cells are minified / gzipped.',
      tables: [
        { header: ['package', 'operation', 'one operation', 'whole client', 'openapi-fetch, same operation'], rows },
        { header: ['in the SmartISP one-operation app', 'minified / gzipped'], rows: breakdown },
      ],
      notes: [
        `Target: a one-operation app ≤ 3 KB gzipped and no larger than openapi-fetch's. ${verdicts.join('; ')}.`,
        'Why: `create<Vendor>Client` binds every operation of the generated SDK module to one configured client, so a bundler ' +
          'cannot drop the operations an app does not call, and the client ships the strict schema of every 2xx body for drift ' +
          'detection, whichever operations are used' +
          (smartisp
            ? `: SmartISP's one-operation app is ${gz(smartisp.one)} against ${gz(smartisp.whole)} for the whole client. `
            : '. ') +
          `Its parts (second table): the runtime ${gz(partSizes.runtime)}, the response schemas ${gz(partSizes.schemas)}, the ` +
          `generated functions with hey-api's fetch client ${gz(partSizes.sdk)}. Even one generated function with that fetch client ` +
          `is ${gz(partSizes.oneFunction)} on its own, so per-operation entry points would not reach 3 KB either while the ` +
          "operations are hey-api's functions and the runtime's errors, retries and redaction come along. openapi-fetch is one " +
          `generic client (${smartisp ? formatBytes(smartisp.openapi.minified) : 'a few KB'} minified) whose types vanish at build ` +
          'time and which checks no response, so it is the same size for every vendor and operation.',
      ],
    };
  },
};
