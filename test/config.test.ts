import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('takes the SIP ingress TLS settings all together or not at all, naming the missing one and never a value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'config-tls-'));
    writeFileSync(join(dir, 'cert.pem'), 'CERT-PEM');
    writeFileSync(join(dir, 'key.pem'), 'KEY-PEM');
    const listen = { TRUNKLINE_SIP_INGRESS_LISTEN: '127.0.0.1:0' };
    const all = { TRUNKLINE_SIP_INGRESS_TLS_PORT: '0', TRUNKLINE_SIP_INGRESS_TLS_CERT_FILE: join(dir, 'cert.pem'), TRUNKLINE_SIP_INGRESS_TLS_KEY_FILE: join(dir, 'key.pem') };
    expect(loadConfig(listen).testCalls.sipIngress?.tls).toBeUndefined();
    expect(loadConfig({ ...listen, ...all }).testCalls.sipIngress?.tls).toEqual({ port: 0, cert: 'CERT-PEM', key: 'KEY-PEM' });
    for (const name of Object.keys(all) as (keyof typeof all)[]) {
      const env = { ...listen, ...all, [name]: undefined };
      expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${name} must be set with `));
    }
    expect(() => loadConfig({ ...listen, ...all, TRUNKLINE_SIP_INGRESS_TLS_KEY_FILE: join(dir, 'CANARY.pem') })).toThrow(/^Invalid configuration: TRUNKLINE_SIP_INGRESS_TLS_KEY_FILE cannot be read$/);
    expect(() => loadConfig(all)).toThrow(/^Invalid configuration: TRUNKLINE_SIP_INGRESS_LISTEN /);
    expect(() => loadConfig({ ...listen, ...all, TRUNKLINE_SIP_INGRESS_TLS_PORT: '70000' })).toThrow(/^Invalid configuration: TRUNKLINE_SIP_INGRESS_TLS_PORT /);
  });

  it('stops the process with that line on a bad PORT or DATABASE_URL', () => {
    for (const env of [{ PORT: 'nope' }, { DATABASE_URL: 'oracle://db' }]) {
      const res = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', 'serve'], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 20_000 });
      expect(res.status).toBe(1);
      expect(res.stderr.trim()).toMatch(/^Invalid configuration: (PORT|DATABASE_URL) /);
    }
  });
});
