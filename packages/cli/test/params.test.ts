import { describe, expect, it } from 'vitest';
import { parseParamFlag, resolveCall } from '../src/params.js';
import { selectOperations } from '../src/session.js';
import { loadVendorContext, type OperationInfo } from '../src/vendor-context.js';

const smartisp = loadVendorContext('smartisp');
const op = (id: string) => smartisp.operations.find((o) => o.operationId === id)!;
const noConfig = { params: {}, operations: {} };

describe('the operations a run calls', () => {
  it('are the read-only ones: GET and safe to repeat, never a write or a GET that creates something', () => {
    expect(selectOperations(smartisp, [], []).map((o) => o.operationId)).toEqual([
      'getPlans',
      'getRouters',
      'getUser',
      'getInvoiceWithClient',
      'getUnpaidInvoices',
      'getPaidInvoices',
      'listClients',
      'listTickets',
      'getTicketsMeta',
      'getTicket',
    ]);
    const suricata = loadVendorContext('suricata-wispro');
    // getPaymentLinks and createPaymentPromise are GETs marked x-ispkit-idempotent: false.
    expect(selectOperations(suricata, [], []).map((o) => o.operationId)).toEqual(['getUserData', 'getInvoices']);
    expect(selectOperations(suricata, ['getPaymentLinks'], []).map((o) => o.operationId)).toContain('getPaymentLinks');
  });
});

describe('resolveCall', () => {
  it('starts from the recording, then the config, then --param NAME, then --param OP.NAME', () => {
    expect(resolveCall(op('getUser'), noConfig, []).options).toEqual({ path: { dni: '0000101' } });
    const config = { params: { dni: 'from-params' }, operations: { getUser: { path: { dni: 'from-operations' } } } };
    expect(resolveCall(op('getUser'), config, []).options.path).toEqual({ dni: 'from-operations' });
    const flags = [parseParamFlag('getUser.dni=from-op-flag'), parseParamFlag('dni=from-flag')];
    expect(resolveCall(op('getUser'), config, flags).options.path).toEqual({ dni: 'from-op-flag' });
    expect(resolveCall(op('getUser'), config, flags.slice(1)).options.path).toEqual({ dni: 'from-flag' });
  });

  it('gives a number where the schema asks for one, and keeps strings that are strings in the spec', () => {
    expect(resolveCall(op('listClients'), noConfig, [parseParamFlag('per_page=50')]).options.query).toMatchObject({
      per_page: 50,
    });
    expect(resolveCall(op('getUser'), noConfig, [parseParamFlag('dni=0102030405')]).options.path).toEqual({ dni: '0102030405' });
  });

  it('names the required parameters nobody gave', () => {
    const bare: OperationInfo = { ...op('getTicket'), recording: undefined };
    expect(resolveCall(bare, noConfig, []).missing).toEqual(['id']);
    expect(resolveCall(bare, noConfig, [parseParamFlag('id=2491')])).toEqual({ options: { path: { id: 2491 } }, missing: [] });
  });

  it('sends a value with "=" and dots in it whole', () => {
    expect(parseParamFlag('search=a=b.c')).toEqual({ name: 'search', value: 'a=b.c' });
    expect(parseParamFlag('listClients.search=x')).toEqual({ operationId: 'listClients', name: 'search', value: 'x' });
  });
});
