import { describe, expect, it } from 'vitest';
import { DETECTORS, detect } from './detectors.js';

/** Each rule with values it must find, and look-alikes it must leave. */
const CASES: Record<string, { finds: string[]; leaves: string[] }> = {
  'ISP-S001': { finds: ['rosa.quishpe@andinanet.ec', 'x@fibra.com.ar'], leaves: ['persona-1a2b3c@example.com', 'a@b'] },
  'ISP-S002': {
    finds: [
      '+54 9 351 482-7719',
      '0351 482-7719',
      '+593 98 765 4321',
      '0987654321',
      '+52 55 1234 5678',
      '+57 300 123 4567',
      '+51 987 654 321',
      '+56 9 8765 4321',
      '(55) 1234-5678',
    ],
    leaves: ['2024-01-15 10:30', '0000001234', '+593 00 000 1234', '12345'],
  },
  'ISP-S003': { finds: ['30.123.456', 'DNI 30123456', 'documento: 7.123.456'], leaves: ['00.001.234', 'v1.2.3'] },
  'ISP-S004': { finds: ['20-30123456-3', '27314567892'], leaves: ['20-30123456-4', '20301234560'] },
  'ISP-S005': { finds: ['1710034065', '0912345675001'], leaves: ['1710034066', '0000001234'] },
  'ISP-S006': { finds: ['2850590994009041813526'], leaves: ['2850590994009041813527', '0000000000000000001234'] },
  'ISP-S007': {
    finds: ['4509 9535 6623 3704', 'tarjeta terminada en 4821', 'últimos 4 dígitos: 1234'],
    leaves: ['4509 9535 6623 3705', 'plan 4821'],
  },
  'ISP-S008': { finds: ['181.45.123.89', '10.0.0.5'], leaves: ['192.0.2.7', '255.255.255.0', '0.0.0.0', '1.2'] },
  'ISP-S009': { finds: ['2800:810:5a3:1f0::2b', 'fe80::1ff:fe23:4567:890a'], leaves: ['2001:db8::1', '10:30:00', '::'] },
  'ISP-S010': {
    finds: ['A4:5E:60:C2:19:7B', '3c-84-6a-11-02-ef', 'a45e.60c2.197b'],
    leaves: ['00:00:5E:00:53:01', 'ff:ff:ff:ff:ff:ff'],
  },
  'ISP-S011': { finds: ['-31.420083,-64.188776', '-0.180653, -78.467834'], leaves: ['-00.000000,-00.001234', '21.50, 30.00'] },
  'ISP-S012': {
    finds: [
      'https://isp.com.ar/portal?token=a8F3kL9qZ2',
      'https://u:p@isp.ec/x',
      'https://cloud.wispro.co/portal_api/auth/aB3dE6gH9jK2mN5pQ8sT',
    ],
    leaves: ['https://example.com/x?token=abcdef123', 'https://isp.ec/api/v1/plans'],
  },
  'ISP-S013': { finds: ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIzMDEy.Q1x2Y3z4W5v6'], leaves: ['eyJ.abc'] },
  'ISP-S014': {
    finds: ['9f8e7d6c5b4a39281706f5e4d3c2b1a0', 'Q8xZ3kLmN2pR7tYb4Vc9Wd1Ef5Gh6Jk0'],
    leaves: ['00000000000000000000000012345678', 'fakeQxZkLmNpRtYbVcWdEfGhJk0123456'],
  },
  'ISP-S015': {
    finds: ['clave: Tr3sGatos', 'contraseña de la red es CasaVerde22', 'PPPoE usuario: jvillalba', 'ssid=Fibra_5G'],
    leaves: ['passes Wispro records', 'clave: fakeXyz'],
  },
};

describe('the detectors', () => {
  it('have stable, unique ids, one case list each', () => {
    expect(DETECTORS.map((d) => d.id)).toEqual(Object.keys(CASES));
  });

  describe.each(Object.entries(CASES))('%s', (id, { finds, leaves }) => {
    it.each(finds)('finds %s, inside text too', (value) => {
      expect(detect(value).map((f) => f.rule)).toContain(id);
      expect(detect(`Hola, ${value}. Gracias`).map((f) => f.rule)).toContain(id);
    });
    it.each(leaves)('leaves %s', (value) => {
      expect(detect(value).map((f) => f.rule)).not.toContain(id);
    });
    it('is skipped when disabled', () => {
      expect(detect(finds[0]!, new Set([id])).map((f) => f.rule)).not.toContain(id);
    });
  });

  // Catastrophic backtracking shows as seconds on 100 KB (the old e-mail rule took 9.4 s on 80 KB); a linear pattern
  // takes milliseconds. A wall-clock bound alone fails on a loaded machine, so a detector that is not plainly fast is
  // judged by how its time grows: five times the input costs about five times the time when linear, 25 when quadratic.
  // A quadratic pattern spends billions of steps on 100 KB, far beyond the half second under which a run passes outright.
  const ADVERSARIAL = [
    'a',
    '1',
    'a.',
    '1.',
    'a@',
    'a@a.',
    'a.a@',
    '1 ',
    '1-',
    '1.1.',
    'a:',
    '1:',
    'eyJ',
    'a1',
    '-1.1,',
    'https://a',
    'clave: ',
    'aB3',
  ];
  it.each(ADVERSARIAL)('run in linear time on 100 KB of %j repeated', (unit) => {
    const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    for (const detector of DETECTORS) {
      const others = new Set(DETECTORS.filter((d) => d !== detector).map((d) => d.id));
      const large = fastest(() => detect(`${text}!`, others));
      if (large < 500) continue;
      const small = fastest(() => detect(`${text.slice(0, 20_000)}!`, others));
      expect(large / Math.max(small, 1), `${detector.id} on ${JSON.stringify(unit)}: ${large} ms vs ${small} ms`).toBeLessThan(
        12,
      );
    }
  });

  it('hold no quantified group that contains another unbounded quantifier', () => {
    for (const detector of DETECTORS) {
      expect(detector.pattern.source, detector.id).not.toMatch(/\([^()]*[+*][^()]*\)[+*{]/);
    }
  });
});

/** The shortest of three runs, in milliseconds: the least disturbed by whatever else the machine does. */
function fastest(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
