// Integration suites: the real AppModule over HTTP on a real PostgreSQL, embedded by default
// and the server named by DATABASE_URL otherwise. Each suite gets a fresh, migrated database.
module.exports = {
  ...require('./jest.preset.cjs'),
  displayName: 'api-integration',
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 1,
  // A fresh worker per suite: NestJS keeps GraphQL type metadata in module state that a second
  // suite in the same process would inherit, and each embedded database holds its memory.
  workerIdleMemoryLimit: '1MB',
};
