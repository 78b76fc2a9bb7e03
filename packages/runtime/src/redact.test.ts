import { describe, expect, it } from 'vitest';
import { Redactor } from './redact.js';

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
