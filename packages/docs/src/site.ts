import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basePath, listOperations, loadRecordings, type OpenApiDocument, repoRoot, vendors } from '@ispkit/mock';
import { stringify } from 'yaml';
import { clients } from './clients.js';
import { codeSamples } from './code-samples.js';
import { indexPage, referencePage, referenceScript } from './pages.js';

/** The site's folder, uploaded by the Pages workflow. */
export const siteDir = `${repoRoot}docs/site`;

/** The mock's credential placeholder: the mock checks that a credential is sent, not its value. */
export const MOCK_CREDENTIAL = 'mock-key';

/**
 * The spec a page renders: the published spec (recordings as examples), with the local mock as
 * its first server, the SDK and curl calls of every operation, and the vendor documentation's
 * known errors in the operations they concern.
 */
export function referenceSpec(vendor: (typeof vendors)[number]): OpenApiDocument {
  const document = JSON.parse(readFileSync(`${repoRoot}specs/${vendor.name}/dist/openapi.json`, 'utf8')) as OpenApiDocument;
  const client = clients[vendor.name];
  const docsErrors = loadRecordings(vendor.name).filter((r) => r.knownDocsError);
  for (const entry of listOperations(document)) {
    entry.operation['x-codeSamples'] = codeSamples(document, entry, client);
    const errors = docsErrors.filter((r) => r.operationId === entry.operationId);
    if (errors.length) {
      const notes = errors.map((r) => `- **${r.provenance.section ?? r.name}** (${r.response.status}): ${r.knownDocsError}`);
      const description = typeof entry.operation.description === 'string' ? `${entry.operation.description.trimEnd()}\n\n` : '';
      entry.operation.description = `${description}**Where the vendor's documentation is wrong**\n\n${notes.join('\n')}\n`;
    }
  }
  const mock = {
    url: `http://127.0.0.1:${vendor.port}${basePath(document)}`,
    description: `The local mock: \`pnpm mock ${vendor.name}\` (any credential is accepted)`,
  };
  document.servers = [mock, ...(document.servers ?? [])];
  return document;
}

/** Writes the whole site but the SDK reference (see typedoc.ts) into docs/site/. */
export function buildSite(): void {
  const require = createRequire(import.meta.url);
  const scalar = require.resolve('@scalar/api-reference/browser/standalone.js');
  // The package exports no package.json; the bundle sits in its dist/browser/.
  const scalarVersion = (
    JSON.parse(readFileSync(new URL('../../package.json', `file://${scalar}`), 'utf8')) as { version: string }
  ).version;
  for (const vendor of vendors) rmSync(`${siteDir}/${vendor.name}`, { recursive: true, force: true });
  mkdirSync(`${siteDir}/assets/scalar`, { recursive: true });
  copyFileSync(scalar, `${siteDir}/assets/scalar/standalone.js`);
  writeFileSync(`${siteDir}/assets/reference.js`, referenceScript(MOCK_CREDENTIAL));

  const rows = [];
  for (const vendor of vendors) {
    const spec = referenceSpec(vendor);
    const dir = `${siteDir}/${vendor.name}`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/openapi.json`, `${JSON.stringify(spec, null, 2)}\n`);
    writeFileSync(`${dir}/openapi.yaml`, stringify(spec, { aliasDuplicateObjects: false, lineWidth: 0 }));
    writeFileSync(`${dir}/index.html`, referencePage(vendor, clients[vendor.name]));
    rows.push({ vendor, client: clients[vendor.name], operations: listOperations(spec).length });
    console.error(`docs: docs/site/${vendor.name}/ (${rows.at(-1)?.operations} operations)`);
  }
  writeFileSync(`${siteDir}/index.html`, indexPage(rows, scalarVersion));
  writeFileSync(`${siteDir}/.nojekyll`, '');
}
