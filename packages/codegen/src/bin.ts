import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { renderMeta } from './render.js';

const usage = 'usage: ispkit-codegen --spec <openapi.yaml> --out <meta.gen.ts>';

try {
  const { values } = parseArgs({ options: { spec: { type: 'string' }, out: { type: 'string' } } });
  if (!values.spec || !values.out) throw new Error(usage);
  const spec = parse(readFileSync(values.spec, 'utf8'));
  const { source, operations } = renderMeta(spec, relative(process.cwd(), values.spec));
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, source);
  console.log(`ispkit-codegen: wrote ${values.out} (${operations} operations)`);
} catch (error) {
  console.error(`ispkit-codegen: ${(error as Error).message}`);
  process.exit(2);
}
