import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startDemo as startDemoProcess } from './support/demo';

async function startDemo(env: Record<string, string>) {
  const demo = await startDemoProcess(env);
  const telnyx = JSON.parse(/^ {2}telnyx +(\{.*\})$/m.exec(demo.out)?.[1] ?? 'null') as Record<string, string> | null;
  return { ...demo, telnyx };
}

describe('npm run demo', () => {
  it('keeps to its own database and prints a working API key on every start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trunkline-demo-'));
    const env = { DATABASE_URL: `sqlite:${join(dir, 'user.db')}`, TRUNKLINE_DEMO_DATABASE_URL: `sqlite:${join(dir, 'demo.db')}` };
    const keys: string[] = [];
    for (let run = 0; run < 2; run++) {
      const demo = await startDemo(env);
      try {
        expect(demo.key, demo.out).toBeDefined();
        keys.push(demo.key!);
        const auth = { authorization: `Bearer ${demo.key}`, 'content-type': 'application/json' };
        expect((await fetch(`${demo.url}/v1/voip-connections`, { headers: auth })).status).toBe(200);
        // The Telnyx credentials it prints are a key alone, and they pass.
        expect(Object.keys(demo.telnyx ?? {})).toEqual(['api_key']);
        const test = await fetch(`${demo.url}/v1/voip-connections/test`, { method: 'POST', headers: auth, body: JSON.stringify({ provider: 'telnyx', credentials: demo.telnyx }) });
        expect(await test.json()).toMatchObject({ status: 'pass' });
      } finally {
        await demo.stop();
      }
    }
    expect(keys[0]).not.toBe(keys[1]);
    expect(existsSync(join(dir, 'demo.db'))).toBe(true);
    expect(existsSync(join(dir, 'user.db'))).toBe(false);
  }, 90_000);
});
