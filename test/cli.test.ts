import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ['src/bin.mjs', ...args], { env: { ...process.env, LOG_LEVEL: 'info', ...env }, encoding: 'utf8', timeout: 30_000 });

describe('the trunkline command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trunkline-cli-'));
  const env = { DATABASE_URL: `sqlite:${join(dir, 'cli.db')}` };

  it('migrate applies the migrations once', () => {
    // A database of its own: the other commands migrate the shared one on first use, in whatever order they run.
    const env = { DATABASE_URL: `sqlite:${join(dir, 'migrate.db')}` };
    expect(JSON.parse(run(['migrate'], env).stdout)).toEqual({ applied: ['0001_initial', '0002_connection_number_count', '0003_connection_rechecks', '0004_audit_events', '0005_organization_number_count', '0006_number_claims', '0007_idempotency_at_rest', '0008_test_calls', '0009_webhooks', '0010_api_key_scopes', '0011_connect_links'] });
    expect(JSON.parse(run(['migrate'], env).stdout)).toEqual({ applied: [] });
  });

  it('orgs create prints exactly one JSON line with the org id and its key', () => {
    const res = run(['orgs', 'create', 'Acme', 'Corp'], env);
    expect(res.status).toBe(0);
    const lines = res.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual({ org_id: expect.any(Number), api_key: expect.stringMatching(/^sk_live_[0-9a-f]{48}$/) });
  });

  it('keys create, list and revoke', () => {
    const org = JSON.parse(run(['orgs', 'create', 'Keys Inc'], env).stdout).org_id;
    const created = JSON.parse(run(['keys', 'create', String(org), 'deploy'], env).stdout);
    expect(created).toMatchObject({ key_prefix: created.api_key.slice(0, 15) });
    const listed = run(['keys', 'list', String(org)], env).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(listed.map((k) => k.name)).toContain('deploy');
    expect(JSON.stringify(listed)).not.toContain(created.api_key);
    expect(JSON.parse(run(['keys', 'revoke', String(org), String(created.id)], env).stdout)).toMatchObject({ isActive: false });
  });

  it('prints usage and exits 2 for an unknown command', () => {
    const res = run(['frobnicate'], env);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('Usage: trunkline');
  });
});
