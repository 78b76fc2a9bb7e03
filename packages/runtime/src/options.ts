import { ConfigurationError } from './errors.js';

/**
 * Checks a base URL given by a user and returns it without its trailing slash, so that
 * `https://isp.example.com/api/` and `https://isp.example.com/api` call the same paths.
 */
export function normalizeBaseUrl(value: unknown, example: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(`baseUrl is required, e.g. ${example}`);
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`baseUrl must be an absolute http(s) URL, e.g. ${example}; got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError(`baseUrl must use http or https, got "${url.protocol}"`);
  }
  if (url.search || url.hash) {
    throw new ConfigurationError('baseUrl must not carry a query string or fragment');
  }
  return url.href.replace(/\/+$/, '');
}

/** Checks a credential option without ever echoing its value. */
export function requireSecret(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(`${name} is required (a non-empty string)`);
  }
  return value;
}
