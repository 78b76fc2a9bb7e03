import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { describeMachine } from './machine.js';
import { reportFile } from './paths.js';
import { renderMachine, renderReport, renderSection } from './report.js';
import type { SectionResult } from './section.js';
import { sections, selectSections } from './sections/index.js';

async function main(): Promise<void> {
  const chosen = selectSections(process.argv.slice(2).filter((arg) => arg !== '--'));
  const started = performance.now();
  const machine = describeMachine();
  console.log(renderMachine(machine));
  const log = (line: string) => console.log(line);
  const results: SectionResult[] = [];
  for (const section of chosen) {
    const result = await section.run(log);
    results.push(result);
    console.log(`\n${renderSection(result)}\n`);
  }
  const seconds = (performance.now() - started) / 1000;
  if (chosen.length === sections.length) {
    mkdirSync(dirname(reportFile), { recursive: true });
    writeFileSync(reportFile, renderReport(machine, results, seconds));
    console.log(`bench: wrote ${relative(process.cwd(), reportFile)} in ${Math.round(seconds)} s`);
  } else {
    console.log(`bench: done in ${Math.round(seconds)} s; only a run of every benchmark writes docs/benchmarks.md`);
  }
}

try {
  await main();
} catch (error) {
  console.error(`bench: ${(error as Error).message.split('\n')[0]}`);
  process.exitCode = 1;
}
// Keep-alive sockets and stopped servers' handles must not hold the run open.
process.exit();
