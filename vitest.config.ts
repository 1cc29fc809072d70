import { defineConfig } from 'vitest/config';

// All tests live under test/, split by kind (unit, integration, fuzz, infra,
// browser) so each kind can be run on its own: `npm test -- test/unit`.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A DynamoDB Local (Java) per test file that needs one, started on first use and stopped after the file.
    setupFiles: ['./test/support/file-dynamodb.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
