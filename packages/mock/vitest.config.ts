import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Starting Prism in a child process takes seconds on a loaded 2-core machine.
    testTimeout: 30_000,
    // The files share no mutable state (each starts and closes its own mocks): a worker runs them in one module
    // graph, so the specs and Prism are loaded once per worker instead of once per file.
    isolate: false,
  },
});
