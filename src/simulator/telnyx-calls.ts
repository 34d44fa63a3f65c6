import { randomBytes, randomUUID } from 'node:crypto';
import type { SimAccount } from './accounts';
import { runCall } from './call-flow';
import { reply, type SimReply, type SimRequest } from './http';
import type { Network, SimCall } from './network';
import type { Outcome } from './outcome';
import { telnyxHeaders } from './signing';

/**
 * Telnyx Call Control (reference §3.1–3.4, §3.8): Call Control applications (the only
 * connections that can dial), POST /v2/calls (200, asynchronous; D-code refusals as a
 * synchronous 403 with code 10010), hang up, and the v2 webhooks call.initiated, call.answered,
 * call.hangup — signed with the account's Ed25519 key — to the per-call webhook_url or the
 * application's webhook_event_url.
 */
interface Cca {
  id: string;
  account: SimAccount;
  body: Record<string, unknown>;
  created_at: string;
  updated_at: string;
}

interface TelnyxCall extends SimCall {
  connectionId: string;
  legId: string;
  sessionId: string;
  clientState?: string;
  webhookUrl: string;
}

const errors = (status: number, code: string, title: string, detail: string): SimReply =>
  reply(status, { errors: [{ code, title, detail, meta: { url: `https://developers.telnyx.com/docs/overview/errors/${code}` } }] });
/** A D-code refusal as observed on the wire: HTTP 403, code 10010, the D-code in the detail (reference §3.2). */
const dcode = (text: string) => errors(403, '10010', 'Forbidden', text);
const E164 = /^\+[1-9]\d{6,14}$/;

let sequence = 0;
const nextId = () => String(2_100_000_000_000_000_000n + BigInt(++sequence));

/** call.hangup's hangup_cause, hangup_source and sip_hangup_cause for an outcome. */
function hangup(o: Outcome): { hangup_cause: string; hangup_source: string; sip_hangup_cause: string } {
  switch (o.kind) {
    case 'answered':
      return { hangup_cause: 'normal_clearing', hangup_source: 'caller', sip_hangup_cause: 'unspecified' };
    case 'busy':
      return { hangup_cause: 'user_busy', hangup_source: 'callee', sip_hangup_cause: String(o.sip) };
    case 'rejected':
      return { hangup_cause: 'call_rejected', hangup_source: 'callee', sip_hangup_cause: String(o.sip) };
    case 'no_answer':
      return { hangup_cause: 'timeout', hangup_source: 'unknown', sip_hangup_cause: String(o.sip) };
    case 'canceled':
      return { hangup_cause: 'originator_cancel', hangup_source: 'caller', sip_hangup_cause: String(o.sip) };
    case 'failed':
      return { hangup_cause: o.sip === 404 ? 'not_found' : 'unspecified', hangup_source: 'callee', sip_hangup_cause: String(o.sip) };
  }
}

export function telnyxCalls(network: Network) {
  const ccas = new Map<string, Cca>();
  const calls = new Map<string, TelnyxCall>();

  const ccaResource = (c: Cca) => {
    const b = c.body;
    const outbound = (b.outbound ?? {}) as Record<string, unknown>;
    return {
      id: c.id,
      record_type: 'call_control_application',
      application_name: b.application_name,
      active: b.active ?? true,
      anchorsite_override: b.anchorsite_override ?? 'Latency',
      call_cost_in_webhooks: b.call_cost_in_webhooks ?? false,
      dtmf_type: b.dtmf_type ?? 'RFC 2833',
      first_command_timeout: b.first_command_timeout ?? false,
      first_command_timeout_secs: b.first_command_timeout_secs ?? 30,
      // channel_limit is an integer when set, absent otherwise (the definition allows no null).
      inbound: { shaken_stir_enabled: false, sip_subdomain_receive_settings: 'from_anyone', ...((b.inbound ?? {}) as object) },
      outbound: { ...outbound },
      redact_dtmf_debug_logging: false,
      tags: [],
      webhook_api_version: b.webhook_api_version ?? '1',
      webhook_event_failover_url: b.webhook_event_failover_url ?? null,
      webhook_event_url: b.webhook_event_url,
      webhook_timeout_secs: b.webhook_timeout_secs ?? null,
      created_at: c.created_at,
      updated_at: c.updated_at,
    };
  };

  const event = async (c: TelnyxCall, type: string, extra: Record<string, unknown>) => {
    c.status = type;
    c.events.push(type);
    const now = network.now();
    const body = JSON.stringify({
      data: {
        record_type: 'event',
        event_type: type,
        id: randomUUID(),
        occurred_at: now.toISOString(),
        payload: {
          call_control_id: c.id,
          call_leg_id: c.legId,
          call_session_id: c.sessionId,
          connection_id: c.connectionId,
          from: c.from,
          to: c.to,
          direction: 'outgoing',
          ...(c.clientState !== undefined && { client_state: c.clientState }),
          start_time: c.createdAt.toISOString(),
          ...extra,
        },
      },
      meta: { attempt: 1, delivered_to: c.webhookUrl },
    });
    await network.sendStatus(c.webhookUrl, 'POST', body, 'application/json', telnyxHeaders(c.account.signing.ed25519!.privateKey, body, now));
  };

  const dial = (account: SimAccount, req: SimRequest): SimReply => {
    const b = req.body as Record<string, unknown>;
    for (const field of ['connection_id', 'to', 'from']) {
      if (typeof b[field] !== 'string' || !b[field]) return errors(422, '10004', 'Missing required parameter', `The '${field}' parameter is required.`);
    }
    const cca = ccas.get(String(b.connection_id));
    if (!cca || cca.account !== account) return errors(422, '10015', 'Invalid value for connection_id (Call Control App ID)', 'The requested connection_id (Call Control App ID) is either invalid or does not exist. Only Call Control Apps with valid webhook URL are accepted.');
    const to = String(b.to);
    const from = String(b.from);
    if (!E164.test(to)) return errors(422, '10016', 'Phone number must be in +E.164 format', "The 'to' number must be in +E.164 format.");
    const ovp = ((cca.body.outbound ?? {}) as Record<string, unknown>).outbound_voice_profile_id;
    if (!ovp) return dcode('403 Connection has no Outbound Profile assigned D38');
    if (!E164.test(from)) return dcode('403 Invalid caller origination number D35');
    if (from === to) return dcode('403 Forbidden D53 origin same as destination number');
    const refused = network.failures.get(from) === 'caller_id_refused';
    if (refused || !(account.numbers.some((n) => n.e164 === from) || account.verifiedNumbers.includes(from))) {
      const other = network.owner(from);
      if (!refused && other && other.account.provider === 'telnyx' && other.account !== account) return dcode('403 Caller ID belongs to another Telnyx user D36');
      return dcode('403 Unverified non-Telnyx caller ID D51');
    }
    if (network.geoBlocked(to)) return dcode('403 Destination country is not whitelisted on the outbound voice profile D13');
    if (account.behavior === 'trial' && !account.numbers.some((n) => n.e164 === to) && !account.verifiedNumbers.includes(to)) {
      return dcode('403 Account level only allows calls to verified numbers D60');
    }
    const timeout = Math.min(Math.max(Number(b.timeout_secs ?? 30) || 30, 5), 600);
    const c: TelnyxCall = {
      id: `v3:${randomBytes(24).toString('base64url')}`,
      provider: 'telnyx',
      account,
      from,
      to,
      status: 'dialing',
      createdAt: network.now(),
      abort: new AbortController(),
      events: [],
      connectionId: cca.id,
      legId: randomUUID(),
      sessionId: randomUUID(),
      clientState: typeof b.client_state === 'string' ? b.client_state : undefined,
      webhookUrl: typeof b.webhook_url === 'string' && b.webhook_url ? b.webhook_url : String(cca.body.webhook_event_url),
    };
    calls.set(c.id, c);
    network.calls.set(c.id, c);
    const start = () =>
      void runCall(network, c, timeout * 1000, {
        initiated: () => event(c, 'call.initiated', { state: 'bridging' }),
        // Call Control has no ringing event.
        ringing: async () => undefined,
        answered: () => event(c, 'call.answered', {}),
        ended: (o) => event(c, 'call.hangup', { state: 'hangup', end_time: network.now().toISOString(), call_quality_stats: null, ...hangup(o) }),
      });
    return {
      ...reply(200, {
        data: { call_control_id: c.id, call_leg_id: c.legId, call_session_id: c.sessionId, is_alive: false, record_type: 'call', start_time: c.createdAt.toISOString(), ...(c.clientState !== undefined && { client_state: c.clientState }) },
      }),
      then: start,
    };
  };

  return {
    ccas,
    /** Routes below /v2 for Call Control; undefined for any other path. */
    route(account: SimAccount, req: SimRequest, record: (params: Record<string, unknown>) => void): SimReply | undefined {
      const q = req.query;
      if (req.path === '/call_control_applications') {
        if (req.method === 'POST') {
          record(req.body);
          const b = req.body;
          if (typeof b.application_name !== 'string' || !b.application_name || typeof b.webhook_event_url !== 'string' || !b.webhook_event_url) {
            return errors(422, '10015', 'Invalid value', 'application_name and webhook_event_url are required.');
          }
          const at = network.now().toISOString();
          const c: Cca = { id: nextId(), account, body: { ...b }, created_at: at, updated_at: at };
          ccas.set(c.id, c);
          return reply(201, { data: ccaResource(c) });
        }
        if (req.method === 'GET') {
          for (const key of q.keys()) {
            if (!/^(page\[(number|size)\]|sort|filter\[(application_name\]\[contains|outbound\.outbound_voice_profile_id)\])$/.test(key)) {
              return errors(400, '10015', 'Invalid parameter', `The query parameter ${key} is not supported.`);
            }
          }
          const contains = q.get('filter[application_name][contains]');
          const ovp = q.get('filter[outbound.outbound_voice_profile_id]');
          const all = [...ccas.values()].filter(
            (c) => c.account === account && (contains === null || String(c.body.application_name).includes(contains)) && (ovp === null || ((c.body.outbound ?? {}) as Record<string, unknown>).outbound_voice_profile_id === ovp),
          );
          const size = Math.min(Math.max(Number(q.get('page[size]') ?? 20) || 20, 1), 250);
          const page = Math.max(Number(q.get('page[number]') ?? 1) || 1, 1);
          return reply(200, {
            data: all.slice((page - 1) * size, page * size).map(ccaResource),
            meta: { page_number: page, page_size: size, total_pages: Math.max(Math.ceil(all.length / size), 1), total_results: all.length },
          });
        }
      }
      const one = /^\/call_control_applications\/(\d+)$/.exec(req.path);
      if (one) {
        const c = ccas.get(one[1]!);
        if (!c || c.account !== account) return errors(404, '10005', 'Resource not found', 'The requested resource or URL could not be found.');
        if (req.method === 'PATCH') {
          record(req.body);
          Object.assign(c.body, req.body);
          c.updated_at = network.now().toISOString();
        }
        if (req.method === 'GET' || req.method === 'PATCH') return reply(200, { data: ccaResource(c) });
      }
      if (req.path === '/calls' && req.method === 'POST') return dial(account, req);
      const hang = /^\/calls\/([^/]+)\/actions\/hangup$/.exec(req.path);
      if (hang && req.method === 'POST') {
        const c = calls.get(decodeURIComponent(hang[1]!));
        if (!c || c.account !== account || c.endedAt) return errors(422, '90018', 'Call has already ended', 'This call is no longer active and can\'t receive commands.');
        c.abort.abort();
        return reply(200, { data: { result: 'ok' } });
      }
      return undefined;
    },
  };
}
