import { buildPublishedSpec, listOperations, type OpenApiDocument, StrictSchemas } from '@ispkit/mock';
import { describe, expect, inject, it } from 'vitest';
import { loadVendor } from '../src/context.js';
import { bodyMediaTypes, exampleRequest, replay } from '../src/replay.js';
import { selectedNames } from '../src/selection.js';
import { createValidator, describeErrors } from '../src/validator.js';

type Examples = Record<string, { value: unknown }>;
interface Embedded {
  where: string;
  schema: unknown;
  examples: Examples;
}

/** Every place of a spec that holds named examples next to the schema they illustrate. */
function embeddedExamples(spec: OpenApiDocument): Embedded[] {
  const found: Embedded[] = [];
  const media = (where: string, content: Record<string, { schema?: unknown; examples?: Examples }> | undefined) => {
    for (const [type, entry] of Object.entries(content ?? {})) {
      if (entry.examples) found.push({ where: `${where} ${type}`, schema: entry.schema, examples: entry.examples });
    }
  };
  for (const { operationId, operation } of listOperations(spec)) {
    for (const parameter of (operation.parameters ?? []) as { name: string; schema: unknown; examples?: Examples }[]) {
      if (parameter.examples)
        found.push({
          where: `${operationId} parameter ${parameter.name}`,
          schema: parameter.schema,
          examples: parameter.examples,
        });
    }
    media(`${operationId} request`, (operation.requestBody as { content?: never } | undefined)?.content);
    for (const [status, response] of Object.entries((operation.responses ?? {}) as Record<string, { content?: never }>)) {
      media(`${operationId} ${status}`, response.content);
    }
  }
  for (const [name, response] of Object.entries((spec.components?.responses ?? {}) as Record<string, { content?: never }>)) {
    media(`components.responses.${name}`, response.content);
  }
  return found;
}

const accepted: Record<string, [number, number]> = {};

describe.each(selectedNames)('%s published spec', (name) => {
  const vendor = loadVendor(name);
  const published = buildPublishedSpec(vendor.spec, [...vendor.recordings, ...vendor.docsErrors]);
  const operations = listOperations(published);
  const mockRoot = inject('mocks')[name] as string;

  it('holds examples that each validate strictly (undeclared fields rejected) against their schema', () => {
    const strict = new StrictSchemas(published);
    const ajv = createValidator();
    const failures: string[] = [];
    let count = 0;
    for (const { where, schema, examples } of embeddedExamples(published)) {
      const validate = ajv.compile(strict.strict(schema));
      for (const [example, { value }] of Object.entries(examples)) {
        count++;
        if (!validate(value)) failures.push(...describeErrors(validate.errors).map((e) => `${where} ${example}: ${e}`));
      }
    }
    console.log(`${name}: ${count} embedded examples checked strictly, ${failures.length} failures`);
    expect(count).toBeGreaterThan(vendor.recordings.length);
    expect(failures).toEqual([]);
  });

  it('gives every operation a response example per recording, never a docs error', () => {
    const names = new Set(embeddedExamples(published).flatMap((e) => Object.keys(e.examples)));
    expect(vendor.recordings.map((r) => r.name).filter((n) => !names.has(n))).toEqual([]);
    expect(vendor.docsErrors.map((r) => r.name).filter((n) => names.has(n))).toEqual([]);
  });

  it('accepts at the mock one request per operation and encoding built from the examples alone', async () => {
    const problems: Record<string, string[]> = {};
    let ok = 0;
    for (const entry of operations) {
      const found: string[] = [];
      for (const mediaType of bodyMediaTypes(entry).length ? bodyMediaTypes(entry) : [undefined]) {
        const issues = await replay(exampleRequest(published, mockRoot, entry, mediaType));
        found.push(...issues.map((issue) => (mediaType ? `${mediaType}: ${issue}` : issue)));
      }
      if (found.length) problems[entry.operationId] = found;
      else ok++;
    }
    accepted[name] = [ok, operations.length];
    const total = Object.values(accepted).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
    console.log(`${name}: ${ok}/${operations.length} example-only requests accepted (so far ${total[0]}/${total[1]})`);
    expect(problems).toEqual({});
    expect(ok).toBe(operations.length);
  });

  it('reports a request whose required example was removed', async () => {
    const entry = operations.find((o) => (o.operation.requestBody as { required?: boolean } | undefined)?.required);
    const target = entry ?? operations.find((o) => (o.operation.parameters as unknown[] | undefined)?.length);
    if (!target) throw new Error(`${name} has no operation with a required input`);
    const stripped = structuredClone(published);
    const operation = listOperations(stripped).find((o) => o.operationId === target.operationId)!;
    const body = operation.operation.requestBody as { content: Record<string, { examples?: unknown }> } | undefined;
    if (body) for (const media of Object.values(body.content)) delete media.examples;
    else for (const parameter of operation.operation.parameters as { examples?: unknown }[]) delete parameter.examples;

    const mediaType = bodyMediaTypes(operation)[0];
    const problems = await replay(exampleRequest(stripped, mockRoot, operation, mediaType));
    expect(problems.some((p) => p.startsWith('no example for the '))).toBe(true);
    // The request sent without it is refused by the mock too: the replay check sees what Prism sees.
    expect(problems.filter((p) => !p.startsWith('no example for the ')).length).toBeGreaterThan(0);
  });
});
