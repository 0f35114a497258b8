// The API's layers, from the bottom up: a module may import its own layer's modules and those below, never above.
// Features are layers too, in the order they build on each other; siblings never import each other.
const LAYERS = [
  ['config', '^src/config/'],
  ['common', '^src/common/'],
  ['database', '^src/database/'],
  ['context', '^src/context\\.ts$'],
  ['sante', '^src/sante/'],
  ['territoires', '^src/territoires/'],
  ['auth', '^src/auth/'],
  ['emploi', '^src/emploi/'],
  ['poles', '^src/poles/'],
  ['couverture', '^src/couverture/'],
  [
    ['classes', 'comparer', 'repartition', 'densite', 'etude', 'analyses-territoriales', 'prealables'],
    '^src/(classes|comparer|repartition|densite|etude|analyses-territoriales|prealables)/',
  ],
  ['sauvegarde', '^src/sauvegarde/'],
  ['app', '^src/app/'],
  ['schema', '^src/schema/'],
  ['server', '^src/server/'],
  ['cli', '^src/cli/'],
  ['main', '^src/(main\\.ts|test-support/)'],
];

// Tests stand above every layer: they may use any module.
const TESTS = '\\.test\\.ts$';

const above = (index) => LAYERS.slice(index + 1).map(([, path]) => path);

const layerRules = LAYERS.flatMap(([name, path], index) => {
  const rules = [];
  if (index < LAYERS.length - 1) {
    rules.push({
      name: `${[name].flat().join('-')}-imports-only-below`,
      comment: `${[name].flat().join(', ')} may import only the layers below it (${LAYERS.slice(0, index).map(([n]) => [n].flat().join('/')).join(', ') || 'none'}).`,
      severity: 'error',
      from: { path, pathNot: TESTS },
      to: { path: above(index) },
    });
  }
  if (Array.isArray(name)) {
    rules.push({
      name: `${name.join('-')}-siblings`,
      comment: `${name.join(', ')} are sibling features: none imports another.`,
      severity: 'error',
      from: { path, pathNot: TESTS },
      to: { path, pathNot: '^src/$1/' },
    });
  }
  return rules;
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import circle: each module can be understood from what is below it.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-outside-repository',
      severity: 'error',
      comment: 'The product never reads ../shared (a user clone has none).',
      from: {},
      to: { path: '(^|/)\\.\\./shared/' },
    },
    {
      name: 'no-deep-package-import',
      severity: 'error',
      comment: 'Other packages by their name (@poles-ess/shared), never by a relative path into them.',
      from: { path: '^src/' },
      to: { path: '^\\.\\./(shared|dashboard)/' },
    },
    {
      name: 'no-tests-in-product',
      severity: 'error',
      comment: 'The product never imports a test or a test fixture.',
      from: { path: '^src/', pathNot: `(${TESTS}|^src/test-support/)` },
      to: { path: '(\\.test\\.ts$|^src/test-support/)' },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
