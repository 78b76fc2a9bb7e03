import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Points the generated functions at the one client core in `@ispkit/runtime/core` and removes
 * the fetch client hey-api copies into every package (with server-sent events, interceptors and
 * body parsing the runtime does not use). A change in hey-api's output fails here, loudly.
 */
export function useRuntimeCore(out: string): void {
  const file = join(out, 'sdk.gen.ts');
  const source = readFileSync(file, 'utf8');
  const defaultClient = "import { client } from './client.gen.js';\n";
  const core = /from '\.\/client\/index\.js';\n/;
  if (!source.includes(defaultClient) || !core.test(source)) {
    throw new Error(`${file}: hey-api's imports changed; update useRuntimeCore in @ispkit/codegen`);
  }
  const rewritten = source
    .replace(defaultClient, "import { describeRequest as client } from '@ispkit/runtime/core';\n")
    .replace(core, "from '@ispkit/runtime/core';\n");
  if (/\.\/(client|core)\//.test(rewritten)) throw new Error(`${file}: still imports hey-api's client; update useRuntimeCore`);
  writeFileSync(file, rewritten);
  for (const path of ['client', 'core', 'client.gen.ts', 'index.ts']) rmSync(join(out, path), { recursive: true, force: true });
}
