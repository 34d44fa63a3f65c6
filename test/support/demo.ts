import { spawn } from 'node:child_process';

/** `trunkline demo` on free ports (simulator, SIP trunks, gateway), with `env`; what it printed and how to stop it. */
export async function startDemo(env: Record<string, string>): Promise<{ out: string; key: string | undefined; url: string | undefined; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['src/bin.mjs', 'demo'], {
    env: { ...process.env, LOG_LEVEL: 'warn', PORT: '0', SIMULATOR_PORT: '0', DEMO_SIP_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`demo did not start:\n${out}`)), 30_000);
    child.stdout.on('data', (chunk) => {
      out += String(chunk);
      if (out.includes('GraphiQL:')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr.on('data', (chunk) => (out += String(chunk)));
    child.once('exit', (code) => reject(new Error(`demo exited with ${code}:\n${out}`)));
  });
  const key = /API key of the demo organization[^:]*:\s+(sk_live_\w+)/.exec(out)?.[1];
  const url = /GraphiQL: (http:\/\/[^/\s]+)\/graphql/.exec(out)?.[1];
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { out, key, url, stop };
}
