import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECRET_KEYS } from './support/harness';

/** Starts the gateway (directly, or under `script` for a real pseudo-terminal) and returns its output up to "listening". */
function startAndRead(env: Record<string, string>, tty: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'trunkline-logs-'));
  const command = [process.execPath, 'src/bin.mjs', 'serve'];
  const child = tty
    ? spawn('script', ['-qfec', command.join(' '), '/dev/null'], { env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`, TRUNKLINE_SECRET_KEYS: SECRET_KEYS, PORT: '0', ...env } })
    : spawn(command[0]!, command.slice(1), { env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`, TRUNKLINE_SECRET_KEYS: SECRET_KEYS, PORT: '0', ...env } });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line:\n${out}`)), 20_000);
    child.stdout!.on('data', (chunk) => {
      out += String(chunk);
      if (out.includes('Trunkline is listening')) {
        clearTimeout(timer);
        child.kill('SIGTERM');
        resolve(out);
      }
    });
  });
}

const ANSI = /\x1b\[\d+m/;
const listeningLine = (out: string) => out.split(/\r?\n/).find((l) => l.includes('Trunkline is listening'))!;

describe('log format', () => {
  it('writes JSON lines when stdout is not a terminal', async () => {
    const line = listeningLine(await startAndRead({}, false));
    expect(JSON.parse(line)).toMatchObject({ level: 30, msg: 'Trunkline is listening' });
  });

  it('writes pretty, colourized lines on a terminal, and JSON there with LOG_FORMAT=json', async () => {
    const pretty = listeningLine(await startAndRead({}, true));
    expect(pretty).toMatch(ANSI);
    expect(pretty).toMatch(/INFO.*Trunkline is listening/);
    expect(() => JSON.parse(pretty)).toThrow();
    const json = listeningLine(await startAndRead({ LOG_FORMAT: 'json' }, true));
    expect(JSON.parse(json.trim())).toMatchObject({ msg: 'Trunkline is listening' });
  });

  it('writes pretty lines when asked, even into a pipe (LOG_FORMAT=pretty)', async () => {
    const line = listeningLine(await startAndRead({ LOG_FORMAT: 'pretty' }, false));
    expect(line).toMatch(ANSI);
    expect(line).toContain('Trunkline is listening');
  });
});
