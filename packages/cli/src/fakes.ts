import { createHash, createHmac } from 'node:crypto';
import { detect } from '@ispkit/mock';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const HEX = '0123456789abcdef';
/** Digits of the hash kept in a shaped fake: enough to tell values apart, too few to find the real one. */
const HASH_DIGITS = 4;

/**
 * The fake for a real value: the same JSON type and shape, and always the same fake for the same
 * value and `seedKey`. With a secret `seedKey` (the installation's key) the seed is an HMAC, so
 * nobody without the key can test guesses (a dictionary of passwords, every DNI) against a fake.
 * Values of a known kind get a fake of that kind that no detector finds again: an e-mail at
 * example.com, an address of the documentation ranges (RFC 5737, 3849, 7042), a URL at
 * example.com, a date in 2000; anything else keeps its length and character classes.
 */
export function fakeValue(real: string | number, seedKey = ''): string | number {
  if (typeof real === 'number') return fakeNumber(real, seedKey);
  if (real.trim() === '') return real;
  const seed = seedOf(real, seedKey);
  const hex = (n: number) => seed.toString('hex').slice(0, n);
  if (/^[1-9]\d{0,14}$/.test(real)) return String(fakeNumber(Number(real), seedKey));
  if (/^[^\s@]{1,64}@[^\s@]{1,255}\.[A-Za-z]{2,24}$/.test(real)) return `persona-${hex(6)}@example.com`;
  if (/^\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?$/.test(real))
    return `192.0.2.${1 + (seed[0]! % 254)}${/\/\d+$/.exec(real)?.[0] ?? ''}`;
  if (/^[0-9a-f]{2}([:-])(?:[0-9a-f]{2}\1){4}[0-9a-f]{2}$/i.test(real)) {
    const sep = real[2]!;
    const mac = ['00', '00', '5e', '00', '53', hex(2)].join(sep);
    return real === real.toUpperCase() ? mac.toUpperCase() : mac;
  }
  if (/^[0-9a-f:]{2,39}(?:\/\d{1,3})?$/i.test(real) && real.split(':').length > 2) {
    return `2001:db8::${hex(4)}${/\/\d+$/.exec(real)?.[0] ?? ''}`;
  }
  if (/^[a-z][a-z\d+.-]{1,15}:\/\//i.test(real)) return `https://example.com/fake-${hex(8)}`;
  if (/^\d{4}-\d{2}-\d{2}/.test(real)) {
    return `2000-01-${String(1 + (seed[0]! % 28)).padStart(2, '0')}${real.slice(10).replace(/\d/g, '0')}`;
  }
  if (/^[0-9a-f-]{8,}$/i.test(real) && /\d/.test(real) && /[a-f]/i.test(real)) return hexShape(real, seed);
  return clean(shape(real, seed));
}

/** A shaped fake that a detector would still take for something (a MAC of hash letters) loses those characters. */
function clean(fake: string): string {
  let out = fake;
  for (let round = 0; round < 3; round++) {
    const findings = detect(out);
    if (findings.length === 0) return out;
    for (const f of findings) out = out.slice(0, f.start) + 'x'.repeat(f.end - f.start) + out.slice(f.end);
  }
  return out;
}

/** Letters become `fake…` then hash letters (case kept), digits zeros ending in hash digits; the rest stays. */
function shape(real: string, seed: Buffer): string {
  const chars = [...real];
  const digits = chars.filter((c) => c >= '0' && c <= '9').length;
  let letter = 0;
  let digit = 0;
  return chars
    .map((c) => {
      if (c >= '0' && c <= '9') {
        const fromEnd = digits - digit++;
        return fromEnd <= HASH_DIGITS ? String(seed[fromEnd]! % 10) : '0';
      }
      if (/\p{L}/u.test(c)) {
        const i = letter++;
        const out = i < 4 ? 'fake'[i]! : LETTERS[seed[(i % 24) + 8]! % 26]!;
        return c === c.toUpperCase() && c !== c.toLowerCase() ? out.toUpperCase() : out;
      }
      return c;
    })
    .join('');
}

/** Hexadecimal (a hash, a UUID): zeros, then the last eight hex characters from the hash; dashes and case kept. */
function hexShape(real: string, seed: Buffer): string {
  const count = [...real].filter((c) => c !== '-').length;
  let i = 0;
  const upper = real === real.toUpperCase();
  return [...real]
    .map((c) => {
      if (c === '-') return c;
      const fromEnd = count - i++;
      const out = fromEnd <= 8 ? HEX[seed[fromEnd]! % 16]! : '0';
      return upper ? out.toUpperCase() : out;
    })
    .join('');
}

/** A number keeps its sign, digit count and decimals; an integer of two or more digits starts with 1. */
function fakeNumber(real: number, seedKey: string): number {
  if (!Number.isFinite(real)) return real;
  const text = String(Math.abs(real));
  if (/e/i.test(text)) return 0;
  let shaped = shape(text, seedOf(String(Math.abs(real)), seedKey));
  if (Number.isInteger(real) && shaped.length > 1) shaped = `1${shaped.slice(1)}`;
  return Math.sign(real) * Number(shaped);
}

function seedOf(real: string, seedKey: string): Buffer {
  return seedKey ? createHmac('sha256', seedKey).update(real).digest() : createHash('sha256').update(real).digest();
}
