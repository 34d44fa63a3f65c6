import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_TYPES } from '../../src/domain/webhook-event-types';
import { credentials, launchBrowser, newSession, otherOrganization, pageText, rest, shot, signIn, startDemo, type Demo, type Session } from './harness';

/**
 * The console's webhooks section in headless Chromium against `npm run demo` (its worker delivers
 * for real): a receiver on 127.0.0.1 gets the events, fails on demand, and recovers.
 */
let demo: Demo;
let browser: Browser;
let receiver: Receiver;
const sessions: Session[] = [];

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver: answers 200 while `ok`, else 500 with a body the log should show. */
interface Receiver {
  url: string;
  ok: boolean;
  received: Received[];
  server: Server;
}

function startReceiver(): Promise<Receiver> {
  const r = { ok: true, received: [] as Received[] } as Receiver;
  r.server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      r.received.push({ headers: req.headers, body });
      if (r.ok) res.writeHead(200, { 'content-type': 'text/plain' }).end('thanks');
      else res.writeHead(500, { 'content-type': 'text/plain' }).end('receiver is down for maintenance');
    });
  });
  return new Promise((resolve) =>
    r.server.listen(0, '127.0.0.1', () => {
      r.url = `http://127.0.0.1:${(r.server.address() as AddressInfo).port}/hooks/trunkline`;
      resolve(r);
    }),
  );
}

beforeAll(async () => {
  [demo, browser, receiver] = await Promise.all([startDemo(), launchBrowser(), startReceiver()]);
});
afterAll(async () => {
  await browser?.close();
  await demo?.stop();
  await new Promise((resolve) => receiver?.server.close(resolve));
});

async function session() {
  const s = await newSession(browser, demo);
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.url });
  sessions.push(s);
  return s;
}
afterEach(async () => {
  for (const s of sessions.splice(0)) {
    await s.context.close();
    expect(s.foreignRequests, 'requests that left 127.0.0.1').toEqual([]);
    expect(s.consoleErrors, 'console errors').toEqual([]);
  }
});

/** An organization of its own for each test: its endpoints and events are the test's alone. */
async function signedInOrganization(name: string): Promise<{ key: string; page: Page }> {
  const key = otherOrganization(demo, name);
  const page = await (await session()).open();
  await signIn(page, key);
  await page.getByRole('button', { name: 'Webhooks', exact: true }).click();
  await page.getByRole('heading', { name: 'Webhook endpoints' }).waitFor();
  return { key, page };
}

/** A Twilio connection made through REST, as a backend would (it emits voip_connection.created). */
async function createConnection(key: string): Promise<number> {
  const twilio = credentials('twilio');
  const tested = await rest(demo, key, 'POST', '/v1/voip-connections/test', { provider: 'twilio', credentials: twilio });
  const created = await rest(demo, key, 'POST', '/v1/voip-connections', { provider: 'twilio', credentials: twilio, verification_evidence_id: tested.body.verification_evidence_id });
  expect(created.status).toBe(201);
  return created.body.id as number;
}

/** Every control in Chromium's accessibility tree has a name, and none is out of the tab order. */
async function expectNamedControls(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[] };
  const controls = nodes.filter((n) => !n.ignored && ['button', 'textbox', 'checkbox', 'combobox', 'link'].includes(n.role?.value ?? ''));
  expect(controls.length).toBeGreaterThan(5);
  expect(controls.filter((n) => !n.name?.value?.trim()).map((n) => n.role?.value)).toEqual([]);
  await cdp.detach();
  const unreachable = await page.evaluate(() => [...document.querySelectorAll('button, input, select, textarea')].filter((e) => (e as HTMLElement).tabIndex < 0).length);
  expect(unreachable).toBe(0);
}

const deliveries = (page: Page) => page.getByRole('list', { name: /^Deliveries of / });
const attemptRows = (page: Page, name: string) => deliveries(page).getByRole('listitem', { name }).getByRole('table').locator('tbody tr');

describe('the webhooks section of the console', () => {
  it('creates an endpoint, shows its secret once, logs deliveries, and retries a failed one', async () => {
    const { key, page } = await signedInOrganization('Webhooks: deliveries');
    receiver.ok = true;
    receiver.received.length = 0;

    // No endpoint yet: the form is open. Every event type is offered, the server's list exactly.
    const form = page.getByRole('region', { name: 'Add webhook endpoint' });
    const boxes = form.getByRole('group', { name: 'Events' }).getByRole('checkbox');
    await boxes.nth(WEBHOOK_EVENT_TYPES.length - 1).waitFor();
    expect(await boxes.evaluateAll((all) => all.map((b) => b.parentElement!.textContent))).toEqual([...WEBHOOK_EVENT_TYPES]);
    await expectNamedControls(page);

    await form.getByLabel('Label').fill('Backend');
    await form.getByLabel('URL').fill(receiver.url);
    for (const type of ['voip_connection.created', 'voip_connection.updated']) await form.getByRole('checkbox', { name: type, exact: true }).check();
    await form.getByRole('button', { name: 'Create endpoint' }).dblclick();

    // The secret, once, in its own box; copy puts it on the clipboard.
    const box = page.getByRole('region', { name: 'Signing secret of Backend' });
    await box.waitFor();
    await expect(box.innerText()).resolves.toMatch(/will not be shown again/);
    const secret = await box.getByLabel('Signing secret').inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{20,}$/);
    await box.getByRole('button', { name: 'Copy secret' }).click();
    await box.getByText('Copied to the clipboard.').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(secret);
    await shot(page, 'webhooks-1-secret-shown');

    // Listed once (a double click made one endpoint), with its URL, events and the secret's hint.
    const card = page.getByRole('list', { name: 'Webhook endpoints' }).getByRole('listitem', { name: 'Backend' });
    await card.waitFor();
    await expect(card.count()).resolves.toBe(1);
    await expect(card.getByRole('list', { name: 'Events of Backend' }).innerText()).resolves.toBe('voip_connection.created\nvoip_connection.updated');
    await card.getByText(receiver.url).waitFor();
    await card.getByText('Active', { exact: true }).waitFor();
    await card.getByText(secret.slice(-4)).waitFor();
    expect((await rest(demo, key, 'GET', '/v1/developer/webhook-endpoints')).body).toHaveLength(1);

    // Dismissed: gone from the page, and nothing the page holds still has it.
    await box.getByRole('button', { name: 'I have stored it: hide the secret' }).click();
    await box.waitFor({ state: 'detached' });
    expect(await pageText(page)).not.toContain(secret);

    // A connection created through REST: the receiver gets a signed event, and the log shows it delivered.
    const connectionId = await createConnection(key);
    const created = deliveries(page).getByRole('listitem', { name: 'voip_connection.created: Delivered' });
    await created.waitFor();
    await expect(attemptRows(page, 'voip_connection.created: Delivered').innerText()).resolves.toMatch(/\t200\t\d+ ms\t\s*thanks/);
    expect(receiver.received).toHaveLength(1);
    const verified = new Webhook(secret).verify(receiver.received[0]!.body, receiver.received[0]!.headers as Record<string, string>) as { type: string; data: { id: number } };
    expect(verified).toMatchObject({ type: 'voip_connection.created', data: { id: connectionId } });
    await shot(page, 'webhooks-2-delivered');

    // The receiver fails: the rename's delivery shows the failed attempt, its status and answer.
    receiver.ok = false;
    expect((await rest(demo, key, 'PATCH', `/v1/voip-connections/${connectionId}`, { name: 'Renamed line' })).status).toBe(200);
    const updatedPending = 'voip_connection.updated: Pending';
    await attemptRows(page, updatedPending).first().waitFor();
    await expect(attemptRows(page, updatedPending).first().innerText()).resolves.toMatch(/\t500\t\d+ ms\t\s*receiver is down for maintenance/);

    // Retried from the page while it still fails: a second failed attempt (the automatic next
    // one, if it came first, fails the same way); after two, the next automatic try is minutes away.
    await deliveries(page).getByRole('listitem', { name: updatedPending }).getByRole('button', { name: /^Retry voip_connection\.updated/ }).click();
    await expect.poll(() => attemptRows(page, updatedPending).count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    await shot(page, 'webhooks-3-failing');

    // Back up: Retry delivers it, with the same webhook-id as every attempt before.
    receiver.ok = true;
    const failedAttempts = await attemptRows(page, updatedPending).count();
    await deliveries(page).getByRole('listitem', { name: updatedPending }).getByRole('button', { name: /^Retry voip_connection\.updated/ }).click();
    const delivered = 'voip_connection.updated: Delivered';
    await deliveries(page).getByRole('listitem', { name: delivered }).waitFor();
    await expect(attemptRows(page, delivered).count()).resolves.toBe(failedAttempts + 1);
    await expect(attemptRows(page, delivered).last().innerText()).resolves.toMatch(/\t200\t\d+ ms\t\s*thanks/);
    const renames = receiver.received.slice(1);
    expect(renames.length).toBe(failedAttempts + 1);
    expect(new Set(renames.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(new Webhook(secret).verify(renames.at(-1)!.body, renames.at(-1)!.headers as Record<string, string>)).toMatchObject({ type: 'voip_connection.updated', data: { name: 'Renamed line' } });
    await shot(page, 'webhooks-4-retried');
    await expectNamedControls(page);

    // And back to the connections, where the renamed one is.
    await page.getByRole('button', { name: 'Connections', exact: true }).click();
    await page.getByRole('list', { name: 'Connections' }).getByRole('listitem', { name: 'Renamed line' }).waitFor();
  });

  it('explains a refused endpoint, then disables, rotates and deletes one', async () => {
    const { key, page } = await signedInOrganization('Webhooks: manage');
    const form = page.getByRole('region', { name: 'Add webhook endpoint' });

    // No events, then a private address: each refused next to its field; nothing is created.
    await form.getByLabel('Label').fill('Internal');
    await form.getByLabel('URL').fill('https://10.1.2.3/hooks');
    await form.getByRole('button', { name: 'Create endpoint' }).click();
    await expect(form.locator('#endpoint-events-error').innerText()).resolves.toMatch(/^Events \S/);
    await expect(form.getByRole('group', { name: 'Events' }).getAttribute('aria-invalid')).resolves.toBe('true');
    await form.getByRole('checkbox', { name: 'phone_number.verified', exact: true }).check();
    await form.getByRole('button', { name: 'Create endpoint' }).click();
    await expect(form.locator('#endpoint-url-error').innerText()).resolves.toMatch(/^URL .*private/i);
    await expect(form.getByLabel('URL').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(form.locator('#endpoint-events-error').count()).resolves.toBe(0);
    await expect(form.getByRole('alert').innerText()).resolves.toMatch(/private/i);
    expect((await rest(demo, key, 'GET', '/v1/developer/webhook-endpoints')).body).toEqual([]);
    await shot(page, 'webhooks-5-refused');

    // One made through REST shows in the list (with its hint, never its secret).
    const made = await rest(demo, key, 'POST', '/v1/developer/webhook-endpoints', { label: 'Ops', url: receiver.url, events: ['phone_number.verified'] });
    expect(made.status).toBe(201);
    // Leaving the section and coming back reads the list again.
    await page.getByRole('button', { name: 'Connections', exact: true }).click();
    await page.getByRole('button', { name: 'Webhooks', exact: true }).click();
    const card = page.getByRole('list', { name: 'Webhook endpoints' }).getByRole('listitem', { name: 'Ops' });
    await card.getByText(made.body.secret_hint).waitFor();
    expect(await pageText(page)).not.toContain(made.body.secret);

    // Disable, then enable again.
    await card.getByRole('button', { name: 'Disable Ops' }).click();
    await card.getByText('Disabled', { exact: true }).waitFor();
    expect((await rest(demo, key, 'GET', `/v1/developer/webhook-endpoints/${made.body.id}`)).body.status).toBe('disabled');
    await card.getByRole('button', { name: 'Enable Ops' }).click();
    await card.getByText('Active', { exact: true }).waitFor();
    expect((await rest(demo, key, 'GET', `/v1/developer/webhook-endpoints/${made.body.id}`)).body.status).toBe('active');

    // Rotate: asked first (Cancel changes nothing), then the new secret, once.
    await card.getByRole('button', { name: 'Rotate secret of Ops' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rotate the secret of “Ops”?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await card.getByRole('button', { name: 'Rotate secret of Ops' }).click();
    await dialog.getByRole('button', { name: 'Rotate secret', exact: true }).click();
    const box = page.getByRole('region', { name: 'Signing secret of Ops' });
    await expect(box.innerText()).resolves.toMatch(/previous secret keeps signing for 24 hours/);
    const rotated = await box.getByLabel('Signing secret').inputValue();
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(made.body.secret);
    await card.getByText(rotated.slice(-4)).waitFor();
    await shot(page, 'webhooks-6-rotated');
    await box.getByRole('button', { name: 'I have stored it: hide the secret' }).click();
    expect(await pageText(page)).not.toContain(rotated);

    // Delete, confirmed.
    await card.getByRole('button', { name: 'Delete Ops' }).click();
    await page.getByRole('dialog', { name: 'Delete “Ops”?' }).getByRole('button', { name: 'Delete endpoint' }).click();
    await expect.poll(() => card.count()).toBe(0);
    expect((await rest(demo, key, 'GET', `/v1/developer/webhook-endpoints/${made.body.id}`)).status).toBe(404);
    await page.getByText('No endpoints yet.').waitFor();
  });
});
