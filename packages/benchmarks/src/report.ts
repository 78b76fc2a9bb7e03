import type { Machine } from './machine.js';
import type { SectionResult } from './section.js';
import { renderTable } from './table.js';

/** A section as markdown: the same text is printed and written to the report. */
export function renderSection(section: SectionResult): string {
  return [`## ${section.title}`, section.method, ...section.tables.map(renderTable), ...section.notes].join('\n\n');
}

export function renderMachine(machine: Machine): string {
  return renderTable({
    header: ['machine', ''],
    rows: [
      ['CPU', `${machine.cpu}, ${machine.cores} cores`],
      ['memory', machine.memory],
      ['OS', machine.os],
      ['Node.js', machine.node],
      ['date', machine.date],
      ['commit', machine.commit],
    ],
  });
}

/** The whole of docs/benchmarks.md. */
export function renderReport(machine: Machine, sections: SectionResult[], seconds: number): string {
  return `${[
    '# Benchmarks',
    'Written by `pnpm bench` from its own measurements; rerun it to refresh this page. Numbers from one machine are comparable ' +
      'with each other, not with another machine’s.',
    renderMachine(machine),
    ...sections.map(renderSection),
    `The whole run took ${Math.round(seconds)} s.`,
  ].join('\n\n')}\n`;
}
