import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['src/setup.ts'],
    testTimeout: 20_000,
    // Test files share no mutable state (each starts its own servers, restores its spies and clones
    // what it changes), so a worker runs them one after another in one module graph: the clients,
    // the mock package and each vendor's context (`loadVendor`) are imported and built once per
    // worker instead of once per file, which was most of the suite's time.
    isolate: false,
    // Much of the suite waits (backoffs, timeouts, Retry-After) rather than computes: two workers overlap one
    // file's waits with another's work, where vitest's default on two cores (one worker) ran them end to end.
    // Each worker builds its own module graph, so more workers cost more than they save.
    maxWorkers: 2,
  },
});
