import type { SimAccount, SimNumber } from './accounts';
import { reply, type SimReply, type SimRequest } from './http';

/**
 * The Twilio 2010-04-01 number resources, shared by the Twilio and SignalWire (Compatibility
 * API) simulations: flat paging envelopes with relative `next_page_uri` carrying an opaque
 * PageToken, form-encoded PascalCase updates.
 */
export interface CompatStyle {
  accountsPrefix: string;
  /** Twilio emits start/end in list envelopes; SignalWire does not. */
  startEnd: boolean;
  /** SignalWire adds country_code to numbers. */
  countryCode: boolean;
  error: (status: number, code: number, message: string) => SimReply;
  /** The rest of a number resource as this provider's definition requires it (fields the two APIs do not share). */
  numberFields: (account: SimAccount, n: SimNumber) => Record<string, unknown>;
}

const ROUTING_FIELDS: Record<string, string> = {
  VoiceUrl: 'voice_url',
  VoiceMethod: 'voice_method',
  VoiceApplicationSid: 'voice_application_sid',
  TrunkSid: 'trunk_sid',
  FriendlyName: 'friendly_name',
};

export function numberResource(style: CompatStyle, account: SimAccount, n: SimNumber): Record<string, unknown> {
  return {
    sid: n.id,
    account_sid: account.id,
    phone_number: n.e164,
    friendly_name: n.routing.friendly_name ?? `(${n.e164.slice(2, 5)}) ${n.e164.slice(5, 8)}-${n.e164.slice(8)}`,
    capabilities: { ...n.capabilities, fax: false },
    ...(style.countryCode ? { country_code: n.country } : {}),
    voice_url: n.routing.voice_url ?? null,
    voice_method: n.routing.voice_method ?? 'POST',
    voice_application_sid: n.routing.voice_application_sid ?? null,
    trunk_sid: n.routing.trunk_sid ?? null,
    uri: `${style.accountsPrefix}/${account.id}/IncomingPhoneNumbers/${n.id}.json`,
    ...style.numberFields(account, n),
  };
}

export function listNumbers(style: CompatStyle, account: SimAccount, req: SimRequest, listPath: string): SimReply {
  const size = Math.min(Math.max(Number(req.query.get('PageSize') ?? 50) || 50, 1), 1000);
  const page = Math.max(Number(req.query.get('Page') ?? 0) || 0, 0);
  const token = req.query.get('PageToken');
  let offset = 0;
  if (page > 0) {
    const decoded = token?.startsWith('PA') ? Number(Buffer.from(token.slice(2), 'base64url').toString()) : NaN;
    if (!Number.isInteger(decoded)) return style.error(400, 20001, 'PageToken is required when Page > 0');
    offset = decoded;
  }
  const pattern = req.query.get('PhoneNumber')?.replace(/\*/g, '');
  const friendly = req.query.get('FriendlyName');
  const all = account.numbers.filter((n) => (!pattern || n.e164.includes(pattern)) && (!friendly || n.routing.friendly_name === friendly));
  const slice = all.slice(offset, offset + size);
  const query = (p: number, extra = '') => `${listPath}?PageSize=${size}&Page=${p}${extra}`;
  const nextOffset = offset + slice.length;
  return reply(200, {
    incoming_phone_numbers: slice.map((n) => numberResource(style, account, n)),
    first_page_uri: query(0),
    next_page_uri: nextOffset < all.length ? query(page + 1, `&PageToken=PA${Buffer.from(String(nextOffset)).toString('base64url')}`) : null,
    previous_page_uri: page > 0 ? query(page - 1) : null,
    page,
    page_size: size,
    ...(style.startEnd ? { start: offset, end: Math.max(offset, nextOffset - 1) } : {}),
    uri: query(page),
  });
}

/** GET or POST one number. POST records the write and applies the routing fields. */
export function numberRoute(style: CompatStyle, account: SimAccount, req: SimRequest, sid: string, record: (params: Record<string, unknown>) => void): SimReply {
  const n = account.numbers.find((x) => x.id === sid);
  if (!n) return style.error(404, 20404, `The requested resource ${req.path} was not found`);
  if (req.method === 'POST') {
    record(req.body);
    if (n.locked) return style.error(400, 21452, 'This phone number is locked by a port-out or regulatory hold');
    for (const [field, key] of Object.entries(ROUTING_FIELDS)) {
      if (field in req.body) n.routing[key] = String(req.body[field]) === '' ? null : String(req.body[field]);
    }
  }
  return reply(200, numberResource(style, account, n));
}
