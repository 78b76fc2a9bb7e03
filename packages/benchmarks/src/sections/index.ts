import type { Section, SectionResult } from '../section.js';

/**
 * A section whose module (and what it imports: the clients, autocannon, esbuild) loads when it runs,
 * so that choosing sections, or refusing an unknown name, starts at once.
 */
function lazy(name: string, load: () => Promise<Section>): Section {
  return {
    name,
    run: async (log): Promise<SectionResult> => {
      const section = await load();
      if (section.name !== name) throw new Error(`the section listed as "${name}" is named "${section.name}"`);
      return section.run(log);
    },
  };
}

// Pipeline last: it rebuilds every package and would disturb the timings of the others.
export const sections: Section[] = [
  lazy('overhead', () => import('./overhead.js').then((m) => m.overhead)),
  lazy('validation', () => import('./validation.js').then((m) => m.validation)),
  lazy('memory', () => import('./memory.js').then((m) => m.memory)),
  lazy('bundle', () => import('./bundle.js').then((m) => m.bundle)),
  lazy('mock', () => import('./mock-speed.js').then((m) => m.mockSpeed)),
  lazy('pipeline', () => import('./pipeline.js').then((m) => m.pipeline)),
];

export const usage = `usage: pnpm bench [-- ${sections.map((s) => s.name).join(' ')}]   (no name: all of them, and docs/benchmarks.md is written)`;

/** The sections named on the command line, in run order; all when none is named. */
export function selectSections(names: string[]): Section[] {
  for (const name of names) {
    if (!sections.some((s) => s.name === name)) throw new Error(`unknown benchmark "${name}"; ${usage}`);
  }
  return names.length ? sections.filter((s) => names.includes(s.name)) : sections;
}
