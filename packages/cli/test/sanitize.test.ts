import { detect, scanValue } from '@ispkit/mock';
import { describe, expect, it } from 'vitest';
import { fakeValue } from '../src/fakes.js';
import { MAX_DEPTH, SanitizeError, Sanitizer } from '../src/sanitize.js';
import { ispkit } from './run-cli.js';

const classes = (text: string) => text.replace(/[a-z]/gi, 'a').replace(/\d/g, '9');

describe('fake values', () => {
  it.each(['+593 98-765-4321', 'Sup3r-Secret-Router-Pw', 'Rosa Elena Quishpe'])('keep the shape of %s', (real) => {
    const fake = fakeValue(real) as string;
    expect(fake).not.toBe(real);
    expect(classes(fake)).toBe(classes(real));
  });

  it('are the same for the same value and key, and depend on the key', () => {
    expect(fakeValue('1712345678', 'k')).toBe(fakeValue('1712345678', 'k'));
    expect(fakeValue('1712345678', 'k')).toBe(String(fakeValue(1712345678, 'k')));
    expect(fakeValue('Sup3r-Secret', 'key-one')).not.toBe(fakeValue('Sup3r-Secret', 'key-two'));
  });

  it('of a known kind are of that kind, and no detector finds them again', () => {
    const reals = ['rosa@andinanet.ec', '181.45.123.89', 'A4:5E:60:C2:19:7B', '2800:810:5a3:1f0::2b', '1987-03-14 10:30:00'];
    const fakes = reals.map((real) => String(fakeValue(real, 'k')));
    expect(fakes[0]).toMatch(/^persona-[0-9a-f]{6}@example\.com$/);
    expect(fakes[1]).toMatch(/^192\.0\.2\.\d+$/);
    expect(fakes[2]).toMatch(/^00:00:5E:00:53:[0-9A-F]{2}$/);
    expect(fakes[3]).toMatch(/^2001:db8::[0-9a-f]{4}$/);
    expect(fakes[4]).toMatch(/^2000-01-\d{2} 00:00:00$/);
    for (const real of [...reals, 'DNI 30.123.456, tel 0987654321, CUIT 20-30123456-3, red Casa clave: Tr3s-Gatos']) {
      expect(detect(String(fakeValue(real, 'k'))), real).toEqual([]);
    }
  });
});

describe('Sanitizer, default deny', () => {
  const schema = {
    type: 'object',
    properties: {
      status: { type: 'string', enum: ['active', 'suspended'] },
      plan: { type: 'string', 'x-ispkit-record': 'keep' },
      note: { type: 'string', 'x-ispkit-record': 'keep' },
      city: { type: 'string' },
      id: { type: 'integer' },
    },
    additionalProperties: false,
  };

  it('fakes every value the spec does not mark safe, keeps enums and marked fields, and lists undeclared fields', () => {
    const key = 'k3y-0f-the-installation';
    const { value, replaced, drift } = new Sanitizer([key]).sanitize({
      'request.options': { value: { path: { id: '652' } }, schema: { properties: { path: { properties: { id: {} } } } } },
      '': {
        value: {
          status: 'active',
          plan: 'Plan Hogar 50M',
          note: `Cliente 652 pide revisar; IP 181.45.123.89, token ${key}`,
          city: 'Villa Carlos Paz',
          id: 652,
          wifi_password: 'Tr3sGatos-Verdes',
        },
        schema,
      },
    });
    const body = value[''] as Record<string, unknown>;
    expect(body.status).toBe('active');
    expect(body.plan).toBe('Plan Hogar 50M');
    expect(body.city).not.toBe('Villa Carlos Paz');
    expect(body.id).toBe(Number((value['request.options'] as { path: { id: string } }).path.id));
    expect(body.note).toMatch(/^Cliente 652 pide revisar; IP 192\.0\.2\.\d+, token /);
    expect(JSON.stringify(value)).not.toMatch(/Villa Carlos|181\.45|Tr3sGatos|k3y-0f/);
    expect(drift).toEqual(['wifi_password']);
    expect(replaced.map((r) => `${r.where} ${r.rule}`)).toEqual(
      expect.arrayContaining(['city ISP-S100', 'note ISP-S008', 'note ISP-S102', 'wifi_password ISP-S101']),
    );
    expect(JSON.stringify(replaced)).not.toMatch(/Villa Carlos|181\.45|Tr3sGatos|k3y-0f/);
  });

  it('keeps what a disabled detector would find in kept text', () => {
    const { value } = new Sanitizer([], new Set(['ISP-S008'])).sanitize({
      '': { value: { note: 'IP 181.45.123.89' }, schema: { properties: { note: { 'x-ispkit-record': 'keep' } } } },
    });
    expect(value['']).toEqual({ note: 'IP 181.45.123.89' });
  });

  it(`stops at ${MAX_DEPTH} levels with a SanitizeError, never a RangeError`, () => {
    const deep = JSON.parse(`${'['.repeat(3000)}"x"${']'.repeat(3000)}`);
    expect(() => new Sanitizer().sanitize({ '': { value: deep } })).toThrow(SanitizeError);
    const object = JSON.parse(`${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`);
    expect(() => new Sanitizer().sanitize({ '': { value: object } })).toThrow(/nests deeper than 200 levels/);
    expect(scanValue(deep)).toEqual([]);
  });
});

describe('ispkit record --disable-rule', () => {
  it('refuses an unknown rule and a rule that is always on, in one line', async () => {
    const unknown = await ispkit([
      'record',
      'smartisp',
      '--base-url',
      'http://127.0.0.1:9',
      '--key',
      'k',
      '--disable-rule',
      'ISP-S999',
    ]);
    expect(unknown).toMatchObject({ code: 2, stderr: expect.stringMatching(/^ispkit: unknown rule "ISP-S999"[^\n]*\n$/) });
    const model = await ispkit([
      'record',
      'smartisp',
      '--base-url',
      'http://127.0.0.1:9',
      '--key',
      'k',
      '--disable-rule',
      'ISP-S100',
    ]);
    expect(model.stderr).toMatch(/^ispkit: rule ISP-S100 \(not marked safe in the spec\) is always on and cannot be disabled\n$/);
  });

  it('--rules lists every rule id', async () => {
    const run = await ispkit(['record', '--rules']);
    expect(run.stdout).toMatch(/^ISP-S001 {2}email$/m);
    expect(run.stdout).toMatch(/^ISP-S015 /m);
    expect(run.stdout).toMatch(/^ISP-S100 {2}not marked safe in the spec {2}\(always on\)$/m);
  });
});
