import { describe, expect, it } from 'vitest';
import { createMasker, Redactor } from './redact.js';

const token = 'tok-3f9a8b7c6d5e';
const redactor = new Redactor(['hash'], [token]);

describe('Redactor', () => {
  it('masks credential query values by name, declared or usual', () => {
    expect(redactor.url(`https://m.example.com/api/data?type=dni&hash=abc&token=${token}&authtoken=x`)).toBe(
      'https://m.example.com/api/data?type=dni&hash=[REDACTED]&token=[REDACTED]&authtoken=[REDACTED]',
    );
  });

  it('masks user info and any occurrence of a credential value, encoded or not', () => {
    expect(redactor.url(`https://u:p@m.example.com/x/${token}`)).toBe('https://m.example.com/x/[REDACTED]');
    expect(redactor.text(`echo ${encodeURIComponent(token)} and ${token}`)).toBe('echo [REDACTED] and [REDACTED]');
  });

  it('masks deep inside a JSON value, keys included', () => {
    expect(redactor.value({ a: [{ b: `Bearer ${token}` }], [token]: 1, n: 2 })).toEqual({
      a: [{ b: 'Bearer [REDACTED]' }],
      '[REDACTED]': 1,
      n: 2,
    });
  });

  it('turns any cause into a plain Error without the secret, keeping name and code', () => {
    const cause = Object.assign(new TypeError(`request to https://x/?token=${token} failed`), { code: 'ECONNRESET', url: token });
    const safe = redactor.error(cause);
    expect(safe).toMatchObject({
      name: 'TypeError',
      message: 'request to https://x/?token=[REDACTED] failed',
      code: 'ECONNRESET',
    });
    expect(JSON.stringify(Object.getOwnPropertyDescriptors(safe))).not.toContain(token);
  });
});

describe('createMasker', () => {
  const key = 'k3y/with+slash=and~tilde';
  const mask = createMasker([key]);
  it.each([
    ['raw', key],
    ['JSON-escaped', key.replace(/\//g, '\\/')],
    ['percent-encoded', encodeURIComponent(key)],
    ['percent-encoded, lower case', encodeURIComponent(key).toLowerCase()],
    ['base64', btoa(key)],
    ['base64url', btoa(key).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')],
  ])('masks the %s form', (_, form) => {
    expect(mask(`before ${form} after`)).toBe('before [REDACTED] after');
  });

  it('ignores credentials shorter than 8 characters (the clients refuse them) and masks nothing else', () => {
    expect(createMasker(['a', 'abc1234'])('a abc1234 text')).toBe('a abc1234 text');
    expect(mask('k3y/with ordinary text')).toBe('k3y/with ordinary text');
  });

  it('copies a deep value without exhausting the stack', () => {
    let deep: unknown = key;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(() => new Redactor([], [key]).value(deep)).not.toThrow();
  });
});
