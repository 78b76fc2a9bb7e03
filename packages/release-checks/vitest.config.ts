import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Packing and linting spawn pnpm and Redocly, which take seconds on a loaded 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
