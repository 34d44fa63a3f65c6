import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

/** A gateway process (`trunkline serve`) started by a test, and every line it logged. */
export interface Instance {
  url: string;
  child: ChildProcess;
  log: string[];
}

/**
 * Starts `trunkline serve` with `env` (PORT=0 picks a port) and resolves once it listens.
 * `cpu` pins it to one core (taskset), for benchmarks that keep server and load apart.
 */
export function startInstance(env: Record<string, string>, cpu?: number): Promise<Instance> {
  const [command, args] = cpu === undefined ? [process.execPath, ['src/bin.mjs', 'serve']] : ['taskset', ['-c', String(cpu), process.execPath, 'src/bin.mjs', 'serve']];
  const child = spawn(command as string, args as string[], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance did not start:\n${log.join('\n')}`)), 30_000);
    const collect = (chunk: Buffer) => {
      log.push(...String(chunk).split('\n').filter(Boolean));
      const url = log.map((l) => /"url":"(http:\/\/[^"]+)".*Trunkline is listening/.exec(l)?.[1]).find(Boolean);
      if (url) {
        clearTimeout(timer);
        resolve({ url, child, log });
      }
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.once('exit', (code) => reject(new Error(`instance exited with ${code}:\n${log.join('\n')}`)));
  });
}

/** SIGTERM, and waits for the process to end. */
export function stopInstance(i: Instance): Promise<void> {
  return new Promise((resolve) => {
    if (i.child.exitCode !== null) return resolve();
    i.child.once('exit', () => resolve());
    i.child.kill('SIGTERM');
  });
}

/** A REST call to an instance with an API key. */
export async function callInstance(i: Pick<Instance, 'url'>, key: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${i.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

/** A one-shot `trunkline` command (migrate, orgs create …) with `env`; its stdout. */
export function cli(env: Record<string, string>, args: string[]): string {
  const res = spawnSync(process.execPath, ['src/bin.mjs', ...args], { env: { ...process.env, ...env, LOG_LEVEL: 'silent' }, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(res.stderr);
  return res.stdout;
}
