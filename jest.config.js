/** Type checking runs once in `tsc --noEmit` (npm test); jest only transpiles. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/core', '<rootDir>/sheets-schema', '<rootDir>/apps-script', '<rootDir>/functions', '<rootDir>/scripts'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testTimeout: 60000,
  // The default output, then one line naming the suites skipped for want of ../shared/data (scripts/testing/).
  reporters: ['default', '<rootDir>/scripts/testing/shared-data-reporter.js'],
};
