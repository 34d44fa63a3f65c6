import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { breakNumber, credentials, launchBrowser, newSession, otherOrganization, pageText, rest, revokeWithCommandLine, shot, signIn, startDemo, type Demo, type Session } from './harness';

/**
 * The onboarding console, driven in headless Chromium against `npm run demo`: a person goes from
 * an API key to active numbers using only what the page offers. Every session checks, when it
 * ends, that the page logged no error and asked nothing of any host but 127.0.0.1.
 */
let demo: Demo;
let browser: Browser;
const sessions: Session[] = [];

beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemo(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

/** A fresh browser context; `allowErrors` names console errors a test provokes on purpose. */
async function session(opts: { viewport?: { width: number; height: number }; allowErrors?: RegExp } = {}) {
  const s = Object.assign(await newSession(browser, demo, opts.viewport), { allowErrors: opts.allowErrors });
  sessions.push(s);
  return s;
}
afterEach(async () => {
  for (const s of sessions.splice(0) as (Session & { allowErrors?: RegExp })[]) {
    await s.context.close();
    expect(s.foreignRequests, 'requests that left 127.0.0.1').toEqual([]);
    expect(s.consoleErrors.filter((e) => !s.allowErrors?.test(e)), 'console errors').toEqual([]);
  }
});

async function addConnection(page: Page, provider: string, fields: Record<string, string>, sip: Record<string, string> = {}) {
  await page.getByRole('button', { name: 'Add connection' }).click();
  await page.getByLabel('Provider').selectOption({ label: provider });
  await expect(page.getByRole('button', { name: 'Create connection' }).isDisabled()).resolves.toBe(true);
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  for (const [label, value] of Object.entries(sip)) {
    const field = page.getByLabel(label, { exact: true });
    if ((await field.evaluate((e) => e.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
  await page.getByRole('button', { name: 'Test credentials' }).click();
}

/** Every control in Chromium's accessibility tree has a name, and none is out of the tab order. */
async function expectNamedControls(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[] };
  const controls = nodes.filter((n) => !n.ignored && ['button', 'textbox', 'checkbox', 'combobox', 'searchbox', 'radio', 'spinbutton'].includes(n.role?.value ?? ''));
  expect(controls.length).toBeGreaterThan(5);
  expect(controls.filter((n) => !n.name?.value?.trim()).map((n) => n.role?.value)).toEqual([]);
  await cdp.detach();
  const unreachable = await page.evaluate(() => [...document.querySelectorAll('button, input, select, textarea')].filter((e) => (e as HTMLElement).tabIndex < 0).length);
  expect(unreachable).toBe(0);
}

const phoneRow = (page: Page, number: string) => page.getByRole('table', { name: 'Phone numbers' }).getByRole('row', { name: number });

describe('the onboarding console', () => {
  it('takes a Twilio account from an API key to active numbers, on one page', async () => {
    const s = await session();
    const page = await s.open();
    await shot(page, 'twilio-1-sign-in');
    await signIn(page, demo.key);

    const twilio = credentials('twilio');
    await addConnection(page, 'Twilio', { 'Account SID': twilio.account_sid!, 'Auth Token': twilio.auth_token! });
    await page.getByRole('heading', { name: 'Test passed' }).waitFor();
    for (const check of ['Credentials: Pass', 'Inbound: Pass', 'Outbound: Pass']) await expect(page.getByRole('listitem', { name: check }).count()).resolves.toBe(1);
    // The name comes from the test's suggestion; Create is enabled only now.
    await expect(page.getByLabel('Connection name').inputValue()).resolves.toMatch(/^Twilio: /);
    await expect(page.getByRole('button', { name: 'Create connection' }).isEnabled()).resolves.toBe(true);
    await shot(page, 'twilio-2-test-passed');

    // A double click creates one connection.
    await page.getByRole('button', { name: 'Create connection' }).dblclick();
    const available = page.getByRole('table', { name: 'Available numbers' });
    await available.waitFor();
    await expect(page.getByRole('table', { name: 'Available numbers' }).getByRole('checkbox').count()).resolves.toBe(6);
    const listed = await rest(demo, demo.key, 'GET', '/v1/voip-connections');
    expect(listed.body.filter((c: { provider: string }) => c.provider === 'twilio')).toHaveLength(1);
    await shot(page, 'twilio-3-connection-view');

    // Search and capability filters reach the provider listing.
    await page.getByLabel('Search numbers').fill('2000001');
    await expect.poll(() => available.getByRole('checkbox', { name: /^\+1/ }).count()).toBe(1);
    await page.getByLabel('Search numbers').fill('');
    await page.getByLabel('Capability').selectOption('SMS');
    await expect.poll(() => available.getByRole('checkbox', { name: /^\+1/ }).count()).toBe(3);
    await page.getByLabel('Capability').selectOption('');
    await page.getByLabel('Country').fill('GB');
    await available.getByText('No numbers match.').waitFor();
    await page.getByLabel('Country').fill('us');
    await expect.poll(() => available.getByRole('checkbox', { name: /^\+1/ }).count()).toBe(5);

    for (const n of ['+14152000000', '+14152000001', '+14152000002']) await available.getByRole('checkbox', { name: n }).check();
    await page.getByRole('button', { name: 'Import selected' }).dblclick();
    const results = page.getByRole('list', { name: 'Import results' });
    await results.waitFor();
    await expect(results.innerText()).resolves.toBe(['+14152000000: imported', '+14152000001: imported', '+14152000002: imported'].join('\n'));
    // Imported numbers are marked (and no longer selectable); the rest still can be chosen.
    await available.getByRole('row', { name: /\+14152000000.*Imported/ }).waitFor();
    await expect(available.getByRole('checkbox', { name: '+14152000000' }).isDisabled()).resolves.toBe(true);
    for (const n of ['+14152000000', '+14152000001', '+14152000002']) await phoneRow(page, n).getByText('Provisioning').waitFor();
    await shot(page, 'twilio-4-imported');

    // Verify goes live to active, row by row, with no reload.
    await page.getByRole('button', { name: 'Verify all' }).click();
    for (const n of ['+14152000000', '+14152000001', '+14152000002']) await phoneRow(page, n).getByText('Active').waitFor();
    await page.getByRole('listitem', { name: /Twilio: / }).getByText('3', { exact: true }).waitFor();
    // A number the provider will not route fails, with the reason, and stays ready for a retry.
    await available.getByRole('checkbox', { name: '+14152000004' }).check();
    await page.getByRole('button', { name: 'Import selected' }).click();
    await page.getByRole('button', { name: 'Verify +14152000004' }).click();
    await phoneRow(page, '+14152000004').getByText('Failed').waitFor();
    await expect(phoneRow(page, '+14152000004').innerText()).resolves.toMatch(/Twilio refused the routing update.*Check the number's trunk/s);
    // No call was placed for it: both call checks say so, with why.
    const notCalled = page.getByRole('region', { name: 'Calls of +14152000004' });
    await notCalled.getByRole('status').filter({ hasText: 'Verification: no call was placed.' }).waitFor();
    for (const check of ['Outbound call: Not checked', 'Inbound call: Not checked']) await expect(notCalled.getByRole('listitem', { name: check }).innerText()).resolves.toMatch(/Not checked\s+\S.+/);
    await shot(page, 'twilio-5-active');
    const numbers = await rest(demo, demo.key, 'GET', '/v1/phone-numbers');
    expect(numbers.body.filter((n: { status: string }) => n.status === 'active').map((n: { number: string }) => n.number).sort()).toEqual(['+14152000000', '+14152000001', '+14152000002']);
  });

  it('takes a SIP trunk from its address to an active number', async () => {
    const s = await session();
    const page = await s.open();
    await signIn(page, demo.key);
    await addConnection(page, 'SIP trunk', {}, { 'SIP domain': '127.0.0.1', Port: String(demo.sipPort), Transport: 'UDP' });
    await page.getByRole('heading', { name: 'Test passed' }).waitFor();
    await page.getByRole('button', { name: 'Create connection' }).click();
    // No inventory to list: the person types the trunk's numbers.
    await page.getByLabel('Numbers to import').fill('+14155550100, +14155550101');
    await page.getByRole('button', { name: 'Import numbers' }).click();
    await expect(page.getByRole('list', { name: 'Import results' }).innerText()).resolves.toBe('+14155550100: imported\n+14155550101: imported');
    await page.getByRole('button', { name: 'Verify +14155550100' }).click();
    await phoneRow(page, '+14155550100').getByText('Active').waitFor();
    await expect(phoneRow(page, '+14155550101').getByText('Provisioning').count()).resolves.toBe(1);
    await shot(page, 'sip-trunk-active');
  });

  it('explains a failing test, and keeps no secret in the page afterwards', async () => {
    const s = await session();
    const page = await s.open();
    await signIn(page, demo.key);
    const canary = 'canary0secret0b7d1e9f3a2c4d5e';
    await addConnection(page, 'Twilio', { 'Account SID': credentials('twilio').account_sid!, 'Auth Token': canary });
    await page.getByRole('heading', { name: 'Test failed' }).waitFor();
    await expect(page.getByRole('listitem', { name: 'Credentials: Fail' }).count()).resolves.toBe(1);
    const fix = page.getByRole('alert').filter({ hasText: 'What to fix' });
    await expect(fix.innerText()).resolves.toMatch(/credentials_rejected/);
    await expect(page.getByRole('button', { name: 'Create connection' }).isDisabled()).resolves.toBe(true);
    await shot(page, 'failing-test-explained');
    expect(await pageText(page)).not.toContain(canary);

    // A provider that is down is said plainly; nothing is created.
    await page.getByLabel('Account SID', { exact: true }).fill(credentials('twilio', 'failing').account_sid!);
    await page.getByLabel('Auth Token', { exact: true }).fill(credentials('twilio', 'failing').auth_token!);
    await page.getByRole('button', { name: 'Test credentials' }).click();
    await page.locator('#credentials-error').filter({ hasText: /Twilio/ }).waitFor();
    await shot(page, 'provider-down');
    expect(await pageText(page)).not.toContain(credentials('twilio', 'failing').auth_token!);
  });

  it('reports an import with one failure among successes', async () => {
    const s = await session();
    const page = await s.open();
    await signIn(page, demo.key);
    const signalwire = credentials('signalwire');
    await addConnection(page, 'SignalWire', { Space: signalwire.space!, 'Project ID': signalwire.project_id!, 'API token': signalwire.api_token! });
    await page.getByRole('heading', { name: 'Test passed' }).waitFor();
    await page.getByRole('button', { name: 'Create connection' }).click();
    const available = page.getByRole('table', { name: 'Available numbers' });
    await available.getByRole('checkbox', { name: '+13102000000' }).waitFor();

    // While the page shows the list, another organization takes one of the numbers. Its answer is
    // the one for a number the account does not list: no answer reveals who holds a number.
    const other = otherOrganization(demo, 'Other organization');
    const tested = await rest(demo, other, 'POST', '/v1/voip-connections/test', { provider: 'signalwire', credentials: signalwire });
    const created = await rest(demo, other, 'POST', '/v1/voip-connections', { provider: 'signalwire', credentials: signalwire, verification_evidence_id: tested.body.verification_evidence_id });
    expect(created.status).toBe(201);
    expect((await rest(demo, other, 'POST', `/v1/voip-connections/${created.body.id}/import-numbers`, { numbers: ['+13102000001'] })).status).toBe(201);

    await page.getByRole('checkbox', { name: 'Select all on this page' }).check();
    await page.getByRole('button', { name: 'Import selected' }).click();
    const results = page.getByRole('list', { name: 'Import results' });
    await results.waitFor();
    await expect(results.innerText()).resolves.toBe(
      ['+13102000000: imported', '+13102000001: failed: not in this provider account', '+13102000002: imported', '+13102000003: imported', '+13102000004: imported'].join('\n'),
    );
    await expect(page.getByRole('status').filter({ hasText: 'Import: 4 imported, 0 already imported, 1 failed' }).count()).resolves.toBe(1);
    await shot(page, 'import-one-failure');
  });

  it('shows a change made in one tab in the other, live, with five tabs open', async () => {
    const s = await session();
    const [first, second] = [await s.open(), await s.open()];
    await signIn(first, demo.key);
    await signIn(second, demo.key);
    const vonage = credentials('vonage');
    // As a person would, switch to the tab they act in (a hidden tab renders no frames).
    await first.bringToFront();
    await addConnection(first, 'Vonage', { 'API key': vonage.api_key!, 'API secret': vonage.api_secret! });
    await first.getByRole('heading', { name: 'Test passed' }).waitFor();
    await first.getByRole('button', { name: 'Create connection' }).click();
    // The new connection appears in the other tab's list without a reload.
    const card = second.getByRole('listitem', { name: /^Vonage/ });
    await card.waitFor();
    await second.bringToFront();
    await card.getByRole('button', { name: /^Vonage/ }).click();
    await second.getByRole('heading', { name: 'Phone numbers' }).waitFor();

    await first.bringToFront();
    await first.getByRole('table', { name: 'Available numbers' }).getByRole('checkbox', { name: '+12022000000' }).check();
    await first.getByRole('button', { name: 'Import selected' }).click();
    await phoneRow(second, '+12022000000').getByText('Provisioning').waitFor();
    await phoneRow(first, '+12022000000').getByRole('button', { name: 'Verify +12022000000' }).click();
    await phoneRow(second, '+12022000000').getByText('Active').waitFor();
    await card.getByText('1', { exact: true }).waitFor();
    await shot(second, 'two-tabs-second');

    // More tabs of the same browser still load: each holds one event stream, not one per
    // subscription, so six HTTP/1.1 connections to the host are not used up by the streams.
    const more = [await s.open(), await s.open(), await s.open()];
    for (const tab of more) {
      await tab.bringToFront();
      await signIn(tab, demo.key);
    }
    await first.bringToFront();
    await first.getByRole('button', { name: 'Verify +12022000000' }).click();
    for (const tab of more) await tab.getByRole('listitem', { name: /^Vonage/ }).waitFor();
  });

  it('signs out, clears the key, and says so when a key is revoked mid-session', async () => {
    const s = await session({ allowErrors: /status of 401/ });
    const page = await s.open();
    await signIn(page, demo.key);
    await expect(page.evaluate(() => sessionStorage.getItem('trunkline.apiKey'))).resolves.toBe(demo.key);
    await expect(page.evaluate(() => localStorage.length)).resolves.toBe(0);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Trunkline API key').waitFor();
    await expect(page.evaluate(() => sessionStorage.length)).resolves.toBe(0);
    await page.reload();
    await page.getByLabel('Trunkline API key').waitFor();
    expect(await pageText(page)).not.toContain(demo.key);

    // A key revoked while the page is open ends the session with a message, not a blank page:
    // at once through the live stream when the gateway revokes it, with no other change …
    const signInWithNewKey = async (): Promise<number> => {
      const created = await rest(demo, demo.key, 'POST', '/v1/developer/api-keys', { name: 'Browser session' });
      await signIn(page, created.body.key);
      return created.body.id;
    };
    const ended = page.getByRole('status').filter({ hasText: 'Your session has ended' });
    expect((await rest(demo, demo.key, 'DELETE', `/v1/developer/api-keys/${await signInWithNewKey()}`)).status).toBe(204);
    await ended.waitFor();
    await expect(page.evaluate(() => sessionStorage.length)).resolves.toBe(0);
    // … and at the next request the page makes when the command line revokes it (another
    // process: no stream hears of it).
    const viewer = await rest(demo, demo.key, 'POST', '/graphql', { query: '{ viewer { organization { id } } }' });
    revokeWithCommandLine(demo, viewer.body.data.viewer.organization.id, await signInWithNewKey());
    await page.getByRole('button', { name: 'Add connection' }).click();
    await page.getByLabel('Provider').selectOption({ label: 'Vonage' });
    await page.getByLabel('API key', { exact: true }).fill('x');
    await page.getByLabel('API secret', { exact: true }).fill('y');
    await page.getByRole('button', { name: 'Test credentials' }).click();
    await ended.waitFor();
    await expect(page.evaluate(() => sessionStorage.length)).resolves.toBe(0);
    await shot(page, 'session-ended');
  });

  it("shows a verification's two real calls live, and a test call on demand", async () => {
    // An organization of its own, so its numbers (of the large Twilio account, far past the pages
    // another test reads) are nobody else's, whatever order the tests run in.
    const key = otherOrganization(demo, 'Calls organization');
    const s = await session();
    const page = await s.open();
    await signIn(page, key);
    const big = credentials('twilio', 'big');
    await addConnection(page, 'Twilio', { 'Account SID': big.account_sid!, 'Auth Token': big.auth_token! });
    await page.getByRole('heading', { name: 'Test passed' }).waitFor();
    await page.getByRole('button', { name: 'Create connection' }).click();
    const available = page.getByRole('table', { name: 'Available numbers' });
    const [good, broken] = ['+14152082599', '+14152082598'];
    for (const n of [good, broken]) {
      await page.getByLabel('Search numbers').fill(n.slice(-7));
      await available.getByRole('checkbox', { name: n }).check();
      await page.getByRole('button', { name: 'Import selected' }).click();
      await phoneRow(page, n).getByText('Provisioning').waitFor();
    }

    // Every change the calls panel shows, recorded in the page as it happens.
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { callsSeen: string[] }).callsSeen = []);
      new MutationObserver(() => {
        const status = document.querySelector('.calls [role=status]')?.textContent;
        const steps = document.querySelectorAll('.calls .timeline li').length;
        const entry = `${status} / ${steps} steps`;
        if (status && seen.at(-1) !== entry) seen.push(entry);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('button', { name: `Verify ${good}` }).click();
    const calls = page.getByRole('region', { name: `Calls of ${good}` });
    await calls.waitFor();
    await calls.getByRole('status').filter({ hasText: 'Verification: both calls passed.' }).waitFor();
    await phoneRow(page, good).getByText('Active').waitFor();
    // Each call's timeline, in milliseconds from the start: placed, ringing, arrived at the
    // ingress over the provider's webhook, refused there before answer.
    const outbound = calls.getByRole('list', { name: new RegExp(`^Outbound call from \\${good} to \\+\\d+$`) });
    const inbound = calls.getByRole('list', { name: new RegExp(`^Inbound call from \\+\\d+ to \\${good}$`) });
    for (const leg of [outbound, inbound]) {
      const steps = (await leg.getByRole('listitem').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
      expect(steps[0]).toMatch(/^\d+ ms Placed/);
      expect(steps).toContainEqual(expect.stringMatching(/^\d+ ms Ringing/));
      expect(steps).toContainEqual(expect.stringMatching(/^\d+ ms Arrived \(over http/));
      expect(steps).toContainEqual(expect.stringMatching(/^\d+ ms Rejected before answer/));
      const ms = steps.map((t) => Number(/^(\d+) ms/.exec(t)![1]));
      expect(ms).toEqual([...ms].sort((a, b) => a - b));
    }
    for (const check of ['Outbound call: Pass', 'Inbound call: Pass']) await expect(calls.getByRole('listitem', { name: check }).count()).resolves.toBe(1);
    const seen = await page.evaluate(() => (window as unknown as { callsSeen: string[] }).callsSeen);
    // Live: the timelines grew while the verification was still running.
    expect(seen[0], seen.join('\n')).toMatch(/^Verifying: placing the calls…/);
    expect(seen, seen.join('\n')).toContainEqual(expect.stringMatching(/^Verification: calls in progress… \/ [1-9]\d* steps$/));
    expect(seen.at(-1), seen.join('\n')).toMatch(/^Verification: both calls passed\. \/ \d+ steps$/);
    await shot(page, 'calls-1-verification-live');

    // A test call placed elsewhere (here over REST) shows in the open panel, live.
    const [row] = (await rest(demo, key, 'GET', '/v1/phone-numbers')).body.filter((n: { number: string }) => n.number === good);
    expect((await rest(demo, key, 'POST', `/v1/phone-numbers/${row.id}/test-call`)).status).toBe(200);
    await calls.getByRole('status').filter({ hasText: 'Test call: both calls passed.' }).waitFor();

    // The Test call button of an active number places both calls again, shown the same way.
    await calls.getByRole('button', { name: `Hide calls of ${good}` }).click();
    await calls.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: `Test call ${good}` }).click();
    await calls.getByRole('status').filter({ hasText: 'Test call: both calls passed.' }).waitFor();
    await expect(calls.getByRole('listitem', { name: 'Inbound call: Pass' }).count()).resolves.toBe(1);
    await expect(outbound.getByRole('listitem').filter({ hasText: /^\d+ ms Arrived/ }).count()).resolves.toBe(1);
    await expect.poll(async () => (await rest(demo, key, 'GET', '/v1/audit-events?action=phone_number.test_call')).body.total).toBe(3);
    await shot(page, 'calls-2-test-call');

    // A caller ID the carrier refuses: the outbound call fails with Twilio's own code and what
    // to fix; the number is not active. A Test call button is offered only to active numbers.
    await breakNumber(demo, broken, 'caller_id_refused');
    await expect(page.getByRole('button', { name: `Test call ${broken}` }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: `Verify ${broken}` }).click();
    const failed = page.getByRole('region', { name: `Calls of ${broken}` });
    await failed.getByRole('status').filter({ hasText: 'Verification: a call failed' }).waitFor();
    const refused = failed.getByRole('listitem', { name: 'Outbound call: Fail' });
    await expect(refused.innerText()).resolves.toMatch(/Carrier code 21210.*What to fix: /s);
    await expect(failed.getByRole('list', { name: /^Outbound call from / }).getByRole('listitem').filter({ hasText: 'Refused by the provider' }).count()).resolves.toBe(1);
    await phoneRow(page, broken).getByText('Failed').waitFor();
    await shot(page, 'calls-3-caller-id-refused');
  });

  it('works from 360 px wide, by keyboard, with a name on every control', async () => {
    const s = await session({ viewport: { width: 360, height: 740 } });
    const page = await s.open();
    // Keyboard only: the key field, Enter to sign in.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('api-key');
    await page.keyboard.type(demo.key);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Connections' }).waitFor();
    await page.getByRole('button', { name: /^Twilio: / }).first().click();
    await page.getByRole('table', { name: 'Phone numbers' }).waitFor();
    await shot(page, 'narrow-360');
    // Nothing is wider than the screen (wide tables scroll inside their own box).
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);

    // Chromium's own accessibility tree: every control has a name, here and in the add form.
    await expectNamedControls(page);
    await page.getByRole('button', { name: 'Add connection' }).click();
    await page.getByLabel('Provider').selectOption({ label: 'Telnyx' });
    await expectNamedControls(page);
  });

  it('offers Telnyx guided setup: an API key alone, and Trunkline sets the routing up', async () => {
    const s = await session();
    const page = await s.open();
    await signIn(page, demo.key);
    await page.getByRole('button', { name: 'Add connection' }).click();
    await page.getByLabel('Provider').selectOption({ label: 'Telnyx' });
    const setup = page.getByRole('group', { name: 'Setup' });
    await expect(setup.getByRole('radio').count()).resolves.toBe(2);
    await setup.getByRole('radio', { name: /^Guided setup/ }).check();
    await page.getByLabel('API key', { exact: true }).fill(credentials('telnyx').api_key!);
    await page.getByRole('button', { name: 'Test credentials' }).click();
    await page.getByRole('heading', { name: 'Test passed' }).waitFor();
    await shot(page, 'telnyx-guided-test');
    await page.getByRole('button', { name: 'Create connection' }).click();
    await page.getByRole('table', { name: 'Available numbers' }).getByRole('checkbox', { name: '+13122000000' }).waitFor();
    const [telnyx] = (await rest(demo, demo.key, 'GET', '/v1/voip-connections')).body.filter((c: { provider: string }) => c.provider === 'telnyx');
    expect(telnyx).toMatchObject({ setup_method: 'guided_telnyx', status: 'connected' });
  });

  it('pages through a large account, rotates credentials, retests, and deletes with a confirmation', async () => {
    const s = await session();
    const page = await s.open();
    await signIn(page, demo.key);
    const big = credentials('twilio', 'big');
    await addConnection(page, 'Twilio', { 'Account SID': big.account_sid!, 'Auth Token': big.auth_token! });
    await page.getByRole('heading', { name: 'Test passed' }).waitFor();
    await page.getByLabel('Connection name').fill('Big account');
    await page.getByRole('button', { name: 'Create connection' }).click();
    const available = page.getByRole('table', { name: 'Available numbers' });
    const numbersShown = () => available.getByRole('checkbox', { name: /^\+/ }).evaluateAll((boxes) => boxes.map((b) => b.getAttribute('aria-label')));
    await available.getByRole('checkbox', { name: '+14152080000' }).waitFor();
    const first = await numbersShown();
    expect(first).toHaveLength(20);
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(async () => (await numbersShown())[0]).not.toBe(first[0]);
    const second = await numbersShown();
    expect(second.filter((n) => first.includes(n))).toEqual([]);
    await page.getByRole('button', { name: 'Previous page' }).click();
    await expect.poll(numbersShown).toEqual(first);

    const card = page.getByRole('listitem', { name: 'Big account' });
    await card.getByRole('button', { name: 'Rotate credentials of Big account' }).click();
    await page.getByRole('heading', { name: 'Rotate credentials of Big account' }).waitFor();
    // Credentials are write-only: nothing of the old ones comes back into the form.
    await expect(page.getByLabel('Account SID', { exact: true }).inputValue()).resolves.toBe('');
    await page.getByLabel('Account SID', { exact: true }).fill(big.account_sid!);
    await page.getByLabel('Auth Token', { exact: true }).fill(big.auth_token!);
    await page.getByRole('button', { name: 'Test credentials' }).click();
    await page.getByRole('heading', { name: 'Test passed' }).waitFor();
    await page.getByRole('button', { name: 'Save new credentials' }).click();
    await page.getByRole('table', { name: 'Available numbers' }).waitFor();
    const [rotated] = (await rest(demo, demo.key, 'GET', '/v1/voip-connections')).body.filter((c: { name: string }) => c.name === 'Big account');
    const read = await rest(demo, demo.key, 'POST', '/graphql', { query: 'query($id: ID!) { connection(id: $id) { credentialsRotatedAt } }', variables: { id: String(rotated.id) } });
    expect(read.body.data.connection.credentialsRotatedAt).toEqual(expect.any(String));

    await card.getByRole('button', { name: 'Retest Big account' }).click();
    await card.getByRole('status').filter({ hasText: 'The test passed.' }).waitFor();

    await card.getByRole('button', { name: 'Delete Big account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Big account”?' });
    await dialog.waitFor();
    await shot(page, 'delete-confirmation');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(card.count()).resolves.toBe(1);
    await card.getByRole('button', { name: 'Delete Big account' }).click();
    await dialog.getByRole('button', { name: 'Delete connection' }).click();
    await card.waitFor({ state: 'detached' });
    const left = (await rest(demo, demo.key, 'GET', '/v1/voip-connections')).body.map((c: { name: string }) => c.name);
    expect(left).not.toContain('Big account');
  });
});

