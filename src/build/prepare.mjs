// The `prepare` script, which `npm ci` and `npm install` run: builds the gateway (dist/) and the
// console (src/console/dist/), so `npm ci && npm start` needs no other step.
// A production install of an already built tree (`npm ci --omit=dev`, where esbuild and Vite
// are absent) keeps the build it was given instead of failing for want of the tools.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const has = (spec) => {
  try {
    import.meta.resolve(spec);
    return true;
  } catch {
    return false;
  }
};

if (!has('esbuild') || !has('vite')) {
  if (existsSync(resolve(root, 'dist/main.js')) && existsSync(resolve(root, 'src/console/dist/index.html'))) {
    console.log('prepare: no build tools (a production install); keeping the build in dist/ and src/console/dist/');
    process.exit(0);
  }
  console.error('prepare: dist/ is missing and esbuild/Vite are not installed: run `npm run build` where devDependencies are installed');
  process.exit(1);
}
const node = (...args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
node('src/build/build.mjs');
node('node_modules/vite/bin/vite.js', 'build', 'src/console');
