import { defineConfig } from 'vitest/config';

/** The console in headless Chromium (`npm run test:browser`): one browser, one demo, files in turn. */
export default defineConfig({
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/console/**/*.test.ts'],
    globalSetup: ['test/console/build.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
