// The scale-out suite (issue 19), apart from `pnpm test`: it starts its own topology (infra/plusieurs-serveurs:
// a primary and a streaming replica, two API instances, nginx) on the built product. `pnpm test:plusieurs-serveurs`.
module.exports = {
  rootDir: '..',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/plusieurs-serveurs/**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }] },
  testTimeout: 600000,
  maxWorkers: 1,
};
