import type { OpenApiDocument, OperationEntry } from '@ispkit/mock';
import type { ClientEntry } from './clients.js';

type Node = Record<string, unknown>;

/** One entry of an operation's `x-codeSamples`, the extension Scalar (and Redoc) render next to their own snippets. */
export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

/** The arguments an operation is called with: the recorded example of every parameter and body, else a value its schema allows. */
export interface CallArguments {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body?: { mediaType: string; value: unknown; schema: unknown };
}

/** The TypeScript call through the vendor's client and the curl command, both from the spec alone. */
export function codeSamples(document: OpenApiDocument, entry: OperationEntry, client: ClientEntry): CodeSample[] {
  const args = callArguments(document, entry);
  return [
    { lang: 'TypeScript', label: client.package, source: typescriptSample(document, entry, client, args) },
    { lang: 'Shell', label: 'curl', source: curlSample(document, entry, client, args) },
  ];
}

export function callArguments(document: OpenApiDocument, entry: OperationEntry): CallArguments {
  const args: CallArguments = { path: {}, query: {} };
  for (const raw of (entry.operation.parameters as Node[] | undefined) ?? []) {
    const parameter = resolve(document, raw);
    const name = String(parameter.name);
    const recorded = firstExample(parameter);
    if (parameter.in === 'path')
      args.path[name] = recorded.found ? recorded.value : placeholder(document, parameter.schema, name);
    else if (parameter.in === 'query' && (recorded.found || parameter.required === true)) {
      args.query[name] = recorded.found ? recorded.value : placeholder(document, parameter.schema, name);
    }
  }
  const body = entry.operation.requestBody ? resolve(document, entry.operation.requestBody) : undefined;
  const [mediaType, media] = Object.entries((body?.content ?? {}) as Record<string, Node>)[0] ?? [];
  if (mediaType && media) {
    const recorded = firstExample(media);
    args.body = {
      mediaType,
      value: recorded.found ? recorded.value : placeholder(document, media.schema, 'body'),
      schema: media.schema,
    };
  }
  return args;
}

function typescriptSample(document: OpenApiDocument, entry: OperationEntry, client: ClientEntry, args: CallArguments): string {
  const options: string[] = [];
  if (Object.keys(args.path).length) options.push(`path: ${literal(document, args.path, undefined, 1)}`);
  if (Object.keys(args.query).length) options.push(`query: ${literal(document, args.query, undefined, 1)}`);
  if (args.body) options.push(`body: ${literal(document, args.body.value, args.body.schema, 1)}`);
  const call = options.length ? `{\n  ${options.join(',\n  ')},\n}` : '';
  return [
    `import { ${client.factory} } from '${client.package}';`,
    '',
    `const ${client.variable} = ${client.factory}({`,
    `  ${client.location ?? `baseUrl: '${client.baseUrl}'`},`,
    `  ${client.credential}: process.env.${client.env}!,`,
    '});',
    `const result = await ${client.variable}.${entry.operationId}(${call});`,
    '',
  ].join('\n');
}

function curlSample(document: OpenApiDocument, entry: OperationEntry, client: ClientEntry, args: CallArguments): string {
  const path = entry.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(args.path[name])));
  const query = new URLSearchParams(Object.entries(args.query).map(([k, v]) => [k, String(v)])).toString();
  const lines: string[] = [];
  const scheme = securityScheme(document, entry);
  let url = `${client.baseUrl}${path}${query ? `?${query}` : ''}`;
  // The credential is an environment variable, so the URL or header that carries it is double-quoted.
  if (scheme?.in === 'query') url += `${query ? '&' : '?'}${scheme.name}=$${client.env}`;
  lines.push(`curl -X ${entry.method.toUpperCase()} ${scheme?.in === 'query' ? `"${url}"` : shellQuote(url)}`);
  if (scheme?.in === 'header') lines.push(`-H "${scheme.name}: $${client.env}"`);
  if (scheme?.type === 'http' && scheme.scheme === 'bearer') lines.push(`-H "Authorization: Bearer $${client.env}"`);
  if (args.body) {
    const fields = typeof args.body.value === 'object' && args.body.value !== null ? Object.entries(args.body.value) : [];
    if (args.body.mediaType === 'application/x-www-form-urlencoded') {
      for (const [k, v] of fields)
        for (const item of [v].flat()) lines.push(`--data-urlencode ${shellQuote(`${k}=${formValue(item)}`)}`);
    } else if (args.body.mediaType === 'multipart/form-data') {
      for (const [k, v] of fields) for (const item of [v].flat()) lines.push(`-F ${shellQuote(`${k}=${formValue(item)}`)}`);
    } else {
      lines.push(`-H 'Content-Type: ${args.body.mediaType}'`, `--data ${shellQuote(JSON.stringify(args.body.value))}`);
    }
  }
  return `${lines.join(' \\\n  ')}\n`;
}

function securityScheme(document: OpenApiDocument, entry: OperationEntry): Node | undefined {
  const requirements = (entry.operation.security ?? document.security) as Record<string, unknown>[] | undefined;
  const name = Object.keys(requirements?.[0] ?? {})[0];
  return name ? (document.components?.securitySchemes?.[name] as Node | undefined) : undefined;
}

function formValue(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function firstExample(holder: Node): { found: boolean; value?: unknown } {
  const examples = holder.examples as Record<string, { value?: unknown }> | undefined;
  const first = examples && Object.values(examples)[0];
  if (first && 'value' in first) return { found: true, value: first.value };
  if ('example' in holder) return { found: true, value: holder.example };
  return { found: false };
}

/** A value the schema accepts, for a parameter or body that no recording fills. */
function placeholder(document: OpenApiDocument, raw: unknown, name: string): unknown {
  const schema = raw ? resolve(document, raw) : {};
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  if ('example' in schema) return schema.example;
  if ('default' in schema) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'integer' || type === 'number') return typeof schema.minimum === 'number' ? schema.minimum : 1;
  if (type === 'boolean') return true;
  if (type === 'array') return [placeholder(document, schema.items, name)];
  if (type === 'object' || schema.properties) {
    const properties = (schema.properties ?? {}) as Record<string, unknown>;
    const required = (schema.required ?? []) as string[];
    return Object.fromEntries(required.map((key) => [key, placeholder(document, properties[key], key)]));
  }
  if (schema.format === 'date') return '2026-01-31';
  return name;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A value as TypeScript source in the project's style; a binary field (a file) becomes a Blob. */
export function literal(document: OpenApiDocument, value: unknown, raw: unknown, depth: number): string {
  const schema = raw ? resolve(document, raw) : {};
  if (schema.format === 'binary' || schema.contentMediaType !== undefined) {
    return `new Blob([${literal(document, typeof value === 'string' ? value : JSON.stringify(value), undefined, depth)}])`;
  }
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  if (value === null || typeof value !== 'object') return String(value);
  const pad = '  '.repeat(depth);
  const items = Array.isArray(value)
    ? value.map((item) => literal(document, item, schema.items, depth + 1))
    : Object.entries(value).map(([key, item]) => {
        const property = (schema.properties as Record<string, unknown> | undefined)?.[key];
        return `${IDENTIFIER.test(key) ? key : `'${key}'`}: ${literal(document, item, property, depth + 1)}`;
      });
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{ ', ' }'];
  const inline = `${open}${items.join(', ')}${close}`;
  if (items.length === 0) return Array.isArray(value) ? '[]' : '{}';
  if (inline.length + pad.length <= 90 && !inline.includes('\n')) return inline;
  return `${open.trim()}\n${items.map((item) => `${pad}  ${item},`).join('\n')}\n${pad}${close.trim()}`;
}

export function resolve(document: OpenApiDocument, node: unknown): Node {
  let current = node as Node;
  for (let hops = 0; typeof current?.$ref === 'string' && hops < 32; hops++) {
    const ref = current.$ref as string;
    const { $ref: _, ...overrides } = current;
    let target: unknown = document;
    for (const key of ref.slice(2).split('/'))
      target = (target as Node | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')];
    current = { ...(target as Node), ...overrides };
  }
  return current ?? {};
}
