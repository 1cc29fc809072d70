import { defineConfig } from 'vitest/config';

// All tests live under test/, split by kind (unit, integration, fuzz, infra,
// browser) so each kind can be run on its own: `npm test -- test/unit`.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
