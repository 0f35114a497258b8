// Dependency rules of the dashboard, checked by lint:
//   pnpm exec depcruise --config packages/dashboard/.dependency-cruiser.cjs packages/dashboard/src
// Layers, from the bottom: graphql/ (codegen, Apollo client) < ui/ (shared pieces) < features/<name>/ < app/.
// Paths are relative to the repository root (baseDir), wherever the command runs from.
const path = require('node:path');

const SRC = '^packages/dashboard/src/';
// kebab-case, a role word or a leading verb, one extension; `.test` is the only other dot.
const FILE_NAME = '/[a-z0-9][a-z0-9-]*(?:[.]test)?[.](?:ts|tsx|css)$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle: one of its modules belongs lower, or the shared part goes to ui/.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'feature-imports-feature',
      severity: 'error',
      comment: 'Features never import each other: what two features share moves to ui/ (only app/ routes import features).',
      from: { path: `${SRC}features/([^/]+)/` },
      to: { path: `${SRC}features/`, pathNot: `${SRC}features/$1/` },
    },
    {
      name: 'lower-layer-imports-higher',
      severity: 'error',
      comment: 'ui/ and graphql/ never import features/ or app/; features never import app/.',
      from: { path: `${SRC}(?:ui|graphql|features)/` },
      to: { path: `${SRC}(?:app|ide)/` },
    },
    {
      name: 'ui-imports-feature',
      severity: 'error',
      comment: 'ui/ and graphql/ are shared by every feature: they never import one.',
      from: { path: `${SRC}(?:ui|graphql)/` },
      to: { path: `${SRC}features/` },
    },
    {
      name: 'graphql-imports-ui',
      severity: 'error',
      comment: 'graphql/ is the bottom layer.',
      from: { path: `${SRC}graphql/` },
      to: { path: `${SRC}ui/` },
    },
    {
      name: 'outside-the-repository',
      severity: 'error',
      comment: 'The product never reads ../shared (a user clone has none): nothing outside the repository at run time.',
      from: {},
      to: { path: '^[.][.]/' },
    },
    {
      name: 'deep-import-into-another-package',
      severity: 'error',
      comment: 'Another package is reached by its name (@poles-ess/shared), never by a relative path into it.',
      from: { path: SRC },
      to: { dependencyTypes: ['local'], dependencyTypesNot: ['aliased'], path: '^packages/(?!dashboard/)' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that does not resolve (a missing file, or a package that is not a dependency).',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-orphans',
      severity: 'error',
      comment: 'A module nothing imports: dead code (tests and the entry points aside).',
      from: { orphan: true, pathNot: ['[.]test[.]tsx?$', '[.]d[.]ts$', `${SRC}main[.]tsx$`, `${SRC}ide/ide-main[.]tsx$`] },
      to: {},
    },
    {
      name: 'file-name',
      severity: 'error',
      comment: 'One naming scheme: kebab-case with a role suffix or a leading verb (pole-card.tsx, to-x-rows.ts), no dotted roles.',
      from: { path: SRC, pathNot: [FILE_NAME, `${SRC}graphql/generated/`] },
      to: {},
    },
    {
      name: 'file-name-imported',
      severity: 'error',
      comment: 'One naming scheme: kebab-case with a role suffix or a leading verb (pole-card.tsx, to-x-rows.ts), no dotted roles.',
      from: {},
      to: { path: SRC, pathNot: [FILE_NAME, `${SRC}graphql/generated/`] },
    },
  ],
  options: {
    baseDir: path.join(__dirname, '../..'),
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(?:^|/)dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: path.join(__dirname, 'tsconfig.json') },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
