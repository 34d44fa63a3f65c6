import { randomBytes, randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import type { SimAccount, SimNumber, SimProvider } from './accounts';
import type { FailureMode, Outcome } from './outcome';
import { compatSignature, vonageWebhookJwt } from './signing';
import { SipUac } from './sip-uac';

/**
 * The simulated telephone network: every simulated account's numbers can call each other. A call
 * placed at one provider (or through the SIP carrier) is delivered by the destination number's
 * own routing — a signed voice webhook to its voice URL (Twilio, SignalWire), its Vonage
 * application's answer URL, or a SIP INVITE to its FQDN connection, SIP URI or trunk route — and
 * the answer is turned into an Outcome the placing side reports in its own words.
 */
export interface NetworkOptions {
  /** Caps how long any call rings before it is given up (the call's own timeout otherwise). */
  ringTimeoutMs?: number;
  /** How long a SIP destination may take to send a 1xx (Telnyx timeout_1xx_secs: 3 s). */
  provisionalMs?: number;
  /** How long a voice webhook may take to answer. */
  webhookTimeoutMs?: number;
  /** Where SIP hosts really are: `host` or `host:port` → `127.0.0.1:port` (a test's DNS). */
  sipHosts?: Record<string, string>;
  now?: () => Date;
  /**
   * Destination prefixes no simulated account may call (geo permissions): Twilio/SignalWire 21215,
   * Telnyx D13, Vonage 403. Default +882 and +883 (international networks, off by default at the providers).
   */
  geoBlockedPrefixes?: string[];
}

/** A Telnyx FQDN connection as the network routes to it. */
export interface TelnyxRoute {
  fqdns: { fqdn: string; port: number }[];
  dnisFormat: string;
  aniFormat: string;
}

/** A Vonage application as the network needs it (answer URL for app-routed numbers, the key for its API JWTs). */
export interface VonageApp {
  id: string;
  account: SimAccount;
  name: string;
  capabilities: Record<string, unknown>;
  publicKey: string;
  answerUrl?: { address: string; method: string };
  eventUrl?: { address: string; method: string };
}

/** One webhook the network sent, for tests and the demo to look at. */
export interface SentWebhook {
  url: string;
  method: string;
  kind: 'voice' | 'status';
  status: number | null;
}

export interface Delivery {
  from: string;
  to: string;
  signal: AbortSignal;
  /** The caller's ring timeout (seconds → ms), before the network's cap. */
  ringMs: number;
  onRinging(): void;
}

/** A call placed at a simulated provider, as the network tracks it. */
export interface SimCall {
  id: string;
  provider: SimProvider;
  account: SimAccount;
  from: string;
  to: string;
  /** The provider's own word for where it is (Twilio `queued`, Telnyx `call.initiated`…). */
  status: string;
  createdAt: Date;
  answeredAt?: Date;
  endedAt?: Date;
  abort: AbortController;
  /** The status events sent for it, in order (provider words). */
  events: string[];
  /** Why it ended, once it has. */
  outcome?: Outcome;
}

export class Network {
  readonly calls = new Map<string, SimCall>();
  readonly failures = new Map<string, FailureMode>();
  readonly didRoutes = new Map<string, string>();
  readonly telnyxRoutes = new Map<string, TelnyxRoute>();
  readonly vonageApps = new Map<string, VonageApp>();
  readonly webhooks: SentWebhook[] = [];
  readonly sipHosts = new Map<string, string>();
  private readonly uac = new SipUac();

  constructor(
    readonly accounts: SimAccount[],
    private readonly options: NetworkOptions = {},
  ) {
    for (const [k, v] of Object.entries(options.sipHosts ?? {})) this.sipHosts.set(k, v);
  }

  now(): Date {
    return this.options.now?.() ?? new Date();
  }

  close(): void {
    this.uac.close();
  }

  /** The account and number that own an E.164 number, among every simulated account. */
  owner(e164: string): { account: SimAccount; number: SimNumber } | undefined {
    for (const account of this.accounts) {
      const number = account.numbers.find((n) => n.e164 === e164);
      if (number) return { account, number };
    }
    return undefined;
  }

  /** Whether the destination is outside every account's geo permissions. */
  geoBlocked(to: string): boolean {
    return (this.options.geoBlockedPrefixes ?? ['+882', '+883']).some((p) => to.startsWith(p));
  }

  ringMs(requested: number): number {
    return Math.min(requested, this.options.ringTimeoutMs ?? requested);
  }

  /** Where a SIP host really is: the test's map first, then the host itself when it is an address or localhost. */
  resolve(host: string, port: number): { host: string; port: number } {
    const mapped = this.sipHosts.get(`${host}:${port}`) ?? this.sipHosts.get(host);
    if (mapped) {
      const [h, p] = mapped.split(':');
      return { host: h!, port: Number(p ?? port) };
    }
    return { host: host === 'localhost' || !isIP(host) ? '127.0.0.1' : host, port };
  }

  /** Delivers a call to its destination by the destination's own routing. */
  async deliver(d: Delivery): Promise<Outcome> {
    const ringMs = this.ringMs(d.ringMs);
    const failure = this.failures.get(d.to);
    if (failure === 'inbound_unrouted') return { kind: 'failed', sip: 404 };
    if (failure === 'trunk_forbidden') return { kind: 'failed', sip: 403 };
    if (failure === 'no_answer') return this.ringOut(d.signal, ringMs, d.onRinging);
    const did = this.didRoutes.get(d.to);
    if (did) return this.sipToUri(did, d, ringMs, `<sip:${d.from}@sip.carrier.example>`);
    const owned = this.owner(d.to);
    if (!owned) return { kind: 'failed', sip: 404 };
    const { account, number } = owned;
    const r = number.routing;
    if ((account.provider === 'twilio' || account.provider === 'signalwire') && r.voice_url) {
      return this.compatWebhook(account, d, r.voice_url, (r.voice_method ?? 'POST').toUpperCase(), ringMs);
    }
    if (account.provider === 'telnyx' && r.connection_id) {
      const route = this.telnyxRoutes.get(r.connection_id);
      if (route?.fqdns.length) return this.telnyxInvite(route, d, ringMs);
    }
    if (account.provider === 'vonage' && r.voiceCallbackType === 'sip' && r.voiceCallbackValue) {
      return this.sipToUri(r.voiceCallbackValue, d, ringMs, `<sip:${d.from.replace('+', '')}@sip.nexmo.com>`);
    }
    if (account.provider === 'vonage' && r.voiceCallbackType === 'app' && r.voiceCallbackValue) {
      const app = this.vonageApps.get(r.voiceCallbackValue);
      if (app?.answerUrl) return this.vonageAnswer(app, account, d);
    }
    // Routed somewhere the network cannot reach (an IP connection, an unknown app), or nowhere: it rings out.
    return this.ringOut(d.signal, ringMs, d.onRinging);
  }

  /** Rings until the caller gives up (no final until then). */
  private ringOut(signal: AbortSignal, ringMs: number, onRinging: () => void): Promise<Outcome> {
    onRinging();
    return new Promise((resolve) => {
      if (signal.aborted) return resolve({ kind: 'canceled', sip: 487 });
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve({ kind: 'no_answer', sip: 487 });
      }, ringMs);
      const onAbort = () => {
        clearTimeout(timer);
        resolve({ kind: 'canceled', sip: 487 });
      };
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Twilio/SignalWire: the inbound voice webhook, signed by the number's owner, and its TwiML/cXML answer. */
  private async compatWebhook(owner: SimAccount, d: Delivery, voiceUrl: string, method: string, ringMs: number): Promise<Outcome> {
    d.onRinging();
    const params: Record<string, string> = {
      CallSid: owner.provider === 'twilio' ? `CA${randomBytes(16).toString('hex')}` : randomUUID(),
      AccountSid: owner.id,
      From: d.from,
      To: d.to,
      Caller: d.from,
      Called: d.to,
      CallStatus: 'ringing',
      Direction: 'inbound',
      ApiVersion: '2010-04-01',
    };
    let url = voiceUrl;
    for (let hop = 0; hop < 2; hop++) {
      const answer = await this.sendCompat(owner, url, method, params, d.signal, ringMs);
      if (answer === 'aborted') return { kind: 'canceled', sip: 487 };
      if (answer === null) return { kind: 'failed', sip: 500 };
      const verb = firstVerb(answer);
      if (verb?.name === 'Reject') return verb.attrs.reason === 'busy' ? { kind: 'busy', sip: 486 } : { kind: 'rejected', sip: 603 };
      if (verb?.name === 'Redirect' && hop === 0 && verb.text) {
        url = new URL(verb.text.trim(), url).toString();
        method = (verb.attrs.method ?? 'POST').toUpperCase();
        continue;
      }
      return { kind: 'answered' };
    }
    return { kind: 'answered' };
  }

  /** One signed compat request; its body, null on an HTTP error or timeout, 'aborted' when the caller gave up. */
  private async sendCompat(owner: SimAccount, url: string, method: string, params: Record<string, string>, signal: AbortSignal, ringMs: number): Promise<string | null | 'aborted'> {
    const target = method === 'GET' ? `${url}${url.includes('?') ? '&' : '?'}${new URLSearchParams(params)}` : url;
    const signature = compatSignature(owner.signing.secret, target, method === 'GET' ? null : params);
    const header = owner.provider === 'twilio' ? 'x-twilio-signature' : 'x-signalwire-signature';
    const record: SentWebhook = { url: target, method, kind: 'voice', status: null };
    this.webhooks.push(record);
    try {
      const res = await fetch(target, {
        method,
        headers: { [header]: signature, ...(method === 'GET' ? {} : { 'content-type': 'application/x-www-form-urlencoded' }) },
        body: method === 'GET' ? undefined : new URLSearchParams(params).toString(),
        signal: AbortSignal.any([signal, AbortSignal.timeout(Math.min(this.options.webhookTimeoutMs ?? 5_000, Math.max(ringMs, 1)))]),
      });
      record.status = res.status;
      const text = await res.text();
      return res.ok ? text : null;
    } catch {
      return signal.aborted ? 'aborted' : null;
    }
  }

  /** Vonage app-routed number: the answer URL is requested (GET, signed); any valid NCCO answers the call. */
  private async vonageAnswer(app: VonageApp, owner: SimAccount, d: Delivery): Promise<Outcome> {
    d.onRinging();
    const q = new URLSearchParams({ to: d.to.replace('+', ''), from: d.from.replace('+', ''), uuid: randomUUID(), conversation_uuid: `CON-${randomUUID()}` });
    const get = (app.answerUrl!.method ?? 'GET').toUpperCase() !== 'POST';
    const body = get ? null : JSON.stringify(Object.fromEntries(q));
    const url = get ? `${app.answerUrl!.address}${app.answerUrl!.address.includes('?') ? '&' : '?'}${q}` : app.answerUrl!.address;
    const record: SentWebhook = { url, method: get ? 'GET' : 'POST', kind: 'voice', status: null };
    this.webhooks.push(record);
    try {
      const res = await fetch(url, {
        method: record.method,
        headers: { authorization: `Bearer ${vonageWebhookJwt(owner.id, owner.signing.secret, body, this.now())}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ?? undefined,
        signal: AbortSignal.any([d.signal, AbortSignal.timeout(this.options.webhookTimeoutMs ?? 5_000)]),
      });
      record.status = res.status;
      const ncco = await res.json().catch(() => null);
      return res.ok && Array.isArray(ncco) ? { kind: 'answered' } : { kind: 'failed', sip: 500 };
    } catch {
      return d.signal.aborted ? { kind: 'canceled', sip: 487 } : { kind: 'failed', sip: 500 };
    }
  }

  /** Telnyx FQDN connection: an INVITE with Telnyx's headers, DNIS and ANI in the connection's formats. */
  private telnyxInvite(route: TelnyxRoute, d: Delivery, ringMs: number): Promise<Outcome> {
    const { fqdn, port } = route.fqdns[0]!;
    const dnis = formatNumber(d.to, route.dnisFormat);
    const ani = formatNumber(d.from, route.aniFormat);
    const target = this.resolve(fqdn, port);
    const uri = `sip:${dnis}@${fqdn}:${port}`;
    return this.uac.invite({
      ...target,
      requestUri: uri,
      from: `"${ani}" <sip:${ani}@sip.telnyx.com>`,
      to: `<sip:${dnis}@${fqdn}>`,
      extra: [
        ['P-Asserted-Identity', `"${ani}" <sip:${ani}@sip.telnyx.com;verstat=TN-Validation-Passed-C>`],
        ['Supported', 'timer, path'],
        ['Privacy', 'none'],
        ['X-Telnyx-Session-ID', randomUUID()],
        ['X-Telnyx-Leg-ID', randomUUID()],
      ],
      signal: d.signal,
      ringMs,
      provisionalMs: this.options.provisionalMs ?? 3_000,
      onRinging: d.onRinging,
      resolve: (h, p) => this.resolve(h, p),
    });
  }

  /** An INVITE to a SIP URI (Vonage SIP routing, a trunk DID's route). */
  private sipToUri(uri: string, d: Delivery, ringMs: number, from: string): Promise<Outcome> {
    const m = /^sips?:(?:[^@]+@)?([^:;>]+)(?::(\d+))?/.exec(uri);
    if (!m) return Promise.resolve({ kind: 'failed', sip: 404 });
    const target = this.resolve(m[1]!, Number(m[2] ?? 5060));
    return this.uac.invite({
      ...target,
      requestUri: uri,
      from,
      to: `<${uri}>`,
      extra: [['P-Asserted-Identity', from]],
      signal: d.signal,
      ringMs,
      provisionalMs: this.options.provisionalMs ?? 3_000,
      onRinging: d.onRinging,
      resolve: (h, p) => this.resolve(h, p),
    });
  }

  /** Posts one status webhook; failures are recorded, never retried (the placing call goes on). */
  async sendStatus(url: string, method: string, body: string, contentType: string, headers: Record<string, string>): Promise<void> {
    const get = method.toUpperCase() === 'GET';
    const target = get ? `${url}${url.includes('?') ? '&' : '?'}${body}` : url;
    const record: SentWebhook = { url: target, method: get ? 'GET' : 'POST', kind: 'status', status: null };
    this.webhooks.push(record);
    try {
      const res = await fetch(target, {
        method: record.method,
        headers: { ...headers, ...(get ? {} : { 'content-type': contentType }) },
        body: get ? undefined : body,
        signal: AbortSignal.timeout(this.options.webhookTimeoutMs ?? 5_000),
      });
      record.status = res.status;
      await res.arrayBuffer();
    } catch {
      // Unreachable status URL: the provider gives up too.
    }
  }
}

/** The first verb of a TwiML/cXML answer, with its attributes and text. */
export function firstVerb(xml: string): { name: string; attrs: Record<string, string>; text: string } | undefined {
  const inner = /<Response\s*>([\s\S]*?)<\/Response>/.exec(xml)?.[1];
  if (inner === undefined) return undefined;
  const m = /<([A-Za-z]+)((?:\s+[\w-]+\s*=\s*"[^"]*")*)\s*(\/>|>([\s\S]*?)<\/\1>)/.exec(inner);
  if (!m) return undefined;
  const attrs = Object.fromEntries([...m[2]!.matchAll(/([\w-]+)\s*=\s*"([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
  return { name: m[1]!, attrs, text: (m[4] ?? '').replace(/&amp;/g, '&') };
}

/**
 * A number in a Telnyx connection's format (FqdnConnection.inbound): DNIS `+e164`, `e164` (no
 * plus, the default), `national`; ANI `+E.164`, `E.164`, `+E.164-national`, `E.164-national`
 * (the default: national within the same country — the simulator's numbers are all +1).
 */
export function formatNumber(e164: string, format: string): string {
  const digits = e164.replace('+', '');
  const national = digits.startsWith('1') && digits.length === 11 ? digits.slice(1) : digits;
  switch (format) {
    case '+e164':
    case '+E.164':
      return `+${digits}`;
    case 'national':
    case 'E.164-national':
      return national;
    case '+E.164-national':
      return digits.startsWith('1') ? national : `+${digits}`;
    default:
      return digits;
  }
}
