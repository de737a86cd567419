import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Builds dist/ again when src/ is newer than it, so a test that runs bin/vnews.js never runs stale code.
    globalSetup: ['test/support/build.ts'],
  },
});
