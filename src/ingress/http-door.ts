import type { IncomingMessage } from 'node:http';
import { answerOfLeg, callArrived, legStatusReported } from '../domain/call-ingress';
import type { Deps } from '../domain/deps';
import { answerOf, type Answer } from '../http/answer';
import { MAX_BODY_BYTES, utf8Text } from '../http/body-limit';
import { problem } from '../http/problem';
import type { RequestScope } from '../http/request-scope';
import type { IngressRequest } from '../providers/calls';
import { isVoiceWebhookProvider, platformSipUriFor, voiceWebhooks, type VoiceWebhookProvider, type WebhookReply } from '../providers/webhooks/index';

/**
 * The HTTP ingress (issue 24): where providers call Trunkline, not its users. Numbers being
 * verified are routed here first; verification legs are refused before answer and every other
 * call is handed on to the platform.
 *
 *   GET|POST /ingress/voice/{twilio|signalwire|vonage}  a number's voice webhook
 *   GET|POST /ingress/calls/{legId}/status               status events of a leg we placed
 *   POST     /ingress/calls/telnyx/status                Telnyx's Call Control application (leg id in client_state)
 *   GET|POST /ingress/calls/{legId}/answer               the answer URL of a leg we placed: hang up
 *
 * No API key: providers authenticate by signature, which the domain checks (src/domain/
 * call-ingress.ts) with the connection's secret over the public URL the provider called. This
 * door only reads the request, asks the domain, and answers in the provider's dialect. It never
 * answers 500 — a provider retries or fails the call over on one — and never logs a body or a
 * signature (the host's request line has no query string either).
 */

type Route =
  | { kind: 'voice'; provider: VoiceWebhookProvider }
  | { kind: 'status'; legRef: { legId: string } | { provider: 'telnyx' } }
  | { kind: 'answer'; legId: string };

/** Our leg ids are UUIDs or similar: nothing else is looked up. */
const LEG = /^\/ingress\/calls\/([A-Za-z0-9_-]{1,100})\/(status|answer)$/;
const VOICE = /^\/ingress\/voice\/([^/]+)$/;

function routeOf(pathname: string): Route | null {
  if (pathname === '/ingress/calls/telnyx/status') return { kind: 'status', legRef: { provider: 'telnyx' } };
  const voice = VOICE.exec(pathname);
  if (voice) return isVoiceWebhookProvider(voice[1]!) ? { kind: 'voice', provider: voice[1] } : null;
  const leg = LEG.exec(pathname);
  if (!leg) return null;
  return leg[2] === 'status' ? { kind: 'status', legRef: { legId: leg[1]! } } : { kind: 'answer', legId: leg[1]! };
}

/** Whether the request still carries a body nobody read: its answer then closes the connection instead of draining it. */
const carriesBody = (req: IncomingMessage) => req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] ?? '0') !== '0';

function refusal(req: IncomingMessage, status: number, code: string, detail: string, headers: Record<string, string> = {}): Answer {
  const answer = answerOf(problem(status, code, detail, { headers }));
  if (carriesBody(req)) answer.headers = { ...answer.headers, connection: 'close' };
  return answer;
}

/** The body's bytes, or null once they pass `max` (the rest is not read: the answer closes the connection). */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > max) {
        req.off('data', onData);
        req.pause();
        resolve(null);
      } else chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/**
 * The URL the provider called: the ingress's public origin (TRUNKLINE_INGRESS_URL, the one the
 * domain writes into the URLs it gives providers) + the request target as sent. Never the Host
 * header: a proxy may change it, and signatures cover what the provider called. Before the
 * runtime knows where it listens, the address this request reached.
 */
function publicUrlOf(deps: Deps, req: IncomingMessage): string {
  const target = req.url ?? '/';
  try {
    return `${deps.testCalls.ingressOrigin().replace(/\/+$/, '')}${target}`;
  } catch {
    const address = req.socket.localAddress ?? '127.0.0.1';
    return `http://${address.includes(':') ? `[${address}]` : address}:${req.socket.localPort ?? 80}${target}`;
  }
}

function headersOf(req: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = Object.create(null);
  for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return headers;
}

/** What every status event is answered: 200, empty (Telnyx wants 200 exactly; the others any 2xx). */
const statusTaken = (): Answer => ({ status: 200, text: '', headers: { 'content-type': 'text/plain' } });

const replied = (reply: WebhookReply): Answer => ({ status: 200, text: reply.body, headers: { 'content-type': reply.contentType } });

/** An error's name and message for the log: never the request, whose body and headers may carry a signature. */
const reasonOf = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err));

/**
 * Who placed a leg, guessed from how the request speaks, when the domain cannot say: Vonage sends
 * a JWT or JSON and a `uuid`; Twilio and SignalWire forms, answered alike in TwiML/cXML.
 */
function dialectOf(req: IngressRequest): VoiceWebhookProvider {
  const vonage = /^bearer\s/i.test(req.headers.authorization ?? '') || (req.headers['content-type'] ?? '').startsWith('application/json') || /[?&]uuid=/.test(req.url);
  return vonage ? 'vonage' : 'twilio';
}

export function createIngressDoor(deps: Deps): (scope: RequestScope, url: URL) => Promise<Answer> {
  async function voice(scope: RequestScope, provider: VoiceWebhookProvider, req: IngressRequest): Promise<Answer> {
    const codec = voiceWebhooks[provider];
    let decision: 'reject' | 'handoff';
    try {
      decision = await callArrived(deps, provider, req);
    } catch (err) {
      // Undecided (the database away, a fault): the call goes on to the platform, as it would
      // without Trunkline in between. A verification leg handed on is seen answered and reported.
      scope.log.error({ provider, reason: reasonOf(err) }, 'ingress: a voice webhook could not be decided; handed on to the platform');
      decision = 'handoff';
    }
    if (decision === 'reject') return replied(codec.rejectReply());
    const arrival = provider === 'vonage' ? codec.parseArrival(req) : null;
    const sipUri = arrival ? platformSipUriFor(deps.inbound.sipUri, arrival.to) : deps.inbound.sipUri;
    return replied(codec.handoffReply(deps.inbound.voiceUrl, sipUri));
  }

  async function status(scope: RequestScope, legRef: { legId: string } | { provider: 'telnyx' }, req: IngressRequest): Promise<Answer> {
    try {
      await legStatusReported(deps, legRef, req);
    } catch (err) {
      // Answered 200 all the same: a provider retries (Telnyx fails over) on anything else, and a
      // forged or unreadable event stays refused however often it comes.
      scope.log.warn({ ...legRef, reason: reasonOf(err) }, 'ingress: a status event was not taken');
    }
    return statusTaken();
  }

  async function answer(scope: RequestScope, legId: string, req: IngressRequest): Promise<Answer> {
    let provider: VoiceWebhookProvider | null;
    try {
      provider = await answerOfLeg(deps, legId);
    } catch (err) {
      // Our own leg was answered: whatever failed, it must end now, in the caller's dialect.
      scope.log.error({ legId, reason: reasonOf(err) }, 'ingress: the answer URL of a leg could not be looked up; hanging up');
      provider = dialectOf(req);
    }
    if (provider === null) return answerOf(problem(404, 'not_found', 'No such call leg.'));
    return replied(voiceWebhooks[provider].hangupReply());
  }

  return async function serve(scope: RequestScope, url: URL): Promise<Answer> {
    const { req } = scope;
    const route = routeOf(url.pathname);
    if (!route) return refusal(req, 404, 'not_found', 'Nothing is served at this path.');
    if (req.method !== 'GET' && req.method !== 'POST') return refusal(req, 405, 'method_not_allowed', 'Use GET or POST here.', { allow: 'GET, POST' });
    const declared = req.headers['content-length'];
    if (declared !== undefined && (!/^\d+$/.test(declared) || Number(declared) > MAX_BODY_BYTES)) return refusal(req, 413, 'payload_too_large', 'The request body is larger than 1 MiB.');
    let bytes: Buffer | null;
    try {
      bytes = await readBody(req, MAX_BODY_BYTES);
    } catch {
      // The client left mid-body: nobody reads this answer.
      return refusal(req, 400, 'bad_request', 'The request body ended before its declared length.');
    }
    if (bytes === null) return refusal(req, 413, 'payload_too_large', 'The request body is larger than 1 MiB.');
    const rawBody = utf8Text(bytes);
    if (rawBody === null) {
      // No provider sends other bytes, so no signature can cover them; a status event is still acknowledged (see status()).
      if (route.kind !== 'status') return answerOf(problem(400, 'bad_request', 'The request body is not UTF-8 text.'));
      scope.log.warn({ ...route.legRef, reason: 'the body is not UTF-8' }, 'ingress: a status event was not taken');
      return statusTaken();
    }
    const ingress: IngressRequest = { method: req.method, url: publicUrlOf(deps, req), headers: headersOf(req), rawBody };
    if (route.kind === 'voice') return voice(scope, route.provider, ingress);
    if (route.kind === 'status') return status(scope, route.legRef, ingress);
    return answer(scope, route.legId, ingress);
  };
}
