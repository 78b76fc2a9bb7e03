import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './paths.js';

interface GeneratedResult {
  data?: unknown;
  error?: unknown;
}
type GeneratedOperation = (options: Record<string, unknown>) => Promise<GeneratedResult>;

/**
 * SmartISP's generated hey-api functions called directly, without the ispkit runtime around
 * them: the share of the per-call overhead that is hey-api's rather than the runtime's. The
 * package exports only its client, so the built files are loaded by path.
 */
export async function generatedSmartIspCalls(baseUrl: string, apiKey: string) {
  const dist = join(repoRoot, 'packages', 'smartisp', 'dist', 'gen');
  const load = (file: string) => import(pathToFileURL(join(dist, file)).href);
  const { createClient, createConfig } = (await load('client/index.js')) as {
    createClient: (config: unknown) => unknown;
    createConfig: (options: unknown) => unknown;
  };
  const sdk = (await load('sdk.gen.js')) as Record<string, GeneratedOperation>;
  const client = createClient(createConfig({ baseUrl, auth: () => apiKey }));
  const call = (id: string, options: Record<string, unknown>) => async () => {
    const result = await sdk[id]!({ client, ...options });
    if (result.data === undefined) throw new Error(`generated ${id} returned an error: ${JSON.stringify(result.error)}`);
    return result.data;
  };
  return { call };
}
