import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The database is reached by repositories (`*.repository.ts`, the project list's read model) and
 * database/ only: services hold the rules and ask a repository; resolvers ask a service.
 */
const DATABASE_IMPORTS = {
  name: 'typeorm',
  importNames: ['DataSource', 'EntityManager', 'QueryRunner', 'Repository'],
  message: 'Only repositories and database/ reach the database; a service asks its repository.',
};
const SQL_IMPORTS = {
  regex: '/database/(sql|columns|list-bounds)$',
  message: 'Hand-written SQL lives in repositories and database/; a service asks its repository.',
};
const REPOSITORIES = [
  'apps/api/src/database/**/*.ts',
  'apps/api/src/**/*.repository.ts',
  'apps/api/src/**/*-read-model.ts',
  '**/*.spec.ts',
  '**/*.integration-spec.ts',
];

export default tseslint.config(
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      '**/tmp',
      '**/*.generated.*',
      '**/generated/**',
      '.leitstand-data',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { plugins: { '@nx': nx } },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.mjs', '**/*.cjs', '**/*.js'],
    rules: {
      // Libraries are reached only through their entry points, and only along these edges:
      // api and web may use shared, never each other; shared uses only shared.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: true,
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util'] },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'],
            },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // Services, resolvers and graphql/ never talk to the database themselves.
    files: ['apps/api/src/**/*.ts'],
    ignores: REPOSITORIES,
    rules: {
      'no-restricted-imports': ['error', { paths: [DATABASE_IMPORTS], patterns: [SQL_IMPORTS] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.property.name='uow'][property.name=/^(manager|query)$/]",
          message: "The unit of work's manager and query are for repositories; a service asks its repository.",
        },
      ],
    },
  },
  {
    // graphql/ is below the domains: each domain registers its loaders and node types with it.
    files: ['apps/api/src/graphql/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.integration-spec.ts', 'apps/api/src/graphql/print-schema.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [DATABASE_IMPORTS],
          patterns: [
            SQL_IMPORTS,
            {
              regex:
                '^\\.\\./(access|audit|demo|health|kpi|milestone|node|people|project|risk|status|strategy|system|web)/',
              message: 'graphql/ imports no domain: the domain registers with LoaderRegistry instead.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tools/**/*.mjs', 'tests/**/*.ts', '**/*.config.mts', 'apps/api/test/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', performance: 'readonly' } },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  prettier,
);
