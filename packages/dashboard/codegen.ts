import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come only from codegen: the API's committed schema + the operations and fragments in src/.
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { GeoJSON: 'GeoJSON.GeoJsonObject', DateTimeISO: 'string' } },
    },
  },
};

export default config;
