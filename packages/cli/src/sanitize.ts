import { detect } from '@ispkit/mock';
import { fakeValue } from './fakes.js';
import { MODEL_RULES } from './sanitize-rules.js';

/** One value replaced: where (`user.email`, `request.options.path.dni`), by which rule, and the fake (never the real value). */
export interface Replacement {
  where: string;
  rule: string;
  label: string;
  fake: string;
}

type Schema = Record<string, unknown>;

/** One part of an exchange to sanitize: the value and the spec's schema for it (none: every field undeclared). */
export interface Part {
  value: unknown;
  schema?: Schema;
}

/** Thrown when a body nests deeper than the sanitizer walks; the command reports it in one line. */
export class SanitizeError extends Error {
  override name = 'SanitizeError';
}

/** Deeper than any vendor answer; the walk stops here with a SanitizeError rather than the stack. */
export const MAX_DEPTH = 200;
/** Faked values shorter than this are not hunted inside kept text: they would hit ordinary words and numbers. */
const MIN_ECHO_IN_TEXT = 6;

/**
 * Default deny: every string and number of a body and of the request is replaced by a fake of the
 * same shape, the same real value by the same fake in every part and every answer of the run,
 * unless the spec says the field is safe: a value of its `enum` (or `const`), or a field marked
 * `x-ispkit-record: keep` (statuses, amounts, currencies, dates, plan names, flags). A field the spec
 * does not declare is faked and reported as drift. A kept string still goes through the
 * detectors (each finding replaced), through the key, and through every value faked so far.
 */
export class Sanitizer {
  /** Real value → fake, for the whole run: relations between answers survive. */
  private readonly fakes = new Map<string, string | number>();
  private readonly seedKey: string;
  private readonly secrets: string[];

  constructor(
    secrets: readonly string[] = [],
    private readonly disabled: ReadonlySet<string> = new Set(),
  ) {
    this.seedKey = secrets[0] ?? '';
    this.secrets = secrets.flatMap((s) => [s, encodeURIComponent(s)]).filter((s) => s.length >= 4);
  }

  /** Sanitized copies of `parts` (each under its location prefix, `''` for a response body), what was replaced, and the undeclared fields. */
  sanitize<K extends string>(parts: Record<K, Part>): { value: Record<K, unknown>; replaced: Replacement[]; drift: string[] } {
    const replaced: Replacement[] = [];
    const drift: string[] = [];
    const value = {} as Record<K, unknown>;
    for (const [prefix, part] of Object.entries(parts) as [K, Part][]) {
      const schemas = part.schema ? [part.schema] : [];
      value[prefix] = this.walk(part.value, schemas, part.schema === undefined, prefix ? [prefix] : [], { replaced, drift }, 0);
    }
    return { value, replaced, drift };
  }

  private walk(
    value: unknown,
    schemas: Schema[],
    undeclared: boolean,
    path: string[],
    out: { replaced: Replacement[]; drift: string[] },
    depth: number,
  ): unknown {
    if (depth > MAX_DEPTH) throw new SanitizeError(`the answer nests deeper than ${MAX_DEPTH} levels at ${render(path)}`);
    const candidates = expand(schemas, value);
    if (Array.isArray(value)) {
      return value.map((item, i) => this.walk(item, itemSchemas(candidates, i), undeclared, [...path, `[${i}]`], out, depth + 1));
    }
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => {
          const children = propertySchemas(candidates, key);
          const missing = !undeclared && children.length === 0;
          if (missing) out.drift.push(render([...path, key]));
          return [key, this.walk(item, children, undeclared || missing, [...path, key], out, depth + 1)];
        }),
      );
    }
    if (typeof value !== 'string' && typeof value !== 'number') return value;
    const where = render(path);
    if (!undeclared && keeps(candidates, value))
      return typeof value === 'string' ? this.cleanKept(value, where, out.replaced) : value;
    const rule = undeclared ? MODEL_RULES.undeclared : MODEL_RULES.defaultDeny;
    const fake = this.fakeOf(value);
    if (fake !== value) out.replaced.push({ where, rule: rule.id, label: rule.label, fake: String(fake) });
    return fake;
  }

  private fakeOf(value: string | number): string | number {
    const id = `${typeof value} ${value}`;
    let fake = this.fakes.get(id);
    if (fake === undefined) {
      fake = fakeValue(value, this.seedKey);
      this.fakes.set(id, fake);
    }
    return fake;
  }

  /** A kept string: the key, values faked elsewhere, and the detectors' findings are replaced inside it. */
  private cleanKept(value: string, where: string, replaced: Replacement[]): string {
    let out = value;
    for (const secret of this.secrets) {
      if (out.includes(secret)) {
        const fake = String(fakeValue(secret, this.seedKey));
        out = out.split(secret).join(fake);
        replaced.push({ where, rule: MODEL_RULES.key.id, label: MODEL_RULES.key.label, fake });
      }
    }
    for (const [id, fake] of this.fakes) {
      const real = id.slice(id.indexOf(' ') + 1);
      if (real.length >= MIN_ECHO_IN_TEXT && out.includes(real)) {
        out = out.split(real).join(String(fake));
        replaced.push({ where, rule: MODEL_RULES.echo.id, label: MODEL_RULES.echo.label, fake: String(fake) });
      }
    }
    const findings = detect(out, this.disabled).sort((a, b) => b.start - a.start);
    let end = Number.POSITIVE_INFINITY;
    for (const finding of findings) {
      if (finding.end > end) continue; // overlaps a finding already replaced
      const fake = String(this.fakeOf(finding.value));
      out = out.slice(0, finding.start) + fake + out.slice(finding.end);
      end = finding.start;
      replaced.push({ where, rule: finding.rule, label: finding.label, fake });
    }
    return out;
  }
}

/** A schema's alternatives (`anyOf`, `oneOf`, `allOf` members) that fit the value's JSON type, flattened. */
function expand(schemas: Schema[], value: unknown): Schema[] {
  const out: Schema[] = [];
  const stack = [...schemas];
  while (stack.length > 0) {
    const schema = stack.pop()!;
    if (!isRecord(schema)) continue;
    for (const key of ['anyOf', 'oneOf', 'allOf']) {
      if (Array.isArray(schema[key])) stack.push(...(schema[key] as Schema[]));
    }
    if (fitsType(schema.type, value)) out.push(schema);
  }
  return out;
}

function fitsType(type: unknown, value: unknown): boolean {
  if (type === undefined) return true;
  const types = Array.isArray(type) ? type : [type];
  const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return types.some((t) => t === actual || (t === 'integer' && actual === 'number'));
}

function keeps(schemas: Schema[], value: string | number): boolean {
  return schemas.some(
    (s) =>
      s['x-ispkit-record'] === 'keep' || (Array.isArray(s.enum) && s.enum.includes(value)) || ('const' in s && s.const === value),
  );
}

function propertySchemas(schemas: Schema[], key: string): Schema[] {
  return schemas.flatMap((s) => {
    const declared = isRecord(s.properties) ? (s.properties as Record<string, unknown>)[key] : undefined;
    if (isRecord(declared)) return [declared];
    return isRecord(s.additionalProperties) ? [s.additionalProperties] : [];
  });
}

function itemSchemas(schemas: Schema[], index: number): Schema[] {
  return schemas.flatMap((s) => {
    const prefix = Array.isArray(s.prefixItems) ? (s.prefixItems as unknown[])[index] : undefined;
    if (isRecord(prefix)) return [prefix];
    return isRecord(s.items) ? [s.items] : [];
  });
}

/** `user.email`, `routers[0].login`, `request.options.path.dni`; `(body)` for a body that is one value. */
function render(path: string[]): string {
  return path.reduce((out, part) => (part.startsWith('[') || out === '' ? out + part : `${out}.${part}`), '') || '(body)';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
