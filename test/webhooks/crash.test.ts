import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialsFor } from '../../src/simulator/accounts';
import { startSimulator, type Simulator } from '../../src/simulator/server';
import { createDb } from '../../src/db/create-db';
import { freshDatabaseUrl } from '../support/database';
import { SECRET_KEYS } from '../support/harness';
import { callInstance, cli, startInstance, stopInstance, type Instance } from '../support/instances';
import { waitFor } from '../support/wait';
import { startReceiver, verifyArrival, type Receiver } from '../support/webhook-receiver';

/**
 * A gateway SIGKILLed while deliveries are in flight (its receiver hanging) and pending delivers
 * every event once restarted on the same database: no event lost, duplicates only as
 * at-least-once allows, each with its event's webhook-id and body. A real `trunkline serve`
 * process; its leases are wall-clock, so the receiver timeout is short (3 s: a lease of 6 s, see
 * webhookLeaseMs) and the test waits for the deliveries, never for a time.
 */
let sim: Simulator;
let db: Awaited<ReturnType<typeof freshDatabaseUrl>>;
let env: Record<string, string>;
let key: string;
let receiver: Receiver;
const instances: Instance[] = [];

beforeAll(async () => {
  sim = await startSimulator({ slowMs: 2_000, retryAfterSeconds: 0 });
  db = await freshDatabaseUrl();
  receiver = await startReceiver();
  env = {
    DATABASE_URL: db.url,
    TRUNKLINE_SECRET_KEYS: SECRET_KEYS,
    PORT: '0',
    LOG_LEVEL: 'info',
    VONAGE_REST_BASE_URL: sim.baseUrls.vonageRest,
    VONAGE_API_BASE_URL: sim.baseUrls.vonageApi,
    RATE_LIMIT_PER_MINUTE: '1000000',
    PROVIDER_RATE_LIMIT_PER_MINUTE: '1000000',
    // Long enough for the three creations to be hanging at once when the kill comes; the lease 6 s.
    TRUNKLINE_WEBHOOK_TIMEOUT_MS: '3000',
    TRUNKLINE_WEBHOOK_POLL_MS: '100',
  };
  cli(env, ['migrate']);
  key = (JSON.parse(cli(env, ['orgs', 'create', 'Acme'])) as { api_key: string }).api_key;
}, 60_000);

afterAll(async () => {
  await Promise.all(instances.map(stopInstance));
  await receiver?.close();
  await sim?.close();
  await db?.dispose();
});

async function start(): Promise<Instance> {
  const i = await startInstance(env);
  instances.push(i);
  return i;
}

async function connection(i: Instance): Promise<number> {
  const credentials = credentialsFor(sim.account('vonage', 'valid'));
  const test = await callInstance(i, key, 'POST', '/v1/voip-connections/test', { provider: 'vonage', credentials });
  const created = await callInstance(i, key, 'POST', '/v1/voip-connections', { provider: 'vonage', credentials, verification_evidence_id: test.body.verification_evidence_id });
  expect(created.status).toBe(201);
  return created.body.id;
}

describe('webhook delivery across a crash', () => {
  it('delivers every event after a SIGKILL, duplicates carrying the same webhook-id', async () => {
    const first = await start();
    receiver.behave('hang');
    const endpoint = await callInstance(first, key, 'POST', '/v1/developer/webhook-endpoints', {
      label: 'Backend',
      url: receiver.url,
      events: ['voip_connection.created', 'voip_connection.updated'],
    });
    expect(endpoint.status).toBe(201);
    const secret: string = endpoint.body.secret;

    // Three objects' creations go out (and hang); two renames of the first wait behind its creation.
    const ids = await Promise.all([connection(first), connection(first), connection(first)]);
    for (const name of ['Second name', 'Third name']) expect((await callInstance(first, key, 'PATCH', `/v1/voip-connections/${ids[0]}`, { name })).status).toBe(200);
    await waitFor(() => receiver.hanging() === 3);

    const exited = new Promise((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGKILL');
    await exited;
    instances.splice(instances.indexOf(first), 1);
    receiver.behave({ status: 204 });
    await start();

    // Every event committed before the kill, accepted once at least.
    const reader = createDb(db.url);
    const events = await reader.kysely.selectFrom('webhook_events').select(['id', 'payload']).orderBy('created_at').execute();
    await reader.close();
    expect(events).toHaveLength(5);
    const accepted = () => new Set(receiver.accepted().map((a) => a.headers['webhook-id']));
    await waitFor(() => events.every((e) => accepted().has(e.id)), 30_000);

    // Every request (duplicates included) is one of the events, byte for byte, signed.
    const payloads = new Map(events.map((e) => [e.id, e.payload]));
    for (const a of receiver.arrivals) {
      expect(a.body).toBe(payloads.get(a.headers['webhook-id']!));
      expect(verifyArrival(secret, a).id).toBe(a.headers['webhook-id']);
    }
    // The first object's events were accepted in the order they were made.
    const seen = new Set<string>();
    const firstAcceptance = receiver.accepted().filter((a) => !seen.has(a.headers['webhook-id']!) && seen.add(a.headers['webhook-id']!));
    const aboutFirst = firstAcceptance.filter((a) => a.json.data.id === ids[0]).map((a) => `${a.json.type} ${a.json.data.name}`);
    expect(aboutFirst.map((s) => s.split(' ')[0])).toEqual(['voip_connection.created', 'voip_connection.updated', 'voip_connection.updated']);
    expect(aboutFirst.slice(1).map((s) => s.split(' ').slice(1).join(' '))).toEqual(['Second name', 'Third name']);
  }, 60_000);
});
