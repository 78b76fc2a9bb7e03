import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { specFile } from './files.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** The parts of an OpenAPI 3.1 document that the tooling reads; the rest passes through. */
export interface OpenApiDocument {
  openapi: string;
  servers?: { url: string; variables?: Record<string, { default: string }> }[];
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

export interface OperationEntry {
  operationId: string;
  method: string;
  path: string;
  operation: Record<string, unknown>;
}

export function loadSpec(vendor: string): OpenApiDocument {
  return parse(readFileSync(specFile(vendor), 'utf8')) as OpenApiDocument;
}

/** The path every operation of the first server lives under, e.g. `/api/SmartIPS-v1`. */
export function basePath(spec: OpenApiDocument): string {
  const server = spec.servers?.[0];
  if (!server) return '';
  const url = server.url.replace(/\{([^}]+)\}/g, (_, name: string) => server.variables?.[name]?.default ?? name);
  return new URL(url, 'http://placeholder').pathname.replace(/\/+$/, '');
}

export function listOperations(spec: OpenApiDocument): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as Record<string, unknown> | undefined;
      if (operation) entries.push({ operationId: String(operation.operationId), method, path, operation });
    }
  }
  return entries;
}
