import { createClient } from 'graphql-sse';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness';
import { retry, waitFor } from '../support/wait';

/**
 * Event streams against a hostile caller (issue 20, item 6): every request of graphql-sse's
 * single connection mode is authenticated, a stream token belongs to the key that reserved it,
 * tokens are bounded, reservations expire, streams per key and operations per stream are capped,
 * a revoked key's quiet stream ends at once, and an event costs one key check per key, not one
 * per subscription.
 */
const STREAM = '/graphql/stream';
const CONNECTION_EVENTS = 'subscription { connectionUpdated { id connection { name } } }';
const CSRF = { 'x-graphql-yoga-csrf': '1' };

const auth = (key: string | null) => ({ ...CSRF, ...(key ? { authorization: `Bearer ${key}` } : {}) });

interface OpenStream {
  status: number;
  /** Every SSE message received so far (`event` and parsed `data`). */
  messages: { event: string; data: any }[];
  /** Resolves when the stream ends (the server ended it, or the test closed it). */
  ended: Promise<void>;
  close(): void;
}

function streams(h: Harness) {
  const reserve = (key: string | null, headers: Record<string, string> = {}) => h.fetch(STREAM, { method: 'PUT', headers: { ...auth(key), ...headers } });
  const operation = (key: string | null, token: string, id: string, query = CONNECTION_EVENTS) =>
    h.fetch(STREAM, {
      method: 'POST',
      headers: { ...auth(key), 'content-type': 'application/json', accept: 'application/json', 'x-graphql-event-stream-token': token },
      body: JSON.stringify({ query, extensions: { operationId: id } }),
    });
  const complete = (key: string | null, token: string, id: string) =>
    h.fetch(`${STREAM}?operationId=${id}`, { method: 'DELETE', headers: { ...auth(key), 'x-graphql-event-stream-token': token } });
  async function open(key: string | null, token: string): Promise<OpenStream> {
    const abort = new AbortController();
    const res = await h.fetch(STREAM, { headers: { ...auth(key), accept: 'text/event-stream', 'x-graphql-event-stream-token': token }, signal: abort.signal });
    const messages: OpenStream['messages'] = [];
    const ended = (async () => {
      if (!res.body || res.status !== 200) return;
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        const reader = res.body.getReader();
        for (let read = await reader.read(); !read.done; read = await reader.read()) {
          buffer += decoder.decode(read.value, { stream: true });
          let cut: number;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event) messages.push({ event, data: data ? JSON.parse(data) : null });
          }
        }
      } catch {
        // Aborted by the test.
      }
    })();
    return { status: res.status, messages, ended, close: () => abort.abort() };
  }
  return { reserve, operation, complete, open };
}

/** A distinct-mode subscription at /graphql (graphql-sse's own client): its results, and how it ended. */
function distinct(h: Harness, key: string, query = CONNECTION_EVENTS) {
  const client = createClient({ url: `${h.url}/graphql`, headers: { authorization: `Bearer ${key}` }, retryAttempts: 0 });
  const results: any[] = [];
  let stop = () => {};
  const done = new Promise<void>((resolve, reject) => {
    stop = client.subscribe({ query }, { next: (r) => void results.push(r), error: reject, complete: resolve });
  });
  done.catch(() => undefined);
  return { results, done, stop: () => stop() };
}

/** Asks again while the answer is 429 (the server has not yet seen a connection close): the first other answer. */
function accepted(ask: () => Promise<Response>): Promise<Response> {
  return retry(
    async () => {
      const res = await ask();
      if (res.status === 429) await res.text();
      return res;
    },
    (res) => res.status !== 429,
  );
}

async function newKey(h: Harness, name: string, key?: string): Promise<{ id: number; key: string }> {
  const created = await h.rest('POST', '/v1/developer/api-keys', { name }, key ? { key } : {});
  expect(created.status).toBe(201);
  return { id: created.body.id, key: created.body.key };
}

describe('event streams, with small caps (2 streams per key, 2 operations per stream)', () => {
  let h: Harness;
  let s: ReturnType<typeof streams>;
  beforeAll(async () => {
    h = await startHarness({ TRUNKLINE_MAX_STREAMS_PER_KEY: '2', TRUNKLINE_MAX_OPERATIONS_PER_STREAM: '2' });
    s = streams(h);
  });
  afterAll(() => h.close());
  afterEach(() => waitFor(() => h.runtime.deps.events.openSubscriptions() === 0));

  it('answers 401 to every request of the protocol without a valid key', async () => {
    const token = await (await s.reserve(h.orgA.key)).text();
    for (const key of [null, 'sk_live_not_a_key_at_all_0000']) {
      const answers = [
        await s.reserve(key),
        await s.operation(key, token, 'x'),
        await s.complete(key, token, 'x'),
        await h.fetch(STREAM, { headers: { ...auth(key), accept: 'text/event-stream', 'x-graphql-event-stream-token': token } }),
        await h.fetch(`${STREAM}?query=${encodeURIComponent(CONNECTION_EVENTS)}`, { headers: { ...auth(key), accept: 'text/event-stream' } }),
      ];
      for (const res of answers) {
        expect(res.status).toBe(401);
        expect((await res.json()).code).toBe(key ? 'invalid_api_key' : 'not_authenticated');
      }
    }
    // The reservation is still A's to open, and to close.
    const stream = await s.open(h.orgA.key, token);
    expect(stream.status).toBe(200);
    stream.close();
    await stream.ended;
  });

  it("never lets another organization's key use a stream: its token answers as one that does not exist", async () => {
    const token = await (await s.reserve(h.orgA.key)).text();
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    const stream = await s.open(h.orgA.key, token);
    expect(stream.status).toBe(200);

    // Org B with A's token, and with a token nobody reserved: the same answers, and nothing reaches A's stream.
    const theirs = await s.operation(h.orgB.key, token, 'b1');
    const unknown = await s.operation(h.orgB.key, 'f0f0f0f0-0000-4000-8000-000000000000', 'b1');
    expect(theirs.status).toBe(404);
    expect([theirs.status, await theirs.text()]).toEqual([unknown.status, await unknown.text()]);
    const deleted = await s.complete(h.orgB.key, token, 'b1');
    expect(deleted.status).toBe(404);
    // Opening it: for B the token names no stream (no 409 "already open"), so graphql-sse takes the GET as a distinct-mode request without a query.
    const reopened = await h.fetch(STREAM, { headers: { ...auth(h.orgB.key), accept: 'text/event-stream', 'x-graphql-event-stream-token': token } });
    expect(reopened.status).toBe(400);
    await reopened.text();
    // Even a client-chosen token is the key's own: B may reserve the same text without touching A's.
    expect((await s.reserve(h.orgB.key, { 'x-graphql-event-stream-token': token })).status).toBe(201);
    const bStream = await s.open(h.orgB.key, token);
    expect(bStream.status).toBe(200);

    // A's own operation is delivered on A's stream, B's on B's.
    expect((await s.operation(h.orgA.key, token, 'a1')).status).toBe(202);
    expect((await s.operation(h.orgB.key, token, 'b2')).status).toBe(202);
    await waitFor(() => h.runtime.deps.events.openSubscriptions() === 2);
    // One event in each organization, as their writes publish them.
    h.runtime.deps.events.publish({ kind: 'connection', organizationId: h.orgA.id, connectionId: 1001, deleted: true });
    h.runtime.deps.events.publish({ kind: 'connection', organizationId: h.orgB.id, connectionId: 2002, deleted: true });
    await waitFor(() => stream.messages.length === 1 && bStream.messages.length === 1);
    expect(stream.messages).toEqual([{ event: 'next', data: { id: 'a1', payload: { data: { connectionUpdated: { id: '1001', connection: null } } } } }]);
    expect(bStream.messages).toEqual([{ event: 'next', data: { id: 'b2', payload: { data: { connectionUpdated: { id: '2002', connection: null } } } } }]);
    stream.close();
    bStream.close();
    await Promise.all([stream.ended, bStream.ended]);
  });

  it('refuses a token longer than 128 characters with 400, in the header or the query', async () => {
    const long = 'x'.repeat(129);
    const answers = [
      await s.reserve(h.orgA.key, { 'x-graphql-event-stream-token': long }),
      await s.operation(h.orgA.key, long, 'o1'),
      await h.fetch(`${STREAM}?token=${long}`, { headers: { ...auth(h.orgA.key), accept: 'text/event-stream' } }),
      await h.fetch(`${STREAM}?token=${long}&operationId=o1`, { method: 'DELETE', headers: auth(h.orgA.key) }),
    ];
    for (const res of answers) {
      expect(res.status).toBe(400);
      expect((await res.json()).code).toBe('invalid_stream_token');
    }
    // 128 is fine.
    expect((await s.reserve(h.orgA.key, { 'x-graphql-event-stream-token': 'y'.repeat(128) })).status).toBe(201);
    h.clock.advance(61_000);
  });

  it('drops a reservation not opened within 60 s, with the operations posted to it, and frees its slot', async () => {
    const { key } = await newKey(h, 'Reserver');
    const first = await (await s.reserve(key)).text();
    const second = await (await s.reserve(key)).text();
    const third = await s.reserve(key);
    expect(third.status).toBe(429);
    expect(await third.json()).toMatchObject({ code: 'stream_limit_reached' });
    // An operation on an unopened reservation runs (graphql-sse flushes it on connect)…
    expect((await s.operation(key, first, 'o1')).status).toBe(202);
    await waitFor(() => h.runtime.deps.events.openSubscriptions() === 1);

    h.clock.advance(61_000);
    // …and ends with the reservation, found expired on the next stream request.
    expect((await s.operation(key, first, 'o2')).status).toBe(404);
    expect((await s.operation(key, second, 'o1')).status).toBe(404);
    await waitFor(() => h.runtime.deps.events.openSubscriptions() === 0);
    const again = await s.reserve(key);
    expect(again.status).toBe(201);
    const stream = await s.open(key, await again.text());
    expect(stream.status).toBe(200);
    stream.close();
    await stream.ended;
  });

  it('caps streams per key across both modes: the third is refused until one closes; another key is unaffected', async () => {
    const { key } = await newKey(h, 'Capped');
    const one = distinct(h, key);
    await waitFor(() => h.runtime.deps.events.openSubscriptions() === 1);
    const reserved = await s.reserve(key);
    expect(reserved.status).toBe(201);
    const token = await reserved.text();
    const stream = await s.open(key, token);
    expect(stream.status).toBe(200);

    // Over the cap: a reservation is 429, a distinct-mode subscription ends with one error naming the code.
    const refused = await s.reserve(key);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({ code: 'stream_limit_reached', detail: expect.stringContaining('2 event streams') });
    const over = await h.fetch('/graphql', {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: CONNECTION_EVENTS }),
    });
    expect(over.status).toBe(429);
    expect(await over.text()).toContain('"code":"stream_limit_reached"');
    // Org A's own key is another key.
    const other = await s.reserve(h.orgA.key);
    expect(other.status).toBe(201);

    // One closes: a new one is accepted.
    one.stop();
    await waitFor(() => h.runtime.deps.events.openSubscriptions() === 0);
    expect((await s.reserve(key)).status).toBe(201);
    expect((await s.reserve(key)).status).toBe(429);
    // A single-connection stream the client leaves frees its slot too (once the server sees the connection close).
    stream.close();
    expect((await accepted(() => s.reserve(key))).status).toBe(201);
    h.clock.advance(61_000);
  });

  it('caps operations per stream: the third is refused until one completes', async () => {
    const { key } = await newKey(h, 'Operations');
    const token = await (await s.reserve(key)).text();
    const stream = await s.open(key, token);
    expect((await s.operation(key, token, 'o1')).status).toBe(202);
    expect((await s.operation(key, token, 'o2')).status).toBe(202);
    const refused = await s.operation(key, token, 'o3');
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ code: 'operation_limit_reached' });
    expect((await s.complete(key, token, 'o1')).status).toBe(200);
    expect((await s.operation(key, token, 'o3')).status).toBe(202);
    // A query completes by itself, and frees its place.
    expect((await s.complete(key, token, 'o2')).status).toBe(200);
    expect((await s.operation(key, token, 'q1', '{ __typename }')).status).toBe(202);
    await waitFor(() => stream.messages.some((m) => m.event === 'complete' && m.data?.id === 'q1'));
    expect((await s.operation(key, token, 'o4')).status).toBe(202);
    stream.close();
    await stream.ended;
  });

  it("ends a revoked key's quiet streams at once, in both modes, with invalid_api_key and nothing else in the organization", async () => {
    const { id, key } = await newKey(h, 'Revoked while quiet');
    const token = await (await s.reserve(key)).text();
    const stream = await s.open(key, token);
    expect((await s.operation(key, token, 'o1')).status).toBe(202);
    const one = distinct(h, key);
    await waitFor(() => h.runtime.deps.events.openSubscriptions() === 2);

    expect((await h.rest('DELETE', `/v1/developer/api-keys/${id}`)).status).toBe(204);
    await one.done;
    expect(one.results).toEqual([{ data: null, errors: [expect.objectContaining({ extensions: { code: 'invalid_api_key' } })] }]);
    // The single-connection stream: its operation ends with the error, then the stream itself.
    await stream.ended;
    expect(stream.messages).toEqual([
      { event: 'next', data: { id: 'o1', payload: { data: null, errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'invalid_api_key' }) })] } } },
      { event: 'complete', data: { id: 'o1' } },
    ]);
  });
});

/** Counts the statements that read a table, through a Kysely plugin on the gateway's own database handle. */
function countReads(h: Harness) {
  const counts = new Map<string, number>();
  const plugin: KyselyPlugin = {
    transformQuery(args: PluginTransformQueryArgs) {
      if (args.node.kind === 'SelectQueryNode') {
        for (const table of ['api_keys', 'voip_connections']) if (JSON.stringify(args.node).includes(`"${table}"`)) counts.set(table, (counts.get(table) ?? 0) + 1);
      }
      return args.node;
    },
    transformResult: async (args: PluginTransformResultArgs) => args.result,
  };
  const deps = h.runtime.deps;
  const original = deps.db;
  deps.db = original.withPlugin(plugin);
  return { counts, restore: () => void (deps.db = original) };
}

describe('event fan-out', () => {
  let h: Harness;
  let s: ReturnType<typeof streams>;
  beforeAll(async () => {
    h = await startHarness();
    s = streams(h);
  });
  afterAll(() => h.close());

  it('reads each key once per event, and the changed object once, however many subscriptions the event reaches', async () => {
    const second = await newKey(h, 'Second key');
    // Twelve subscriptions of key A on one stream, two of the second key (one stream, one distinct).
    const token = await (await s.reserve(h.orgA.key)).text();
    const stream = await s.open(h.orgA.key, token);
    for (let i = 0; i < 12; i++) expect((await s.operation(h.orgA.key, token, `a${i}`)).status).toBe(202);
    const token2 = await (await s.reserve(second.key)).text();
    const stream2 = await s.open(second.key, token2);
    expect((await s.operation(second.key, token2, 'b0')).status).toBe(202);
    const one = distinct(h, second.key);
    await waitFor(() => h.runtime.deps.events.openSubscriptions() === 14);

    const reads = countReads(h);
    try {
      // One event, as a write publishes it after its commit.
      h.runtime.deps.events.publish({ kind: 'connection', organizationId: h.orgA.id, connectionId: 424242, deleted: false });
      await waitFor(() => stream.messages.filter((m) => m.event === 'next').length === 12 && stream2.messages.some((m) => m.event === 'next') && one.results.length === 1);
    } finally {
      reads.restore();
    }
    expect(Object.fromEntries(reads.counts)).toEqual({ api_keys: 2, voip_connections: 1 });
    expect(stream.messages.filter((m) => m.event === 'next').map((m) => m.data.payload)).toEqual(Array(12).fill({ data: { connectionUpdated: { id: '424242', connection: null } } }));
    one.stop();
    stream.close();
    stream2.close();
    await Promise.all([stream.ended, stream2.ended]);
  });
});
