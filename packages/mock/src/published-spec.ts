import { HTTP_METHODS, type OpenApiDocument } from './openapi.js';
import type { Recording } from './recordings.js';

type Node = Record<string, unknown>;
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  examples?: Record<string, Example>;
  [key: string]: unknown;
}
interface Example {
  summary?: string;
  value: unknown;
}
interface Media {
  schema?: unknown;
  examples?: Record<string, Example>;
  [key: string]: unknown;
}

/**
 * The spec a user reads, renders or drives a test runner with: the handwritten spec (still the
 * one source) with the recordings as named examples.
 * - every recording becomes an example of its response, listed before the spec's own, so that a
 *   renderer and the mock show what the vendor really sent (known docs errors are left out: the
 *   server never sends them);
 * - the recordings' requests become examples of the parameters and request bodies they fill, on
 *   every media type the body declares, success recordings first; a file, which JSON cannot
 *   hold, becomes its text content.
 * Path-level parameters move into each operation, because their examples differ per operation.
 */
export function buildPublishedSpec(spec: OpenApiDocument, recordings: Recording[]): OpenApiDocument {
  const document = structuredClone(spec);
  for (const item of Object.values(document.paths)) inlinePathParameters(document, item);

  const served = recordings.filter((r) => !r.knownDocsError);
  // Success recordings first: a request built from the first example then expects a success.
  const ordered = [...served].sort((a, b) => Number(a.response.status >= 300) - Number(b.response.status >= 300));
  for (const recording of [...ordered].reverse()) addResponseExample(document, recording);
  for (const recording of ordered) addRequestExamples(document, recording);
  dropUnreferenced(document, ['parameters', 'responses']);
  return document;
}

/** Removes the shared parameters and responses that every operation now holds its own copy of. */
function dropUnreferenced(document: OpenApiDocument, kinds: string[]): void {
  for (const kind of kinds) {
    const components = document.components?.[kind];
    if (!components) continue;
    const text = JSON.stringify({ ...document, components: { ...document.components, [kind]: {} } });
    for (const name of Object.keys(components)) {
      if (!text.includes(`"#/components/${kind}/${name}"`)) delete components[name];
    }
    if (Object.keys(components).length === 0) delete document.components?.[kind];
  }
}

function operationOf(document: OpenApiDocument, recording: Recording): Node {
  const { method, path } = recording.request;
  const operation = document.paths[path]?.[method.toLowerCase()] as Node | undefined;
  if (operation?.operationId !== recording.operationId) {
    throw new Error(`recording ${recording.name}: no operation ${recording.operationId} at ${method} ${path}`);
  }
  return operation;
}

function addResponseExample(document: OpenApiDocument, recording: Recording): void {
  const operation = operationOf(document, recording);
  const responses = operation.responses as Record<string, Node> | undefined;
  const status = String(recording.response.status);
  // A shared response (`$ref`) gets its own copy, so that examples stay with their operation.
  const declared = responses?.[status];
  if (responses && declared && typeof declared.$ref === 'string') {
    const { $ref, ...overrides } = declared;
    responses[status] = { ...structuredClone(resolveLocal(document, $ref)), ...overrides };
  }
  const media = (responses?.[status]?.content as Record<string, Media> | undefined)?.[recording.response.contentType];
  if (!media) {
    throw new Error(
      `recording ${recording.name}: ${recording.operationId} declares no ${recording.response.status} ${recording.response.contentType} response`,
    );
  }
  media.examples = { [recording.name]: { summary: summaryOf(recording), value: recording.response.body }, ...media.examples };
}

function addRequestExamples(document: OpenApiDocument, recording: Recording): void {
  const operation = operationOf(document, recording);
  const options = recording.request.options ?? {};
  const summary = summaryOf(recording);

  const parameters = ((operation.parameters as Node[] | undefined) ?? []).map((p) => resolveParameter(document, p));
  for (const parameter of parameters) {
    const values = parameter.in === 'path' ? options.path : parameter.in === 'query' ? options.query : undefined;
    if (values && parameter.name in values) {
      parameter.examples = { ...parameter.examples, [recording.name]: { summary, value: values[parameter.name] } };
    }
  }
  if (parameters.length) operation.parameters = parameters;

  if (options.body === undefined) return;
  const body = operation.requestBody as { $ref?: string; content?: Record<string, Media> } | undefined;
  if (!body) throw new Error(`recording ${recording.name}: ${recording.operationId} declares no request body`);
  if (typeof body.$ref === 'string') operation.requestBody = structuredClone(resolveLocal(document, body.$ref));
  const content = (operation.requestBody as { content?: Record<string, Media> }).content ?? {};
  for (const media of Object.values(content)) {
    const value = phpArrayNames(document, media.schema, withoutFiles(options.body));
    media.examples = { ...media.examples, [recording.name]: { summary, value } };
  }
}

/**
 * A body as a media type's schema names its fields: where a form schema declares `name[]` (PHP
 * builds an array only from fields so named) and not `name`, the recorded `name` goes there.
 */
function phpArrayNames(document: OpenApiDocument, schema: unknown, value: unknown): unknown {
  let resolved = schema as Node | undefined;
  while (resolved && typeof resolved.$ref === 'string') resolved = resolveLocal(document, resolved.$ref);
  const properties = (resolved?.properties ?? {}) as Node;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [!(key in properties) && `${key}[]` in properties ? `${key}[]` : key, item]),
  );
}

function summaryOf(recording: Recording): string {
  return recording.provenance.section ?? recording.name;
}

/** Copies path-level parameters into each operation that does not override them, and drops them from the path. */
function inlinePathParameters(document: OpenApiDocument, item: Record<string, unknown>): void {
  const shared = item.parameters as Node[] | undefined;
  if (!shared) return;
  delete item.parameters;
  for (const method of HTTP_METHODS) {
    const operation = item[method] as Node | undefined;
    if (!operation) continue;
    const own = ((operation.parameters as Node[] | undefined) ?? []).map((p) => resolveParameter(document, p));
    const inherited = shared
      .map((p) => resolveParameter(document, p))
      .filter((p) => !own.some((o) => o.name === p.name && o.in === p.in));
    operation.parameters = [...inherited, ...own];
  }
}

/** A parameter's own copy (a `$ref` resolved), so that its examples stay with its operation. */
function resolveParameter(document: OpenApiDocument, parameter: Node): Parameter {
  if (typeof parameter.$ref !== 'string') return structuredClone(parameter) as Parameter;
  const { $ref, ...overrides } = parameter;
  return { ...structuredClone(resolveLocal(document, $ref)), ...overrides } as Parameter;
}

/** A recorded file (`{ "$file": { name, type, content } }`) as the text it holds: an example value of a binary string. */
function withoutFiles(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutFiles);
  if (typeof value !== 'object' || value === null) return value;
  const file = (value as { $file?: { content?: unknown } }).$file;
  if (file && Object.keys(value).length === 1) return String(file.content ?? '');
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutFiles(item)]));
}

export function resolveLocal(document: OpenApiDocument, ref: string): Node {
  if (!ref.startsWith('#/')) throw new Error(`only local references are supported, got ${ref}`);
  let node: unknown = document;
  for (const key of ref.slice(2).split('/'))
    node = (node as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (typeof node !== 'object' || node === null) throw new Error(`unresolved reference ${ref}`);
  return node as Node;
}
