import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PARTS } from '../../src/console/permissions';
import { FIELD_SCOPES } from '../../src/schema/field-scopes';
import { credentials, otherOrganization, rest, shot } from './harness';
import { consoleSuite } from './suite';

/**
 * The console shows only what the key's scopes allow (issue 26): signed in with a scoped key, a
 * section the key may not read is named with the scope it needs instead of shown, a control whose
 * operation it may not run is absent (not a button that answers 403), and the live stream asks for
 * no event the key may not read.
 */
/** An organization of this file's own, with a Twilio connection and two imported numbers. */
let adminKey: string;
const NUMBERS = ['+14152000000', '+14152000001'];

// Its sessions may log no console error: a request the key may not make would answer 403, which
// Chromium logs as an error.
const suite = consoleSuite(async (demo) => {
  adminKey = otherOrganization(demo, 'Scoped keys organization');
  const twilio = credentials('twilio');
  const tested = await rest(demo, adminKey, 'POST', '/v1/voip-connections/test', { provider: 'twilio', credentials: twilio });
  const created = await rest(demo, adminKey, 'POST', '/v1/voip-connections', { provider: 'twilio', credentials: twilio, verification_evidence_id: tested.body.verification_evidence_id });
  expect(created.status).toBe(201);
  const imported = await rest(demo, adminKey, 'POST', `/v1/voip-connections/${created.body.id}/import-numbers`, { numbers: NUMBERS });
  expect(imported.body.results.map((r: { outcome: string }) => r.outcome)).toEqual(['imported', 'imported']);
});

/** A key of the organization holding only `scopes` (with what they imply), made through REST. */
async function keyWith(scopes: string[]): Promise<string> {
  const created = await rest(suite.demo, adminKey, 'POST', '/v1/developer/api-keys', { name: `Console ${scopes.join(' ')}`, scopes });
  expect(created.status).toBe(201);
  return created.body.key as string;
}

/** A fresh page that records the GraphQL operations it sends (queries, mutations, subscriptions) by name. */
async function openPage(): Promise<{ page: Page; operations: Set<string> }> {
  const s = await suite.session();
  const operations = new Set<string>();
  s.context.on('request', (req) => {
    // Queries go as GET (the document in the URL), mutations and subscriptions as POST.
    const sent = req.postData() ?? new URL(req.url()).searchParams.get('query') ?? '';
    const name = /\b(?:query|mutation|subscription)\s+(\w+)/.exec(sent)?.[1];
    if (name) operations.add(name);
  });
  return { page: await s.open(), operations };
}

/** Signs in and waits for the header to name the organization (the harness's signIn expects the connections list). */
async function signIn(page: Page, key: string) {
  await page.getByLabel('Trunkline API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.org').filter({ hasText: 'Scoped keys organization' }).waitFor();
}

const notes = (page: Page) => page.getByRole('note', { name: 'Not available with this key' });
const count = (page: Page, role: 'button' | 'heading' | 'table' | 'checkbox' | 'list', name: string | RegExp) => page.getByRole(role, { name }).count();

describe('the console with a scoped key', () => {
  it('names, for each part it draws, the scope the API requires of its field', () => {
    for (const [part, { field, scope }] of Object.entries(PARTS)) expect([part, FIELD_SCOPES[field]]).toEqual([part, scope]);
  });

  it('shows a numbers:read key the numbers, and nothing it cannot do', async () => {
    const key = await keyWith(['numbers:read']);
    const { page, operations } = await openPage();
    await signIn(page, key);

    // Positive first: the organization's numbers are listed, and the hidden sections are named.
    const numbers = page.getByRole('table', { name: 'Phone numbers' });
    for (const n of NUMBERS) await numbers.getByRole('row', { name: n }).waitFor();
    await expect(notes(page).innerText()).resolves.toBe(['This key cannot read connections (needs connections:read).', 'This key cannot manage webhooks (needs webhooks:manage).'].join('\n\n'));
    await shot(page, 'scopes-numbers-read');

    // Then the absences: no connections, no import, no verify or test call, no webhooks.
    await expect(count(page, 'heading', 'Connections')).resolves.toBe(0);
    await expect(count(page, 'button', 'Add connection')).resolves.toBe(0);
    await expect(count(page, 'table', 'Available numbers')).resolves.toBe(0);
    await expect(count(page, 'button', /^Import/)).resolves.toBe(0);
    await expect(count(page, 'button', /^Verify/)).resolves.toBe(0);
    await expect(count(page, 'button', /^Test call/)).resolves.toBe(0);
    await expect(count(page, 'button', /Webhook/)).resolves.toBe(0);
    await expect(count(page, 'heading', 'Webhook endpoints')).resolves.toBe(0);
    await expect(page.getByRole('columnheader', { name: 'Actions' }).count()).resolves.toBe(0);

    // The live stream follows the numbers (sent together with every other subscription of the page), and nothing else.
    await expect.poll(() => operations.has('ConsolePhoneNumberUpdated')).toBe(true);
    expect([...operations].sort()).toEqual(['ConsolePhoneNumberUpdated', 'ConsolePhoneNumbers', 'ConsoleViewer']);

    // A reload reads the key's scopes again before drawing anything.
    await page.reload();
    for (const n of NUMBERS) await numbers.getByRole('row', { name: n }).waitFor();
    await notes(page).getByText('needs connections:read').waitFor();
    await expect(count(page, 'button', 'Add connection')).resolves.toBe(0);
  });

  it('shows a connections:write key Add connection and the connection controls, but no webhooks or numbers', async () => {
    const key = await keyWith(['connections:write']);
    const { page, operations } = await openPage();
    await signIn(page, key);

    const card = page.getByRole('list', { name: 'Connections' }).getByRole('listitem').first();
    await card.waitFor();
    await page.getByRole('button', { name: 'Add connection' }).waitFor();
    for (const action of ['Retest', 'Rotate credentials of', 'Delete']) await expect(card.getByRole('button', { name: new RegExp(`^${action} `) }).count()).resolves.toBe(1);
    await expect(notes(page).innerText()).resolves.toBe(['This key cannot read phone numbers (needs numbers:read).', 'This key cannot manage webhooks (needs webhooks:manage).'].join('\n\n'));
    await expect(count(page, 'button', /Webhook/)).resolves.toBe(0);

    // The connection's provider account is listed (connections:read), but nothing to import, and no phone numbers.
    await card.getByRole('button').first().click();
    const available = page.getByRole('table', { name: 'Available numbers' });
    await available.getByRole('row', { name: /\+14152000002/ }).waitFor();
    await expect(available.getByRole('checkbox').count()).resolves.toBe(0);
    await expect(count(page, 'button', /^Import/)).resolves.toBe(0);
    await expect(count(page, 'table', 'Phone numbers')).resolves.toBe(0);
    await expect(count(page, 'button', /^Verify/)).resolves.toBe(0);
    await shot(page, 'scopes-connections-write');

    await expect.poll(() => operations.has('ConsoleConnectionUpdated')).toBe(true);
    expect([...operations].filter((o) => /PhoneNumber|Webhook/.test(o))).toEqual([]);
  });
});
