import { describe, expect, it } from 'vitest';
import { fakeValue } from '../src/fakes.js';
import { Sanitizer } from '../src/sanitize.js';
import { SANITIZE_RULES } from '../src/sanitize-rules.js';

const classes = (text: string) => text.replace(/[a-z]/gi, 'a').replace(/\d/g, '9');

describe('fake values', () => {
  it.each(['0102030405', '+593 98-765-4321', '-0.1807,-78.4678', 'Sup3r-Secret-Router-Pw', 'RkFLRS1yb3V0ZXI='])(
    'keep the shape of %s: length and character classes',
    (real) => {
      const fake = fakeValue('shape', real) as string;
      expect(fake).not.toBe(real);
      expect(fake).toHaveLength(real.length);
      expect(classes(fake.replace(/[a-z]/gi, 'a'))).toBe(classes(real));
    },
  );

  it('are the same for the same value, different for different values', () => {
    expect(fakeValue('shape', '1712345678')).toBe(fakeValue('shape', '1712345678'));
    expect(fakeValue('shape', '1712345678')).not.toBe(fakeValue('shape', '1712345679'));
    expect(fakeValue('email', 'a@b.ec')).toBe(fakeValue('email', 'a@b.ec'));
  });

  it('depend on the seed key, so that without it a guess cannot be checked against a fake', () => {
    expect(fakeValue('shape', 'Sup3r-Secret', 'key-one')).toBe(fakeValue('shape', 'Sup3r-Secret', 'key-one'));
    expect(fakeValue('shape', 'Sup3r-Secret', 'key-one')).not.toBe(fakeValue('shape', 'Sup3r-Secret', 'key-two'));
    expect(fakeValue('shape', 'Sup3r-Secret', 'key-one')).not.toBe(fakeValue('shape', 'Sup3r-Secret'));
  });

  it('keep the JSON type, the digit count of a number, and an empty string empty', () => {
    expect(fakeValue('shape', 1712345678)).toSatisfy((n: unknown) => Number.isInteger(n) && String(n).length === 10);
    expect(fakeValue('name', -78.467834)).toSatisfy((n: unknown) => typeof n === 'number' && (n as number) < 0);
    expect(fakeValue('name', '')).toBe('');
    expect(fakeValue('name', 'Rosa Elena Quishpe Andrade')).toMatch(/^\w+ \w+ \w+ \w+$/);
    expect(fakeValue('email', 'rosa@andinanet.ec')).toMatch(/^persona-[0-9a-f]{6}@example\.com$/);
    expect(fakeValue('url', 'https://cloud.wispro.co/portal_api/auth/Tok3n')).toMatch(
      /^https:\/\/cloud\.wispro\.co\/fake\w+_\w+\/\w+\/\w+$/,
    );
  });
});

describe('the sanitizing rules', () => {
  it('name every credential the issue lists, and the kinds of personal data', () => {
    const fields = SANITIZE_RULES.flatMap((r) => r.fields);
    for (const field of [
      'password',
      'pass_hot',
      'pppoe_password',
      'login',
      'token',
      'key',
      'name',
      'email',
      'phone',
      'dni',
      'address',
      'coordinates',
    ]) {
      expect(fields).toContain(field);
    }
    expect(new Set(SANITIZE_RULES.map((r) => r.label))).toEqual(
      new Set(['credential', 'name', 'email', 'phone', 'national id', 'address', 'coordinates']),
    );
  });
});

describe('Sanitizer', () => {
  it('replaces named fields, their echoes, emails in text and the key, and says where', () => {
    const key = 'k3y-0f-the-installation';
    const { value, replaced } = new Sanitizer(undefined, [key]).sanitize({
      'request.options': { path: { dni: '1712345678' } },
      '': {
        client: { name: 'Rosa Quishpe', dni: 1712345678, Email: 'rosa@andinanet.ec', phones: ['0987654321', '022345678'] },
        plans: [{ name: 'Plan Hogar 50M' }],
        service: { user_hot: '1712345678', pass_hot: null, note: `ask rosa@andinanet.ec; token ${key}` },
        invoice: { client_id: 'Rosa Quishpe', total: '21.50' },
      },
    });
    const body = value[''] as unknown as Record<string, Record<string, unknown>>;
    const dni = (value['request.options'] as { path: { dni: string } }).path.dni;
    expect(dni).toMatch(/^0{6}\d{4}$/);
    expect(body.client!.dni).toBe(Number(`1${dni.slice(1)}`));
    expect(body.service!.user_hot).toBe(dni);
    expect(body.invoice!.client_id).toBe(body.client!.name);
    expect(body.invoice!.total).toBe('21.50');
    expect(body.service!.pass_hot).toBeNull();
    expect((body.plans as unknown as { name: string }[])[0]!.name).toBe('Plan Hogar 50M');
    expect(JSON.stringify(value)).not.toMatch(/1712345678|Rosa Quishpe|andinanet|0987654321|022345678|k3y-0f/);
    expect(body.service!.note).toBe(`ask ${fakeValue('email', 'rosa@andinanet.ec', key)}; token ${fakeValue('shape', key, key)}`);
    expect(replaced.map((r) => `${r.where} ${r.label}`)).toEqual([
      'request.options.path.dni national id',
      'client.name name',
      'client.dni national id',
      'client.Email email',
      'client.phones[0] phone',
      'client.phones[1] phone',
      'service.user_hot credential',
      'service.note credential (the key), email',
      'invoice.client_id name',
    ]);
  });
});
