// One Jest run over every package. API integration tests (*.int.test.ts) use real PostgreSQL+PostGIS when
// TEST_DATABASE_URL is set, the embedded PGlite otherwise.
const tsJest = (tsconfig, extra = {}) => ({
  '^.+\\.tsx?$': ['ts-jest', { tsconfig, diagnostics: false, ...extra }],
});

module.exports = {
  testTimeout: 240000,
  // Without TEST_DATABASE_URL the API tests share one embedded PGlite (single session): one file at a time.
  ...(process.env.TEST_DATABASE_URL ? {} : { maxWorkers: 1 }),
  projects: [
    {
      displayName: 'shared',
      rootDir: '<rootDir>/packages/shared',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.test.ts'],
      transform: tsJest('<rootDir>/tsconfig.json'),
    },
    {
      displayName: 'api',
      rootDir: '<rootDir>/packages/api',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.test.ts'],
      transform: tsJest('<rootDir>/tsconfig.json'),
      setupFiles: ['reflect-metadata'],
      // One migrated template per run: each test file's database is a copy of it (test-support/test-template.ts).
      globalSetup: '<rootDir>/src/test-support/global-setup.ts',
      globalTeardown: '<rootDir>/src/test-support/global-teardown.ts',
    },
    {
      displayName: 'dashboard',
      rootDir: '<rootDir>/packages/dashboard',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/src/**/*.test.ts?(x)'],
      transform: {
        ...tsJest('<rootDir>/tsconfig.json', {
          tsconfig: { jsx: 'react-jsx', module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true },
        }),
        '/test-support/esm-packages/.+\\.cjs$': '<rootDir>/test-support/esm-bundle-transform.cjs',
      },
      moduleNameMapper: {
        '^@poles-ess/shared$': '<rootDir>/../shared/src/index.ts',
        '^(nuqs|d3-scale-chromatic)$': '<rootDir>/test-support/esm-packages/$1.cjs',
        '\\.css$': '<rootDir>/test-support/style-mock.cjs',
      },
    },
    {
      // Issue 20's suite (fuzz, attacks at the limits, hostile import files) on the built product: figures printed.
      displayName: 'fiabilite',
      rootDir: '<rootDir>/tests',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/fiabilite/**/*.test.ts'],
      transform: tsJest('<rootDir>/tsconfig.json'),
    },
    {
      displayName: 'e2e',
      rootDir: '<rootDir>/tests',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts'],
      transform: tsJest('<rootDir>/tsconfig.json'),
    },
  ],
};
