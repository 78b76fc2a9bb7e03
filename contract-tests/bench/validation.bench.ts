import { buildMeta } from '@ispkit/codegen';
import { loadRecordings, loadSpec } from '@ispkit/mock';
import { validate } from '@ispkit/runtime';
import { createSmartIspClient, type ValidationMode } from '@ispkit/smartisp';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { FaultServer, json } from '../src/fault-server.js';

// The cost of drift detection, to choose its default: the check alone on SmartISP's largest
// documented bodies, then whole calls over loopback with validation off, warn and strict.
const meta = buildMeta(loadSpec('smartisp'));
const recordings = loadRecordings('smartisp');
const body = (id: string) => recordings.find((r) => r.operationId === id)!.response.body;
const largest = ['getPaidInvoices', 'getUser', 'getPlans'];

describe('drift check alone', () => {
  for (const id of largest) {
    const schema = meta.operations[id]!.responses['200']!;
    const value = body(id);
    bench(`${id} (${JSON.stringify(value).length} bytes)`, () => {
      if (validate(schema, value, meta.schemas).length) throw new Error(`${id}: the recording drifted`);
    });
  }
});

let server: FaultServer;
beforeAll(async () => {
  server = await FaultServer.start();
  server.answer((req, res) =>
    json(res, 200, req.url!.startsWith('/InvoiceClientStatus1') ? body('getPaidInvoices') : body('getUser')),
  );
});
afterAll(() => server?.close());

const calls = {
  getPaidInvoices: (c: ReturnType<typeof createSmartIspClient>) => c.getPaidInvoices({ path: { userId: 1 } }),
  getUser: (c: ReturnType<typeof createSmartIspClient>) => c.getUser({ path: { dni: '0000101' } }),
};
for (const [id, call] of Object.entries(calls)) {
  describe(`${id}, whole call over loopback`, () => {
    for (const validation of ['off', 'warn', 'strict'] as ValidationMode[]) {
      const client = () => createSmartIspClient({ baseUrl: server.url, apiKey: 'bench-key', validation });
      bench(`validation ${validation}`, () => call(client()).then(() => undefined), { time: 1_500 });
    }
  });
}
