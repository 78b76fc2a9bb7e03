import { ConfigurationError } from '@ispkit/runtime';

// Checks of what callers pass, shared by the vendor files: a bad value fails here, typed, before any request.

/** A vendor id that is a positive integer (`"652"` → 652). */
export function integerId(value: unknown, name: string): number {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^(0|[1-9]\d{0,15})$/.test(text)) {
    throw new ConfigurationError(`${name} must be an integer id, e.g. "652"; got ${shown(value)}`);
  }
  return Number(text);
}

/** A non-empty string. */
export function requireText(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new ConfigurationError(`${name} must be a non-empty string; got ${shown(value)}`);
  return value;
}

/** A `YYYY-MM-DD` date, as its parts. */
export function isoDay(value: unknown, name: string): { year: string; month: string; day: string } {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) throw new ConfigurationError(`${name} must be a date as YYYY-MM-DD; got ${shown(value)}`);
  return { year: match[1]!, month: match[2]!, day: match[3]! };
}

/** A positive amount with at most two decimals, as a number (what the vendors' JSON takes). */
export function amountOf(value: unknown, name: string): number {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^\d{1,12}(\.\d{1,2})?$/.test(text) || Number(text) <= 0) {
    throw new ConfigurationError(
      `${name} must be a positive amount with at most two decimals, e.g. "21.51"; got ${shown(value)}`,
    );
  }
  return Number(text);
}

/** The vendor codes an enum table maps onto a unified value, in table order. */
export function codesFor(table: Readonly<Record<string, string>>, unified: string): string[] {
  return Object.entries(table)
    .filter(([, value]) => value === unified)
    .map(([code]) => code);
}

function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : typeof value;
}
