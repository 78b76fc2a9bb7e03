import { describe, expect, it } from 'vitest';
import { retryAfter } from './transport.js';

describe('retryAfter', () => {
  it('reads a positive integer number of seconds and a future HTTP date', () => {
    expect(retryAfter(new Headers({ 'Retry-After': '2' }))).toBe(2000);
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    expect(retryAfter(new Headers({ 'Retry-After': inTenSeconds }))).toBeGreaterThan(8_000);
  });

  it.each(['-1', '+3', '0', '0.5', '1e3', 'soon', '', 'Thu, 01 Jan 1970 00:00:00 GMT', '2099-01-01', 'Thursday'])(
    'ignores %j: the normal backoff applies',
    (value) => {
      expect(retryAfter(new Headers({ 'Retry-After': value }))).toBeUndefined();
    },
  );

  it('ignores a missing header', () => {
    expect(retryAfter(new Headers())).toBeUndefined();
  });
});
