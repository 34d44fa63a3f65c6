import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization } from '../../src/domain/organizations';
import { MAX_WEBHOOK_ENDPOINTS } from '../../src/domain/webhook-endpoints';
import { connectSeeded } from '../support/flows';
import { startHarness, type Harness } from '../support/harness';
import { waitFor } from '../support/wait';
import { startReceiver, verifyArrival, type Receiver } from '../support/webhook-receiver';

/**
 * The webhook endpoints API (issue 25) through both doors, on both engines: endpoints are
 * created, read, changed and deleted; the signing secret is in the creation and rotation answers
 * and nowhere else (not in other answers, logs or the audit trail); refused input changes
 * nothing; another organization's endpoints and deliveries are 404; the delivery log shows real
 * deliveries (made by the lifecycle events and the harness's worker) and a retry sends one again.
 */
let h: Harness;
let receiver: Receiver;
/** Every signing secret an answer gave, to look for anywhere else. */
const secrets: string[] = [];

beforeAll(async () => {
  h = await startHarness();
  receiver = await startReceiver();
});
afterAll(async () => {
  await h.close();
  await receiver.close();
});

const PATH = '/v1/developer/webhook-endpoints';
const db = () => h.runtime.deps.db;

async function createRest(body: Record<string, unknown>, key?: string) {
  const res = await h.rest('POST', PATH, body, { key });
  if (res.status === 201) secrets.push(res.body.secret);
  return res;
}

/** An endpoint that receives `events` (by default one no test here fires) at the test receiver. */
async function endpoint(opts: { events?: string[]; key?: string; label?: string } = {}) {
  const res = await createRest({ label: opts.label ?? 'Backend', url: receiver.url, events: opts.events ?? ['test_call.completed'] }, opts.key);
  expect(res.status).toBe(201);
  return res.body as { id: number; secret: string; secret_hint: string };
}

const rowCount = async (organizationId?: number) => {
  let q = db().selectFrom('webhook_endpoints').select((eb) => eb.fn.countAll<number | string>().as('n'));
  if (organizationId !== undefined) q = q.where('organization_id', '=', organizationId);
  return Number((await q.executeTakeFirstOrThrow()).n);
};
const auditCount = async () => Number((await db().selectFrom('audit_events').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()).n);
const row = (id: number) => db().selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

const ENDPOINT_FIELDS = 'id label url events status secretHint createdAt updatedAt';
const ERRORS = '... on Error { __typename code message } ... on ValidationError { fields { path message } }';

describe('REST: /v1/developer/webhook-endpoints', () => {
  it('creates, lists, reads, changes and deletes an endpoint', async () => {
    const created = await createRest({ label: '  Billing backend ', url: `${receiver.url}/billing`, events: ['voip_connection.deleted', 'phone_number.verified', 'phone_number.verified'] });
    expect(created.status).toBe(201);
    const { secret, ...shown } = created.body;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(shown).toEqual({
      id: expect.any(Number),
      label: 'Billing backend',
      url: `${receiver.url}/billing`,
      events: ['voip_connection.deleted', 'phone_number.verified'],
      status: 'active',
      secret_hint: `whsec_…${secret.slice(-4)}`,
      created_at: h.clock.now().toISOString(),
      updated_at: h.clock.now().toISOString(),
    });
    const id = shown.id as number;

    expect((await h.rest('GET', `${PATH}/${id}`)).body).toEqual(shown);
    const list = await h.rest('GET', PATH);
    expect(list.status).toBe(200);
    expect(list.body).toContainEqual(shown);
    expect(list.body.every((e: Record<string, unknown>) => !('secret' in e))).toBe(true);

    h.clock.advance(1_000);
    const patched = await h.rest('PATCH', `${PATH}/${id}`, { label: 'Billing', url: `${receiver.url}/v2`, events: ['test_call.completed'] });
    expect(patched.status).toBe(200);
    expect(patched.body).toEqual({ ...shown, label: 'Billing', url: `${receiver.url}/v2`, events: ['test_call.completed'], updated_at: h.clock.now().toISOString() });
    expect((await h.rest('GET', `${PATH}/${id}`)).body).toEqual(patched.body);

    const disabled = await h.rest('PATCH', `${PATH}/${id}`, { status: 'disabled' });
    expect(disabled.body.status).toBe('disabled');
    expect((await h.rest('GET', `${PATH}/${id}`)).body.status).toBe('disabled');
    expect((await h.rest('PATCH', `${PATH}/${id}`, { status: 'active' })).body.status).toBe('active');
    // failing is the gateway's to say, not the owner's.
    const failing = await h.rest('PATCH', `${PATH}/${id}`, { status: 'failing' });
    expect(failing.status).toBe(400);
    expect(Object.keys(failing.body.fields)).toEqual(['status']);

    expect((await h.rest('DELETE', `${PATH}/${id}`)).status).toBe(204);
    expect((await h.rest('GET', `${PATH}/${id}`)).status).toBe(404);
    expect((await h.rest('DELETE', `${PATH}/${id}`)).status).toBe(404);
    expect((await h.rest('GET', PATH)).body.map((e: { id: number }) => e.id)).not.toContain(id);

    const trail = await h.rest('GET', `/v1/audit-events?target_type=webhook_endpoint&target_id=${id}`);
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual([
      'webhook_endpoint.deleted',
      'webhook_endpoint.updated',
      'webhook_endpoint.updated',
      'webhook_endpoint.updated',
      'webhook_endpoint.created',
    ]);
    expect(trail.body.items.at(-1).summary).toMatchObject({ label: 'Billing backend', url_origin: new URL(receiver.url).origin, events: '2' });
  });

  it('rotates the secret: a new secret and hint, the previous one kept signing for 24 hours', async () => {
    const { id, secret } = await endpoint();
    const before = await row(id);
    h.clock.advance(1_000);
    const rotated = await h.rest('POST', `${PATH}/${id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    secrets.push(rotated.body.secret);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(secret);
    expect(rotated.body.secret_hint).toBe(`whsec_…${rotated.body.secret.slice(-4)}`);
    const { secret: _s, ...shown } = rotated.body;
    expect((await h.rest('GET', `${PATH}/${id}`)).body).toEqual(shown);
    const after = await row(id);
    expect(after.secret_sealed).not.toBe(before.secret_sealed);
    expect(after.previous_secret_sealed).toBe(before.secret_sealed);
    expect(after.previous_secret_expires_at).toBe(new Date(h.clock.now().getTime() + 24 * 3_600_000).toISOString());
    expect((await h.rest('POST', `${PATH}/${id}/rotate-secret`, undefined, { key: h.orgB.key })).status).toBe(404);
  });

  it('refuses invalid input with 400 naming each field, and changes nothing', async () => {
    const { id } = await endpoint({ label: 'Kept' });
    const rows = await rowCount();
    const audits = await auditCount();
    const kept = await row(id);
    const cases: [Record<string, unknown>, string, RegExp?][] = [
      [{ label: '', url: receiver.url, events: ['phone_number.verified'] }, 'label'],
      [{ label: '   ', url: receiver.url, events: ['phone_number.verified'] }, 'label'],
      [{ label: 'x'.repeat(121), url: receiver.url, events: ['phone_number.verified'] }, 'label'],
      [{ label: 'Plain http', url: 'http://example.com/hook', events: ['phone_number.verified'] }, 'url', /https/],
      [{ label: 'Private', url: 'https://10.1.2.3/hook', events: ['phone_number.verified'] }, 'url'],
      [{ label: 'Metadata', url: 'https://169.254.169.254/latest', events: ['phone_number.verified'] }, 'url'],
      [{ label: 'Not a URL', url: 'hook', events: ['phone_number.verified'] }, 'url'],
      [{ label: 'Unknown', url: receiver.url, events: ['phone_number.verified', 'call.started'] }, 'events', /call\.started/],
      [{ label: 'None', url: receiver.url, events: [] }, 'events'],
    ];
    for (const [body, field, message] of cases) {
      const res = await h.rest('POST', PATH, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect(Object.keys(res.body.fields)).toEqual([field]);
      if (message) expect(res.body.fields[field].join(' ')).toMatch(message);
      const patch = await h.rest('PATCH', `${PATH}/${id}`, { [field]: body[field] });
      expect(patch.status, `PATCH ${JSON.stringify(body[field])}`).toBe(400);
      expect(Object.keys(patch.body.fields)).toEqual([field]);
    }
    expect((await h.rest('POST', PATH, { label: 'Extra', url: receiver.url, events: ['phone_number.verified'], secret: 'mine' })).status).toBe(400);

    // GraphQL refuses the same, as typed ValidationErrors.
    const gqlCreate = await h.gql(`mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { __typename ${ERRORS} } }`, {
      input: { label: 'x'.repeat(121), url: 'http://example.com/hook', events: ['nope'] },
    });
    expect(gqlCreate.body.data.createWebhookEndpoint).toMatchObject({ __typename: 'ValidationError', code: 'validation_failed' });
    expect(gqlCreate.body.data.createWebhookEndpoint.fields.map((f: { path: string }) => f.path).sort()).toEqual(['events', 'label']);
    const gqlUrl = await h.gql(`mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { __typename ${ERRORS} } }`, {
      input: { label: 'Private', url: 'https://192.168.0.10/hook', events: ['phone_number.verified'] },
    });
    expect(gqlUrl.body.data.createWebhookEndpoint).toMatchObject({ __typename: 'ValidationError', fields: [{ path: 'url' }] });
    const gqlStatus = await h.gql(`mutation ($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { __typename ${ERRORS} } }`, {
      input: { id: String(id), status: 'FAILING' },
    });
    expect(gqlStatus.body.data.updateWebhookEndpoint).toMatchObject({ __typename: 'ValidationError', fields: [{ path: 'status' }] });

    expect(await rowCount()).toBe(rows);
    expect(await auditCount()).toBe(audits);
    expect(await row(id)).toEqual(kept);
  });

  it('holds an organization to 20 endpoints (webhook_endpoint_limit_reached), on both doors', async () => {
    const { organization, apiKey } = await createOrganization(h.runtime.deps, 'Hooli');
    const ids: number[] = [];
    for (let i = 0; i < MAX_WEBHOOK_ENDPOINTS; i++) ids.push((await endpoint({ key: apiKey, label: `Endpoint ${i}` })).id);
    const over = await h.rest('POST', PATH, { label: 'One more', url: receiver.url, events: ['phone_number.verified'] }, { key: apiKey });
    expect(over.status).toBe(409);
    expect(over.body.code).toBe('webhook_endpoint_limit_reached');
    const gql = await h.gql(`mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { __typename ${ERRORS} } }`, {
      input: { label: 'One more', url: receiver.url, events: ['phone_number.verified'] },
    }, apiKey);
    expect(gql.body.data.createWebhookEndpoint).toMatchObject({ __typename: 'ConflictError', code: 'webhook_endpoint_limit_reached' });
    expect(await rowCount(organization.id)).toBe(MAX_WEBHOOK_ENDPOINTS);
    expect((await h.rest('GET', PATH, undefined, { key: apiKey })).body).toHaveLength(MAX_WEBHOOK_ENDPOINTS);
    // Another organization is not held to this one's count.
    expect((await createRest({ label: 'Elsewhere', url: receiver.url, events: ['phone_number.verified'] }, h.orgB.key)).status).toBe(201);

    expect((await h.rest('DELETE', `${PATH}/${ids[0]}`, undefined, { key: apiKey })).status).toBe(204);
    expect((await createRest({ label: 'Room again', url: receiver.url, events: ['phone_number.verified'] }, apiKey)).status).toBe(201);
  });
});

describe('GraphQL: webhook endpoints', () => {
  it('creates, lists, reads, changes, rotates and deletes an endpoint', async () => {
    const created = await h.gql(
      `mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { __typename
        ... on CreateWebhookEndpointPayload { created { secret endpoint { ${ENDPOINT_FIELDS} } } } ${ERRORS} } }`,
      { input: { label: 'Graph', url: receiver.url, events: ['phone_number.imported'] } },
    );
    const { secret, endpoint: e } = created.body.data.createWebhookEndpoint.created;
    secrets.push(secret);
    expect(e).toMatchObject({ label: 'Graph', url: receiver.url, events: ['phone_number.imported'], status: 'ACTIVE', secretHint: `whsec_…${secret.slice(-4)}` });

    const read = await h.gql(`query ($id: ID!) { webhookEndpoint(id: $id) { ${ENDPOINT_FIELDS} } }`, { id: e.id });
    expect(read.body.data.webhookEndpoint).toEqual(e);
    const listed = await h.gql(`{ webhookEndpoints(first: 100) { edges { node { id } } pageInfo { hasNextPage } } }`);
    expect(listed.body.data.webhookEndpoints.edges.map((x: { node: { id: string } }) => x.node.id)).toContain(e.id);
    // The endpoint type has no field that could carry the secret.
    const probe = await h.gql(`query ($id: ID!) { webhookEndpoint(id: $id) { secret } }`, { id: e.id });
    expect(probe.body.errors?.length).toBeGreaterThan(0);

    const updated = await h.gql(
      `mutation ($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { __typename ... on UpdateWebhookEndpointPayload { endpoint { label events status } } ${ERRORS} } }`,
      { input: { id: e.id, label: 'Graph 2', events: ['phone_number.released', 'phone_number.imported'], status: 'DISABLED' } },
    );
    expect(updated.body.data.updateWebhookEndpoint.endpoint).toEqual({ label: 'Graph 2', events: ['phone_number.released', 'phone_number.imported'], status: 'DISABLED' });

    const rotated = await h.gql(
      `mutation ($input: WebhookEndpointIdInput!) { rotateWebhookEndpointSecret(input: $input) { __typename ... on RotateWebhookEndpointSecretPayload { rotated { secret endpoint { secretHint } } } ${ERRORS} } }`,
      { input: { id: e.id } },
    );
    const r = rotated.body.data.rotateWebhookEndpointSecret.rotated;
    secrets.push(r.secret);
    expect(r.secret).not.toBe(secret);
    expect(r.endpoint.secretHint).toBe(`whsec_…${r.secret.slice(-4)}`);

    const deleted = await h.gql(
      `mutation ($input: WebhookEndpointIdInput!) { deleteWebhookEndpoint(input: $input) { __typename ... on DeleteWebhookEndpointPayload { deleted { id } } ${ERRORS} } }`,
      { input: { id: e.id } },
    );
    expect(deleted.body.data.deleteWebhookEndpoint.deleted).toEqual({ id: e.id });
    expect((await h.gql(`query ($id: ID!) { webhookEndpoint(id: $id) { id } }`, { id: e.id })).body.data.webhookEndpoint).toBeNull();
  });
});

/** The endpoint's delivery log through REST. */
const logOf = (id: number, key?: string) => h.rest('GET', `${PATH}/${id}/deliveries`, undefined, { key });

describe('the delivery log and retry', () => {
  it('shows each delivery with its attempts, newest first, and a retry sends the same event again', async () => {
    const hook = await startReceiver(h.clock);
    try {
      const created = await createRest({ label: 'Log', url: hook.url, events: ['voip_connection.created'] });
      const { id, secret } = created.body;
      hook.behave({ status: 500 });
      await connectSeeded(h, 'twilio');
      await waitFor(async () => (await logOf(id)).body[0]?.attempts.length === 1);
      const [failed] = (await logOf(id)).body;
      expect(failed).toMatchObject({
        event_id: hook.arrivals[0]!.headers['webhook-id'],
        event_type: 'voip_connection.created',
        status: 'pending',
        attempts: [{ status_code: 500 }],
        next_attempt_at: expect.any(String),
        last_status_code: 500,
        finished_at: null,
      });
      expect(Object.keys(failed.attempts[0]).sort()).toEqual(['at', 'error', 'latency_ms', 'response_excerpt', 'status_code']);
      expect(verifyArrival(secret, hook.arrivals[0]!).type).toBe('voip_connection.created');

      // A second event is newest first; the GraphQL log pages through the same deliveries.
      await connectSeeded(h, 'telnyx');
      await waitFor(async () => (await logOf(id)).body.length === 2 && (await logOf(id)).body[0].attempts.length === 1);
      const both = (await logOf(id)).body;
      expect(both[1]).toEqual(failed);
      const windowed = await h.rest('GET', `${PATH}/${id}/deliveries?limit=1&offset=1`);
      expect(windowed.body).toEqual({ items: [failed], total: 2, limit: 1, offset: 1 });
      const page1 = await h.gql(`query ($id: ID!) { webhookEndpoint(id: $id) { deliveries(first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }`, { id: String(id) });
      const d1 = page1.body.data.webhookEndpoint.deliveries;
      expect(d1).toMatchObject({ totalCount: 2, edges: [{ node: { id: String(both[0].id) } }], pageInfo: { hasNextPage: true } });
      const page2 = await h.gql(`query ($id: ID!, $after: String) { webhookEndpoint(id: $id) { deliveries(first: 1, after: $after) {
        edges { node { id eventId eventType status attempts lastStatusCode attemptLog { statusCode } } } pageInfo { hasNextPage } } } }`, { id: String(id), after: d1.pageInfo.endCursor });
      expect(page2.body.data.webhookEndpoint.deliveries).toEqual({
        edges: [{ node: { id: String(failed.id), eventId: failed.event_id, eventType: 'voip_connection.created', status: 'PENDING', attempts: 1, lastStatusCode: 500, attemptLog: [{ statusCode: 500 }] } }],
        pageInfo: { hasNextPage: false },
      });

      // Retry: due now, the same event again; the receiver now accepts it.
      hook.behave({ status: 204 });
      const received = hook.arrivals.length;
      const retried = await h.rest('POST', `${PATH}/${id}/deliveries/${failed.id}/retry`);
      expect(retried.status).toBe(202);
      expect(retried.body).toMatchObject({ id: failed.id, event_id: failed.event_id, status: 'pending', next_attempt_at: h.clock.now().toISOString(), finished_at: null });
      await waitFor(async () => (await logOf(id)).body.find((d: { id: number }) => d.id === failed.id).status === 'delivered');
      const delivered = (await logOf(id)).body.find((d: { id: number }) => d.id === failed.id);
      expect(delivered).toMatchObject({ status: 'delivered', last_status_code: 204, next_attempt_at: null, finished_at: expect.any(String) });
      expect(delivered.attempts.map((a: { status_code: number }) => a.status_code)).toEqual([500, 204]);
      const resent = hook.arrivals.slice(received).find((r) => r.headers['webhook-id'] === failed.event_id);
      expect(resent?.body).toBe(hook.arrivals[0]!.body);

      // A delivered one can be sent again too, through GraphQL.
      const again = await h.gql(
        `mutation ($input: RetryWebhookDeliveryInput!) { retryWebhookDelivery(input: $input) { __typename ... on RetryWebhookDeliveryPayload { delivery { id status } } ${ERRORS} } }`,
        { input: { endpointId: String(id), deliveryId: String(failed.id) } },
      );
      expect(again.body.data.retryWebhookDelivery.delivery).toEqual({ id: String(failed.id), status: 'PENDING' });
      await waitFor(async () => (await logOf(id)).body.find((d: { id: number }) => d.id === failed.id).attempts.length === 3);

      const trail = await h.rest('GET', `/v1/audit-events?action=webhook_delivery.retried&target_id=${id}`);
      expect(trail.body.items).toHaveLength(2);
      expect(trail.body.items[0].summary).toMatchObject({ delivery_id: String(failed.id), event_id: failed.event_id, event_type: 'voip_connection.created' });

      // Deleting the endpoint takes its log with it.
      expect((await h.rest('DELETE', `${PATH}/${id}`)).status).toBe(204);
      const left = await db().selectFrom('webhook_deliveries').select('id').where('endpoint_id', '=', id).execute();
      expect(left).toEqual([]);
    } finally {
      await hook.close();
    }
  });
});

describe("another organization's endpoints and deliveries", () => {
  it('are 404 on every route, and are left as they were', async () => {
    const hook = await startReceiver(h.clock);
    try {
      const theirs = (await createRest({ label: 'Theirs', url: hook.url, events: ['voip_connection.created'] }, h.orgB.key)).body;
      await connectSeeded(h, 'twilio', 'valid', h.orgB.key);
      await waitFor(async () => (await logOf(theirs.id, h.orgB.key)).body[0]?.status === 'delivered');
      const [delivery] = (await logOf(theirs.id, h.orgB.key)).body;
      const mine = await endpoint();
      const before = await row(theirs.id);
      const audits = await auditCount();

      const one = `${PATH}/${theirs.id}`;
      const attempts: [string, string, unknown?][] = [
        ['GET', one],
        ['PATCH', one, { label: 'Taken' }],
        ['PATCH', one, { status: 'disabled' }],
        ['DELETE', one],
        ['POST', `${one}/rotate-secret`],
        ['GET', `${one}/deliveries`],
        ['POST', `${one}/deliveries/${delivery.id}/retry`],
        // Their delivery under my endpoint is no delivery of mine either.
        ['POST', `${PATH}/${mine.id}/deliveries/${delivery.id}/retry`],
        ['GET', `${PATH}/999999999`],
        ['GET', `${PATH}/not-an-id`],
      ];
      for (const [method, path, body] of attempts) {
        const res = await h.rest(method, path, body);
        expect(res.status, `${method} ${path}`).toBe(404);
        expect(res.body.code).toBe('not_found');
      }
      expect((await h.rest('GET', PATH)).body.map((e: { id: number }) => e.id)).not.toContain(theirs.id);

      const gql = await h.gql(
        `query ($id: ID!) { webhookEndpoint(id: $id) { id } }`,
        { id: String(theirs.id) },
      );
      expect(gql.body.data.webhookEndpoint).toBeNull();
      const mutations: [string, string, Record<string, unknown>][] = [
        ['updateWebhookEndpoint', 'UpdateWebhookEndpointInput', { id: String(theirs.id), label: 'Taken' }],
        ['deleteWebhookEndpoint', 'WebhookEndpointIdInput', { id: String(theirs.id) }],
        ['rotateWebhookEndpointSecret', 'WebhookEndpointIdInput', { id: String(theirs.id) }],
        ['retryWebhookDelivery', 'RetryWebhookDeliveryInput', { endpointId: String(theirs.id), deliveryId: String(delivery.id) }],
      ];
      for (const [field, input, value] of mutations) {
        const res = await h.gql(`mutation ($input: ${input}!) { ${field}(input: $input) { __typename ${ERRORS} } }`, { input: value });
        expect(res.body.data[field], field).toMatchObject({ __typename: 'NotFoundError', code: 'not_found' });
      }

      expect(await row(theirs.id)).toEqual(before);
      expect(await auditCount()).toBe(audits);
      expect((await logOf(theirs.id, h.orgB.key)).body).toEqual([delivery]);
    } finally {
      await hook.close();
    }
  });
});

describe('the signing secret', () => {
  it('appears only in the answer that made it: never in another answer, a log line or the audit trail', async () => {
    // An endpoint whose URL carries a token: stored as given, but the audit trail names its origin only.
    const tokenUrl = `${receiver.url}?token=url-canary-7d1f`;
    const created = await createRest({ label: 'With token', url: tokenUrl, events: ['test_call.completed'] });
    expect(created.body.url).toBe(tokenUrl);
    await h.rest('PATCH', `${PATH}/${created.body.id}`, { url: `${tokenUrl}-2` });
    // A rotation on each door, so this test has secrets of every kind of answer even when run alone.
    const rotated = await h.rest('POST', `${PATH}/${created.body.id}/rotate-secret`);
    secrets.push(rotated.body.secret);
    const viaGraphql = await h.gql(
      `mutation ($input: WebhookEndpointIdInput!) { rotateWebhookEndpointSecret(input: $input) { ... on RotateWebhookEndpointSecretPayload { rotated { secret } } } }`,
      { input: { id: String(created.body.id) } },
    );
    secrets.push(viaGraphql.body.data.rotateWebhookEndpointSecret.rotated.secret);
    await h.rest('GET', `${PATH}/${created.body.id}`);
    await h.rest('GET', PATH);
    await h.rest('DELETE', `${PATH}/${created.body.id}`);

    expect(secrets.length).toBeGreaterThanOrEqual(3);
    const trail = JSON.stringify(await db().selectFrom('audit_events').selectAll().execute());
    const logs = h.logs.join('\n');
    const stored = JSON.stringify(await db().selectFrom('webhook_endpoints').selectAll().execute());
    for (const secret of secrets) {
      expect(h.bodies.filter((b) => b.includes(secret)), secret.slice(-4)).toHaveLength(1);
      expect(logs).not.toContain(secret);
      expect(trail).not.toContain(secret);
      // Sealed at rest.
      expect(stored).not.toContain(secret);
      expect(stored).not.toContain(secret.slice('whsec_'.length));
    }
    expect(trail).not.toContain('url-canary-7d1f');
    expect(logs).not.toContain('url-canary-7d1f');
  });
});
