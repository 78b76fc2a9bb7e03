import { deepStrictEqual, strictEqual, throws } from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sections, selectSections, usage } from './sections/index.js';

test('selectSections: all of them in run order when none is named, else the named ones in run order', () => {
  deepStrictEqual(
    selectSections([]).map((s) => s.name),
    sections.map((s) => s.name),
  );
  deepStrictEqual(
    selectSections(['pipeline', 'overhead']).map((s) => s.name),
    ['overhead', 'pipeline'],
  );
  strictEqual(sections.at(-1)!.name, 'pipeline');
});

test('an unknown benchmark name: one line on stderr, exit 1, nothing measured', () => {
  throws(() => selectSections(['overhead', 'speed']), /^Error: unknown benchmark "speed"; usage: pnpm bench/);
  const main = fileURLToPath(new URL('./main.ts', import.meta.url));
  const run = spawnSync(process.execPath, [...process.execArgv, main, 'speed'], { encoding: 'utf8' });
  strictEqual(run.status, 1);
  strictEqual(run.stdout, '');
  strictEqual(run.stderr, `bench: unknown benchmark "speed"; ${usage}\n`);
});
