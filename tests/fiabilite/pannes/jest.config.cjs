// Issue 20's fault on the embedded database (base-embarquee-tuee.test.ts) alone, after `pnpm build` (`pnpm test` runs
// it too): its first start builds the reference data (minutes on a loaded machine) unless DATA_DIR_MODELE names a
// built data directory to copy. `pnpm test:panne-embarquee`.
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/fiabilite/pannes/base-embarquee-tuee.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }] },
  testTimeout: 900000,
  maxWorkers: 1,
};
