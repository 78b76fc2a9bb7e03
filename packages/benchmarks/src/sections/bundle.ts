import { listOperations, loadSpec } from '@ispkit/mock';
import { type BundleSize, bundle as bundleOf, bundleSize } from '@ispkit/release-checks/src/size.js';
import { sizeBudgets } from '@ispkit/release-checks/src/size-budgets.js';
import { packageDir } from '../paths.js';
import type { Section, SectionResult } from '../section.js';
import { formatBytes } from '../stats.js';
import { OPTIONAL_PARTS, withoutOptionalParts } from './runtime-floor.js';

/** An app calling one operation, for every vendor. */
const TARGET_ONE = 4 * 1024;
/** An app importing the whole SmartISP client, the largest. */
const TARGET_WHOLE = 8 * 1024;

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
    // The runtime and the unified client have no operation of their own.
    if (!budgets.some((b) => b.name === 'one operation')) return [];
    const entry = (label: string) => {
      const budget = budgets.find((b) => b.name === label);
      if (!budget) throw new Error(`${name} has no "${label}" size budget`);
      return budget.entry;
    };
    const oneOperation = entry('one operation');
    const operationId = /import \{ \w+, (\w+) \} from/.exec(oneOperation)?.[1];
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
    const measureFloor = async (label: string, entry: string) => {
      const { minified, gzipped } = await bundleOf(entry, packageDir, [withoutOptionalParts()]);
      log(`bundle: ${label}, runtime floor: ${minified} B minified, ${gzipped} B gzipped`);
      return { minified, gzipped };
    };
    const rows: string[][] = [];
    const verdicts: string[] = [];
    const apps: (VendorApp & { one: BundleSize; whole: BundleSize; openapi: BundleSize; wholeFloor: BundleSize })[] = [];
    for (const app of vendorApps()) {
      const one = await measure(`${app.vendor} ${app.operationId}`, app.oneOperation);
      const oneFloor = await measureFloor(`${app.vendor} ${app.operationId}`, app.oneOperation);
      const whole = await measure(`${app.vendor} whole client`, app.wholeClient);
      const wholeFloor = await measureFloor(`${app.vendor} whole client`, app.wholeClient);
      const viaOpenapiFetch = await measure(`openapi-fetch ${app.operationId}`, app.openapiFetch);
      apps.push({ ...app, one, whole, openapi: viaOpenapiFetch, wholeFloor });
      rows.push([
        `@ispkit/${app.vendor}`,
        app.operationId,
        show(one),
        show(oneFloor),
        show(whole),
        show(wholeFloor),
        show(viaOpenapiFetch),
      ]);
      verdicts.push(`${app.vendor} ${verdict(one.gzipped, TARGET_ONE)}`);
    }
    const smartisp = apps.find((a) => a.vendor === 'smartisp');
    if (!smartisp) throw new Error('no SmartISP size budget');
    verdicts.push(`the whole SmartISP client ${verdict(smartisp.whole.gzipped, TARGET_WHOLE)}`);

    // What the SmartISP one-operation app carries, module by module (minified bytes; gzip works on the whole).
    const { modules, minified } = await bundleOf(smartisp.oneOperation, packageDir);
    const byModule = Object.entries(modules)
      .map(([path, bytes]): [string, number] => [path.replace(/^(?:.*\/)?([^/]+)\/dist\//, '@ispkit/$1 '), bytes])
      .filter(([, bytes]) => bytes > 0)
      .sort((a, b) => b[1] - a[1]);
    const runtime = byModule.filter(([name]) => name.startsWith('@ispkit/runtime ')).reduce((sum, [, b]) => sum + b, 0);
    const breakdown = byModule.map(([name, bytes]) => [name, formatBytes(bytes), `${Math.round((bytes / minified) * 100)}%`]);

    return {
      title: 'Bundle size',
      method:
        'esbuild (browser, ES module, minified) and gzip level 9, through the release gate’s own helper and entries ' +
        '(`packages/release-checks/src/size.ts`, `size-budgets.ts`): an app calling one operation imported from ' +
        '`@ispkit/<vendor>/operations`, an app importing the whole client, and the same one-operation app written with ' +
        'openapi-fetch. Cells are minified / gzipped.',
      tables: [
        {
          header: [
            'package',
            'operation',
            'one operation',
            'one operation, runtime floor',
            'whole client',
            'whole client, runtime floor',
            'openapi-fetch, same operation',
          ],
          rows,
        },
        { header: ['in the SmartISP one-operation app (module)', 'minified', 'share'], rows: breakdown },
      ],
      notes: [
        `Targets: a one-operation app ≤ ${formatBytes(TARGET_ONE)} gzipped for every vendor, the whole SmartISP client ≤ ` +
          `${formatBytes(TARGET_WHOLE)}. ${verdicts.join('; ')}.`,
        'Where it goes: the operation itself (its facts, its own response schemas, and the string formats and body ' +
          'encoding it uses; the generated function is never bundled) is ' +
          `${formatBytes(minified - runtime)} of the ${formatBytes(minified)} minified; the rest, ${formatBytes(runtime)}, is the ` +
          'runtime each call goes through: drift detection (the schema checker and its formats), the transport (timeouts, ' +
          'retries of safe operations only, same-origin redirects, the bounded body read, `Retry-After`), the error classes ' +
          'and their mapping from the spec, masking of every encoding of the credential, option checks and logging. ' +
          `openapi-fetch (${formatBytes(smartisp.openapi.minified)} minified) is a generic client whose types vanish at ` +
          'build time and which does none of that, so it is the same size for every vendor and operation.',
        `The "runtime floor" columns bundle the same apps with the runtime parts that are not trust rules cut out ` +
          `(${OPTIONAL_PARTS.map((p) => p.part).join(', ')}; \`src/sections/runtime-floor.ts\`): what is left keeps the ` +
          'credential to its origin, bounds time and memory, masks secrets and throws typed errors with their messages. ' +
          `Even that is over the targets (the whole SmartISP client ${formatBytes(smartisp.wholeFloor.gzipped)} gzipped): ` +
          'making those parts opt-in would not meet them. What is left is the trust rules and the messages of their errors.',
      ],
    };
  },
};

function verdict(gzipped: number, target: number): string {
  const over = gzipped - target;
  return over > 0
    ? `${formatBytes(gzipped)}, ${formatBytes(over)} (${Math.round((over / target) * 100)}%) over ${formatBytes(target)}`
    : `${formatBytes(gzipped)}, within ${formatBytes(target)}`;
}
