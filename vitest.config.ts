import { defineConfig } from 'vitest/config';

// Unit tests sit beside nothing: all tests live under test/, split by kind
// (unit, integration, infra, browser) so each can be run on its own.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
