// Issue 20's fault on the embedded database (base-embarquee-tuee.test.ts), apart from `pnpm test`: its first start
// builds the reference data (minutes on a loaded machine) unless DATA_DIR_MODELE names a built data directory, as
// CI gives it after the smoke test of `pnpm start`. `pnpm test:panne-embarquee`, after `pnpm build`.
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/fiabilite/pannes/base-embarquee-tuee.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }] },
  testTimeout: 900000,
  maxWorkers: 1,
};
