import type { Section } from '../section.js';
import { bundle } from './bundle.js';
import { memory } from './memory.js';
import { mockSpeed } from './mock-speed.js';
import { overhead } from './overhead.js';
import { pipeline } from './pipeline.js';
import { validation } from './validation.js';

// Pipeline last: it rebuilds every package and would disturb the timings of the others.
export const sections: Section[] = [overhead, validation, memory, bundle, mockSpeed, pipeline];

export const usage = `usage: pnpm bench [-- ${sections.map((s) => s.name).join(' ')}]   (no name: all of them, and docs/benchmarks.md is written)`;

/** The sections named on the command line, in run order; all when none is named. */
export function selectSections(names: string[]): Section[] {
  for (const name of names) {
    if (!sections.some((s) => s.name === name)) throw new Error(`unknown benchmark "${name}"; ${usage}`);
  }
  return names.length ? sections.filter((s) => names.includes(s.name)) : sections;
}
