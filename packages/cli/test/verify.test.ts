import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vendors } from '@ispkit/mock';
import { afterEach, describe, expect, it } from 'vitest';
import { loadVendorContext } from '../src/vendor-context.js';
import { alterBy, smartispDrifts } from './drifts.js';
import { type FakeVendor, startFakeVendor } from './fake-vendor.js';
import { ispkit, runCli } from './run-cli.js';

const KEY = 'verify-test-key-0123456789';
const servers: FakeVendor[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function fake(vendor: string, alter?: Parameters<typeof startFakeVendor>[0]['alter']) {
  const server = await startFakeVendor({ vendor, key: KEY, ...(alter && { alter }) });
  servers.push(server);
  return server;
}

interface JsonReport {
  summary: Record<string, number>;
  operations: { operationId: string; result: string; issues: { where: string; expected: string; got: string }[] }[];
}

describe('ispkit verify', () => {
  it.each(vendors.map((v) => v.name))(
    'passes %s on a faithful server and calls only its read-only operations',
    async (vendor) => {
      const server = await fake(vendor);
      const run = await ispkit(['verify', vendor, '--base-url', server.baseUrl, '--json', '--key', KEY]);
      expect(run.stderr).not.toMatch(/ispkit:/);
      const report = JSON.parse(run.stdout) as JsonReport;
      const readOnly = loadVendorContext(vendor)
        .operations.filter((o) => o.readOnly)
        .map((o) => o.operationId);
      expect(report.operations.map((o) => [o.operationId, o.result, o.issues])).toEqual(readOnly.map((id) => [id, 'ok', []]));
      expect(server.calls).toEqual(readOnly);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(`[${readOnly.length}/${readOnly.length}] ${readOnly.at(-1)}`);
    },
  );

  it('reports exactly the planted drifts of a drifted server, and exits 1', async () => {
    const server = await fake('smartisp', alterBy(smartispDrifts));
    const run = await ispkit(['verify', 'smartisp', '--base-url', server.baseUrl, '--json'], { ISPKIT_SMARTISP_KEY: KEY });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    const found = Object.fromEntries(
      report.operations.filter((o) => o.issues.length > 0).map((o) => [o.operationId, o.issues.map((i) => i.where).sort()]),
    );
    expect(found).toEqual(Object.fromEntries(smartispDrifts.map((d) => [d.operationId, [...d.expected].sort()])));
    for (const o of report.operations) expect(o.result).toBe(o.operationId in found ? 'drift' : 'ok');
    expect(report.summary).toEqual({
      ok: report.operations.length - smartispDrifts.length,
      drift: smartispDrifts.length,
      error: 0,
      skipped: 0,
    });

    const issue = (op: string, where: string) =>
      report.operations.find((o) => o.operationId === op)?.issues.find((i) => i.where === where);
    expect(issue('getRouters', '/routers/0/port')).toEqual({ where: '/routers/0/port', expected: 'integer', got: '"8738"' });
    expect(issue('getPlans', '/plans/0/name')).toMatchObject({ expected: 'present (required)', got: 'missing' });
    expect(issue('getUser', '/user/loyalty_points')).toMatchObject({ expected: 'absent (undeclared)', got: '120' });
    expect(issue('getInvoiceWithClient', 'content-type')).toMatchObject({
      expected: 'application/json',
      got: 'text/html; charset=UTF-8',
    });
    expect(issue('getInvoiceWithClient', 'body')?.got).toMatch(/^"<!DOCTYPE html>/);
  });

  it('prints the drifts as a table, with progress as N/M operations (the built command)', async () => {
    const server = await fake('smartisp', alterBy(smartispDrifts));
    const run = await runCli(['verify', 'smartisp', '--base-url', server.baseUrl, '--key', KEY]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^OPERATION +HTTP +RESULT +WHERE +EXPECTED +GOT$/m);
    expect(run.stdout).toMatch(/^getRouters +200 +drift +\/routers\/0\/port +integer +"8738"$/m);
    expect(run.stdout).toMatch(/^ +\/plans\/0\/plan_name +absent \(undeclared\) +"/m);
    expect(run.stdout).toMatch(/^listClients +200 +ok$/m);
    expect(run.stdout).toMatch(/^smartisp: 10 operations: 5 ok, 5 drift, 0 error, 0 skipped$/m);
    expect(run.stderr.match(/^\[\d+\/10\] \w+/gm)).toHaveLength(10);
    expect(run.stdout + run.stderr).not.toContain(KEY);
  });

  it('calls an operation that writes only when it is named with --allow-write', async () => {
    const server = await fake('smartisp');
    const run = await ispkit([
      'verify',
      'smartisp',
      '--base-url',
      server.baseUrl,
      '--key',
      KEY,
      '--only',
      'getPlans',
      '--only',
      'createTicket',
      '--allow-write',
      'createTicket',
    ]);
    expect(run.code).toBe(0);
    expect(server.calls).toEqual(['getPlans', 'createTicket']);

    const refused = await ispkit(['verify', 'smartisp', '--base-url', server.baseUrl, '--key', KEY, '--only', 'createTicket']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^ispkit: createTicket writes \(POST \/tickets\): name it with --allow-write createTicket/);
    expect(server.calls).toEqual(['getPlans', 'createTicket']);
  });

  it('takes parameters from a config file and flags, over the recorded ones', async () => {
    const server = await fake('smartisp');
    const dir = mkdtempSync(join(tmpdir(), 'ispkit-config-'));
    writeFileSync(join(dir, 'params.yaml'), 'params:\n  dni: "0102030405"\noperations:\n  getTicket: { path: { id: 77 } }\n');
    const run = await ispkit([
      ...['verify', 'smartisp', '--base-url', server.baseUrl, '--key', KEY, '--config', join(dir, 'params.yaml')],
      ...['--param', 'userId=5', '--param', 'getPaidInvoices.userId=6', '--only', 'getUser', '--only', 'getTicket'],
      ...['--only', 'getUnpaidInvoices', '--only', 'getPaidInvoices', '--only', 'listClients'],
    ]);
    expect(run.code).toBe(0);
    expect(server.requests).toEqual([
      '/get-user/0102030405',
      '/InvoiceClientStatus3/5',
      '/InvoiceClientStatus1/6',
      '/clients?status=ac&per_page=25&page=1',
      '/tickets/77',
    ]);
  });

  it('reports an operation that does not answer in time, or answers with the failure envelope, as an error and goes on', async () => {
    const server = await startFakeVendor({
      vendor: 'smartisp',
      key: KEY,
      stall: ['getRouters'],
      alter: (operationId) =>
        operationId === 'getUser'
          ? { status: 200, contentType: 'application/json', body: '{"success":false,"message":"Cliente no encontrado"}' }
          : undefined,
    });
    servers.push(server);
    const run = await ispkit(['verify', 'smartisp', '--base-url', server.baseUrl, '--key', KEY, '--timeout', '0.5', '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport & { operations: { note?: string }[] };
    const row = (id: string) => report.operations.find((o) => o.operationId === id);
    expect(row('getRouters')).toMatchObject({ result: 'error', note: 'no answer within 0.5 s' });
    expect(row('getUser')).toMatchObject({ result: 'error', note: 'the vendor answered a failure: "Cliente no encontrado"' });
    expect(report.summary).toEqual({ ok: 8, drift: 0, error: 2, skipped: 0 });
  });
});
