import { randomBytes, randomUUID } from 'node:crypto';
import type { SimAccount } from './accounts';
import { runCall } from './call-flow';
import { reply, type SimReply, type SimRequest } from './http';
import type { Network, SimCall } from './network';
import type { Outcome } from './outcome';
import { compatSignature } from './signing';

/**
 * The Calls resource of Twilio's 2010-04-01 API and SignalWire's Compatibility API (reference
 * §1.1–1.4, §1.8, §2.1–2.3, §2.5): create (Twilio 201, SignalWire 200), cancel/complete by
 * update, read; the refusals at creation; status callbacks for the requested events, in order,
 * signed by the placing account.
 */
export interface CompatCallStyle {
  provider: 'twilio' | 'signalwire';
  /** The path of the account's Calls list (Twilio with `.json`; SignalWire's paths arrive without). */
  list: (account: SimAccount) => string;
  one: (account: SimAccount, sid: string) => string;
  created: 200 | 201;
  /** A refusal at creation (Twilio {code,message,more_info,status}; SignalWire errors[] with string codes). */
  refuse: (code: number, message: string) => SimReply;
  notFound: () => SimReply;
}

const E164 = /^\+[1-9]\d{6,14}$/;
const EVENTS = new Set(['initiated', 'ringing', 'answered', 'completed']);
const rfc2822 = (d: Date) => d.toUTCString().replace('GMT', '+0000');

interface CompatCall extends SimCall {
  statusCallback?: string;
  statusMethod: string;
  wanted: Set<string>;
  sequence: number;
}

/** Twilio's terminal CallStatus for an outcome (reference §1.4: a rejected call ends no-answer). */
function terminal(o: Outcome): string {
  switch (o.kind) {
    case 'answered':
      return 'completed';
    case 'busy':
      return 'busy';
    case 'rejected':
    case 'no_answer':
      return 'no-answer';
    case 'canceled':
      return 'canceled';
    case 'failed':
      return 'failed';
  }
}

export function compatCalls(style: CompatCallStyle, network: Network) {
  const calls = new Map<string, CompatCall>();
  const twilio = style.provider === 'twilio';

  const resource = (account: SimAccount, c: CompatCall) => {
    const duration = c.answeredAt && c.endedAt ? Math.round((c.endedAt.getTime() - c.answeredAt.getTime()) / 1000) : 0;
    const common = {
      sid: c.id,
      account_sid: account.id,
      date_created: rfc2822(c.createdAt),
      date_updated: rfc2822(c.endedAt ?? c.createdAt),
      parent_call_sid: null,
      to: c.to,
      to_formatted: c.to,
      from: c.from,
      from_formatted: c.from,
      phone_number_sid: account.numbers.find((n) => n.e164 === c.from)?.id ?? null,
      status: c.status,
      start_time: c.answeredAt ? rfc2822(c.answeredAt) : null,
      end_time: c.endedAt ? rfc2822(c.endedAt) : null,
      price: null,
      price_unit: 'USD',
      answered_by: null,
      api_version: '2010-04-01',
      forwarded_from: null,
      caller_name: null,
      group_sid: null,
      uri: style.one(account, c.id),
    };
    if (twilio) {
      return {
        ...common,
        duration: c.endedAt ? String(duration) : null,
        direction: 'outbound-api',
        queue_time: '0',
        trunk_sid: null,
        subresource_uris: { notifications: style.one(account, c.id).replace('.json', '/Notifications.json'), recordings: style.one(account, c.id).replace('.json', '/Recordings.json') },
      };
    }
    return {
      ...common,
      formatted_to: c.to,
      formatted_from: c.from,
      duration,
      direction: 'outbound',
      subresource_uris: { notifications: null, recordings: `${style.one(account, c.id)}/Recordings` },
      annotation: null,
      audio_in_mos: null,
      sip_result_code: c.outcome && c.outcome.kind !== 'answered' ? String(c.outcome.sip) : null,
      audio_rtt_avg: null,
      audio_rtt_min: null,
      audio_rtt_max: null,
      audio_out_jitter_min: null,
      audio_out_jitter_max: null,
      audio_out_jitter_avg: null,
      audio_out_lost: null,
    };
  };

  /** One status callback, if the event was asked for: form POST (or GET), signed by the placing account. */
  const callback = async (account: SimAccount, c: CompatCall, event: string, status: string, extra: Record<string, string> = {}) => {
    c.status = status;
    if (!c.statusCallback || !c.wanted.has(event)) return;
    const params: Record<string, string> = {
      CallSid: c.id,
      AccountSid: account.id,
      From: c.from,
      To: c.to,
      Caller: c.from,
      Called: c.to,
      CallStatus: status,
      Direction: twilio ? 'outbound-api' : 'outbound',
      ApiVersion: '2010-04-01',
      Timestamp: rfc2822(network.now()),
      CallbackSource: 'call-progress-events',
      SequenceNumber: String(c.sequence++),
      ...extra,
    };
    c.events.push(status);
    const get = c.statusMethod === 'GET';
    const url = get ? `${c.statusCallback}${c.statusCallback.includes('?') ? '&' : '?'}${new URLSearchParams(params)}` : c.statusCallback;
    const signature = compatSignature(account.signing.secret, url, get ? null : params);
    await network.sendStatus(c.statusCallback, c.statusMethod, new URLSearchParams(params).toString(), 'application/x-www-form-urlencoded', {
      [twilio ? 'x-twilio-signature' : 'x-signalwire-signature']: signature,
    });
  };

  const create = (account: SimAccount, req: SimRequest): SimReply => {
    const b = req.body as Record<string, string | undefined>;
    const to = b.To;
    const from = b.From;
    if (!to) return style.refuse(21201, "No 'To' number is specified");
    if (!from) return style.refuse(21213, "No 'From' number is specified");
    if (!(b.Url || b.ApplicationSid || (twilio && b.Twiml))) return style.refuse(21205, 'Url parameter is required.');
    if (!E164.test(from)) return style.refuse(21212, `The 'From' number ${from} is not a valid phone number or client identifier.`);
    if (!E164.test(to)) return style.refuse(21211, `The 'To' number ${to} is not a valid phone number.`);
    const own = (n: string) => account.numbers.some((x) => x.e164 === n) || account.verifiedNumbers.includes(n);
    if (!own(from) || network.failures.get(from) === 'caller_id_refused') {
      return style.refuse(21210, `The source phone number provided, ${from}, is not yet verified for your account. You may only make calls from phone numbers that you've verified or purchased from ${twilio ? 'Twilio' : 'SignalWire'}.`);
    }
    if (network.geoBlocked(to)) {
      return style.refuse(21215, `Account not authorized to call ${to}.${twilio ? ' Perhaps you need to enable some international permissions: https://www.twilio.com/console/voice/calls/geo-permissions/low-risk' : ''}`);
    }
    if (account.behavior === 'trial' && !own(to)) {
      return style.refuse(21219, `The number ${to} is unverified. Trial accounts may only make calls to verified numbers.`);
    }
    const timeout = Math.min(Math.max(Number(b.Timeout ?? 60) || 60, 1), 600);
    const wanted = new Set((new URLSearchParams(req.rawBody ?? '').getAll('StatusCallbackEvent').flatMap((v) => v.split(/[\s,]+/)).filter((v) => EVENTS.has(v))));
    const c: CompatCall = {
      id: twilio ? `CA${randomBytes(16).toString('hex')}` : randomUUID(),
      provider: style.provider,
      account,
      from,
      to,
      status: 'queued',
      createdAt: network.now(),
      abort: new AbortController(),
      events: [],
      statusCallback: b.StatusCallback || undefined,
      statusMethod: (b.StatusCallbackMethod ?? 'POST').toUpperCase() === 'GET' ? 'GET' : 'POST',
      wanted: wanted.size ? wanted : new Set(['completed']),
      sequence: 0,
    };
    calls.set(c.id, c);
    network.calls.set(c.id, c);
    const body = resource(account, c);
    const sipField = twilio ? 'SipResponseCode' : 'SipResultCode';
    const start = () =>
      void runCall(network, c, timeout * 1000, {
        initiated: () => callback(account, c, 'initiated', 'initiated'),
        ringing: () => callback(account, c, 'ringing', 'ringing'),
        answered: () => callback(account, c, 'answered', 'in-progress'),
        ended: (o) => {
          const seconds = c.answeredAt && c.endedAt ? Math.round((c.endedAt.getTime() - c.answeredAt.getTime()) / 1000) : 0;
          return callback(account, c, 'completed', terminal(o), {
            CallDuration: String(seconds),
            ...(o.kind === 'answered' ? { Duration: String(Math.ceil(seconds / 60)) } : {}),
            [sipField]: o.kind === 'answered' ? '200' : String(o.sip),
          });
        },
      });
    return { ...reply(style.created, body), then: start };
  };

  return {
    route(account: SimAccount, req: SimRequest): SimReply | undefined {
      if (req.path === style.list(account) && req.method === 'POST') return create(account, req);
      const sid = req.path.startsWith(style.list(account).replace(/\.json$/, '') + '/') ? /\/Calls\/([^/.]+)(?:\.json)?$/.exec(req.path)?.[1] : undefined;
      if (!sid || req.path !== style.one(account, sid)) return undefined;
      const c = calls.get(sid);
      if (!c || c.account !== account) return style.notFound();
      if (req.method === 'GET') return reply(200, resource(account, c));
      if (req.method !== 'POST') return undefined;
      const wanted = String(req.body.Status ?? '');
      // Cancel before an answer, complete after one; a call already over is left as it is.
      if ((wanted === 'canceled' && !c.answeredAt) || (wanted === 'completed' && !c.endedAt)) c.abort.abort();
      return reply(200, resource(account, c));
    },
  };
}
