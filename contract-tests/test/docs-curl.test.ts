import { basePath } from '@ispkit/mock';
import { describe, expect, inject, it } from 'vitest';
import { loadVendor } from '../src/context.js';
import { parseCurl } from '../src/curl.js';
import { requestViolations } from '../src/http.js';
import { selectedNames } from '../src/selection.js';

// The vendor's documentation is a client we did not write: its curl lines, replayed as
// printed (header syntax corrected), must be accepted by the spec. Some vendors' docs print
// request URLs but no curl line (ZalUltra, Suricata): they have nothing to replay here.
const withCurls = selectedNames.filter((name) => loadVendor(name).recordings.some((r) => r.request.docsCurl));
if (withCurls.length === 0) it.skip('no selected vendor prints curl commands', () => {});

describe.each(withCurls)('%s documentation curls', (name) => {
  const vendor = loadVendor(name);
  const mockRoot = inject('mocks')[name] as string;
  const prefix = basePath(vendor.spec);
  const withCurl = vendor.recordings.filter((r) => r.request.docsCurl);

  it.each(withCurl.map((r) => [r.name, r] as const))('%s', async (_, recording) => {
    const curl = parseCurl(recording.request.docsCurl!);
    expect(curl.method).toBe(recording.request.method.toUpperCase());

    // The docs print placeholders (`{user dni}`); fill them with the recording's values, in order.
    const values = [...recording.request.path.matchAll(/\{([^}]+)\}/g)].map((m) =>
      String(recording.request.options?.path?.[m[1]!]),
    );
    let index = 0;
    const filled = curl.url.replace(/\{[^}]+\}/g, () => encodeURIComponent(values[index++] ?? ''));
    const documented = new URL(filled);
    expect(documented.pathname.startsWith(`${prefix}/`)).toBe(true);
    const url = mockRoot + documented.pathname.slice(prefix.length) + documented.search;

    const headers = new Headers(curl.headers);
    let sent: string | FormData | undefined;
    if (curl.data.length) {
      headers.set('Content-Type', 'application/x-www-form-urlencoded');
      sent = curl.data.join('&');
    } else if (curl.form.length) {
      // fetch writes the multipart Content-Type with its boundary; a file the docs only name is sent empty.
      headers.delete('Content-Type');
      sent = new FormData();
      for (const part of curl.form) {
        if ('file' in part)
          sent.append(
            part.name,
            new File([], part.file.split('/').pop() || 'file', { type: part.type ?? 'application/octet-stream' }),
          );
        else sent.append(part.name, part.value);
      }
    }
    const response = await fetch(url, { method: curl.method, headers, ...(sent !== undefined && { body: sent }) });
    const findings = await requestViolations(response.clone());
    const body = await response.json();

    const operation = vendor.operations.find((o) => o.operationId === recording.operationId)!;
    const requestBody = operation.operation.requestBody as { required?: boolean } | undefined;
    if (requestBody?.required && sent === undefined) {
      // A documented defect: the curl omits the body its own parameter table requires.
      expect(response.status).toBe(422);
      expect(findings.map((v) => v.location[0])).toContain('request');
    } else {
      expect(findings).toEqual([]);
      expect(response.status).toBe(recording.response.status);
      expect(body).toEqual(recording.response.body);
    }
  });
});
