/**
 * Secrets must never reach an error message, an error's properties, a hook or a stack.
 * Two nets: credential-bearing query parameters are masked by name, and the client's own
 * credential values are masked wherever they appear (a vendor echoing a token in a body).
 */

export const REDACTED = '[REDACTED]';

/** Query parameter names masked even when the spec does not declare them as credentials. */
const ALWAYS_SECRET = ['token', 'authtoken', 'api_key', 'apikey', 'access_token', 'key', 'password'];

export class Redactor {
  private readonly params: Set<string>;
  private readonly secrets: string[];

  constructor(secretQueryParams: readonly string[], secrets: readonly string[]) {
    this.params = new Set([...ALWAYS_SECRET, ...secretQueryParams].map((p) => p.toLowerCase()));
    // Very short values would mask ordinary text; the option checks refuse such credentials anyway.
    this.secrets = secrets.filter((s) => s.length >= 4);
  }

  /** A URL with credential query values masked. */
  url(input: string): string {
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      return this.text(input);
    }
    for (const name of [...url.searchParams.keys()]) {
      if (this.params.has(name.toLowerCase())) url.searchParams.set(name, REDACTED);
    }
    url.username = '';
    url.password = '';
    return this.text(url.href.replace(/%5BREDACTED%5D/g, REDACTED));
  }

  /** A text with every known credential value masked. */
  text(input: string): string {
    let out = input;
    for (const secret of this.secrets) out = out.split(secret).join(REDACTED);
    for (const secret of this.secrets) out = out.split(encodeURIComponent(secret)).join(REDACTED);
    return out;
  }

  /** A deep copy of a JSON value with credential values masked in every string. */
  value<T>(input: T): T {
    if (typeof input === 'string') return this.text(input) as T;
    if (Array.isArray(input)) return input.map((item) => this.value(item)) as T;
    if (input && typeof input === 'object') {
      return Object.fromEntries(Object.entries(input).map(([k, v]) => [this.text(k), this.value(v)])) as T;
    }
    return input;
  }

  /** An error safe to attach as a `cause`: same name, code and message, secrets masked, no foreign properties. */
  error(cause: unknown): Error {
    const source = cause instanceof Error ? cause : new Error(String(cause));
    const safe = new Error(this.text(source.message));
    safe.name = source.name;
    const code = (source as { code?: unknown }).code;
    if (typeof code === 'string') Object.assign(safe, { code });
    if (source.cause !== undefined) safe.cause = this.error(source.cause);
    safe.stack = `${safe.name}: ${safe.message}`;
    return safe;
  }
}
