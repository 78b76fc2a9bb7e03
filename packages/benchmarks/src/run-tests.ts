import { readdirSync } from 'node:fs';

// Every test file in this one process: starting tsx once per file cost more than most of the tests.
for (const file of readdirSync(import.meta.dirname)
  .filter((name) => name.endsWith('.test.ts'))
  .sort()) {
  await import(`./${file}`);
}
