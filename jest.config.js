/** Type-checking happens once in `npm test` (tsc --noEmit); ts-jest only transpiles. */
module.exports = {
  testEnvironment: 'node',
  // CI machines have 2 cores; the real-Terraform suites are mostly waiting on terraform processes.
  maxWorkers: 2,
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  setupFilesAfterEnv: ['<rootDir>/__tests__/support/setup.ts'],
  reporters: ['default', '<rootDir>/__tests__/support/summary-reporter.js'],
};
