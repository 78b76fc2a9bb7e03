import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Its own task, `round-trip` (vitest.round-trip.config.ts), which does not wait for the builds.
    exclude: ['test/registry-round-trip.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Packing and linting spawn pnpm and Redocly, which take seconds on a loaded 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The files share no mutable state (each fixture repository is a temporary folder of its own test): a worker
    // runs them in one module graph, so the workspace helpers and the specs are loaded once per worker.
    isolate: false,
  },
});
