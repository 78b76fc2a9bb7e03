import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigurationError, HttpError, IspkitError } from '@ispkit/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAPABILITIES } from '../src/capabilities.js';
import { createUnifiedClient, type UnifiedClientOptions } from '../src/client.js';
import { NotSupportedError } from '../src/errors.js';
import type { VendorName } from '../src/model.js';
import { vendorDefinitions } from '../src/vendors/index.js';
import { optionsFor } from './clients.js';

// Nothing listens here: a capability that sent a request would fail with a NetworkError instead.
const NOWHERE = 'http://127.0.0.1:9';

describe('a vendor chosen at run time', () => {
  const vendors = Object.keys(vendorDefinitions) as VendorName[];

  it.each(vendors)('%s answers supports() from its definition and rejects the rest with NotSupportedError', async (vendor) => {
    const client = createUnifiedClient(optionsFor(vendor, NOWHERE));
    const offered = Object.keys(vendorDefinitions[vendor].capabilities);
    expect(CAPABILITIES.filter((c) => client.supports(c))).toEqual(CAPABILITIES.filter((c) => offered.includes(c)));
    for (const capability of CAPABILITIES.filter((c) => !client.supports(c))) {
      const error = await (client[capability] as (input: unknown) => Promise<unknown>)({}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotSupportedError);
      expect(error).toBeInstanceOf(IspkitError);
      expect((error as NotSupportedError).capability).toBe(capability);
    }
  });

  it('every vendor supports something, and no capability is supported by none', () => {
    for (const vendor of vendors) expect(Object.keys(vendorDefinitions[vendor].capabilities).length).toBeGreaterThan(0);
    for (const capability of CAPABILITIES) {
      expect(
        vendors.some((v) => Object.hasOwn(vendorDefinitions[v].capabilities, capability)),
        capability,
      ).toBe(true);
    }
  });

  it('rejects a lookup the vendor does not offer before sending anything', async () => {
    const client = createUnifiedClient(optionsFor('smartisp', NOWHERE));
    await expect(client.findSubscriber({ id: '1' })).rejects.toThrow(new NotSupportedError('smartisp', 'findSubscriber by id'));
  });

  it('rejects a ticket status the vendor lacks', async () => {
    const client = createUnifiedClient(optionsFor('smartisp', NOWHERE));
    await expect(client.setTicketStatus({ ticketId: '1', status: 'closed' })).rejects.toBeInstanceOf(NotSupportedError);
  });
});

describe('bad input', () => {
  it('an unknown vendor is a ConfigurationError naming the known ones', () => {
    expect(() => createUnifiedClient({ vendor: 'wisphub' } as unknown as UnifiedClientOptions)).toThrow(
      /vendor must be one of smartisp, zalultra, suricata-wispro, pmp; got "wisphub"/,
    );
    expect(() => createUnifiedClient(undefined as unknown as UnifiedClientOptions)).toThrow(ConfigurationError);
  });

  it('the vendor client checks its own options', () => {
    expect(() => createUnifiedClient({ vendor: 'pmp', baseUrl: NOWHERE } as unknown as UnifiedClientOptions)).toThrow(
      ConfigurationError,
    );
  });

  it.each([
    ['a non-numeric id', (c: ReturnType<typeof smartisp>) => c.getTicket('12a')],
    [
      'a negative amount',
      (c: ReturnType<typeof smartisp>) =>
        c.registerPayment({ invoice: { id: '1' }, amount: '-5', paidAt: '2026-11-29', reference: 'r' }),
    ],
    [
      'a float amount with three decimals',
      (c: ReturnType<typeof smartisp>) =>
        c.registerPayment({ invoice: { id: '1' }, amount: 1.005, paidAt: '2026-11-29', reference: 'r' }),
    ],
    [
      'a date in another format',
      (c: ReturnType<typeof smartisp>) =>
        c.registerPayment({ invoice: { id: '1' }, amount: '5', paidAt: '29/11/2026', reference: 'r' }),
    ],
    ['an empty reply', (c: ReturnType<typeof smartisp>) => c.replyTicket({ ticketId: '1', message: '' })],
  ])('%s is a ConfigurationError before any request', async (_, call) => {
    await expect(call(smartisp())).rejects.toBeInstanceOf(ConfigurationError);
  });

  it('PMP needs a department to open a ticket', async () => {
    const client = createUnifiedClient({ vendor: 'pmp', baseUrl: NOWHERE, token: 'pmp-test-token' });
    await expect(client.openTicket({ subject: 's', message: 'm' })).rejects.toThrow(/ticketDepartment/);
  });
});

function smartisp() {
  return createUnifiedClient({ vendor: 'smartisp', baseUrl: NOWHERE, apiKey: 'smartisp-test-key', maxRetries: 0 });
}

describe('a lookup that finds nothing', () => {
  let server: Server;
  let answer = { status: 404, body: {} as unknown };
  let url = '';
  beforeAll(async () => {
    server = createServer((_, response) => {
      response.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer.body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('is an empty list when PMP says it has no data', async () => {
    answer = { status: 404, body: { status: false, message: 'No data were found' } };
    const client = createUnifiedClient(optionsFor('pmp', url));
    await expect(client.findSubscriber({ id: '999' })).resolves.toEqual([]);
    await expect(client.findSubscriber({ document: '20123456' })).resolves.toEqual([]);
  });

  it('but PMP refusing the token is still an HttpError', async () => {
    answer = { status: 404, body: { status: false, message: 'Token is not defined.' } };
    const client = createUnifiedClient(optionsFor('pmp', url));
    await expect(client.findSubscriber({ id: '999' })).rejects.toBeInstanceOf(HttpError);
  });
});
