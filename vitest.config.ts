import { defineConfig } from 'vitest/config';

// All tests live under test/, split by kind (unit, integration, fuzz, infra,
// browser) so each kind can be run on its own: `npm test -- test/unit`.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One DynamoDB Local (Java) for the whole run; every test file makes its own table in it.
    globalSetup: ['./test/support/global-dynamodb.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
