import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import checkFile from 'eslint-plugin-check-file';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/generated/**',
      'tests/artifacts/**',
      'tests/bench/results/**',
      '.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Exports nommés uniquement (house style).' },
      ],
    },
  },
  {
    // One file-naming scheme: kebab-case, the role as a suffix (pole.entity.ts, build-poles-layer.ts, carte-page.tsx).
    files: ['packages/*/src/**/*.{ts,tsx}', 'tests/**/*.{ts,cjs,mjs}', 'scripts/**/*'],
    // Migrations keep TypeORM's timestamp prefix (1732600008000-couverture-action-cle.ts), which orders them.
    ignores: ['**/migrations/**'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': ['error', { '**/*.{ts,tsx,cjs,mjs}': 'KEBAB_CASE' }, { ignoreMiddleExtensions: true }],
      'check-file/folder-naming-convention': ['error', { '**/': 'KEBAB_CASE' }],
    },
  },
  {
    // A user's clone has no ../shared: the product and its tests never name it (only data build scripts may).
    files: ['packages/*/src/**/*.{ts,tsx}', 'tests/**/*.{ts,cjs,mjs}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Exports nommés uniquement (house style).' },
        { selector: 'Literal[value=/\\.\\.\\/shared\\//]', message: '../shared n’existe pas dans un clone : copiez la donnée dans le dépôt.' },
        { selector: 'TemplateElement[value.raw=/\\.\\.\\/shared\\//]', message: '../shared n’existe pas dans un clone : copiez la donnée dans le dépôt.' },
      ],
    },
  },
  {
    // Files whose tool wants a default export (Vite, codegen, Jest's global setup).
    files: ['**/vite.config.ts', '**/codegen.ts', 'eslint.config.mjs', '**/test-support/global-*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
