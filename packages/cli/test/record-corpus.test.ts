import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanValue } from '@ispkit/mock';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeVendor, startFakeVendor } from './fake-vendor.js';
import { lookupParams, plant, plantedDigits, plantedValues } from './planted.js';
import { ispkit } from './run-cli.js';

const KEY = 'corpus-key-7Hq2Lw9x';

const servers: FakeVendor[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Each planted value (or its digits-only form) found in `text`. */
function survivors(text: string): string[] {
  const digits = text.replace(/\D/g, '');
  return [
    ...plantedValues().filter((value) => text.includes(value)),
    ...plantedDigits()
      .filter((value) => digits.includes(value) || text.includes(value))
      .map((d) => `digits ${d}`),
  ];
}

describe.each(['smartisp', 'zalultra', 'suricata-wispro', 'pmp'])('ispkit record %s, a planted corpus', (vendor) => {
  it('writes none of the planted values, nor their digits, in any file or line', async () => {
    const server = await startFakeVendor({ vendor, key: KEY, alter: plant[vendor] });
    servers.push(server);
    const out = mkdtempSync(join(tmpdir(), 'ispkit-corpus-'));
    const run = await ispkit([
      'record',
      vendor,
      '--base-url',
      server.baseUrl,
      '--key',
      KEY,
      '--out',
      out,
      ...lookupParams[vendor]!,
    ]);
    expect(run.stderr).not.toMatch(/^ispkit:/m);
    const files = readdirSync(out);
    expect(files.length).toBeGreaterThan(0);
    const found = files.flatMap((file) => survivors(readFileSync(join(out, file), 'utf8')).map((v) => `${file}: ${v}`));
    expect(found).toEqual([]);
    // What was written passes the scan with no allow-list: the fakes are not taken for personal data.
    for (const file of files) expect(scanValue(JSON.parse(readFileSync(join(out, file), 'utf8'))), file).toEqual([]);
    // The planted undeclared fields are reported as drift.
    expect(run.stdout).toMatch(/^ {2}drift: [\w.[\]]*telefono_movil is not in the spec; its values were faked \(ISP-S101\)$/m);
    expect(survivors(run.stdout + run.stderr)).toEqual([]);

    const dry = await ispkit([
      ...['record', vendor, '--base-url', server.baseUrl, '--key', KEY, '--dry-run'],
      ...lookupParams[vendor]!,
    ]);
    expect(survivors(dry.stdout + dry.stderr)).toEqual([]);
  });
});

describe('ispkit record, an answer nested 3,000 levels deep', () => {
  it('is not recorded, with one line saying why, and no RangeError', async () => {
    const deep = `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`;
    const server = await startFakeVendor({
      vendor: 'zalultra',
      key: KEY,
      alter: (operationId) =>
        operationId === 'getTicket' ? { status: 200, contentType: 'application/json', body: deep } : undefined,
    });
    servers.push(server);
    const out = mkdtempSync(join(tmpdir(), 'ispkit-corpus-'));
    const run = await ispkit([
      'record',
      'zalultra',
      '--base-url',
      server.baseUrl,
      '--key',
      KEY,
      '--out',
      out,
      '--only',
      'getTicket',
    ]);
    expect(run.stdout + run.stderr).not.toMatch(/RangeError|Maximum call stack/);
    expect(run.stdout).toMatch(/^getTicket: not recorded \(.*deeper than \d+ levels.*\)$/m);
    expect(run.code).toBe(1);
    expect(readdirSync(out)).toEqual([]);
  });
});
