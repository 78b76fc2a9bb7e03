import { createHash, createHmac } from 'node:crypto';
import type { SanitizeRule } from './sanitize-rules.js';

const GIVEN = ['Ana', 'Luis', 'Marta', 'Pablo', 'Sofia', 'Diego', 'Elena', 'Jorge', 'Lucia', 'Tomas', 'Rosa', 'Hugo'];
const SURNAMES = ['Ejemplo', 'Prueba', 'Modelo', 'Muestra', 'Ficticio', 'Simulado', 'Inventado', 'Supuesto'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Digits of the hash kept in a shaped fake: enough to tell people apart, too few to find the real value. */
const HASH_DIGITS = 4;

/**
 * The fake for a real value: same JSON type, and the same fake for the same value and `seedKey`.
 * With a secret `seedKey` (the installation's key) the seed is an HMAC, so nobody without the key
 * can test guesses (a dictionary of passwords, every DNI) against a fake.
 */
export function fakeValue(strategy: SanitizeRule['fake'], real: string | number, seedKey = ''): string | number {
  if (typeof real === 'number') return fakeNumber(real, seedKey);
  if (real.trim() === '') return real;
  const seed = seedOf(real, seedKey);
  switch (strategy) {
    case 'shape':
      return shape(real, seed);
    case 'name':
      return real
        .trim()
        .split(/\s+/)
        .map((_, i, words) => {
          const list = i < Math.ceil(words.length / 2) ? GIVEN : SURNAMES;
          return list[seed[i % seed.length]! % list.length];
        })
        .join(' ');
    case 'email':
      return `persona-${seed.toString('hex').slice(0, 6)}@example.com`;
    case 'address':
      return `Calle Ejemplo ${100 + (seed.readUInt16BE(0) % 900)}`;
    case 'url': {
      const origin = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i.exec(real)?.[0] ?? '';
      return origin + shape(real.slice(origin.length), seed);
    }
  }
}

/** Letters become `fake…` then hash letters (case kept), digits zeros ending in hash digits; the rest stays. */
function shape(real: string, seed: Buffer): string {
  const digits = [...real].filter((c) => /\d/.test(c)).length;
  let letter = 0;
  let digit = 0;
  return [...real]
    .map((c) => {
      if (/\d/.test(c)) {
        const fromEnd = digits - digit++;
        return fromEnd <= HASH_DIGITS ? String(seed[fromEnd]! % 10) : '0';
      }
      if (/[a-z]/i.test(c)) {
        const i = letter++;
        const out = i < 4 ? 'fake'[i]! : LETTERS[seed[(i % 24) + 8]! % 26]!;
        return c === c.toUpperCase() ? out.toUpperCase() : out;
      }
      return c;
    })
    .join('');
}

/** A number keeps its sign, digit count and decimals; an integer of two or more digits starts with 1. */
function fakeNumber(real: number, seedKey: string): number {
  if (!Number.isFinite(real)) return real;
  const text = String(Math.abs(real));
  if (/e/i.test(text)) return 0;
  let shaped = shape(text, seedOf(String(real), seedKey));
  if (Number.isInteger(real) && shaped.length > 1) shaped = `1${shaped.slice(1)}`;
  return Math.sign(real) * Number(shaped);
}

function seedOf(real: string, seedKey: string): Buffer {
  return seedKey ? createHmac('sha256', seedKey).update(real).digest() : createHash('sha256').update(real).digest();
}
