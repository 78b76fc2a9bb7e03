import { readFileSync } from 'node:fs';
import { listOperations, vendors } from '@ispkit/mock';
import { describe, expect, it } from 'vitest';
import { clients } from './clients.js';
import type { CodeSample } from './code-samples.js';
import { referenceSpec, siteDir } from './site.js';

describe.each(vendors)('the $name reference spec', (vendor) => {
  const spec = referenceSpec(vendor);
  const client = clients[vendor.name];

  it('lists the local mock first, then the vendor server', () => {
    expect(spec.servers?.[0]?.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${vendor.port}(/|$)`));
    expect(spec.servers?.slice(1).length).toBeGreaterThan(0);
    expect(spec.servers?.[1]?.url).toMatch(/^https:\/\//);
  });

  it('gives every operation a TypeScript call through the client and a curl command', () => {
    const operations = listOperations(spec);
    expect(operations.length).toBeGreaterThan(0);
    for (const { operationId, operation, method } of operations) {
      const samples = operation['x-codeSamples'] as CodeSample[];
      const [typescript, curl] = samples;
      expect(typescript?.lang).toBe('TypeScript');
      expect(typescript?.source).toContain(`import { ${client.factory} } from '${client.package}';`);
      expect(typescript?.source).toContain(`.${operationId}(`);
      expect(curl?.source).toMatch(new RegExp(`^curl -X ${method.toUpperCase()} `));
      // The credential stays a variable: no sample carries a value.
      expect(curl?.source).toContain(`$${client.env}`);
    }
  });
});

it('shows the known errors of the vendor documentation in the operation concerned', () => {
  const spec = referenceSpec(vendors.find((v) => v.name === 'pmp')!);
  const search = listOperations(spec).find((o) => o.operationId === 'searchCustomers');
  expect(search?.operation.description).toContain("Where the vendor's documentation is wrong");
  expect(search?.operation.description).toContain('the server returns an array of customers');
});

it('loads every script from the site itself', () => {
  for (const page of ['index.html', ...vendors.map((v) => `${v.name}/index.html`)]) {
    const html = readFileSync(`${siteDir}/${page}`, 'utf8');
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((s) => /^(https?:)?\/\//.test(s ?? ''))).toEqual([]);
  }
});
