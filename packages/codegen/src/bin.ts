import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from './generate.js';

const usage = 'usage: ispkit-codegen <vendor> [--enums]   (run in the client package folder)';

try {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { enums: { type: 'boolean', default: false } } });
  const [vendor, ...extra] = positionals;
  if (!vendor || extra.length) throw new Error(usage);
  const started = performance.now();
  const { operations, out } = await generate({ vendor, packageDir: process.cwd(), enums: values.enums });
  console.log(
    `ispkit-codegen: ${vendor}: ${operations} operations → ${relative(process.cwd(), out)} in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.error(`ispkit-codegen: ${(error as Error).message}`);
  process.exit(2);
}
