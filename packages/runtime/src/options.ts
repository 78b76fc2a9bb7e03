import { ConfigurationError } from './errors.js';
import { MIN_SECRET_LENGTH } from './redact.js';

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
    // The value is not shown: a malformed URL may still hold a password.
    throw new ConfigurationError(`baseUrl must be an absolute http(s) URL, e.g. ${example}`);
  }
  if (url.username || url.password) {
    throw new ConfigurationError(
      'baseUrl must not carry a user or password (user:password@): pass the credential option instead',
    );
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
  if (value.length < MIN_SECRET_LENGTH) {
    // Too short to mask without masking ordinary text: refused rather than printed somewhere.
    throw new ConfigurationError(`${name} must have at least ${MIN_SECRET_LENGTH} characters`);
  }
  return value;
}

/**
 * A bearer token given with its `Bearer ` prefix (as copied from a curl line) is accepted once
 * without it: the generated client adds the prefix, and `Bearer Bearer …` would fail as a bad token.
 */
export function requireBearerToken(value: unknown, name: string): string {
  const token = requireSecret(value, name);
  const bare = token.replace(/^\s*bearer\s+/i, '');
  if (/^bearer\s/i.test(bare)) throw new ConfigurationError(`${name} must be the token alone, without "Bearer "`);
  return bare === token ? token : requireSecret(bare, name);
}
