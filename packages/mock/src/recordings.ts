import { readdirSync, readFileSync } from 'node:fs';
import { recordingsDir } from './files.js';
import { assertRecordingClean } from './scan.js';

/** A recorded exchange with a vendor API, and where it came from. */
export interface Recording {
  operationId: string;
  /**
   * Set when the body is a documentation example that the server never sends (e.g. an example
   * copied from another endpoint): what is wrong with it. Such a recording (`<operationId>.<status>.docs-error`)
   * is kept to pin the discrepancy: it must fail the spec, the mock never serves it.
   */
  knownDocsError?: string;
  provenance: {
    /**
     * Where the body comes from: the vendor's documentation, a live capture, or `inferred` when the
     * vendor never showed one (built from the spec's inferred schema; `notes` must cite the evidence).
     */
    source: 'docs' | 'live' | 'inferred';
    url?: string;
    section?: string;
    captured: string;
    sanitized?: string[];
    /** Sanitizing rules removed for this recording (`ispkit record --disable-rule`): the scan skips them too. */
    rulesDisabled?: string[];
    repairs?: string[];
    /** What was added to a truncated or missing docs example, each with its evidence. */
    completions?: string[];
    notes?: string;
  };
  request: {
    method: string;
    /** The spec's path template. */
    path: string;
    /**
     * The options the generated client is called with: `{ path, query, body }`. JSON cannot hold a
     * file, so a body value `{ "$file": { name, type, content } }` stands for one (a multipart file part).
     */
    options?: { path?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };
    /** The vendor documentation's own curl command for this call, verbatim but for the key. */
    docsCurl?: string;
  };
  response: { status: number; contentType: string; body: unknown };
  /** The file name without `.json`, e.g. `getPlans.200`. */
  name: string;
}

/** A vendor's recordings; each must pass the scan for personal data and secrets, or a RecordingScanError says where. */
export function loadRecordings(vendor: string, dir = recordingsDir(vendor)): Recording[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const recording = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Omit<Recording, 'name'>;
      assertRecordingClean(`${dir}/${file}`, recording);
      return { ...recording, name: file.slice(0, -'.json'.length) };
    });
}
