import { describe, expect, inject, it } from 'vitest';
import { loadVendor } from '../src/context.js';
import { rawRequest, requestViolations } from '../src/http.js';
import { selectedNames } from '../src/selection.js';

// Each type the vendor's documentation gets wrong, checked both ways: what the server really takes
// or sends passes, the documentation's or a client's mistake does not.
const forVendor = (name: string) => (selectedNames.includes(name as never) ? describe : describe.skip);

async function sent(name: string, operationId: string, body: unknown): Promise<string[]> {
  const vendor = loadVendor(name);
  const recording = vendor.recordings.find((r) => r.operationId === operationId && r.response.status < 300)!;
  const { url, init } = rawRequest(vendor.spec, inject('mocks')[name] as string, recording, { body });
  const response = await fetch(url, init);
  return (await requestViolations(response)).map((v) => `${v.location.join('.')}: ${v.message}`);
}

forVendor('smartisp')('smartisp types', () => {
  const vendor = loadVendor('smartisp');
  const recording = (id: string) => vendor.recordings.find((r) => r.operationId === id)!;

  it('echoes createClient dni as it was sent: a string with its leading zeros, or the documented number', () => {
    const body = recording('createClient').response.body as { client: Record<string, unknown> };
    const check = (dni: unknown) =>
      vendor.checkResponse('/create-client', 'post', 200, 'application/json', { ...body, client: { ...body.client, dni } });
    expect(check('0102030405')).toEqual([]);
    expect(check(1234567)).toEqual([]);
    expect(check(null)).not.toEqual([]);
  });

  it('sends createService.send_invoice as 1 or 0, never as the form text true/false', async () => {
    const base = recording('createService').request.options!.body as Record<string, unknown>;
    expect(await sent('smartisp', 'createService', { ...base, send_invoice: 1 })).toEqual([]);
    expect(await sent('smartisp', 'createService', { ...base, send_invoice: 0 })).toEqual([]);
    expect(await sent('smartisp', 'createService', { ...base, send_invoice: true })).not.toEqual([]);
  });

  it('reports any item of getUser.invoices.invoices_sunat as drift', () => {
    const body = recording('getUser').response.body as { invoices: Record<string, unknown> };
    const check = (items: unknown[]) =>
      vendor.checkResponse('/get-user/{dni}', 'get', 200, 'application/json', {
        ...body,
        invoices: { ...body.invoices, invoices_sunat: items },
      });
    expect(check([])).toEqual([]);
    expect(check([{}])).not.toEqual([]);
  });
});

forVendor('pmp')('pmp types', () => {
  const vendor = loadVendor('pmp');

  it('takes updateCustomer.groups_in as numbers and digit strings alike', async () => {
    const base = vendor.recordings.find((r) => r.name === 'updateCustomer.200')!.request.options!.body as object;
    expect(await sent('pmp', 'updateCustomer', { ...base, groups_in: [1, '2'] })).toEqual([]);
    expect(await sent('pmp', 'updateCustomer', { ...base, groups_in: ['one'] })).not.toEqual([]);
  });

  it('accepts a whole stock tblleads row with its attachments, and nothing undeclared', () => {
    const documented = vendor.recordings.find((r) => r.name === 'getLead.200')!.response.body as Record<string, unknown>;
    // Every column stock Perfex adds after `source` (install schema), as PHP sends it, and what Leads_model::get adds.
    const row = {
      ...documented,
      lastcontact: null,
      dateassigned: '2019-07-18',
      last_status_change: null,
      addedfrom: '1',
      email: 'lead@example.com',
      website: '',
      leadorder: '1',
      phonenumber: '123456789',
      date_converted: null,
      lost: '0',
      junk: '0',
      last_lead_status: '0',
      is_imported_from_email_integration: '0',
      email_integration_uid: null,
      is_public: '0',
      default_language: '',
      client_id: '0',
      lead_value: '150.00',
      vat: null,
    };
    const detail = {
      ...row,
      status_name: 'Customer',
      source_name: 'Google',
      statusorder: '1000',
      color: '#7cb342',
      isdefault: '1',
      public_url: 'https://pmp.example.com/forms/l/0123456789abcdef0123456789abcdef-fedcba9876543210fedcba9876543210',
      attachments: [
        {
          id: '9',
          rel_id: '17',
          rel_type: 'lead',
          file_name: 'brief.pdf',
          filetype: 'application/pdf',
          dateadded: '2019-07-18 09:00:00',
        },
      ],
    };
    expect(vendor.checkResponse('/leads/{id}', 'get', 200, 'application/json', detail)).toEqual([]);
    expect(vendor.checkResponse('/leads/search/{keysearch}', 'get', 200, 'application/json', [row])).toEqual([]);
    expect(vendor.checkResponse('/leads/{id}', 'get', 200, 'application/json', { ...detail, not_a_column: '1' })).not.toEqual([]);
  });
});
