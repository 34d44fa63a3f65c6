import { execFileSync } from 'node:child_process';

/** Builds the console from the sources under test, so a stale dist/ can never pass for them. */
export default function setup() {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', 'src/console'], { stdio: 'inherit' });
}
