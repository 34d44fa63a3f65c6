import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser, newSession, startDemo, type Demo, type Session } from './harness';

/** A console test file's demo and browser, and the sessions its tests open. */
export interface ConsoleSuite {
  /** The file's own `npm run demo`: set once its beforeAll has run. */
  readonly demo: Demo;
  readonly browser: Browser;
  /**
   * A fresh browser context on the demo, closed after the test, which fails if the page reached
   * beyond 127.0.0.1 or logged an error other than those `allowErrors` matches.
   */
  session(opts?: { viewport?: { width: number; height: number }; allowErrors?: RegExp }): Promise<Session>;
}

/**
 * The hooks every console test file registers: one demo and one Chromium a file (started together,
 * stopped after it), then `setup` (an organization of the file's own, its data); after each test,
 * its sessions closed and checked.
 */
export function consoleSuite(setup?: (demo: Demo) => Promise<void> | void): ConsoleSuite {
  let demo: Demo;
  let browser: Browser;
  const sessions: { session: Session; allowErrors?: RegExp }[] = [];

  beforeAll(async () => {
    [demo, browser] = await Promise.all([startDemo(), launchBrowser()]);
    await setup?.(demo);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });
  afterEach(async () => {
    for (const { session: s, allowErrors } of sessions.splice(0)) {
      await s.context.close();
      expect(s.foreignRequests, 'requests that left 127.0.0.1').toEqual([]);
      expect(s.consoleErrors.filter((e) => !allowErrors?.test(e)), 'console errors').toEqual([]);
    }
  });

  return {
    get demo() {
      return demo;
    },
    get browser() {
      return browser;
    },
    async session({ viewport, allowErrors } = {}) {
      const session = await newSession(browser, demo, viewport);
      sessions.push({ session, allowErrors });
      return session;
    },
  };
}
