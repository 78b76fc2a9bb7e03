import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listOperations, vendors } from '@ispkit/mock';
import ts from 'typescript';
import { expect, it } from 'vitest';
import type { CodeSample } from './code-samples.js';
import { referenceSpec } from './site.js';

// Inside the package, so that `@ispkit/<vendor>` resolves to the built clients the snippets import.
const dir = fileURLToPath(new URL('../snippets-check/', import.meta.url));

/** Type errors per file, as `<file>:<line> <message>`; every file is a module of its own, so none sees another. */
function typeErrors(files: Record<string, string>): Record<string, string[]> {
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
  const errors: Record<string, string[]> = Object.fromEntries(Object.keys(files).map((name) => [name, []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const name = d.file?.fileName.startsWith(dir) ? d.file.fileName.slice(dir.length) : '';
    const where = d.file ? `${name}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
    errors[name] = [...(errors[name] ?? []), `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`];
  }
  return errors;
}

// Two snippets that must fail, checked in the same program as the 49: building a program (the
// clients' and Node.js's declarations) costs seconds, checking a snippet very little.
const planted = {
  'unknown.ts':
    "import { createPmpClient } from '@ispkit/pmp';\nawait createPmpClient({ baseUrl: 'x', token: 't' }).getPlans();\nexport {};\n",
  'wrong.ts':
    "import { createSmartIspClient } from '@ispkit/smartisp';\nawait createSmartIspClient({ baseUrl: 'x', apiKey: 'k' }).getUser({ path: { dni: {} } });\nexport {};\n",
};
const snippets: Record<string, string> = {};
for (const vendor of vendors) {
  for (const { operationId, operation } of listOperations(referenceSpec(vendor))) {
    const [typescript] = operation['x-codeSamples'] as CodeSample[];
    snippets[`${vendor.name}.${operationId}.ts`] = `${typescript?.source}export {};\n`;
  }
}
let checked: Record<string, string[]> | undefined;
const check = () => {
  checked ??= typeErrors({ ...snippets, ...planted });
  return checked;
};

it('type-checks every TypeScript snippet against the built clients', () => {
  expect(Object.keys(snippets)).toHaveLength(49);
  const errors = check();
  // Errors outside any file (options, lib) would fail every snippet alike: none is allowed.
  expect(errors['']).toBeUndefined();
  expect(Object.keys(snippets).flatMap((name) => errors[name])).toEqual([]);
});

it('fails a snippet that calls an operation the client does not have, or passes a wrong type', () => {
  const errors = check();
  expect(errors['unknown.ts']?.some((e) => e.startsWith('unknown.ts:2') && e.includes('getPlans'))).toBe(true);
  expect(errors['wrong.ts']?.some((e) => e.startsWith('wrong.ts:2'))).toBe(true);
});
