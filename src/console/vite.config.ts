import { defineConfig } from 'vite';

/**
 * Builds the onboarding console into ./dist (ignored by git), which the gateway serves at `/`.
 * `npm run console:build` runs it; `npm ci` runs that through the `prepare` script. Offline:
 * everything comes from node_modules.
 */
export default defineConfig({
  base: '/',
  // Preact's JSX runtime, through Vite's own transformer (no Babel preset needed).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The polyfill is an inline script, which the console's CSP (script-src 'self') refuses.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  logLevel: 'warn',
});
