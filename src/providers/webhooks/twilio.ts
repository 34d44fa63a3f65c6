import type { Arrival, IngressRequest } from '../calls';
import { compatHandoffReply, compatHangupReply, compatRejectReply, parseCompatArrival, verifyFormSignature } from './compat';
import type { VoiceWebhookCodec } from './types';

/**
 * Twilio's webhooks (reference §1.3, §1.4): X-Twilio-Signature, HMAC-SHA1 with the account's
 * primary Auth Token over the URL and the sorted form parameters; replies in TwiML.
 */
export const twilioWebhooks: VoiceWebhookCodec = {
  verify(req: IngressRequest, secret: string, _nowSeconds: number): boolean {
    // Twilio's signature carries no time: a replay is refused by the domain (a leg is matched once).
    return verifyFormSignature(req, secret, req.headers['x-twilio-signature'], 'distinct-sorted');
  },
  parseArrival: (req: IngressRequest): Arrival | null => parseCompatArrival(req),
  rejectReply: compatRejectReply,
  handoffReply: (platformVoiceUrl: string) => compatHandoffReply(platformVoiceUrl),
  hangupReply: compatHangupReply,
};
