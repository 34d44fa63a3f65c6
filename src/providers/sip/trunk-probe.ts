import { randomBytes } from 'node:crypto';
import { authorizationFor, parseChallenge, pickChallenge, type DigestChallenge } from './digest';
import { buildRequest, headers, type SipMessage } from './message';
import { openSipClient, SipConnectError, sipDestination, SipTimeoutError, type SipClient, type SipTarget } from './client';
import type { SipConnectFailure } from './failures';

export interface SipCredentials {
  username: string;
  password: string;
  /**
   * The destination (sipDestination) the credentials were tested against. A challenge from any
   * other destination is never answered: a Digest answer to a caller-chosen nonce (MD5, no qop)
   * is an offline dictionary attack on the password.
   */
  destination: string;
}

/** What trying the credentials found, after the trunk answered OPTIONS. */
export type SipAuthOutcome =
  /** A challenge was answered and accepted, or a REGISTER query was accepted without one. */
  | { kind: 'accepted'; method: 'OPTIONS' | 'REGISTER'; algorithm: string | null }
  /** The trunk challenged again after our answer, or answered it with 403. */
  | { kind: 'rejected'; method: 'OPTIONS' | 'REGISTER'; status: number }
  /** The trunk answered our challenge, then went silent on our answer: no verdict on the password. */
  | { kind: 'no_answer'; method: 'OPTIONS' | 'REGISTER' }
  /** The trunk challenged (OPTIONS, or the REGISTER query) and no credentials were given. */
  | { kind: 'required'; method: 'OPTIONS' | 'REGISTER'; status: number }
  /** The trunk asked for a digest algorithm or qop that we cannot answer. */
  | { kind: 'unsupported'; algorithm: string }
  /**
   * No challenge to OPTIONS, and the REGISTER query (sent without credentials) was not challenged
   * either: refused (403/404: the trunk takes no registrations, as IP-authenticated carriers do),
   * not taken (405/501), or not answered. Nothing was learned about the password.
   */
  | { kind: 'not_challenged'; registerStatus: number | null }
  /** No credentials given and no challenge to OPTIONS nor to the REGISTER query (null: not answered). */
  | { kind: 'none'; registerStatus: number | null }
  /** The trunk challenged, but the credentials were tested against another destination: not answered. */
  | { kind: 'untested_destination'; method: 'OPTIONS' | 'REGISTER' };

export type TrunkProbe = { reachable: false; failure: SipConnectFailure } | { reachable: true; optionsStatus: number; auth: SipAuthOutcome };

/** Why an exchange that never got a response failed: what the transport said, or silence. */
const failureOf = (err: SipTimeoutError): SipConnectFailure => (err instanceof SipConnectError ? err.failure : { kind: 'no_answer' });

const isChallenge = (m: SipMessage) => m.status === 401 || m.status === 407;

function challengesOf(m: SipMessage): DigestChallenge[] {
  return headers(m, m.status === 407 ? 'proxy-authenticate' : 'www-authenticate').flatMap((h) => parseChallenge(h) ?? []);
}

/**
 * Probes a trunk the way a user agent would, in one dialogue-less exchange (RFC 3261 §11, §10.2.3,
 * §22): OPTIONS proves it answers. A 401/407 challenge is answered with Digest; if OPTIONS is not
 * challenged, a REGISTER query (no Contact, so nothing is bound) asks the registrar whether it
 * wants credentials — with or without credentials given, since a registrar that answers OPTIONS
 * freely may still refuse every call that does not authenticate. Over UDP (retransmitting), TCP or TLS.
 */
export async function probeTrunk(target: SipTarget, credentials: SipCredentials | null): Promise<TrunkProbe> {
  let client: SipClient;
  try {
    client = await openSipClient(target);
  } catch (err) {
    if (err instanceof SipTimeoutError) return { reachable: false, failure: failureOf(err) };
    throw err;
  }
  try {
    const dialogue = new Dialogue(client, target, credentials);
    let options: SipMessage;
    try {
      options = await dialogue.send('OPTIONS');
    } catch (err) {
      if (err instanceof SipTimeoutError) return { reachable: false, failure: failureOf(err) };
      throw err;
    }
    const optionsStatus = options.status!;
    if (isChallenge(options)) {
      if (!credentials) return { reachable: true, optionsStatus, auth: { kind: 'required', method: 'OPTIONS', status: optionsStatus } };
      return { reachable: true, optionsStatus, auth: await dialogue.answer('OPTIONS', options) };
    }
    // Not even the username is offered to a trunk the credentials were not tested against.
    if (credentials && !dialogue.tested()) return { reachable: true, optionsStatus, auth: { kind: 'untested_destination', method: 'REGISTER' } };
    return { reachable: true, optionsStatus, auth: await dialogue.registerQuery() };
  } finally {
    client.close();
  }
}

/** The Call-ID, tags and CSeq numbers one probe's requests share. */
class Dialogue {
  private readonly callId = `${randomBytes(8).toString('hex')}@trunkline`;
  private readonly fromTag = randomBytes(4).toString('hex');
  private seq = 0;

  constructor(
    private readonly client: SipClient,
    private readonly target: SipTarget,
    private readonly credentials: SipCredentials | null,
  ) {}

  /** Whether the credentials were tested against this target (see SipCredentials.destination). */
  tested(): boolean {
    return this.credentials !== null && this.credentials.destination === sipDestination(this.target);
  }

  private uri(): string {
    const t = this.target;
    return `sip:${t.domain}:${t.port}${t.transport === 'udp' ? '' : `;transport=${t.transport}`}`;
  }

  send(method: 'OPTIONS' | 'REGISTER', auth?: [string, string]): Promise<SipMessage> {
    const t = this.target;
    const seq = ++this.seq;
    const user = this.tested() ? this.credentials!.username : 'trunkline';
    const aor = `<sip:${user}@${t.domain}>`;
    return this.client.send({
      callId: this.callId,
      seq,
      method,
      text: (local) =>
        buildRequest(method, this.uri(), [
          ['Via', `SIP/2.0/${t.transport.toUpperCase()} ${local.host}:${local.port};branch=z9hG4bK${randomBytes(6).toString('hex')};rport`],
          ['Max-Forwards', '70'],
          ['From', `${aor};tag=${this.fromTag}`],
          // A REGISTER's To is the address of record; without a Contact it only queries bindings.
          ['To', method === 'REGISTER' ? aor : `<sip:${t.domain}>`],
          ['Call-ID', this.callId],
          ['CSeq', `${seq} ${method}`],
          ...(method === 'OPTIONS' ? ([['Contact', `<sip:${user}@${local.host}:${local.port}>`], ['Accept', 'application/sdp']] as [string, string][]) : []),
          ...(auth ? [auth] : []),
          ['User-Agent', 'Trunkline'],
        ]),
    });
  }

  /** Answers a 401/407 challenge (once more if the nonce was only stale) and judges the answer. */
  async answer(method: 'OPTIONS' | 'REGISTER', challenged: SipMessage): Promise<SipAuthOutcome> {
    // The one place a Digest response is computed: never for a destination the credentials were not tested against.
    if (!this.tested()) return { kind: 'untested_destination', method };
    let response = challenged;
    for (let attempt = 0; attempt < 2; attempt++) {
      const offered = challengesOf(response);
      const challenge = pickChallenge(offered);
      if (!challenge) return { kind: 'unsupported', algorithm: offered.map((c) => c.algorithm).join(', ') || 'none' };
      const name = response.status === 407 ? 'Proxy-Authorization' : 'Authorization';
      try {
        response = await this.send(method, [name, authorizationFor(challenge, { method, uri: this.uri() }, this.credentials!)]);
      } catch (err) {
        if (err instanceof SipTimeoutError) return { kind: 'no_answer', method };
        throw err;
      }
      if (!isChallenge(response)) break;
      // A stale nonce is not a verdict on the password: answer the fresh one (RFC 7616 §3.3).
      if (!challengesOf(response).some((c) => c.stale)) return { kind: 'rejected', method, status: response.status! };
    }
    if (isChallenge(response) || response.status === 403) return { kind: 'rejected', method, status: response.status! };
    return { kind: 'accepted', method, algorithm: pickChallenge(challengesOf(challenged))?.algorithm ?? null };
  }

  /**
   * REGISTER without Contact: the registrar checks who we are and binds nothing. It carries no
   * Authorization, so only a challenge or a 2xx says anything about the credentials: a 403 or 404
   * to it means "no registrations here" (an IP-authenticated carrier), never "wrong password".
   */
  async registerQuery(): Promise<SipAuthOutcome> {
    let response: SipMessage;
    try {
      response = await this.send('REGISTER');
    } catch (err) {
      if (err instanceof SipTimeoutError) return this.credentials ? { kind: 'not_challenged', registerStatus: null } : { kind: 'none', registerStatus: null };
      throw err;
    }
    const status = response.status!;
    if (isChallenge(response)) return this.credentials ? this.answer('REGISTER', response) : { kind: 'required', method: 'REGISTER', status };
    if (!this.credentials) return { kind: 'none', registerStatus: status };
    if (status >= 200 && status < 300) return { kind: 'accepted', method: 'REGISTER', algorithm: null };
    return { kind: 'not_challenged', registerStatus: status };
  }
}
