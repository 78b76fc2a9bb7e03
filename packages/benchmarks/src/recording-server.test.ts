import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { loadRecordings } from '@ispkit/mock';
import { listenRecordings } from './recording-server.js';

const recordings = loadRecordings('smartisp');
const body = (id: string) => recordings.find((r) => r.operationId === id && r.response.status === 200)!.response.body;
let server: Awaited<ReturnType<typeof listenRecordings>>;
before(async () => {
  server = await listenRecordings('smartisp');
});
after(() => server.close());

test('answers each operation with its recording, path parameters and query included', async () => {
  strictEqual(new URL(server.baseUrl).pathname, '/api/SmartIPS-v1');
  deepStrictEqual(await (await fetch(`${server.baseUrl}/get-user/0000101`)).json(), body('getUser'));
  deepStrictEqual(await (await fetch(`${server.baseUrl}/clients?status=ac&page=1`)).json(), body('listClients'));
  const payment = await fetch(`${server.baseUrl}/pagar_factura`, { method: 'POST', body: 'amount=1' });
  deepStrictEqual(await payment.json(), body('payInvoice'));
});

test('answers 404 to a wrong method, an extra segment or a path outside the API', async () => {
  strictEqual((await fetch(`${server.baseUrl}/plans`, { method: 'DELETE' })).status, 404);
  strictEqual((await fetch(`${server.baseUrl}/get-user/1/extra`)).status, 404);
  strictEqual((await fetch(new URL('/plans', server.baseUrl))).status, 404);
});
