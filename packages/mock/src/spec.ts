import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { specFile } from './files.js';
import type { OpenApiDocument } from './openapi.js';

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
