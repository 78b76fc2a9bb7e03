import { describe, expect, it } from 'vitest';
import { retryAfter } from './transport.js';

describe('retryAfter', () => {
  it('reads seconds and HTTP dates, and ignores what it cannot read', () => {
    expect(retryAfter(new Headers({ 'Retry-After': '2' }))).toBe(2000);
    expect(retryAfter(new Headers({ 'Retry-After': '0.5' }))).toBe(500);
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    expect(retryAfter(new Headers({ 'Retry-After': inTenSeconds }))).toBeGreaterThan(8_000);
    expect(retryAfter(new Headers({ 'Retry-After': 'soon' }))).toBeUndefined();
    expect(retryAfter(new Headers())).toBeUndefined();
  });
});
