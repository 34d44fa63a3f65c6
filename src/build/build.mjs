// Compiles the gateway (src/main.ts and everything it imports, migrations included) into ES
// modules: dist/main.js, and one file beside it per part imported lazily (`await import(…)`:
// the simulator, the demo, the Redis clients, the OpenAPI document…), with source maps so stack
// traces name the TypeScript lines. Splitting is what keeps a lazy import lazy: in one file, the
// packages a lazily imported module imports would be imported at start with the rest.
// esbuild rather than tsc: the sources import without file extensions (moduleResolution
// "Bundler"), which plain Node cannot resolve file by file, and a few files load faster than 160.
// Packages are bundled too: resolving and loading some 1,500 files of node_modules one by one
// was half of the start-up time (1.4 s → 0.7 s to the first answer; `npm run bench`, startup).
// A few stay external, loaded from the production install (`npm ci --omit=dev`) as from source:
// a native addon, packages that find files or workers of their own by path at run time, the
// OpenTelemetry SDK (loaded only when tracing is on), and the clients loaded only on their path.
const external = [
  'better-sqlite3', // native addon
  'pg', // its optional pg-native is required at run time
  'ioredis', // only with REDIS_URL, imported lazily
  '@opentelemetry/*', // the SDK only when tracing is on; one API instance for both
  'pino', // transports run in a worker thread that loads pino's own files by path
  'pino-pretty', // loaded by name inside that worker
  'swagger-ui-dist', // its static files are served from its directory
];
// A bundled CommonJS package that calls require() (of node:fs, say) needs a require in scope.
const requireShim = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const outdir = resolve(root, 'dist');

/**
 * Each module's `import.meta.url` stays the URL of its own source file (e.g. console-assets.ts
 * finds `../console/dist/` beside it), computed from the bundle's URL, so the tree can move.
 */
const sourceLocation = {
  name: 'source-location',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const fromBundle = JSON.stringify(relative(outdir, args.path).split('\\').join('/'));
      return { contents: text.replaceAll('import.meta.url', `new URL(${fromBundle}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/main.ts' },
  outdir,
  // Every output file sits in dist/ itself, where the source-location plugin expects its module.
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  external,
  banner: { js: requireShim },
  sourcemap: 'linked',
  // The map points at the .ts files by path; their text need not travel in it.
  sourcesContent: false,
  metafile: true,
  logLevel: 'warning',
  plugins: [sourceLocation],
});

// What an earlier build wrote and this one did not (parts whose code changed since) would only
// pile up, and ship.
const written = new Set(Object.keys(result.metafile.outputs).map((file) => resolve(root, file)));
for (const name of readdirSync(outdir)) {
  if (/\.js(\.map)?$/.test(name) && !written.has(resolve(outdir, name))) rmSync(resolve(outdir, name));
}

// Every package the compiled code imports must be a runtime dependency, or the production
// install (no devDependencies) would fail on it, perhaps only on a rarely used path.
const { dependencies = {} } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const packageOf = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
const imported = new Set();
for (const input of Object.values(result.metafile.inputs)) {
  for (const imp of input.imports) if (imp.external && !isBuiltin(imp.path) && imp.path !== '<runtime>') imported.add(imp.path);
}
const missing = new Set([...imported].map(packageOf).filter((name) => !(name in dependencies)));
if (missing.size) {
  console.error(`build: imported at run time but not in "dependencies": ${[...missing].join(', ')}`);
  process.exit(1);
}

// The sources the build read, for src/bin.mjs to tell a stale build in a development tree.
const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.startsWith('node_modules/')).sort();
writeFileSync(resolve(outdir, 'inputs.json'), `${JSON.stringify(inputs)}\n`);
// The package specifiers it imports, for the production-install check to load each one there.
writeFileSync(resolve(outdir, 'packages.json'), `${JSON.stringify([...imported].sort())}\n`);
