import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each command runs in a child process; starting Prism there takes seconds on a loaded 2-core machine.
    testTimeout: 30_000,
  },
});
