import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Starting Prism in a child process takes seconds on a loaded 2-core machine.
    testTimeout: 30_000,
  },
});
