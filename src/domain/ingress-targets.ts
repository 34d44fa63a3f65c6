import type { InboundTarget } from '../providers/types';
import type { Deps } from './deps';

/**
 * Where a number being verified is routed: Trunkline's ingress, the first hop, which refuses its
 * test calls before answer and hands every other call on to the platform (deps.inbound). Without
 * a SIP ingress, SIP-routed numbers point at the platform directly (their inbound call then
 * cannot be observed, and is reported not_checked).
 */
export function ingressTargets(deps: Deps, provider: string): InboundTarget {
  return { voiceUrl: `${deps.testCalls.ingressOrigin()}/ingress/voice/${provider}`, sipUri: deps.testCalls.ingressSipUri() ?? deps.inbound.sipUri };
}
