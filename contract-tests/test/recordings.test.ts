import { describe, expect, it } from 'vitest';
import { loadVendor } from '../src/context.js';
import { evidenceReport } from '../src/evidence.js';
import { selectedNames } from '../src/selection.js';
import { describeErrors } from '../src/validator.js';

describe.each(selectedNames)('%s recordings', (name) => {
  const vendor = loadVendor(name);

  it('has a spec in the JSON Schema 2020-12 dialect, so Prism and the suite check the same keywords', () => {
    expect(vendor.spec.openapi).toMatch(/^3\.1\./);
    expect(vendor.spec.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('backs every documented operation with at least one recorded success', () => {
    const recorded = new Set(vendor.recordings.filter((r) => r.response.status < 300).map((r) => r.operationId));
    const missing = vendor.operations.map((o) => o.operationId).filter((id) => !recorded.has(id));
    expect(missing).toEqual([]);
  });

  // Says how much of the client rests on what the vendor showed, and keeps the spec honest about the rest.
  it('reports how many operations a vendor-sourced recording backs, and marks the others inferred', () => {
    const report = evidenceReport(vendor.spec, vendor.operations, vendor.recordings);
    console.log(
      `${name}: ${report.vendorBacked.length}/${report.operations} operations backed by a vendor-sourced recording, ` +
        `${report.inferredOnly.length} only by inferred schemas` +
        (report.inferredOnly.length ? ` (${report.inferredOnly.join(', ')})` : ''),
    );
    expect(report.mismatches).toEqual([]);
  });

  it.each([...vendor.recordings, ...vendor.docsErrors].map((r) => [r.name, r] as const))('%s has provenance', (_, recording) => {
    const { provenance } = recording;
    expect(['docs', 'live', 'inferred']).toContain(provenance.source);
    expect(provenance.captured).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (provenance.source === 'docs') {
      expect(provenance.url).toMatch(/^https:\/\//);
      expect(provenance.section).toBeTruthy();
    }
    // Nobody saw the vendor send an inferred body: only the evidence cited in its notes stands behind it.
    if (provenance.source === 'inferred') expect(provenance.notes, 'notes citing the evidence (a URL)').toMatch(/https:\/\/\S+/);
    const suffix = recording.knownDocsError ? '.docs-error' : '';
    expect(recording.name).toBe(`${recording.operationId}.${recording.response.status}${suffix}`);
  });

  // A documentation example that the server never sends is kept only if the spec rejects it:
  // should the spec ever accept it, either the spec or the note about the docs is wrong.
  it.each(vendor.docsErrors.map((r) => [r.name, r] as const))(
    '%s, a known docs error, fails its strict response schema',
    (_, recording) => {
      expect(recording.knownDocsError).toMatch(/\w/);
      expect(vendor.operations.map((o) => o.operationId)).toContain(recording.operationId);
      const validate = vendor.responseValidator(recording);
      expect(validate(recording.response.body)).toBe(false);
      expect(describeErrors(validate.errors).length).toBeGreaterThan(0);
    },
  );

  it.each(vendor.recordings.map((r) => [r.name, r] as const))('%s matches its strict response schema', (_, recording) => {
    const validate = vendor.responseValidator(recording);
    const valid = validate(recording.response.body);
    expect(describeErrors(validate.errors), 'failures').toEqual([]);
    expect(valid).toBe(true);
  });

  it('has response examples in the spec (inferred error bodies) that match their own schemas', () => {
    const failures: string[] = [];
    for (const { path, method, operation } of vendor.operations) {
      const responses = (operation.responses ?? {}) as Record<string, unknown>;
      for (const [status, response] of Object.entries(responses)) {
        const resolved = vendor.schemas.strict(response) as {
          content?: Record<string, { examples?: Record<string, { value: unknown }> }>;
        };
        for (const [contentType, media] of Object.entries(resolved.content ?? {})) {
          for (const [exampleName, example] of Object.entries(media.examples ?? {})) {
            for (const problem of vendor.checkResponse(path, method, Number(status), contentType, example.value)) {
              failures.push(`${method} ${path} ${status} ${exampleName}: ${problem}`);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
