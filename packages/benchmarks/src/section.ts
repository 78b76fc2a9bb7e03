import type { Table } from './table.js';

/** One part of the report: what was measured, the table, and what the numbers mean against the targets. */
export interface SectionResult {
  title: string;
  /** How it was measured, in a sentence or two. */
  method: string;
  tables: Table[];
  /** Verdicts against the targets and the reasons for misses, one paragraph each. */
  notes: string[];
}

export interface Section {
  /** The name that selects it on the command line. */
  name: string;
  run(log: (line: string) => void): Promise<SectionResult>;
}
