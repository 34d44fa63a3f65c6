import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { otherOrganization, pageText, rest, shot, signIn, type Session } from './harness';
import { consoleSuite } from './suite';

/**
 * The console's Connect links section (issue 26) in headless Chromium against `npm run demo`: an
 * organization makes a single-use link, sees its URL once, and revokes it; a key that may only
 * read connections sees the links and nothing to change them with. (The link's own page is
 * driven through in connect-link.test.ts.)
 */
/** An organization of this file's own: its links are this file's alone. */
let adminKey: string;
const ORGANIZATION = 'Connect links organization';
const suite = consoleSuite((demo) => {
  adminKey = otherOrganization(demo, ORGANIZATION);
});

async function session(): Promise<Session> {
  const s = await suite.session();
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.demo.url });
  return s;
}

/** Signed in with `key`, in the Connect links section, its list (or empty state) loaded. */
async function openSection(key: string): Promise<Page> {
  const page = await (await session()).open();
  await signIn(page, key);
  await page.getByRole('button', { name: 'Connect links', exact: true }).click();
  await page.getByRole('heading', { name: 'Connect links', exact: true }).waitFor();
  await linkTable(page).or(page.getByText('No connect links yet.')).waitFor();
  return page;
}

const linkTable = (page: Page) => page.getByRole('table', { name: 'Connect links' });
const row = (page: Page, label: string) => linkTable(page).getByRole('row', { name: label });
/** The row's cells as text: label, provider, state, when. */
const cells = (page: Page, label: string) => row(page, label).getByRole('cell').allInnerTexts();

describe('the Connect links section of the console', () => {
  it('creates a link, shows its URL once, lists it, and revokes it', async () => {
    const page = await openSection(adminKey);
    await page.getByText('No connect links yet.').waitFor();
    const form = page.getByRole('region', { name: 'Create link' });

    // No label: refused next to its field, and nothing is made.
    await form.getByRole('button', { name: 'Create link' }).click();
    await expect(form.locator('#link-label-error').innerText()).resolves.toMatch(/^Label \S/);
    await expect(form.getByLabel('Label').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(form.locator('#link-error').innerText()).resolves.not.toBe('');
    expect((await rest(suite.demo, adminKey, 'GET', '/v1/connect-links')).body).toEqual([]);

    // "Any provider" first, then every provider by name.
    const provider = form.getByLabel('Provider');
    await provider.locator('option', { hasText: 'Twilio' }).waitFor({ state: 'attached' });
    await expect(provider.locator('option').first().innerText()).resolves.toBe('Any provider');
    await form.getByLabel('Label').fill('Acme onboarding');
    await provider.selectOption({ label: 'Twilio' });
    await form.getByLabel('Suggested connection name (optional)').fill('Acme main line');
    await form.getByRole('checkbox', { name: "Let them list the account's numbers" }).check();
    await form.getByRole('button', { name: 'Create link' }).dblclick();

    // The URL, once, in its own box; Copy link puts it on the clipboard.
    const box = page.getByRole('region', { name: 'Link for Acme onboarding' });
    await box.waitFor();
    await expect(box.innerText()).resolves.toMatch(/will not be shown again/);
    const url = await box.getByLabel('Link', { exact: true }).inputValue();
    const { origin, pathname } = new URL(url);
    expect(origin).toBe(new URL(suite.demo.url).origin);
    expect(pathname).toMatch(/^\/connect\/cl_live_[\w-]+$/);
    const token = pathname.slice('/connect/'.length);
    await box.getByRole('button', { name: 'Copy link' }).click();
    await box.getByText('Copied to the clipboard.').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(url);

    // Listed once (the double click made one link), pending, with what the form asked for.
    await row(page, 'Acme onboarding').waitFor();
    await expect(linkTable(page).locator('tbody tr').count()).resolves.toBe(1);
    await expect(cells(page, 'Acme onboarding')).resolves.toEqual(['Acme onboarding', 'Twilio', 'Pending', expect.stringMatching(/^Expires \S/), 'Revoke']);
    const listed = (await rest(suite.demo, adminKey, 'GET', '/v1/connect-links')).body;
    expect(listed).toMatchObject([{ label: 'Acme onboarding', provider: 'twilio', suggested_name: 'Acme main line', allow_available_numbers: true, state: 'pending' }]);
    await shot(page, 'connect-links-1-url-shown');

    // Left and come back: the list is read again, and the URL is gone for good.
    await page.getByRole('button', { name: 'Connections', exact: true }).click();
    await page.getByRole('button', { name: 'Connect links', exact: true }).click();
    await row(page, 'Acme onboarding').getByText('Pending', { exact: true }).waitFor();
    await expect(box.count()).resolves.toBe(0);
    expect(await pageText(page)).not.toContain(token);

    // The link opens its page, in another browser context (no API key there).
    const opener = await (await session()).open();
    await opener.goto(url);
    await opener.getByRole('heading', { name: `${ORGANIZATION} asks you to connect a telephony account` }).waitFor();
    await opener.getByText('Acme onboarding').waitFor();

    // Revoked, after a confirmation (Cancel changes nothing).
    await row(page, 'Acme onboarding').getByRole('button', { name: 'Revoke Acme onboarding' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke “Acme onboarding”?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await rest(suite.demo, adminKey, 'GET', '/v1/connect-links')).body[0].state).toBe('pending');
    await row(page, 'Acme onboarding').getByRole('button', { name: 'Revoke Acme onboarding' }).click();
    await dialog.getByRole('button', { name: 'Revoke link' }).click();
    await row(page, 'Acme onboarding').getByText('Revoked', { exact: true }).waitFor();
    await expect(cells(page, 'Acme onboarding')).resolves.toEqual(['Acme onboarding', 'Twilio', 'Revoked', expect.stringMatching(/^Revoked \S/), '']);
    expect((await rest(suite.demo, adminKey, 'GET', '/v1/connect-links')).body[0].state).toBe('revoked');
    await shot(page, 'connect-links-2-revoked');
  });

  it('shows a connections:read key the links, and nothing to create or revoke them with', async () => {
    const made = await rest(suite.demo, adminKey, 'POST', '/v1/connect-links', { label: 'Read-only check' });
    expect(made.status).toBe(201);
    const key = await rest(suite.demo, adminKey, 'POST', '/v1/developer/api-keys', { name: 'Console connections:read', scopes: ['connections:read'] });
    expect(key.status).toBe(201);

    const page = await openSection(key.body.key as string);
    // Positive first: the link made through REST is listed, pending, for any provider.
    await row(page, 'Read-only check').getByText('Pending', { exact: true }).waitFor();
    await expect(cells(page, 'Read-only check')).resolves.toEqual(['Read-only check', 'Any provider', 'Pending', expect.stringMatching(/^Expires \S/)]);
    await page.getByText(/Send a connect link to whoever holds the carrier credentials/).waitFor();
    await shot(page, 'connect-links-3-read-only');

    // Then the absences: no form, no Revoke, no actions column.
    await expect(page.getByRole('region', { name: 'Create link' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^Create link/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^Revoke/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('columnheader', { name: 'Actions' }).count()).resolves.toBe(0);
  });
});
