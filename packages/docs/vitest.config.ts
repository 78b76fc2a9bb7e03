import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Installs Debian's chromium when the machine has no browser (see chromium.ts).
    globalSetup: ['src/chromium-setup.ts'],
    // A real browser and four Prism mocks on a loaded 2-core machine: generous, never a speed goal.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // The files share no mutable state: a worker runs them in one module graph, so the specs and the site
    // helpers are loaded once per worker instead of once per file.
    isolate: false,
  },
});
