#!/usr/bin/env node
// The `trunkline` command: runs the compiled CLI, dist/main.js (`npm run build`; `npm ci` builds
// it through the `prepare` script), with stack traces mapped to the TypeScript lines.
import { existsSync, readFileSync, statSync } from 'node:fs';

process.setSourceMapsEnabled(true);
const root = new URL('../', import.meta.url);
const built = new URL('dist/main.js', root);

/**
 * In a development tree (tsx installed) where a source file changed after the last build, the
 * sources run through tsx instead, in this process, so nothing ever runs stale code. A
 * production install has no tsx and runs the build.
 */
function staleBuild() {
  try {
    import.meta.resolve('tsx/esm/api');
  } catch {
    return false;
  }
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  const inputs = JSON.parse(readFileSync(new URL('dist/inputs.json', root), 'utf8'));
  return inputs.some((file) => (statSync(new URL(file, root), { throwIfNoEntry: false })?.mtimeMs ?? 0) > builtAt);
}

if (staleBuild()) {
  if (process.stderr.isTTY) console.error('trunkline: the build is older than the sources; running them through tsx (npm run build)');
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('src/main.ts', root).href);
} else {
  await import(built.href);
}
