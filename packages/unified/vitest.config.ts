import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The scenario starts a Prism mock per vendor, which takes seconds on a loaded 2-core machine;
    // one file at a time keeps this package from adding to that load.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // The files share no mutable state (each starts and closes its own servers): they run in one module graph,
    // so the four clients and the mappings are imported once, not once per file.
    isolate: false,
  },
});
