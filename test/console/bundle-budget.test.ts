import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CONSOLE_DIST } from '../../src/http/console-assets';

/** The console ships at most 150 kB of gzipped JavaScript (built by this suite's setup). */
describe('the console bundle', () => {
  it('stays within 150 kB of gzipped JavaScript, from one origin', () => {
    const assets = join(CONSOLE_DIST, 'assets');
    const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0);
    console.log(`console JavaScript: ${scripts.length} file(s), ${(gzipped / 1024).toFixed(1)} kB gzipped`);
    expect(gzipped).toBeLessThanOrEqual(150 * 1024);
    // The page loads only its own files: no script, style or font from another host.
    const html = readFileSync(join(CONSOLE_DIST, 'index.html'), 'utf8');
    expect(html.match(/(?:src|href)="([^"]+)"/g)?.filter((a) => /(?:src|href)="(?:https?:)?\/\//.test(a))).toEqual([]);
  });
});
