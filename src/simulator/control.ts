import { reply, type SimReply } from './http';
import type { Network } from './network';
import { FAILURE_MODES, type FailureMode } from './outcome';

/**
 * The simulator's own control endpoints, under /_sim (not any provider's API): switch a number's
 * failure mode, route a trunk DID to a SIP URI, see the calls placed and the webhooks sent.
 *   POST /_sim/numbers/{e164}/failure {"mode": "no_answer" | … | null}
 *   POST /_sim/numbers/{e164}/sip-route {"uri": "sip:…" | null}
 *   GET  /_sim/calls, GET /_sim/webhooks
 */
export function simControl(network: Network, setFailure: (e164: string, mode: FailureMode | null) => void) {
  return (method: string, path: string, raw: string): SimReply => {
    let body: Record<string, unknown> = {};
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      return reply(400, { error: 'The body must be JSON.' });
    }
    const num = /^\/_sim\/numbers\/([^/]+)\/(failure|sip-route)$/.exec(path);
    if (num && method === 'POST') {
      const e164 = decodeURIComponent(num[1]!);
      if (!/^\+\d{7,15}$/.test(e164)) return reply(400, { error: 'The number must be E.164 with +.' });
      if (num[2] === 'failure') {
        const mode = body.mode ?? null;
        if (mode !== null && !FAILURE_MODES.includes(mode as FailureMode)) return reply(400, { error: `mode must be one of ${FAILURE_MODES.join(', ')}, or null.` });
        setFailure(e164, mode as FailureMode | null);
        return reply(200, { number: e164, failure: mode });
      }
      const uri = body.uri ?? null;
      if (uri !== null && !(typeof uri === 'string' && /^sips?:/.test(uri))) return reply(400, { error: 'uri must be a sip: URI, or null.' });
      if (uri === null) network.didRoutes.delete(e164);
      else network.didRoutes.set(e164, uri as string);
      return reply(200, { number: e164, sip_route: uri });
    }
    if (path === '/_sim/calls' && method === 'GET') {
      return reply(200, [...network.calls.values()].map((c) => ({ id: c.id, provider: c.provider, account: c.account.id, from: c.from, to: c.to, status: c.status, events: c.events, outcome: c.outcome ?? null })));
    }
    if (path === '/_sim/webhooks' && method === 'GET') return reply(200, network.webhooks);
    return reply(404, { error: 'Not Found' });
  };
}
