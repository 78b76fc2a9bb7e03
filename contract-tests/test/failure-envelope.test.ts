import { buildMeta } from '@ispkit/mock';
import { VendorFailureError } from '@ispkit/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadVendor } from '../src/context.js';
import { FaultServer, json } from '../src/fault-server.js';
import { selectedNames } from '../src/selection.js';
import { clients } from '../src/vendors.js';

// Vendors that answer "refused" inside a 2xx (`x-ispkit-failure` in their spec): every client
// must turn that envelope into a VendorFailureError, on every operation, rather than return it as data.
const withEnvelope = selectedNames.filter((name) => buildMeta(loadVendor(name).spec).failure);
if (withEnvelope.length === 0) it.skip('no selected vendor declares a failure envelope', () => {});

let server: FaultServer;
beforeAll(async () => {
  server = await FaultServer.start();
});
afterAll(() => server.close());

describe.each(withEnvelope)('%s failure envelope', (name) => {
  const vendor = loadVendor(name);
  const failure = buildMeta(vendor.spec).failure!;
  const successes = vendor.recordings.filter((r) => r.response.status < 300 && !r.knownDocsError);

  it.each(successes.map((r) => [r.operationId, r] as const))('%s rejects with the vendor message', async (_, recording) => {
    server.answer((__, res) =>
      json(res, recording.response.status, { [failure.property]: failure.value, [failure.message[0]!]: 'refused by the vendor' }),
    );
    const error = await clients[name](server.url, fetch)[recording.operationId]!(recording.request.options).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(VendorFailureError);
    expect((error as VendorFailureError).vendorMessage).toBe('refused by the vendor');
    expect(server.requests).toHaveLength(1);
  });
});
