import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRuntimeCore } from './runtime-core.js';

// The two import lines hey-api 0.95 writes at the top of `sdk.gen.ts`.
const HEY_API = `import { client } from './client.gen.js';
import { type Client, type Options as Options2, type TDataShape } from './client/index.js';

export const getPlans = (options?: Options2<never>) => (options?.client ?? client).get({ url: '/plans', ...options });
`;

function generated(sdk: string): string {
  const out = mkdtempSync(join(tmpdir(), 'ispkit-codegen-'));
  writeFileSync(join(out, 'sdk.gen.ts'), sdk);
  writeFileSync(join(out, 'client.gen.ts'), 'export const client = {};\n');
  for (const folder of ['client', 'core']) {
    mkdirSync(join(out, folder));
    writeFileSync(join(out, folder, 'index.ts'), '');
  }
  return out;
}

describe('useRuntimeCore', () => {
  it("points the generated functions at @ispkit/runtime/core and removes hey-api's fetch client", () => {
    const out = generated(HEY_API);
    useRuntimeCore(out);
    const sdk = readFileSync(join(out, 'sdk.gen.ts'), 'utf8');
    expect(sdk).toContain("import { describeRequest as client } from '@ispkit/runtime/core';");
    expect(sdk).toContain("type TDataShape } from '@ispkit/runtime/core';");
    expect(sdk).not.toMatch(/\.\/client/);
    expect(['client', 'core', 'client.gen.ts'].filter((p) => existsSync(join(out, p)))).toEqual([]);
  });

  it("fails loudly when hey-api's output no longer has the imports it rewrites", () => {
    const out = generated(HEY_API.replace("from './client/index.js'", "from './client/types.gen.js'"));
    expect(() => useRuntimeCore(out)).toThrow(/hey-api's imports changed/);
    // Nothing was deleted: the failed build leaves the output as hey-api wrote it.
    expect(existsSync(join(out, 'client'))).toBe(true);
  });
});
