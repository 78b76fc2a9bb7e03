/**
 * Secrets must never reach an error message, an error's properties, a hook or a stack.
 * Two nets: credential-bearing query parameters are masked by name, and the client's own
 * credential values are masked wherever they appear (a vendor echoing a token in a body),
 * in every form a server may echo them: raw, JSON-escaped (`\/`, as PHP writes it),
 * percent-encoded in either case, and base64. Masking always runs before anything is cut.
 */

export const REDACTED = '[REDACTED]';

/** The shortest credential the clients accept: a shorter one would mask ordinary text, or go unmasked. */
export const MIN_SECRET_LENGTH = 8;

/** How deep `value` copies; deeper bodies are refused when they are parsed (see `MAX_DEPTH`). */
const MAX_COPY_DEPTH = 256;

/** Query parameter names masked even when the spec does not declare them as credentials. */
const ALWAYS_SECRET = ['token', 'authtoken', 'api_key', 'apikey', 'access_token', 'key', 'password'];

/** Masks every known form of the given secrets in a text. The one masking function of ispkit. */
export function createMasker(secrets: readonly string[]): (text: string) => string {
  const alternatives = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of [secret, secret.replace(/\//g, '\\/'), base64(secret), base64(secret).replace(/=+$/, '')]) {
      alternatives.add(escapeRegExp(form));
    }
    const base64Url = base64(secret).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    alternatives.add(escapeRegExp(base64Url));
    // Percent-encoded, each escape in either case (`%2F` or `%2f`), with `+` or `%20` for a space.
    for (const encoded of new Set([encodeURIComponent(secret), encodeURIComponent(secret).replace(/%20/g, '+')])) {
      alternatives.add(
        encoded
          .split(/(%[0-9A-F]{2})/)
          .map((part) => (part.startsWith('%') ? `%${caseless(part[1]!)}${caseless(part[2]!)}` : escapeRegExp(part)))
          .join(''),
      );
    }
  }
  if (alternatives.size === 0) return (text) => text;
  // Longest first, so that a form containing another is masked whole. A plain alternation of
  // literals: linear in the text.
  const pattern = new RegExp([...alternatives].sort((a, b) => b.length - a.length).join('|'), 'g');
  return (text) => text.replace(pattern, REDACTED);
}

export class Redactor {
  private readonly params: Set<string>;
  private readonly mask: (text: string) => string;

  constructor(secretQueryParams: readonly string[], secrets: readonly string[]) {
    this.params = new Set([...ALWAYS_SECRET, ...secretQueryParams].map((p) => p.toLowerCase()));
    this.mask = createMasker(secrets);
  }

  /** A URL with credential query values, user and password masked. */
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
    return this.mask(input);
  }

  /** A copy of a JSON value with credential values masked in every string and key; depth-limited. */
  value<T>(input: T, depth = 0): T {
    if (typeof input === 'string') return this.text(input) as T;
    if (input === null || typeof input !== 'object') return input;
    if (depth >= MAX_COPY_DEPTH) return `[nested deeper than ${MAX_COPY_DEPTH} levels]` as T;
    if (Array.isArray(input)) return input.map((item) => this.value(item, depth + 1)) as T;
    return Object.fromEntries(Object.entries(input).map(([k, v]) => [this.text(k), this.value(v, depth + 1)])) as T;
  }

  /** An error safe to attach as a `cause`: same name, code and message, secrets masked, no foreign properties. */
  error(cause: unknown, depth = 0): Error {
    const source = cause instanceof Error ? cause : new Error(String(cause));
    const safe = new Error(this.text(source.message));
    safe.name = source.name;
    const code = (source as { code?: unknown }).code;
    if (typeof code === 'string') Object.assign(safe, { code });
    if (source.cause !== undefined && depth < 8) safe.cause = this.error(source.cause, depth + 1);
    safe.stack = `${safe.name}: ${safe.message}`;
    return safe;
  }
}

function base64(text: string): string {
  // btoa takes Latin-1: the UTF-8 bytes, one character each (works in browsers and Node alike).
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

function caseless(char: string): string {
  const lower = char.toLowerCase();
  return lower === char.toUpperCase() ? char : `[${char.toUpperCase()}${lower}]`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
