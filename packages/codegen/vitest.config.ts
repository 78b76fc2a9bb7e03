import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The tests take a fraction of a second: starting a worker, and importing the sources into it, costs
    // more. One worker runs every file in one module graph; the files share no mutable state.
    isolate: false,
    maxWorkers: 1,
  },
});
