import { describe, expect, it } from 'vitest';
import { ConfigurationError } from './errors.js';
import { normalizeBaseUrl, requireSecret } from './options.js';

describe('normalizeBaseUrl', () => {
  it('drops trailing slashes', () => {
    expect(normalizeBaseUrl('https://isp.example.com/api/v1/', 'e')).toBe('https://isp.example.com/api/v1');
  });

  it.each([
    [undefined, /required/],
    ['', /required/],
    ['isp.example.com/api', /absolute http\(s\) URL/],
    ['ftp://isp.example.com', /http or https/],
    ['https://isp.example.com/api?x=1', /query string/],
    ['https://user:pa55word@isp.example.com/api', /user or password/],
  ])('rejects %s with a clear message', (value, message) => {
    expect(() => normalizeBaseUrl(value, 'https://isp.example.com/api')).toThrow(message);
    expect(() => normalizeBaseUrl(value, 'https://isp.example.com/api')).toThrow(ConfigurationError);
  });
});

describe('requireSecret', () => {
  it('never echoes the value it rejects', () => {
    expect(() => requireSecret('   ', 'apiKey')).toThrow(/^apiKey is required/);
    try {
      requireSecret(42, 'apiKey');
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('42');
    }
  });

  it('refuses a credential shorter than 8 characters, without echoing it', () => {
    expect(() => requireSecret('abc1234', 'token')).toThrow(new ConfigurationError('token must have at least 8 characters'));
    expect(requireSecret('abcd1234', 'token')).toBe('abcd1234');
  });
});
