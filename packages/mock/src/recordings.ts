import { readdirSync, readFileSync } from 'node:fs';
import { recordingsDir } from './files.js';

/** A recorded exchange with a vendor API, and where it came from. */
export interface Recording {
  operationId: string;
  provenance: {
    source: 'docs' | 'live';
    url?: string;
    section?: string;
    captured: string;
    sanitized?: string[];
    repairs?: string[];
    notes?: string;
  };
  request: {
    method: string;
    /** The spec's path template. */
    path: string;
    /** The options the generated client is called with: `{ path, query, body }`. */
    options?: { path?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };
    /** The vendor documentation's own curl command for this call, verbatim but for the key. */
    docsCurl?: string;
  };
  response: { status: number; contentType: string; body: unknown };
  /** The file name without `.json`, e.g. `getPlans.200`. */
  name: string;
}

export function loadRecordings(vendor: string): Recording[] {
  const dir = recordingsDir(vendor);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const recording = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Omit<Recording, 'name'>;
      return { ...recording, name: file.slice(0, -'.json'.length) };
    });
}
