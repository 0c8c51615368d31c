/**
 * Unit specs (`src/**\/*.spec.ts`) and e2e specs (`test/**\/*.e2e-spec.ts`) in one run, in Jest's native
 * ESM mode (NestJS 12 ships ES modules only). One PostgreSQL serves the whole run (global setup); each
 * e2e file gets a fresh database cloned from a migrated template.
 */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/bench/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  // Jest runs these two outside its module system, so they are the compiled copies (`npm test` compiles first).
  globalSetup: '<rootDir>/dist/test/support/global-setup.js',
  globalTeardown: '<rootDir>/dist/test/support/global-teardown.js',
  setupFiles: ['<rootDir>/test/support/quiet-logs.ts'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  testTimeout: 30_000,
  maxWorkers: 2,
};
