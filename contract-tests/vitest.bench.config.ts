import { defineConfig } from 'vitest/config';

// Benchmarks start their own local servers: no mocks to set up.
export default defineConfig({
  test: {
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
