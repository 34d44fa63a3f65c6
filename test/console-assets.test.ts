import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { CONSOLE_CSP, consolePlugin } from '../src/http/console-assets';
import { schema } from '../src/schema/index';

/** The console's files as the gateway serves them (the page itself is tested in Chromium: npm run test:browser). */
function appServing(dir: string) {
  return createYoga({ schema, landingPage: false, graphiql: false, logging: false, plugins: [consolePlugin(dir)] });
}

function builtConsole(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trunkline-console-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Trunkline console</title><script type="module" src="/assets/index-abc123.js"></script>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(dir, 'assets', 'index-abc123.css'), 'body{}');
  return dir;
}

describe('the console at GET /', () => {
  it('serves the page under its own strict CSP, and hashed assets cached for good', async () => {
    const app = appServing(builtConsole());
    const page = await app.fetch('http://localhost/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
    expect(CONSOLE_CSP).toContain("script-src 'self';");
    expect(CONSOLE_CSP).not.toContain('unsafe');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('/assets/index-abc123.js');

    const script = await app.fetch('http://localhost/assets/index-abc123.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await script.text()).toBe('console.log(1)');
    expect((await app.fetch('http://localhost/assets/index-abc123.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');

    const head = await app.fetch('http://localhost/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('passes anything else through: unknown assets, other methods, other paths', async () => {
    const app = appServing(builtConsole());
    expect((await app.fetch('http://localhost/assets/missing.js')).status).toBe(404);
    // Only files the build listed are served: no path reaches outside them.
    for (const path of ['/assets/..%2Findex.html', '/assets/%2e%2e/%2e%2e/package.json', '/index.html']) expect((await app.fetch(`http://localhost${path}`)).status, path).toBe(404);
    expect((await app.fetch('http://localhost/', { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await app.fetch('http://localhost/other')).status).toBe(404);
  });

  it('says how to build it when it is not built, instead of a blank page', async () => {
    const app = appServing(mkdtempSync(join(tmpdir(), 'trunkline-console-empty-')));
    const page = await app.fetch('http://localhost/');
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('npm run console:build');
  });
});
