import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listOperations, vendors } from '@ispkit/mock';
import ts from 'typescript';
import { expect, it } from 'vitest';
import type { CodeSample } from './code-samples.js';
import { referenceSpec } from './site.js';

// Inside the package, so that `@ispkit/<vendor>` resolves to the built clients the snippets import.
const dir = fileURLToPath(new URL('../snippets-check/', import.meta.url));

function typeErrors(files: Record<string, string>): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, source] of Object.entries(files)) writeFileSync(`${dir}${name}`, source);
  const program = ts.createProgram(
    Object.keys(files).map((name) => `${dir}${name}`),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ['node'],
    },
  );
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file
      ? `${d.file.fileName.slice(dir.length)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
      : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

it('type-checks every TypeScript snippet against the built clients', () => {
  const files: Record<string, string> = {};
  for (const vendor of vendors) {
    for (const { operationId, operation } of listOperations(referenceSpec(vendor))) {
      const [typescript] = operation['x-codeSamples'] as CodeSample[];
      files[`${vendor.name}.${operationId}.ts`] = `${typescript?.source}export {};\n`;
    }
  }
  expect(Object.keys(files)).toHaveLength(49);
  expect(typeErrors(files)).toEqual([]);
});

it('fails a snippet that calls an operation the client does not have, or passes a wrong type', () => {
  const errors = typeErrors({
    'unknown.ts':
      "import { createPmpClient } from '@ispkit/pmp';\nawait createPmpClient({ baseUrl: 'x', token: 't' }).getPlans();\nexport {};\n",
    'wrong.ts':
      "import { createSmartIspClient } from '@ispkit/smartisp';\nawait createSmartIspClient({ baseUrl: 'x', apiKey: 'k' }).getUser({ path: { dni: {} } });\nexport {};\n",
  });
  expect(errors.some((e) => e.startsWith('unknown.ts:2') && e.includes('getPlans'))).toBe(true);
  expect(errors.some((e) => e.startsWith('wrong.ts:2'))).toBe(true);
});
