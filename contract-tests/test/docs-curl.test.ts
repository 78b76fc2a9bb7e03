import { basePath } from '@ispkit/mock';
import { describe, expect, inject, it } from 'vitest';
import { loadVendor } from '../src/context.js';
import { parseCurl } from '../src/curl.js';
import { violations } from '../src/http.js';
import { selectedNames } from '../src/selection.js';

// The vendor's documentation is a client we did not write: its curl lines, replayed as
// printed (header syntax corrected), must be accepted by the spec.
describe.each(selectedNames)('%s documentation curls', (name) => {
  const vendor = loadVendor(name);
  const mockRoot = inject('mocks')[name] as string;
  const prefix = basePath(vendor.spec);
  const withCurl = vendor.recordings.filter((r) => r.request.docsCurl);

  it.each(withCurl.map((r) => [r.name, r] as const))('%s', async (_, recording) => {
    const curl = parseCurl(recording.request.docsCurl!);
    expect(curl.method).toBe(recording.request.method.toUpperCase());

    // The docs print placeholders (`{user dni}`); fill them with the recording's values, in order.
    const values = [...recording.request.path.matchAll(/\{([^}]+)\}/g)].map((m) => String(recording.request.options?.path?.[m[1]!]));
    let index = 0;
    const filled = curl.url.replace(/\{[^}]+\}/g, () => encodeURIComponent(values[index++] ?? ''));
    const documented = new URL(filled);
    expect(documented.pathname.startsWith(`${prefix}/`)).toBe(true);
    const url = mockRoot + documented.pathname.slice(prefix.length) + documented.search;

    const headers = new Headers(curl.headers);
    if (curl.data.length) headers.set('Content-Type', 'application/x-www-form-urlencoded');
    const response = await fetch(url, { method: curl.method, headers, ...(curl.data.length && { body: curl.data.join('&') }) });
    const body = await response.json();

    const operation = vendor.operations.find((o) => o.operationId === recording.operationId)!;
    const requestBody = operation.operation.requestBody as { required?: boolean } | undefined;
    if (requestBody?.required && curl.data.length === 0) {
      // A documented defect: the curl omits the body its own parameter table requires.
      expect(response.status).toBe(422);
      expect(violations(response).map((v) => v.location[0])).toContain('request');
    } else {
      expect(violations(response)).toEqual([]);
      expect(response.status).toBe(recording.response.status);
      expect(body).toEqual(recording.response.body);
    }
  });
});
