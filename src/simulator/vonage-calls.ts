import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { SimAccount } from './accounts';
import { runCall } from './call-flow';
import { reply, type SimReply, type SimRequest } from './http';
import type { Network, SimCall, VonageApp } from './network';
import type { Outcome } from './outcome';
import { verifyRs256, vonageWebhookJwt } from './signing';

/**
 * Vonage Applications v2 and Voice v1 on the API host (reference §4.1–4.4, §4.6): an
 * application's private key is returned once, at creation; calls are placed with an RS256 JWT
 * the application's key signs (201 `started`), hung up with PUT {action:"hangup"} (204); events
 * started, ringing, then the terminal status go to the event URL with an HS256 JWT signed with
 * the account's signature secret (payload_hash = SHA-256 hex of the body).
 */
interface VonageCall extends SimCall {
  conversationUuid: string;
  eventUrl?: string;
  eventMethod: string;
}

const problem = (status: number, title: string, detail: string): SimReply =>
  reply(status, { type: `https://developer.nexmo.com/api-errors#${title.toLowerCase().replace(/\s+/g, '-')}`, title, detail, instance: randomUUID() }, undefined, 'application/problem+json');

/** Vonage's terminal event status for an outcome. */
function terminal(o: Outcome): string {
  switch (o.kind) {
    case 'answered':
      return 'completed';
    case 'busy':
      return 'busy';
    case 'rejected':
      return 'rejected';
    case 'no_answer':
      return 'timeout';
    case 'canceled':
      return 'cancelled';
    case 'failed':
      return 'failed';
  }
}

const digits = /^\d{7,15}$/;

export function vonageCalls(network: Network) {
  const calls = new Map<string, VonageCall>();

  const appResource = (a: VonageApp, privateKey?: string) => ({
    id: a.id,
    name: a.name,
    capabilities: a.capabilities,
    keys: { public_key: a.publicKey, ...(privateKey && { private_key: privateKey }) },
    _links: { self: { href: `/v2/applications/${a.id}` } },
  });

  const webhook = (v: unknown) => {
    const w = v as { address?: unknown; http_method?: unknown } | undefined;
    return typeof w?.address === 'string' ? { address: w.address, method: typeof w.http_method === 'string' ? w.http_method : 'POST' } : undefined;
  };

  const createApp = (account: SimAccount, req: SimRequest): SimReply => {
    const b = req.body as { name?: unknown; keys?: { public_key?: unknown }; capabilities?: Record<string, unknown> };
    if (typeof b.name !== 'string' || !b.name) {
      return reply(400, { type: 'https://developer.nexmo.com/api-errors/application.v2#validation', title: 'Bad Request', detail: 'The request failed due to validation errors', invalid_parameters: [{ name: 'name', reason: 'Is required.' }], instance: randomUUID() }, undefined, 'application/problem+json');
    }
    let publicKey = typeof b.keys?.public_key === 'string' ? b.keys.public_key : undefined;
    let privateKey: string | undefined;
    if (!publicKey) {
      const pair = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
      publicKey = pair.publicKey;
      privateKey = pair.privateKey;
    }
    const capabilities = b.capabilities ?? {};
    const hooks = ((capabilities.voice as Record<string, unknown> | undefined)?.webhooks ?? {}) as Record<string, unknown>;
    const app: VonageApp = { id: randomUUID(), account, name: b.name, capabilities, publicKey, answerUrl: webhook(hooks.answer_url), eventUrl: webhook(hooks.event_url) };
    network.vonageApps.set(app.id, app);
    return reply(201, appResource(app, privateKey));
  };

  const event = async (c: VonageCall, status: string) => {
    c.status = status;
    c.events.push(status);
    if (!c.eventUrl) return;
    const now = network.now();
    const body = JSON.stringify({
      from: c.from.replace('+', ''),
      to: c.to.replace('+', ''),
      uuid: c.id,
      conversation_uuid: c.conversationUuid,
      status,
      direction: 'outbound',
      timestamp: now.toISOString(),
    });
    await network.sendStatus(c.eventUrl, c.eventMethod, c.eventMethod === 'GET' ? new URLSearchParams(JSON.parse(body)).toString() : body, 'application/json', {
      authorization: `Bearer ${vonageWebhookJwt(c.account.id, c.account.signing.secret, c.eventMethod === 'GET' ? null : body, now)}`,
    });
  };

  const place = (app: VonageApp, req: SimRequest): SimReply => {
    const account = app.account;
    const b = req.body as { to?: { type?: string; number?: string }[]; from?: { type?: string; number?: string }; ncco?: unknown; answer_url?: unknown; event_url?: unknown; event_method?: unknown; ringing_timer?: unknown };
    const to = b.to?.[0];
    if (!to || to.type !== 'phone' || !digits.test(String(to.number ?? ''))) return problem(400, 'Bad Request', 'to must hold one phone endpoint with a number of 7 to 15 digits.');
    if (!b.from || !digits.test(String(b.from.number ?? ''))) return problem(400, 'Bad Request', 'from must be a phone endpoint with a number of 7 to 15 digits.');
    if (!Array.isArray(b.ncco) && !Array.isArray(b.answer_url)) return problem(400, 'Bad Request', 'Either ncco or answer_url is required.');
    const from = `+${b.from.number}`;
    const dest = `+${to.number}`;
    const own = (n: string) => account.numbers.some((x) => x.e164 === n) || account.verifiedNumbers.includes(n);
    if (!own(from) || network.failures.get(from) === 'caller_id_refused') {
      return problem(403, 'Forbidden', `The from number ${b.from.number} is not a number of this account: Vonage only accepts caller IDs you own.`);
    }
    if (network.geoBlocked(dest)) return problem(403, 'Forbidden', `Calls to ${to.number} are not permitted for this account (destination country blocked).`);
    if (account.behavior === 'trial' && !own(dest)) return problem(403, 'Forbidden', `Demo accounts may only call verified numbers; ${to.number} is not one.`);
    const eventUrl = Array.isArray(b.event_url) && typeof b.event_url[0] === 'string' ? b.event_url[0] : app.eventUrl?.address;
    const ringing = Math.min(Math.max(Number(b.ringing_timer ?? 60) || 60, 1), 120);
    const c: VonageCall = {
      id: randomUUID(),
      provider: 'vonage',
      account,
      from,
      to: dest,
      status: 'started',
      createdAt: network.now(),
      abort: new AbortController(),
      events: [],
      conversationUuid: randomUUID(),
      eventUrl,
      eventMethod: String(b.event_method ?? 'POST').toUpperCase() === 'GET' ? 'GET' : 'POST',
    };
    calls.set(c.id, c);
    network.calls.set(c.id, c);
    const start = () =>
      void runCall(network, c, ringing * 1000, {
        initiated: () => event(c, 'started'),
        ringing: () => event(c, 'ringing'),
        answered: () => event(c, 'answered'),
        ended: (o) => event(c, terminal(o)),
      });
    // The definition's conversation_uuid is a plain UUID (the docs' examples prefix it with CON-).
    return { ...reply(201, { uuid: c.id, status: 'started', direction: 'outbound', conversation_uuid: c.conversationUuid }), then: start };
  };

  return {
    /** The application whose key signed this `Authorization: Bearer` JWT, if it verifies and has not expired. */
    appOf(req: SimRequest): VonageApp | undefined {
      const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (!token) return undefined;
      let app: VonageApp | undefined;
      const claims = verifyRs256(token, (c) => (app = network.vonageApps.get(String(c.application_id)))?.publicKey);
      if (!claims || !app) return undefined;
      if (typeof claims.exp === 'number' && claims.exp * 1000 < network.now().getTime()) return undefined;
      return app;
    },
    /** Voice API routes, authenticated by the application's JWT. */
    voice(app: VonageApp, req: SimRequest): SimReply {
      if (req.path === '/v1/calls' && req.method === 'POST') return place(app, req);
      const one = /^\/v1\/calls\/([0-9a-f-]{36})$/.exec(req.path);
      const c = one ? calls.get(one[1]!) : undefined;
      if (one && (!c || c.account !== app.account)) return problem(404, 'Not Found', `Call ${one[1]} was not found.`);
      if (c && req.method === 'PUT') {
        if (req.body.action !== 'hangup') return problem(400, 'Bad Request', 'Only the hangup action is simulated.');
        c.abort.abort();
        return reply(204);
      }
      if (c && req.method === 'GET') {
        return reply(200, { uuid: c.id, conversation_uuid: c.conversationUuid, to: { type: 'phone', number: c.to.slice(1) }, from: { type: 'phone', number: c.from.slice(1) }, status: c.status, direction: 'outbound' });
      }
      return problem(404, 'Not Found', 'Resource not found');
    },
    /** Applications API routes (Basic auth with the account's keys). */
    applications(account: SimAccount, req: SimRequest, record: (params: Record<string, unknown>) => void): SimReply | undefined {
      if (req.path === '/v2/applications' && req.method === 'POST') {
        record(req.body);
        return createApp(account, req);
      }
      if (req.path === '/v2/applications' && req.method === 'GET') {
        const size = Math.min(Math.max(Number(req.query.get('page_size') ?? 10) || 10, 1), 100);
        const page = Math.max(Number(req.query.get('page') ?? 1) || 1, 1);
        const all = [...network.vonageApps.values()].filter((a) => a.account === account);
        return reply(200, { page_size: size, page, total_items: all.length, total_pages: Math.max(Math.ceil(all.length / size), 1), _embedded: { applications: all.slice((page - 1) * size, page * size).map((a) => appResource(a)) } });
      }
      const one = /^\/v2\/applications\/([0-9a-f-]{36})$/.exec(req.path);
      if (one && req.method === 'GET') {
        const a = network.vonageApps.get(one[1]!);
        return a && a.account === account ? reply(200, appResource(a)) : problem(404, 'Not Found', 'Application not found');
      }
      return undefined;
    },
  };
}
