import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createClient } from '@hey-api/openapi-ts';
import { parse } from 'yaml';
import { renderMeta } from './render.js';

export interface GenerateOptions {
  /** The vendor's name: its spec is `specs/<vendor>/openapi.yaml` at the repository root. */
  vendor: string;
  /** The client package's folder; the code goes to its `src/gen`. */
  packageDir: string;
  /** Emit named constants for enums (integer codes whose meaning the names carry). */
  enums?: boolean;
}

/**
 * Generates a client package's `src/gen`: the hey-api fetch client, types and SDK functions,
 * then the runtime metadata. One configuration for every vendor, so the clients cannot drift apart.
 */
export async function generate({
  vendor,
  packageDir,
  enums = false,
}: GenerateOptions): Promise<{ operations: number; out: string }> {
  const spec = join(repositoryRoot(packageDir), 'specs', vendor, 'openapi.yaml');
  if (!existsSync(spec)) throw new Error(`no spec for "${vendor}" at ${spec}`);
  const out = join(packageDir, 'src', 'gen');
  await createClient({
    input: spec,
    output: { path: out, tsConfigPath: join(packageDir, 'tsconfig.json'), module: { extension: '.js' } },
    plugins: [
      '@hey-api/client-fetch',
      enums ? { name: '@hey-api/typescript', enums: 'javascript' } : '@hey-api/typescript',
      '@hey-api/sdk',
    ],
    logs: { level: 'silent' },
  });
  const { source, operations } = renderMeta(parse(readFileSync(spec, 'utf8')), relative(packageDir, spec));
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'meta.gen.ts'), source);
  return { operations, out };
}

function repositoryRoot(from: string): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no pnpm-workspace.yaml above ${from}`);
  }
}
