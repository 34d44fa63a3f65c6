import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config';

describe('configuration', () => {
  it('has working defaults for the embedded setup', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 4000, host: '127.0.0.1', databaseUrl: 'sqlite:./data/trunkline.db', evidenceTtlSeconds: 600 });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ TRUNKLINE_SECRET_KEYS: 'k1:short' }, 'TRUNKLINE_SECRET_KEYS'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TRUNKLINE_ALLOW_PRIVATE_SIP: 'maybe' }, 'TRUNKLINE_ALLOW_PRIVATE_SIP'],
  ])('refuses %o with one line naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (err) {
      expect((err as Error).message).toMatch(new RegExp(`^Invalid configuration: ${name} `));
      expect((err as Error).message).not.toContain('\n');
    }
  });

  it('never echoes the value of a bad secret setting', () => {
    expect(() => loadConfig({ TRUNKLINE_SECRET_KEYS: 'k1:CANARYCANARY' })).toThrow(/^(?!.*CANARY)/);
  });

  it('stops the process with that line on a bad PORT or DATABASE_URL', () => {
    for (const env of [{ PORT: 'nope' }, { DATABASE_URL: 'oracle://db' }]) {
      const res = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', 'serve'], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 20_000 });
      expect(res.status).toBe(1);
      expect(res.stderr.trim()).toMatch(/^Invalid configuration: (PORT|DATABASE_URL) /);
    }
  });
});
