import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { credentials, rest, shot } from './harness';
import { consoleSuite } from './suite';

/**
 * The connect-link page (issue 26), driven in headless Chromium against `npm run demo`: an
 * organization sends a single-use link; whoever opens it (no API key) tests carrier credentials
 * and creates one connection, and sees nothing else of the organization.
 */
const suite = consoleSuite();

/** GraphQL with the demo organization's API key. */
async function gql(query: string, variables: Record<string, unknown> = {}) {
  const res = await rest(suite.demo, suite.demo.key, 'POST', '/graphql', { query, variables });
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data;
}

async function createLink(input: Record<string, unknown>): Promise<{ id: string; url: string; token: string }> {
  const data = await gql(
    `mutation($input: CreateConnectLinkInput!) { createConnectLink(input: $input) {
      __typename ... on CreateConnectLinkPayload { created { url connectLink { id state } } } ... on Error { code message } } }`,
    { input },
  );
  const out = data.createConnectLink;
  expect(out.__typename, JSON.stringify(out)).toBe('CreateConnectLinkPayload');
  expect(out.created.connectLink.state).toBe('PENDING');
  const token = /\/connect\/([\w-]+)$/.exec(out.created.url)![1]!;
  return { id: out.created.connectLink.id, url: out.created.url, token };
}

/** A fresh browser context on the link's page (its path, on the demo's server); it records every request path. */
async function openLink(link: { url: string }, opts: { allowErrors?: RegExp; viewport?: { width: number; height: number } } = {}) {
  const s = await suite.session(opts);
  const requested: string[] = [];
  s.context.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const page = await s.open();
  await page.goto(`${suite.demo.url}${new URL(link.url).pathname}`);
  return { page, requested };
}

/** Whatever this page keeps in the browser's storage. */
const stored = (page: Page) => page.evaluate(() => [sessionStorage, localStorage].flatMap((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`)).join('\n') + document.cookie);

describe('the connect-link page', () => {
  it("creates one connection from a link, shows its numbers, and stays done once used", async () => {
    const organization = (await gql('{ viewer { organization { name } } }')).viewer.organization.name as string;
    const link = await createLink({ label: 'Acme onboarding', provider: 'TWILIO', suggestedName: 'Acme main line', allowAvailableNumbers: true });
    const { page, requested } = await openLink(link);

    await page.getByRole('heading', { name: `${organization} asks you to connect a telephony account` }).waitFor();
    await page.getByText('Acme onboarding').waitFor();
    await page.getByText(/This link works once, until .+\./).waitFor();
    // The link names Twilio: its fields are there, and no other provider is offered.
    const twilio = credentials('twilio');
    await page.getByLabel('Account SID', { exact: true }).fill(twilio.account_sid!);
    await expect(page.getByLabel('Provider').count()).resolves.toBe(0);
    await page.getByText('Provider: Twilio.', { exact: false }).waitFor();
    await page.getByLabel('Auth Token', { exact: true }).fill(twilio.auth_token!);
    await expect(page.getByRole('button', { name: 'Create connection' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Test credentials' }).click();
    await page.getByRole('heading', { name: 'Test passed' }).waitFor();
    // The name the organization suggested, not the test's.
    await expect(page.getByLabel('Connection name').inputValue()).resolves.toBe('Acme main line');
    await shot(page, 'connect-1-test-passed');
    await page.getByRole('button', { name: 'Create connection' }).click();

    await page.getByRole('status').filter({ hasText: 'Connected: Acme main line. You can close this page.' }).waitFor();
    const numbers = page.getByRole('table', { name: 'Available numbers' });
    await numbers.getByRole('row', { name: /\+14152000000/ }).waitFor();
    expect(await numbers.getByRole('row').count()).toBeGreaterThan(2);
    // Read-only: nothing to import from here.
    await expect(page.getByRole('checkbox').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Import selected' }).count()).resolves.toBe(0);
    await shot(page, 'connect-2-done');

    // The organization sees the connection, and the link spent on it.
    const connections = (await gql('{ connections(first: 50) { edges { node { id name provider } } } }')).connections.edges.map((e: { node: unknown }) => e.node);
    const made = connections.filter((c: { name: string }) => c.name === 'Acme main line');
    expect(made).toEqual([expect.objectContaining({ provider: 'TWILIO' })]);
    const read = (await gql('query($id: ID!) { connectLink(id: $id) { state connectionId usedAt } }', { id: link.id })).connectLink;
    expect(read).toMatchObject({ state: 'USED', connectionId: made[0].id, usedAt: expect.any(String) });

    // Opened again: the done state, from the session, and no form.
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Connected: Acme main line. You can close this page.' }).waitFor();
    await numbers.getByRole('row', { name: /\+14152000000/ }).waitFor();
    await expect(page.getByRole('button', { name: 'Test credentials' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Create connection' }).count()).resolves.toBe(0);
    await expect(page.getByLabel('Auth Token').count()).resolves.toBe(0);

    // The token stays in the page's memory: not in storage, not in a cookie; no live stream was opened.
    expect(await stored(page)).not.toContain(link.token);
    await expect(page.evaluate(() => sessionStorage.length + localStorage.length)).resolves.toBe(0);
    expect(requested.filter((p) => p.startsWith('/graphql/stream'))).toEqual([]);
    expect(requested).toContain('/graphql');
  });

  it('offers the provider choice when the link names none, from 360 px wide', async () => {
    const link = await createLink({ label: 'Any carrier' });
    const { page } = await openLink(link, { viewport: { width: 360, height: 740 } });
    await page.getByRole('heading', { name: /asks you to connect a telephony account$/ }).waitFor();
    await page.getByLabel('Provider').selectOption({ label: 'Twilio' });
    await page.getByLabel('Account SID', { exact: true }).waitFor();
    await expect(page.getByRole('button', { name: 'Test credentials' }).isEnabled()).resolves.toBe(true);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
  });

  it('refuses a revoked or unknown link with the reason, and no form', async () => {
    const link = await createLink({ label: 'Revoked onboarding', provider: 'TWILIO' });
    const revoked = await gql('mutation($id: ID!) { revokeConnectLink(input: { id: $id }) { __typename ... on RevokeConnectLinkPayload { connectLink { state } } } }', { id: link.id });
    expect(revoked.revokeConnectLink.connectLink.state).toBe('REVOKED');
    // The browser logs each refused request (401) as an error: expected here.
    const { page } = await openLink(link, { allowErrors: /401/ });
    await page.getByRole('heading', { name: 'This link cannot be opened' }).waitFor();
    await expect(page.getByRole('alert').innerText()).resolves.toBe('This connect link was revoked: ask whoever sent it for a new one.');
    await expect(page.getByRole('button', { name: 'Test credentials' }).count()).resolves.toBe(0);
    await expect(page.getByText('Revoked onboarding').count()).resolves.toBe(0);
    await shot(page, 'connect-3-revoked');

    const unknown = await openLink({ url: `${suite.demo.url}/connect/cl_live_${'A'.repeat(43)}` }, { allowErrors: /401/ });
    await unknown.page.getByRole('heading', { name: 'This link cannot be opened' }).waitFor();
    await expect(unknown.page.getByRole('alert').innerText()).resolves.toMatch(/^This connect link is not valid/);
  });

  it('replaces the form with the reason when the link is revoked while it is open', async () => {
    const link = await createLink({ label: 'Revoked midway', provider: 'TWILIO' });
    const { page } = await openLink(link, { allowErrors: /401/ });
    const twilio = credentials('twilio');
    await page.getByLabel('Account SID', { exact: true }).fill(twilio.account_sid!);
    await page.getByLabel('Auth Token', { exact: true }).fill(twilio.auth_token!);
    await gql('mutation($id: ID!) { revokeConnectLink(input: { id: $id }) { __typename } }', { id: link.id });
    await page.getByRole('button', { name: 'Test credentials' }).click();
    await page.getByRole('heading', { name: 'This link cannot be opened' }).waitFor();
    await expect(page.getByRole('alert').innerText()).resolves.toBe('This connect link was revoked: ask whoever sent it for a new one.');
    await expect(page.getByLabel('Auth Token').count()).resolves.toBe(0);
  });
});
