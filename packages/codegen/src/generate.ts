import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createClient } from '@hey-api/openapi-ts';
import { parse } from 'yaml';
import { checkDescriptions, renderClient } from './render.js';
import { useRuntimeCore } from './runtime-core.js';

export interface GenerateOptions {
  /** The vendor's name: its spec is `specs/<vendor>/openapi.yaml` at the repository root. */
  vendor: string;
  /** The client package's folder; the code goes to its `src/gen`. */
  packageDir: string;
  /** Emit named constants for enums (integer codes whose meaning the names carry). */
  enums?: boolean;
}

/**
 * Generates a client package's `src/gen`: hey-api's types and functions, pointed at the runtime's
 * client core, then the vendor's facts and one standalone operation per spec operation. One
 * configuration for every vendor, so the clients cannot drift apart.
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
    parser: { patch: keepDefaultEncoding },
    logs: { level: 'silent' },
  });
  useRuntimeCore(out);
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { name: string; version: string };
  const client = `ispkit-${pkg.name.replace(/^@ispkit\//, '')}/${pkg.version}`;
  const rendered = renderClient(parse(readFileSync(spec, 'utf8')), relative(packageDir, spec), vendor, client);
  checkDescriptions(readFileSync(join(out, 'sdk.gen.ts'), 'utf8'), rendered);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'vendor.gen.ts'), rendered.vendor);
  writeFileSync(join(out, 'operations.gen.ts'), rendered.operations);
  return { operations: rendered.count, out };
}

/**
 * A request body may declare every encoding the vendor accepts (form and JSON, for a Laravel
 * controller); the first one is the vendor's documented default, and the client sends that one.
 * hey-api would pick JSON whenever it is declared, so it only sees the first.
 */
function keepDefaultEncoding(spec: object): void {
  const paths = (spec as { paths?: Record<string, Record<string, { requestBody?: { content?: Record<string, unknown> } }>> })
    .paths;
  for (const item of Object.values(paths ?? {})) {
    for (const operation of Object.values(item)) {
      const content = operation?.requestBody?.content;
      if (!content || typeof content !== 'object') continue;
      const [first] = Object.keys(content);
      if (first) operation.requestBody!.content = { [first]: content[first] };
    }
  }
}

function repositoryRoot(from: string): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no pnpm-workspace.yaml above ${from}`);
  }
}
