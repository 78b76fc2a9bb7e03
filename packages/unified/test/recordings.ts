import { loadRecordings, type Recording } from '@ispkit/mock';
import type { Exchange } from '../src/mapping.js';

const loaded = new Map<string, Recording[]>();

/**
 * A vendor's successful recordings: what the mappings read. Loaded once per vendor (loading scans every
 * recording for personal data, which is most of these tests' time); each call gets its own copy.
 */
export function successfulRecordings(vendor: string): Recording[] {
  let recordings = loaded.get(vendor);
  if (!recordings) {
    recordings = loadRecordings(vendor).filter((r) => !r.knownDocsError && r.response.status >= 200 && r.response.status < 300);
    loaded.set(vendor, recordings);
  }
  return structuredClone(recordings);
}

export function exchangeOf(recording: Recording): Exchange {
  return { request: recording.request.options ?? {}, response: recording.response.body };
}
