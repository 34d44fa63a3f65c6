import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types flow from one source: the code prints schema.graphql, and codegen types every operation
 * the REST shim, the console and the tests run against it. `npm run codegen` regenerates; a test checks the
 * generated files are current.
 */
const shared = {
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
  config: {
    enumsAsTypes: true,
    useTypeImports: true,
    scalars: { DateTime: 'string', ID: 'string' },
    avoidOptionals: false,
  },
};

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/rest/generated/': { ...shared, documents: ['src/rest/operations/*.graphql'] },
    // The onboarding console's documents, written next to the components that use them.
    'src/console/generated/': { ...shared, documents: ['src/console/**/*.{ts,tsx}', '!src/console/generated/**', '!src/console/dist/**'] },
    // Tests are a GraphQL client of their own: they send the REST shim's documents (public
    // operations against the public schema) to /graphql, and theirs beside them, typed here —
    // never through the shim's own generated module.
    'test/generated/': { ...shared, documents: ['test/operations/*.graphql', 'src/rest/operations/*.graphql'] },
  },
  hooks: {},
};

export default config;
