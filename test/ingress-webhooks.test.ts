import { createHash, createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { IngressRequest } from '../src/providers/calls';
import { platformSipUriFor, signalwireWebhooks, telnyxWebhooks, toE164, twilioWebhooks, vonageWebhooks } from '../src/providers/webhooks/index';
import { urlVariants } from '../src/providers/webhooks/compat';

/** The providers' webhook codecs (src/providers/webhooks/): signatures, arrivals, replies. */

const FORM = 'application/x-www-form-urlencoded';

function request(method: string, url: string, headers: Record<string, string>, rawBody = ''): IngressRequest {
  return { method, url, headers, rawBody };
}

/** Reference §1.3's test vector: token 12345 over this URL and these parameters. */
const VECTOR = {
  token: '12345',
  url: 'https://mycompany.com/myapp.php?foo=1&bar=2',
  body: new URLSearchParams({ CallSid: 'CA1234567890ABCDE', Caller: '+12349013030', Digits: '1234', From: '+12349013030', To: '+18005551212' }).toString(),
  signature: '0/KCTR6DLpKmkAf8muzZqo1nDgQ=',
};

const b64Sha1 = (key: string, text: string) => createHmac('sha1', key).update(text).digest('base64');
const NOW = 1_790_000_000;

describe('Twilio signatures (X-Twilio-Signature)', () => {
  const signed = (over: Partial<{ url: string; body: string; signature: string; method: string }> = {}) =>
    request(over.method ?? 'POST', over.url ?? VECTOR.url, { 'content-type': FORM, 'x-twilio-signature': over.signature ?? VECTOR.signature }, over.body ?? VECTOR.body);

  it("accepts the reference's test vector", () => {
    expect(twilioWebhooks.verify(signed(), VECTOR.token, NOW)).toBe(true);
  });

  it('accepts the URL with or without the default port, as Twilio signs either', () => {
    expect(twilioWebhooks.verify(signed({ url: 'https://mycompany.com:443/myapp.php?foo=1&bar=2' }), VECTOR.token, NOW)).toBe(true);
    const withPort = b64Sha1('12345', `https://mycompany.com:443/myapp.php?foo=1&bar=2${'CallSidCA1'}`);
    const req = request('POST', 'https://mycompany.com/myapp.php?foo=1&bar=2', { 'content-type': FORM, 'x-twilio-signature': withPort }, 'CallSid=CA1');
    expect(twilioWebhooks.verify(req, '12345', NOW)).toBe(true);
    expect(urlVariants('http://h.example/x')).toEqual(['http://h.example/x', 'http://h.example:80/x']);
    expect(urlVariants('https://h.example:8443/x')).toEqual(['https://h.example:8443/x']);
    expect(urlVariants('http://[::1]:80/x?a')).toEqual(['http://[::1]:80/x?a', 'http://[::1]/x?a']);
  });

  it('refuses a tampered body, URL, token, or a missing or odd signature', () => {
    expect(twilioWebhooks.verify(signed({ body: VECTOR.body.replace('Digits=1234', 'Digits=1235') }), VECTOR.token, NOW)).toBe(false);
    expect(twilioWebhooks.verify(signed({ body: `${VECTOR.body}&To=%2B15550000000` }), VECTOR.token, NOW)).toBe(false);
    expect(twilioWebhooks.verify(signed({ url: VECTOR.url.replace('foo=1', 'foo=2') }), VECTOR.token, NOW)).toBe(false);
    expect(twilioWebhooks.verify(signed({ url: VECTOR.url.replace('https:', 'http:') }), VECTOR.token, NOW)).toBe(false);
    expect(twilioWebhooks.verify(signed(), '54321', NOW)).toBe(false);
    expect(twilioWebhooks.verify(signed(), '', NOW)).toBe(false);
    expect(twilioWebhooks.verify(signed({ signature: '' }), VECTOR.token, NOW)).toBe(false);
    expect(twilioWebhooks.verify(signed({ signature: 'x' }), VECTOR.token, NOW)).toBe(false);
    expect(twilioWebhooks.verify(request('POST', VECTOR.url, { 'content-type': FORM }, VECTOR.body), VECTOR.token, NOW)).toBe(false);
  });

  it('signs a GET by its URL alone', () => {
    const url = 'https://hooks.example.com/ingress/voice/twilio?CallSid=CA1&From=%2B14155550101&To=%2B14155550102&Direction=inbound';
    const req = request('GET', url, { 'x-twilio-signature': b64Sha1('tok', url) });
    expect(twilioWebhooks.verify(req, 'tok', NOW)).toBe(true);
    expect(twilioWebhooks.verify({ ...req, url: url.replace('0102', '0103') }, 'tok', NOW)).toBe(false);
  });

  it("takes repeated names' distinct values sorted, as Twilio's validator does", () => {
    const url = 'https://hooks.example.com/s';
    const sig = b64Sha1('tok', `${url}AaBxBy`);
    expect(twilioWebhooks.verify(request('POST', url, { 'content-type': FORM, 'x-twilio-signature': sig }, 'B=y&A=a&B=x&B=y'), 'tok', NOW)).toBe(true);
  });

  it('checks a JSON body against the bodySHA256 its URL carries', () => {
    const body = '{"CallSid":"CA1"}';
    const url = `https://hooks.example.com/s?bodySHA256=${createHash('sha256').update(body).digest('hex')}`;
    const req = request('POST', url, { 'content-type': 'application/json', 'x-twilio-signature': b64Sha1('tok', url) }, body);
    expect(twilioWebhooks.verify(req, 'tok', NOW)).toBe(true);
    expect(twilioWebhooks.verify({ ...req, rawBody: '{"CallSid":"CA2"}' }, 'tok', NOW)).toBe(false);
  });
});

describe('SignalWire signatures', () => {
  it('accepts the compat scheme in X-SignalWire-Signature, and in X-Twilio-Signature', () => {
    const base = { 'content-type': FORM };
    expect(signalwireWebhooks.verify(request('POST', VECTOR.url, { ...base, 'x-signalwire-signature': VECTOR.signature }, VECTOR.body), VECTOR.token, NOW)).toBe(true);
    expect(signalwireWebhooks.verify(request('POST', VECTOR.url, { ...base, 'x-twilio-signature': VECTOR.signature }, VECTOR.body), VECTOR.token, NOW)).toBe(true);
    expect(signalwireWebhooks.verify(request('POST', VECTOR.url, { ...base, 'x-signalwire-signature': VECTOR.signature }, `${VECTOR.body}&x=1`), VECTOR.token, NOW)).toBe(false);
  });

  it('accepts hex HMAC-SHA1 over URL + raw body for JSON bodies, and refuses it tampered', () => {
    const url = 'https://hooks.example.com/ingress/calls/leg-1/status';
    const body = '{"CallStatus":"busy","CallSid":"9f1c"}';
    const sig = createHmac('sha1', 'PSKsigning').update(url + body).digest('hex');
    const req = request('POST', url, { 'content-type': 'application/json', 'x-signalwire-signature': sig }, body);
    expect(signalwireWebhooks.verify(req, 'PSKsigning', NOW)).toBe(true);
    expect(signalwireWebhooks.verify({ ...req, rawBody: body.replace('busy', 'completed') }, 'PSKsigning', NOW)).toBe(false);
    expect(signalwireWebhooks.verify({ ...req, url: url.replace('leg-1', 'leg-2') }, 'PSKsigning', NOW)).toBe(false);
  });
});

describe('Telnyx signatures (Ed25519)', () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicBase64 = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('base64');
  const body = '{"data":{"event_type":"call.hangup","payload":{"hangup_cause":"user_busy"}}}';
  const signed = (timestamp: number, text = body) => sign(null, Buffer.from(`${timestamp}|${text}`), privateKey).toString('base64');
  const req = (timestamp: number, signature = signed(timestamp), text = body) =>
    request('POST', 'https://hooks.example.com/ingress/calls/telnyx/status', { 'content-type': 'application/json', 'telnyx-signature-ed25519': signature, 'telnyx-timestamp': String(timestamp) }, text);

  it('accepts a signature by the key over timestamp|body', () => {
    expect(telnyxWebhooks.verify(req(NOW), publicBase64, NOW)).toBe(true);
    expect(telnyxWebhooks.verify(req(NOW - 300), publicBase64, NOW)).toBe(true);
  });

  it('refuses a timestamp more than 300 s away, a tampered body or timestamp, another key, a malformed key or signature', () => {
    expect(telnyxWebhooks.verify(req(NOW - 301), publicBase64, NOW)).toBe(false);
    expect(telnyxWebhooks.verify(req(NOW + 301), publicBase64, NOW)).toBe(false);
    expect(telnyxWebhooks.verify(req(NOW, signed(NOW), body.replace('user_busy', 'normal_clearing')), publicBase64, NOW)).toBe(false);
    expect(telnyxWebhooks.verify(req(NOW + 1, signed(NOW)), publicBase64, NOW)).toBe(false);
    const other = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }).x!;
    expect(telnyxWebhooks.verify(req(NOW), Buffer.from(other, 'base64url').toString('base64'), NOW)).toBe(false);
    for (const key of ['', 'not base64!', Buffer.alloc(31).toString('base64'), Buffer.alloc(33).toString('base64')]) expect(telnyxWebhooks.verify(req(NOW), key, NOW)).toBe(false);
    for (const sig of ['', 'AAAA', Buffer.alloc(64).toString('base64'), '%%%%']) expect(telnyxWebhooks.verify(req(NOW, sig), publicBase64, NOW)).toBe(false);
    const noTime = request('POST', 'https://h/x', { 'telnyx-signature-ed25519': signed(NOW) }, body);
    expect(telnyxWebhooks.verify(noTime, publicBase64, NOW)).toBe(false);
  });
});

describe('Vonage signatures (HS256 JWT + payload_hash)', () => {
  const secret = 'vonage-signature-secret';
  const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const jwt = (claims: Record<string, unknown>, key = secret, header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' }) => {
    const unsigned = `${b64url(header)}.${b64url(claims)}`;
    return `${unsigned}.${createHmac('sha256', key).update(unsigned).digest('base64url')}`;
  };
  const body = '{"from":"14155550101","to":"14155550102","uuid":"aaaa-bbbb","status":"busy"}';
  const hexHash = (text: string) => createHash('sha256').update(text).digest('hex');
  const claims = (over: Record<string, unknown> = {}) => ({ iat: NOW, exp: NOW + 300, jti: 'j1', api_key: 'abcd1234', payload_hash: hexHash(body), ...over });
  const post = (token: string, text = body) => request('POST', 'https://hooks.example.com/ingress/calls/leg-1/status', { 'content-type': 'application/json', authorization: `Bearer ${token}` }, text);

  it('accepts a token signed with the secret whose payload_hash is the body’s SHA-256, hex or base64', () => {
    expect(vonageWebhooks.verify(post(jwt(claims())), secret, NOW)).toBe(true);
    expect(vonageWebhooks.verify(post(jwt(claims({ payload_hash: createHash('sha256').update(body).digest('base64') }))), secret, NOW)).toBe(true);
    expect(vonageWebhooks.verify(post(jwt(claims({ payload_hash: hexHash(body).toUpperCase() }))), secret, NOW)).toBe(true);
  });

  it('refuses a tampered body, another secret, alg none, an expired or future token, a missing hash', () => {
    expect(vonageWebhooks.verify(post(jwt(claims()), body.replace('busy', 'answered')), secret, NOW)).toBe(false);
    expect(vonageWebhooks.verify(post(jwt(claims(), 'other')), secret, NOW)).toBe(false);
    expect(vonageWebhooks.verify(post(jwt(claims())), '', NOW)).toBe(false);
    const none = `${b64url({ alg: 'none' })}.${b64url(claims())}.`;
    expect(vonageWebhooks.verify(post(none), secret, NOW)).toBe(false);
    expect(vonageWebhooks.verify(post(jwt(claims(), secret, { alg: 'HS512' })), secret, NOW)).toBe(false);
    expect(vonageWebhooks.verify(post(jwt(claims({ exp: NOW - 301 }))), secret, NOW)).toBe(false);
    expect(vonageWebhooks.verify(post(jwt(claims({ iat: NOW + 301 }))), secret, NOW)).toBe(false);
    expect(vonageWebhooks.verify(post(jwt(claims({ nbf: NOW + 301 }))), secret, NOW)).toBe(false);
    expect(vonageWebhooks.verify(post(jwt(claims({ exp: undefined, iat: NOW - 301 }))), secret, NOW)).toBe(false);
    expect(vonageWebhooks.verify(post(jwt(claims({ exp: undefined, iat: undefined }))), secret, NOW)).toBe(false);
    expect(vonageWebhooks.verify(post(jwt(claims({ payload_hash: undefined }))), secret, NOW)).toBe(false);
    const [h, p, s] = jwt(claims()).split('.');
    expect(vonageWebhooks.verify(post(`${h}.${b64url(claims({ exp: NOW + 9999 }))}.${s}`), secret, NOW)).toBe(false);
    expect(vonageWebhooks.verify(post(`${h}.${p}`), secret, NOW)).toBe(false);
    expect(vonageWebhooks.verify(request('POST', 'https://h/x', { authorization: `Basic ${jwt(claims())}` }, body), secret, NOW)).toBe(false);
  });

  it('takes a GET answer webhook on the token, and its payload_hash, when present, over the query', () => {
    const url = 'https://hooks.example.com/ingress/voice/vonage?to=14155550102&from=14155550101&uuid=u1&conversation_uuid=CON-1';
    const get = (token: string) => request('GET', url, { authorization: `Bearer ${token}` });
    expect(vonageWebhooks.verify(get(jwt(claims({ payload_hash: undefined }))), secret, NOW)).toBe(true);
    const query = JSON.stringify({ to: '14155550102', from: '14155550101', uuid: 'u1', conversation_uuid: 'CON-1' });
    expect(vonageWebhooks.verify(get(jwt(claims({ payload_hash: hexHash(query) }))), secret, NOW)).toBe(true);
    expect(vonageWebhooks.verify(get(jwt(claims({ payload_hash: hexHash('{"to":"1"}') }))), secret, NOW)).toBe(false);
  });
});

describe('arrivals', () => {
  it('reads a Twilio/SignalWire voice webhook, POST form or GET query, into E.164', () => {
    const form = 'CallSid=CA1&From=%2B14155550101&To=%2B14155550102&Direction=inbound&CallStatus=ringing';
    const post = request('POST', 'https://h/ingress/voice/twilio', { 'content-type': FORM }, form);
    const expected = { from: '+14155550101', to: '+14155550102', providerCallId: 'CA1', transport: 'http' };
    expect(twilioWebhooks.parseArrival(post)).toEqual(expected);
    expect(signalwireWebhooks.parseArrival(request('GET', `https://h/ingress/voice/signalwire?${form}`, {}))).toEqual(expected);
    expect(twilioWebhooks.parseArrival({ ...post, rawBody: form.replace('inbound', 'outbound-api') })).toBeNull();
    expect(twilioWebhooks.parseArrival({ ...post, rawBody: form.replace('From=%2B14155550101', 'From=anonymous') })).toBeNull();
    expect(twilioWebhooks.parseArrival({ ...post, rawBody: form.replace('CallSid=CA1&', '') })).toBeNull();
    expect(twilioWebhooks.parseArrival({ ...post, method: 'PUT' })).toBeNull();
  });

  it('reads a Vonage answer webhook (GET query or POST JSON, numbers without +)', () => {
    const expected = { from: '+14155550101', to: '+447700900123', providerCallId: 'u1', transport: 'http' };
    expect(vonageWebhooks.parseArrival(request('GET', 'https://h/ingress/voice/vonage?from=14155550101&to=447700900123&uuid=u1', {}))).toEqual(expected);
    const json = JSON.stringify({ from: '14155550101', to: '447700900123', uuid: 'u1', conversation_uuid: 'CON-1' });
    expect(vonageWebhooks.parseArrival(request('POST', 'https://h/ingress/voice/vonage', { 'content-type': 'application/json' }, json))).toEqual(expected);
    expect(vonageWebhooks.parseArrival(request('POST', 'https://h/ingress/voice/vonage', { 'content-type': 'application/json' }, '{"from":"1","to":"2"}'))).toBeNull();
    expect(vonageWebhooks.parseArrival(request('POST', 'https://h/ingress/voice/vonage', { 'content-type': 'application/json' }, '[1'))).toBeNull();
  });

  it('normalises numbers to E.164 with +', () => {
    expect(toE164('+1 (415) 555-0101')).toBe('+14155550101');
    expect(toE164('0044 7700 900123')).toBe('+447700900123');
    expect(toE164('14155550101')).toBe('+14155550101');
    for (const odd of ['anonymous', 'client:alice', 'sip:1@h', '', '+0123456789', '123', '+1234567890123456', undefined, null]) expect(toE164(odd)).toBeNull();
  });
});

describe('replies', () => {
  const XML = '<?xml version="1.0" encoding="UTF-8"?>';

  it('refuses busy, hands on with a Redirect (URL escaped), and hangs up, in TwiML/cXML', () => {
    for (const codec of [twilioWebhooks, signalwireWebhooks]) {
      expect(codec.rejectReply()).toEqual({ contentType: 'text/xml', body: `${XML}<Response><Reject reason="busy"/></Response>` });
      expect(codec.handoffReply('https://voice.example/in?a=1&b=<2>')).toEqual({ contentType: 'text/xml', body: `${XML}<Response><Redirect method="POST">https://voice.example/in?a=1&amp;b=&lt;2&gt;</Redirect></Response>` });
      expect(codec.hangupReply()).toEqual({ contentType: 'text/xml', body: `${XML}<Response><Hangup/></Response>` });
    }
  });

  it('answers Vonage with NCCOs: connect to the platform over SIP, else nothing to run', () => {
    expect(vonageWebhooks.handoffReply('https://voice.example/in', 'sip:+14155550102@sip.example')).toEqual({
      contentType: 'application/json',
      body: '[{"action":"connect","endpoint":[{"type":"sip","uri":"sip:+14155550102@sip.example"}]}]',
    });
    expect(vonageWebhooks.handoffReply('https://voice.example/in')).toEqual({ contentType: 'application/json', body: '[]' });
    expect(vonageWebhooks.rejectReply().body).toBe('[]');
    expect(vonageWebhooks.hangupReply().body).toBe('[]');
    expect(platformSipUriFor('sip:inbound.example', '+14155550102')).toBe('sip:+14155550102@inbound.example');
    expect(platformSipUriFor('sips:pbx@inbound.example', '+14155550102')).toBe('sips:pbx@inbound.example');
  });
});
