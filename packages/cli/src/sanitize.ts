import { fakeValue } from './fakes.js';
import { SANITIZE_RULES, type SanitizeRule } from './sanitize-rules.js';

/** One value replaced: where (`user.email`, `request.options.path.dni`), by which rule, and the fake (never the real value). */
export interface Replacement {
  where: string;
  label: string;
  fake: string;
}

type Strategy = SanitizeRule['fake'];

/** Echoes shorter than this are not hunted inside longer text: they would hit ordinary words and numbers. */
const MIN_ECHO_IN_TEXT = 6;
const MIN_ECHO = 3;

/**
 * Applies the sanitizing rules to the parts of one exchange. Two passes: fields the rules name
 * are replaced first, everywhere; then any other string that equals one of the values replaced
 * (a DNI in the path and in the body, a login echoed in a message) or contains it, or matches a
 * rule's `values` pattern, gets the same fake. The credentials given to the constructor (the
 * key) are replaced wherever they occur.
 */
export class Sanitizer {
  private readonly known = new Map<string, { strategy: Strategy; label: string; inText?: boolean }>();

  /** Seeds the fakes: the first credential, so fakes stay the same across runs against one installation. */
  private readonly seedKey: string;

  constructor(
    private readonly rules: readonly SanitizeRule[] = SANITIZE_RULES,
    secrets: readonly string[] = [],
  ) {
    this.seedKey = secrets[0] ?? '';
    for (const secret of secrets.flatMap((s) => [s, encodeURIComponent(s)])) {
      if (secret.length >= 4) this.known.set(secret, { strategy: 'shape', label: 'credential (the key)', inText: true });
    }
  }

  /** Sanitized copies of `parts` (each under its location prefix, `''` for a response body), and what was replaced. */
  sanitize<T extends Record<string, unknown>>(parts: T): { value: T; replaced: Replacement[] } {
    const replaced: Replacement[] = [];
    const done = new Set<string>();
    const first = Object.fromEntries(
      Object.entries(parts).map(([prefix, value]) => [
        prefix,
        this.byField(value, prefix ? [prefix] : [], undefined, replaced, done),
      ]),
    );
    const second = Object.fromEntries(
      Object.entries(first).map(([prefix, value]) => [prefix, this.byValue(value, prefix ? [prefix] : [], replaced, done)]),
    );
    return { value: second as T, replaced };
  }

  private byField(
    value: unknown,
    path: string[],
    parent: string | undefined,
    replaced: Replacement[],
    done: Set<string>,
  ): unknown {
    if (Array.isArray(value)) return value.map((item, i) => this.byField(item, [...path, `[${i}]`], parent, replaced, done));
    if (!isRecord(value)) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => {
        const rule = this.ruleFor(key, parent);
        const where = [...path, key];
        return [key, rule ? this.replaceAll(item, where, rule, replaced, done) : this.byField(item, where, key, replaced, done)];
      }),
    );
  }

  /** Every string and number under a field a rule names (arrays of them included). */
  private replaceAll(value: unknown, path: string[], rule: SanitizeRule, replaced: Replacement[], done: Set<string>): unknown {
    if (Array.isArray(value)) return value.map((item, i) => this.replaceAll(item, [...path, `[${i}]`], rule, replaced, done));
    if (isRecord(value)) return this.byField(value, path, path.at(-1), replaced, done);
    if ((typeof value !== 'string' || value.trim() === '') && typeof value !== 'number') return value;
    const fake = fakeValue(rule.fake, value, this.seedKey);
    if (!this.known.has(String(value))) this.known.set(String(value), { strategy: rule.fake, label: rule.label });
    const where = render(path);
    done.add(where);
    replaced.push({ where, label: rule.label, fake: String(fake) });
    return fake;
  }

  private byValue(value: unknown, path: string[], replaced: Replacement[], done: Set<string>): unknown {
    if (Array.isArray(value)) return value.map((item, i) => this.byValue(item, [...path, `[${i}]`], replaced, done));
    if (isRecord(value)) {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, this.byValue(item, [...path, key], replaced, done)]),
      );
    }
    const where = render(path);
    if (done.has(where)) return value;
    if (typeof value === 'number') {
      const echo = this.known.get(String(value));
      if (!echo || String(value).length < MIN_ECHO + 2) return value;
      const fake = fakeValue(echo.strategy, value, this.seedKey);
      replaced.push({ where, label: echo.label, fake: String(fake) });
      return fake;
    }
    if (typeof value !== 'string') return value;
    const exact = value.length >= MIN_ECHO ? this.known.get(value) : undefined;
    if (exact) {
      const fake = String(fakeValue(exact.strategy, value, this.seedKey));
      replaced.push({ where, label: exact.label, fake });
      return fake;
    }
    let out = value;
    const labels = new Set<string>();
    for (const [real, { strategy, label, inText }] of this.known) {
      if ((inText || real.length >= MIN_ECHO_IN_TEXT) && out.includes(real)) {
        out = out.split(real).join(String(fakeValue(strategy, real, this.seedKey)));
        labels.add(label);
      }
    }
    for (const rule of this.rules) {
      if (!rule.values) continue;
      out = out.replace(rule.values, (match) => {
        labels.add(rule.label);
        return String(fakeValue(rule.fake, match, this.seedKey));
      });
    }
    if (out !== value) replaced.push({ where, label: [...labels].join(', '), fake: out });
    return out;
  }

  private ruleFor(key: string, parent: string | undefined): SanitizeRule | undefined {
    const name = key.toLowerCase();
    const under = parent?.toLowerCase();
    return this.rules.find((r) => r.fields.includes(name) && !(under !== undefined && r.notUnder?.includes(under)));
  }
}

/** `user.email`, `routers[0].login`, `request.options.path.dni`; `(body)` for a body that is one value. */
function render(path: string[]): string {
  return path.reduce((out, part) => (part.startsWith('[') || out === '' ? out + part : `${out}.${part}`), '') || '(body)';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
