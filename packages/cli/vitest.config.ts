import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each command runs in a child process; starting Prism there takes seconds on a loaded 2-core machine.
    testTimeout: 30_000,
    // The tests share no mutable state (commands run in-process with their own output and environment,
    // each server is started and closed by its test), so a worker runs its files in one module graph: the
    // command, the mock package and the vendor specs are imported and compiled once per worker, not per file.
    isolate: false,
  },
});
