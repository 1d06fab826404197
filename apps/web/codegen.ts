import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the web client from the API's schema. The documents are the `.graphql`
 * files next to the code that uses them; the output is git-ignored and made by `nx run web:codegen`.
 * Paths are relative to the workspace root, where Nx runs the command.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/modules/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        // Scalars that a later schema adds are typed unknown rather than failing the generation.
        defaultScalarType: 'unknown',
        scalars: { ID: 'string', Date: 'string', DateTime: 'string', Decimal: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
