import type { Arrival, IngressRequest } from '../calls';
import { compatHandoffReply, compatHangupReply, compatRejectReply, parseCompatArrival, verifyFormSignature, verifyJsonSignature } from './compat';
import { mediaTypeOf } from './shared';
import type { VoiceWebhookCodec } from './types';

/**
 * SignalWire's Compatibility API webhooks (reference §2.2, §2.3): Twilio's scheme with the
 * project's Signing Key, in X-SignalWire-Signature (X-Twilio-Signature is recognised too); JSON
 * bodies (the status callback's declared type) are signed hex(HMAC-SHA1(key, url + raw body)).
 */
export const signalwireWebhooks: VoiceWebhookCodec = {
  verify(req: IngressRequest, secret: string, _nowSeconds: number): boolean {
    const signature = req.headers['x-signalwire-signature'] ?? req.headers['x-twilio-signature'];
    if (mediaTypeOf(req) === 'application/json' && verifyJsonSignature(req, secret, signature)) return true;
    return verifyFormSignature(req, secret, signature, 'as-sent');
  },
  parseArrival: (req: IngressRequest): Arrival | null => parseCompatArrival(req),
  rejectReply: compatRejectReply,
  handoffReply: (platformVoiceUrl: string) => compatHandoffReply(platformVoiceUrl),
  hangupReply: compatHangupReply,
};
