/**
 * Detectors of personal data and secrets in free text, each with a stable rule id. `ispkit record`
 * replaces what they find, and `ispkit scan`, the mock and the contract suite refuse a recording in
 * which they find anything not allow-listed. They live here, in the package that owns the
 * recording format and its loading, because both the command line and the contract suite depend on
 * it (a module of the command line imported by the mock would be a cycle).
 *
 * Every pattern runs in linear time: no quantified group holds another quantifier that can match
 * the same characters, a run of one character class starts only where the run starts (a
 * look-behind), and everything else is bounded. Checks that a regular expression cannot do
 * (check digits, ranges, country prefixes) are code run on each candidate.
 */
export interface Detector {
  /** Stable: `--disable-rule` and allow-lists name it; never reused for another detector. */
  id: string;
  /** What it finds, one or two words. */
  label: string;
  /** Candidates; the group named `v`, when present, is the part that is personal (the value after a label). */
  pattern: RegExp;
  /** Keeps only the real findings among the candidates. */
  accept?: (candidate: string) => boolean;
}

export interface Finding {
  rule: string;
  label: string;
  /** Offsets in the scanned text of the personal part. */
  start: number;
  end: number;
  value: string;
}

const digitsOf = (text: string) => text.replace(/\D/g, '');

/**
 * The fakes `ispkit record` writes keep a value's digit count but only its last four digits (the
 * rest zeros, an integer's first digit a 1): such a number is not anyone's, and must not be found
 * again in what was written.
 */
export function isFakeDigits(digits: string): boolean {
  return digits.length > 4 && /^[01]?0*$/.test(digits.slice(0, -4));
}

/** Written by a fake: starts with `fake`, the word every shaped fake begins with. */
const isFakeWord = (text: string) => /^fake/i.test(text);

/** RFC 2606 and RFC 6761 names: the documentation's own. */
const EXAMPLE_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost)$/i;

function cuitValid(digits: string): boolean {
  if (!/^(?:20|23|24|27|30|33|34)\d{9}$/.test(digits)) return false;
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((total, w, i) => total + w * Number(digits[i]), 0);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check === 10 ? 9 : check;
  return expected === Number(digits[10]);
}

/** Ecuador: a cédula (mod 10), a natural person's RUC (cédula + 001), a company's (mod 11, third digit 9 or 6). */
function ecuadorIdValid(digits: string): boolean {
  if (digits.length !== 10 && digits.length !== 13) return false;
  const province = Number(digits.slice(0, 2));
  if (!((province >= 1 && province <= 24) || province === 30)) return false;
  const third = Number(digits[2]);
  if (digits.length === 13 && !digits.endsWith('1')) return false;
  if (third < 6) {
    const sum = [...digits.slice(0, 9)].reduce((total, d, i) => {
      const product = Number(d) * (i % 2 === 0 ? 2 : 1);
      return total + (product > 9 ? product - 9 : product);
    }, 0);
    return (10 - (sum % 10)) % 10 === Number(digits[9]);
  }
  if (digits.length !== 13) return false;
  const weights = third === 9 ? [4, 3, 2, 7, 6, 5, 4, 3, 2] : third === 6 ? [3, 2, 7, 6, 5, 4, 3, 2] : undefined;
  if (!weights) return false;
  const sum = weights.reduce((total, w, i) => total + w * Number(digits[i]), 0);
  const check = 11 - (sum % 11);
  return (check === 11 ? 0 : check) === Number(digits[weights.length]);
}

function cbuValid(digits: string): boolean {
  if (digits.length !== 22 || /^0{7}/.test(digits)) return false;
  const block = (part: string, weights: number[]) => {
    const sum = weights.reduce((total, w, i) => total + w * Number(part[i]), 0);
    return (10 - (sum % 10)) % 10 === Number(part[weights.length]);
  };
  return block(digits.slice(0, 8), [7, 1, 3, 9, 7, 1, 3]) && block(digits.slice(8), [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]);
}

function luhnValid(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19 || digits.startsWith('0')) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Country codes of the phones looked for, with the national number's digit counts. */
const COUNTRY_PHONES: [string, number, number][] = [
  ['593', 8, 9], // Ecuador
  ['54', 10, 13], // Argentina (9 for mobiles, and a 15 sometimes kept)
  ['52', 10, 11], // Mexico (1 for mobiles, in older forms)
  ['57', 10, 10], // Colombia
  ['51', 8, 9], // Peru
  ['56', 9, 9], // Chile
];

/** National forms without a country code. */
const NATIONAL_PHONES = [
  /^09\d{8}$/, // Ecuador, mobile
  /^0[2-7]\d{7}$/, // Ecuador, landline with its area code
  /^0[1-9]\d{8,11}$/, // Argentina or Peru with the trunk 0 (011 4321-1234, 0351 15 123-4567, 01 234 5678)
  /^1[15]\d{8}$/, // Argentina: Buenos Aires, or 15 and the number
  /^3\d{9}$/, // Colombia, mobile
  /^60\d{8}$/, // Colombia, landline
  /^9\d{8}$/, // Peru and Chile, mobile
];
/** Ten digits written in groups: Mexico and Argentina with an area code, Chile's landlines. */
const GROUPED_PHONES = [/^[2-9]\d{9}$/, /^2\d{8}$/];

function phoneValid(candidate: string): boolean {
  const digits = digitsOf(candidate);
  if (isFakeDigits(digits)) return false;
  if (/\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4}/.test(candidate)) return false; // a date
  if (candidate.startsWith('+')) {
    return COUNTRY_PHONES.some(([code, min, max]) => {
      const national = digits.slice(code.length);
      return digits.startsWith(code) && national.length >= min && national.length <= max && !isFakeDigits(national);
    });
  }
  if (NATIONAL_PHONES.some((form) => form.test(digits))) return true;
  return /[ ()-]/.test(candidate.trim()) && GROUPED_PHONES.some((form) => form.test(digits));
}

function ipv4Valid(candidate: string): boolean {
  const [a, b, c] = candidate.split('.').map(Number) as [number, number, number];
  if (a === 0 || a === 127 || a >= 224) return false; // this network, loopback, multicast, netmasks
  // RFC 5737: the documentation's own addresses, and the fakes' (192.0.2.x, 198.51.100.x, 203.0.113.x).
  return !((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113));
}

function ipv6Valid(candidate: string): boolean {
  const text = candidate.toLowerCase();
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return false;
  if (halves.length === 1 ? groups.length !== 8 : groups.length < 2 || groups.length > 7) return false;
  if (!/[a-f]/.test(text) && !text.includes('::')) return false; // eight decimal groups: a list of numbers, not an address
  return !/^2001:0?db8:/.test(text) && !/^0*:/.test(text); // RFC 3849 documentation prefix; unspecified and mapped forms
}

function macValid(candidate: string): boolean {
  const hex = candidate.replace(/[^0-9a-f]/gi, '').toLowerCase();
  // RFC 7042's documentation block (the fakes'), all zeros, broadcast.
  return !hex.startsWith('00005e0053') && !/^0{12}$/.test(hex) && !/^f{12}$/.test(hex);
}

function coordinatesValid(candidate: string): boolean {
  const [lat, lon] = candidate.split(',').map((part) => Number(part.trim())) as [number, number];
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) return false;
  return !isFakeDigits(digitsOf(candidate).replace(/^0+/, '0'));
}

const TOKEN_PARAMETER =
  /(?:^|[?&;])[\w.-]{0,40}(?:token|key|secret|auth|sig|signature|password|pass|session|jwt|code)=([^&#]{6,})/i;

function urlValid(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (EXAMPLE_DOMAIN.test(url.hostname)) return false;
  if (url.username || url.password) return true;
  if (TOKEN_PARAMETER.test(url.search) || TOKEN_PARAMETER.test(url.hash.replace(/^#/, '?'))) return true;
  // A path segment that is a random token: long, letters and digits mixed.
  return url.pathname.split('/').some((segment) => secretValid(segment, 20));
}

function hexSecretValid(candidate: string): boolean {
  if (/^(.)\1*$/.test(candidate)) return false;
  return !/^0+$/.test(candidate.slice(0, -8)); // a fake: zeros, then eight characters of a hash
}

function secretValid(candidate: string, minLength = 32): boolean {
  if (candidate.length < minLength || isFakeWord(candidate)) return false;
  const digits = candidate.replace(/\D/g, '').length;
  return /[a-z]/.test(candidate) && /[A-Z]/.test(candidate) && digits >= Math.max(2, candidate.length / 16);
}

const B = '(?<![A-Za-z0-9_])'; // the start of a word
const E = '(?![A-Za-z0-9_])'; // its end
const SPACE = '[^\\S\\n]';

/** The default detectors. Their ids are stable; a new detector gets the next free number. */
export const DETECTORS: readonly Detector[] = [
  {
    id: 'ISP-S001',
    label: 'email',
    pattern:
      /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24})(?![A-Za-z0-9-])/g,
    accept: (candidate) => !EXAMPLE_DOMAIN.test(candidate.slice(candidate.indexOf('@') + 1)) && !isFakeWord(candidate),
  },
  {
    id: 'ISP-S002',
    label: 'phone',
    pattern: new RegExp(`(?<![A-Za-z0-9_+])\\+?\\(?\\d[\\d ()-]{5,20}\\d${E}`, 'g'),
    accept: phoneValid,
  },
  {
    id: 'ISP-S003',
    label: 'DNI',
    pattern: new RegExp(
      `${B}(?:[1-9]\\d?\\.\\d{3}\\.\\d{3}(?!\\d|\\.\\d)|(?:dni|d\\.n\\.i\\.?|documento|doc\\.)[^\\d\\n]{0,20}(?<v>[1-9]\\d?\\.?\\d{3}\\.?\\d{3})(?!\\d|\\.\\d))`,
      'gi',
    ),
  },
  {
    id: 'ISP-S004',
    label: 'CUIT/CUIL',
    pattern: /(?<![\d.-])(?:20|23|24|27|30|33|34)[ .-]?\d{2}\.?\d{3}\.?\d{3}[ .-]?\d(?![\d.-]?\d)/g,
    accept: (candidate) => cuitValid(digitsOf(candidate)),
  },
  {
    id: 'ISP-S005',
    label: 'cédula/RUC',
    pattern: /(?<!\d)\d{10}(?:\d{3})?(?!\d)/g,
    accept: (candidate) => ecuadorIdValid(candidate),
  },
  {
    id: 'ISP-S006',
    label: 'CBU/CVU',
    pattern: /(?<!\d)\d{8}[ -]?\d{14}(?!\d)/g,
    accept: (candidate) => cbuValid(digitsOf(candidate)),
  },
  {
    id: 'ISP-S007',
    label: 'card',
    pattern: new RegExp(
      `(?<![\\d-])(?:\\d[ -]?){12,18}\\d(?![\\d-])|${B}(?:tarjeta|card|visa|master(?:card)?|amex|d[ée]bito|cr[ée]dito|terminad[ao] en|finalizad[ao] en|[úu]ltimos? (?:4|cuatro)(?: d[íi]gitos)?|last ?(?:4|four))[^\\d\\n]{0,24}(?<!\\d)(?<v>\\d{4})(?!\\d)`,
      'gi',
    ),
    accept: (candidate) => (candidate.length === 4 ? candidate !== '0000' : luhnValid(digitsOf(candidate))),
  },
  {
    id: 'ISP-S008',
    label: 'IPv4',
    pattern: /(?<![\d.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d?)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![\d]|\.\d)/g,
    accept: ipv4Valid,
  },
  {
    id: 'ISP-S009',
    label: 'IPv6',
    pattern: /(?<![0-9A-Za-z:])[0-9A-Fa-f:]{3,39}(?![0-9A-Za-z:])/g,
    accept: (candidate) => candidate.includes(':') && ipv6Valid(candidate),
  },
  {
    id: 'ISP-S010',
    label: 'MAC',
    pattern:
      /(?<![0-9A-Za-z:.-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}|[0-9A-Fa-f]{12}(?=[^\S\n]{0,3}$))(?![0-9A-Za-z:-]|\.[0-9A-Za-z])/g,
    accept: (candidate) => macValid(candidate) && (/[:.-]/.test(candidate) || (/\d/.test(candidate) && /[a-f]/i.test(candidate))),
  },
  {
    id: 'ISP-S011',
    label: 'coordinates',
    pattern: /(?<![\d.])-?\d{1,3}\.\d{3,15}[^\S\n]{0,3},[^\S\n]{0,3}-?\d{1,3}\.\d{3,15}(?!\d|\.\d)/g,
    accept: coordinatesValid,
  },
  {
    id: 'ISP-S012',
    label: 'URL with a token',
    pattern: /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,15}:\/\/[^\s"'<>]{1,4096}/g,
    accept: urlValid,
  },
  {
    id: 'ISP-S013',
    label: 'JWT',
    pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{6,8192}\.[A-Za-z0-9_-]{6,8192}\.[A-Za-z0-9_-]{0,8192}/g,
  },
  {
    id: 'ISP-S014',
    label: 'secret',
    pattern: /(?<![A-Za-z0-9_+/=-])(?:[0-9a-fA-F]{32,}|[A-Za-z0-9_+-]{32,}={0,2})(?![A-Za-z0-9_+/=-])/g,
    accept: (candidate) =>
      // Hexadecimal secrets may come joined (`<hex>-<hex>`, PMP's lead hash): each part counts.
      candidate.split(/[-_]/).some((part) => part.length >= 32 && /^[0-9a-fA-F]+$/.test(part) && hexSecretValid(part)) ||
      (/^[0-9a-fA-F]+$/.test(candidate) ? hexSecretValid(candidate) : secretValid(candidate)),
  },
  {
    id: 'ISP-S015',
    label: 'password or network after its label',
    pattern: new RegExp(
      `${B}(?:contrase(?:ñ|n)a|clave|password|passwd|pass|pwd|pin|ssid|wi-?fi|pppoe|usuario|user(?:name)?|login)(?![A-Za-zñ])(?:${SPACE}{1,3}(?:de${SPACE}{1,3}(?:la${SPACE}{1,3})?)?(?:red|wi-?fi|pppoe|router|acceso|usuario))?(?:${SPACE}{0,3}(?::|=|->|→)|${SPACE}{1,3}es${SPACE})${SPACE}{0,3}["']?(?<v>[^\\s"',;]{3,64})`,
      'gi',
    ),
    accept: (value) => !isFakeWord(value),
  },
];

/** Finds every detector's findings in `text`, skipping the rules in `disabled`. */
export function detect(text: string, disabled: ReadonlySet<string> = new Set()): Finding[] {
  const findings: Finding[] = [];
  for (const detector of DETECTORS) {
    if (disabled.has(detector.id)) continue;
    detector.pattern.lastIndex = 0;
    for (const match of text.matchAll(detector.pattern)) {
      const group = match.groups?.v;
      const value = group ?? match[0];
      if (detector.accept && !detector.accept(value)) continue;
      const start = group === undefined ? match.index : match.index + match[0].lastIndexOf(group);
      findings.push({ rule: detector.id, label: detector.label, start, end: start + value.length, value });
    }
  }
  return findings;
}

export function detectorById(id: string): Detector | undefined {
  return DETECTORS.find((d) => d.id === id);
}
