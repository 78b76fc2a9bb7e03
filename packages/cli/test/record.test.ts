import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMockDocument, compact, loadSpec, type Recording, StrictSchemas } from '@ispkit/mock';
import { validate } from '@ispkit/runtime';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeVendor, startFakeVendor } from './fake-vendor.js';
import { ispkit } from './run-cli.js';

const KEY = 'record-test-key-Zq81mW4xT0';

/** Real-looking credentials and personal data, planted in the faithful server's answers. */
const planted = {
  name: 'Rosa Elena Quishpe Andrade',
  email: 'rosa.quishpe@andinanet.ec',
  phone: '0987654321',
  dni: '1712345678',
  address: 'Av. Amazonas N34-451 y Atahualpa',
  routerLogin: 'admin_quito',
  routerPassword: 'Sup3r-Secret-Router-Pw',
  coordinates: '-0.180653,-78.467834',
  otherEmail: 'soporte.tecnico@andinanet.ec',
  pppoePassword: 'pppoe-Secreto-2024',
  mobile: '+593987650000',
};

// biome-ignore lint/suspicious/noExplicitAny: a test fixture reaching into known bodies
type Json = any;

const plantSmartisp = (operationId: string, body: Json) => {
  if (operationId === 'getUser') {
    Object.assign(body.user, {
      name: planted.name,
      email: planted.email,
      phone: planted.phone,
      dni: planted.dni,
      address: planted.address,
    });
  }
  if (operationId === 'getRouters') {
    Object.assign(body.routers[0], {
      login: planted.routerLogin,
      password: planted.routerPassword,
      coordinates: planted.coordinates,
    });
  }
  // The client's name where an id belongs, and the key echoed in free text: found by value, not by field.
  if (operationId === 'getInvoiceWithClient') body.BillCustomer.client_id = planted.name;
  if (operationId === 'listTickets') body.data[0].subject = `Cannot log in with ${KEY}, write to ${planted.otherEmail}`;
  return undefined;
};

const plantSuricata = (operationId: string, body: Json) => {
  if (operationId !== 'getUserData') return undefined;
  Object.assign(body, {
    name: planted.name,
    email: planted.email,
    phone_mobile: planted.mobile,
    national_identification_number: planted.dni,
  });
  Object.assign(body.contracts[0], { pppoe_password: planted.pppoePassword, latitude: '-38.554718', longitude: '-58.739442' });
  return undefined;
};

const servers: FakeVendor[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function readRecordings(dir: string): Recording[] {
  return readdirSync(dir)
    .sort()
    .map((file) => ({ ...JSON.parse(readFileSync(join(dir, file), 'utf8')), name: file.slice(0, -5) }));
}

// One StrictSchemas per vendor for the file: each builds from a parse of the YAML spec.
const strictSchemas = new Map<string, StrictSchemas>();

function strictIssues(vendor: string, recording: Recording): string[] {
  let schemas = strictSchemas.get(vendor);
  if (!schemas) {
    schemas = new StrictSchemas(loadSpec(vendor));
    strictSchemas.set(vendor, schemas);
  }
  const { path, method } = recording.request;
  const schema = schemas.response(path, method.toLowerCase(), recording.response.status, recording.response.contentType);
  if (!schema) return [`no schema for ${recording.name}`];
  return validate(compact(schema, recording.name), recording.response.body).map((i) => `${i.pointer} ${i.message}`);
}

describe.each([
  { vendor: 'smartisp', plant: plantSmartisp, params: ['--param', `dni=${planted.dni}`] },
  { vendor: 'suricata-wispro', plant: plantSuricata, params: ['--param', `q=${planted.dni}`] },
])('ispkit record $vendor', ({ vendor, plant, params }) => {
  it('writes sanitized recordings that hold none of the planted values and still match the spec', async () => {
    const server = await startFakeVendor({ vendor, key: KEY, alter: plant });
    servers.push(server);
    const out = mkdtempSync(join(tmpdir(), 'ispkit-record-'));
    const run = await ispkit(['record', vendor, '--base-url', server.baseUrl, '--out', out, ...params], {
      [`ISPKIT_${vendor.toUpperCase().replace('-', '_')}_KEY`]: KEY,
    });
    expect(run.stderr).not.toMatch(/^ispkit:/m);
    expect(run.code).toBe(0);

    const recordings = readRecordings(out);
    expect(recordings.map((r) => r.name)).toEqual([...new Set(server.calls)].map((id) => `${id}.200`).sort());
    const written = readdirSync(out)
      .map((file) => readFileSync(join(out, file), 'utf8'))
      .join('\n');
    for (const value of [KEY, ...Object.values(planted)]) {
      expect(written, value).not.toContain(value);
      expect(run.stdout + run.stderr, value).not.toContain(value);
    }
    // The mock takes them as examples: operation, path, status and content type agree with the spec.
    expect(() => buildMockDocument(loadSpec(vendor), recordings)).not.toThrow();
    for (const recording of recordings) {
      expect(strictIssues(vendor, recording), recording.name).toEqual([]);
      expect(recording.provenance).toMatchObject({ source: 'live', captured: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
      expect(recording.provenance.notes).toMatch(/host sha256:[0-9a-f]{12}/);
      expect(recording.provenance.notes).not.toContain('127.0.0.1');
      expect(recording.provenance.section).toContain(recording.operationId);
    }
  });
});

describe('ispkit record smartisp, the fakes', () => {
  it('replace the same real value by the same fake, of the same shape, in the request and in every answer', async () => {
    const server = await startFakeVendor({ vendor: 'smartisp', key: KEY, alter: plantSmartisp });
    servers.push(server);
    const out = mkdtempSync(join(tmpdir(), 'ispkit-record-'));
    const run = await ispkit(
      ['record', 'smartisp', '--base-url', server.baseUrl, '--key', KEY, '--out', out, '--param', `dni=${planted.dni}`],
      {},
    );
    expect(run.code).toBe(0);
    const byName = Object.fromEntries(readRecordings(out).map((r) => [r.name, r]));
    const user = (byName['getUser.200']!.response.body as Json).user;
    expect(byName['getUser.200']!.request.options?.path?.dni).toBe(user.dni);
    expect(user.dni).toMatch(/^\d{10}$/);
    expect(user.phone).toMatch(/^\d{10}$/);
    expect(user.email).toMatch(/^[^@\s]+@example\.com$/);
    expect(user.name.split(' ')).toHaveLength(4);
    expect((byName['getInvoiceWithClient.200']!.response.body as Json).BillCustomer.client_id).toBe(user.name);
    const router = (byName['getRouters.200']!.response.body as Json).routers[0];
    expect(router.password).toHaveLength(planted.routerPassword.length);
    expect(router.coordinates).toMatch(/^-\d\.\d{6},-\d{2}\.\d{6}$/);
    expect(byName['getUser.200']!.provenance.sanitized).toEqual([expect.stringMatching(/^\d+ values faked: ISP-S100 /)]);
    expect(byName['getUser.200']!.provenance).not.toHaveProperty('rulesDisabled');

    // A second run maps every value the same way: the fakes are seeded by the values, not by the run.
    const again = mkdtempSync(join(tmpdir(), 'ispkit-record-'));
    await ispkit([
      'record',
      'smartisp',
      '--base-url',
      server.baseUrl,
      '--key',
      KEY,
      '--out',
      again,
      '--param',
      `dni=${planted.dni}`,
    ]);
    expect(readRecordings(again).map((r) => r.response.body)).toEqual(readRecordings(out).map((r) => r.response.body));
  });

  it('--dry-run writes nothing and lists each replacement with its fake, never the real value', async () => {
    const server = await startFakeVendor({ vendor: 'smartisp', key: KEY, alter: plantSmartisp });
    servers.push(server);
    const out = join(mkdtempSync(join(tmpdir(), 'ispkit-record-')), 'nothing-here');
    const run = await ispkit([
      ...['record', 'smartisp', '--base-url', server.baseUrl, '--key', KEY, '--out', out, '--dry-run'],
      ...['--param', `dni=${planted.dni}`, '--only', 'getUser', '--only', 'listTickets'],
    ]);
    expect(run.code).toBe(0);
    expect(() => readdirSync(out)).toThrow(/ENOENT/);
    expect(run.stdout).toMatch(/^would write .*getUser\.200\.json: \d+ values replaced, matches the spec$/m);
    expect(run.stdout).toMatch(
      /^ {2}user\.email {2}ISP-S100 not marked safe in the spec {2}→ "persona-[0-9a-f]{6}@example\.com"$/m,
    );
    expect(run.stdout).toMatch(/^ {2}data\[0\]\.subject {2}ISP-S100 not marked safe in the spec {2}→ "Fake/m);
    for (const value of [KEY, ...Object.values(planted)]) expect(run.stdout + run.stderr, value).not.toContain(value);
  });

  it('--disable-rule removes a detector only visibly: said on stderr and written into every provenance', async () => {
    const server = await startFakeVendor({ vendor: 'smartisp', key: KEY });
    servers.push(server);
    const out = mkdtempSync(join(tmpdir(), 'ispkit-record-'));
    const run = await ispkit([
      ...['record', 'smartisp', '--base-url', server.baseUrl, '--key', KEY, '--out', out],
      ...['--only', 'getRouters', '--disable-rule', 'isp-s008', '--disable-rule', 'ISP-S010,ISP-S008'],
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^rules disabled for this run, and so listed in each recording: ISP-S008, ISP-S010$/m);
    const [recording] = readRecordings(out);
    expect(recording!.provenance.rulesDisabled).toEqual(['ISP-S008', 'ISP-S010']);
  });
});
