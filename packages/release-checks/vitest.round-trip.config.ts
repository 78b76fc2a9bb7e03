import { defineConfig } from 'vitest/config';

// The registry round trip alone, as its own turbo task (`round-trip`): it builds and publishes a copy of
// the repository, so it needs none of the workspace's builds and starts with them, not after them.
export default defineConfig({
  test: {
    include: ['test/registry-round-trip.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
