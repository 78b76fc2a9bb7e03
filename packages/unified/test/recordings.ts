import { loadRecordings, type Recording } from '@ispkit/mock';
import type { Exchange } from '../src/mapping.js';

/** A vendor's successful recordings: what the mappings read. */
export function successfulRecordings(vendor: string): Recording[] {
  return loadRecordings(vendor).filter((r) => !r.knownDocsError && r.response.status >= 200 && r.response.status < 300);
}

export function exchangeOf(recording: Recording): Exchange {
  return { request: recording.request.options ?? {}, response: recording.response.body };
}
