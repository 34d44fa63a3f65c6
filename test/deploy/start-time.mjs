// How long `trunkline serve` takes from spawn to its first 200 from GET /v1/healthz, and the
// process's resident memory once idle after that. Not a test (wall-clock figures vary with the
// machine): a measurement, printed as one JSON line per run.
//   node test/deploy/start-time.mjs [runs] [-- command args…]   (default: node src/bin.mjs serve)
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const sep = process.argv.indexOf('--');
const runs = Number(process.argv[2] && process.argv[2] !== '--' ? process.argv[2] : 3);
const command = sep > 0 ? process.argv.slice(sep + 1) : [process.execPath, 'src/bin.mjs', 'serve'];

const freePort = () =>
  new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

const rssKb = (pid) => Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim());

for (let run = 0; run < runs; run++) {
  const dir = mkdtempSync(join(tmpdir(), 'trunkline-start-'));
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`, LOG_LEVEL: 'warn', NODE_ENV: 'production' };
  const started = performance.now();
  const child = spawn(command[0], command.slice(1), { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let readyMs;
  // Bounded: 30 s of polling at most, then the run is reported as failed.
  while (performance.now() - started < 30_000 && child.exitCode === null) {
    const ok = await fetch(`http://127.0.0.1:${port}/v1/healthz`).then((r) => r.ok, () => false);
    if (ok) {
      readyMs = performance.now() - started;
      break;
    }
    await sleep(10);
  }
  // Idle: a second after the first answer, with nothing else asked of it.
  await sleep(1000);
  const rss = child.exitCode === null ? rssKb(child.pid) : undefined;
  child.kill('SIGTERM');
  await exited;
  rmSync(dir, { recursive: true, force: true });
  console.log(JSON.stringify({ run, firstHealthzMs: readyMs === undefined ? null : Math.round(readyMs), idleRssMb: rss === undefined ? null : Math.round(rss / 1024) }));
}
