import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { credentialsFor, seedAccounts, type Scenario, type SimProvider } from '../../src/simulator/accounts';
import { startDemo as startDemoProcess } from '../support/demo';
import { callInstance, cli } from '../support/instances';

/** `npm run demo` as a newcomer runs it (simulated providers, two SIP trunks), on ports of its own. */
export interface Demo {
  url: string;
  key: string;
  databaseUrl: string;
  /** The open SIP trunk's port; the trunk asking for Digest is printed too. */
  sipPort: number;
  /** The simulated providers (and their /_sim controls, such as a number's failure mode). */
  simulatorUrl: string;
  stop: () => Promise<void>;
}

export async function startDemo(): Promise<Demo> {
  const dir = mkdtempSync(join(tmpdir(), 'trunkline-console-'));
  const databaseUrl = `sqlite:${join(dir, 'demo.db')}`;
  const { out, key, url, stop } = await startDemoProcess({ TRUNKLINE_DEMO_DATABASE_URL: databaseUrl, DATABASE_URL: `sqlite:${join(dir, 'unused.db')}` });
  const sipPort = Number(/"port":(\d+),"transport":"udp"\}\s*$/m.exec(out)?.[1]);
  const simulatorUrl = /Providers are simulated at (http:\/\/\S+?)\.?\s/.exec(out)?.[1];
  if (!key || !url || !sipPort || !simulatorUrl) throw new Error(`unexpected demo banner:\n${out}`);
  return { url, key, databaseUrl, sipPort, simulatorUrl, stop };
}

/** The simulator's seeded accounts are the same on every run: any scenario's credentials, REST-shaped. */
export function credentials(provider: SimProvider, scenario: Scenario = 'valid'): Record<string, string> {
  return credentialsFor(seedAccounts().find((a) => a.provider === provider && a.scenario === scenario)!);
}

/** Another organization in the demo database, with its own key (the `trunkline orgs create` command). */
export function otherOrganization(demo: Demo, name: string): string {
  const out = JSON.parse(cli({ DATABASE_URL: demo.databaseUrl }, ['orgs', 'create', name])) as { api_key: string };
  return out.api_key;
}

/** `trunkline keys revoke`: a revocation made by another process, which no event stream hears of. */
export function revokeWithCommandLine(demo: Demo, organizationId: string, keyId: number): void {
  cli({ DATABASE_URL: demo.databaseUrl }, ['keys', 'revoke', organizationId, String(keyId)]);
}

/** Switches a failure mode of the simulated network on for a number, as the demo's banner shows. */
export async function breakNumber(demo: Demo, e164: string, mode: 'caller_id_refused' | 'inbound_unrouted' | 'no_answer'): Promise<void> {
  const res = await fetch(`${demo.simulatorUrl}/_sim/numbers/${encodeURIComponent(e164)}/failure`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ mode }) });
  if (!res.ok) throw new Error(`simulator refused the failure mode: ${res.status}`);
}

/** A REST call to the demo's gateway. */
export const rest = (demo: Demo, key: string, method: string, path: string, body?: unknown) => callInstance(demo, key, method, path, body);

/** Debian's Chromium, headless, with the flags this closed network needs; Playwright gives it a fresh profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A browser context that refuses (and records) any request leaving 127.0.0.1. */
export interface Session {
  context: BrowserContext;
  foreignRequests: string[];
  consoleErrors: string[];
  open: () => Promise<Page>;
}

export async function newSession(browser: Browser, demo: Demo, viewport = { width: 1280, height: 900 }): Promise<Session> {
  const context = await browser.newContext({ viewport });
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.hostname === '127.0.0.1') return route.continue();
    foreignRequests.push(url.href);
    return route.abort();
  });
  const open = async () => {
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.goto(`${demo.url}/`);
    return page;
  };
  return { context, foreignRequests, consoleErrors, open };
}

export async function signIn(page: Page, key: string) {
  await page.getByLabel('Trunkline API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Connections' }).waitFor();
  // Loaded: the list (or its empty state) and the organization's name are on the page.
  await page.getByRole('list', { name: 'Connections' }).or(page.getByText('No connections yet')).waitFor();
  await page.locator('.org').filter({ hasText: /\S/ }).waitFor();
}

const SHOTS = join(import.meta.dirname, 'screenshots');

/** A full-page screenshot of a step, kept for review in test/console/screenshots/. */
export async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Everything the page holds that a person or a script could read: markup, field values, storage. */
export function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll('input, textarea, select')].map((e) => (e as HTMLInputElement).value);
    const storage = [sessionStorage, localStorage].flatMap((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`));
    return [document.documentElement.outerHTML, ...values, ...storage, document.cookie].join('\n');
  });
}
