import { execFileSync } from 'node:child_process';
import { createSocket, type RemoteInfo } from 'node:dgram';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { manualAdapter } from '../src/providers/manual';
import { authorizationFor, digestResponse, parseAuthParams, parseChallenge, pickChallenge } from '../src/providers/sip/digest';
import { headers } from '../src/providers/sip/message';
import { CredentialsRejectedError } from '../src/providers/types';
import { startSipResponder, type SipAuthMode, type SipResponder, type SipResponderOptions } from '../src/simulator/sip-responder';

describe('Digest (RFC 2617, RFC 7616 test vectors)', () => {
  it('computes the published MD5 response with qop=auth (RFC 2617 §3.5)', () => {
    expect(digestResponse({
      method: 'GET', uri: '/dir/index.html', username: 'Mufasa', password: 'Circle Of Life', algorithm: 'MD5',
      realm: 'testrealm@host.com', nonce: 'dcd98b7102dd2f0e8b11d0f600bfb0c093', qop: 'auth', nc: '00000001', cnonce: '0a4f113b',
    })).toBe('6629fae49393a05397450978507c4ef1');
  });

  it('computes the published SHA-256 and MD5 responses (RFC 7616 §3.9.1)', () => {
    const base = {
      method: 'GET', uri: '/dir/index.html', username: 'Mufasa', password: 'Circle of Life', realm: 'http-auth@example.org',
      nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v', qop: 'auth' as const, nc: '00000001', cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ',
    };
    expect(digestResponse({ ...base, algorithm: 'SHA-256' })).toBe('753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1');
    expect(digestResponse({ ...base, algorithm: 'MD5' })).toBe('8ca523f5e9506fed4657c9700eebdbec');
  });

  it('parses challenges with quoted commas, prefers SHA-256, and never puts the password in the answer', () => {
    const md5 = parseChallenge('Digest realm="a, b", nonce="n1", qop="auth,auth-int", opaque="o"')!;
    const sha = parseChallenge('Digest realm="a, b", nonce="n2", algorithm=SHA-256, qop="auth", stale=TRUE')!;
    expect(md5).toMatchObject({ realm: 'a, b', algorithm: 'MD5', qop: ['auth', 'auth-int'], opaque: 'o', stale: false });
    expect(sha.stale).toBe(true);
    expect(pickChallenge([md5, sha])).toBe(sha);
    expect(pickChallenge([parseChallenge('Digest realm="r", nonce="n", algorithm=SHA-512-256')!])).toBeUndefined();
    expect(parseChallenge('Basic realm="r"')).toBeUndefined();
    const answer = authorizationFor(sha, { method: 'OPTIONS', uri: 'sip:trunk.example' }, { username: 'u"1', password: 'canary-pass' });
    expect(answer).not.toContain('canary-pass');
    const p = parseAuthParams(answer.replace(/^Digest /, ''));
    expect(p).toMatchObject({ username: 'u"1', realm: 'a, b', nonce: 'n2', uri: 'sip:trunk.example', algorithm: 'SHA-256', qop: 'auth', nc: '00000001' });
    expect(p.response).toBe(digestResponse({ method: 'OPTIONS', uri: 'sip:trunk.example', username: 'u"1', password: 'canary-pass', algorithm: 'SHA-256', realm: 'a, b', nonce: 'n2', qop: 'auth', nc: p.nc, cnonce: p.cnonce }));
  });
});

const PASSWORD = 'sip-canary-Pa55word';
const AUTH: SipAuthMode = { realm: 'trunk.example', username: 'acme', password: PASSWORD, algorithms: ['SHA-256', 'MD5'] };
const responders: SipResponder[] = [];

/** A self-signed certificate for the TLS trunk, made at collection time (the skips below need to know). */
function makeCertificate(): { key: string; cert: string } | undefined {
  try {
    const dir = mkdtempSync(join(tmpdir(), 'sip-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
      '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } catch {
    return undefined; // no openssl on this machine: the TLS cases are reported as skipped
  }
}
const cert = makeCertificate();
afterAll(async () => {
  await Promise.all(responders.map((r) => r.close()));
});

async function responder(opts: SipResponderOptions): Promise<SipResponder> {
  const r = await startSipResponder({ ...opts, ...(cert && { tls: cert }) });
  responders.push(r);
  return r;
}

const adapter = () => manualAdapter({ allowPrivate: true, timeoutMs: 1_000, tlsCa: cert ? [cert.cert] : undefined });
const sipConfig = (r: SipResponder, transport: 'udp' | 'tcp' | 'tls') =>
  adapter().sipConfigSchema.parse({ domain: '127.0.0.1', port: transport === 'tls' ? r.tlsPort : r.port, transport });
const creds = (password?: string) => (password === undefined ? {} : { username: 'acme', password });

/** Everything a client sent to a responder, as text, to look for the password. */
const sent = (r: SipResponder) => r.requests.map((m) => [...m.headers.values()].flat().join('\n') + m.body).join('\n');

const TRANSPORTS = ['udp', 'tcp', 'tls'] as const;

describe.each(TRANSPORTS)('a trunk that challenges OPTIONS, over %s', (transport) => {
  it.skipIf(transport === 'tls' && !cert)('passes the right password, fails a wrong one, and asks for missing ones', async () => {
    const r = await responder({ auth: AUTH });
    const right = await adapter().test(creds(PASSWORD), sipConfig(r, transport));
    expect(right.checks.credentials_valid).toMatchObject({ status: 'pass', code: 'credentials_valid', detail: expect.stringContaining('SHA-256') });
    expect(right.checks.inbound_reachable.status).toBe('pass');
    expect(right.checks.outbound_authorized.status).toBe('pass');

    const wrong = await adapter().test(creds('not-the-password'), sipConfig(r, transport));
    expect(wrong.checks.credentials_valid).toMatchObject({ status: 'fail', code: 'credentials_rejected' });
    expect(wrong.checks.outbound_authorized.status).toBe('not_applicable');

    const missing = await adapter().test({}, sipConfig(r, transport));
    expect(missing.checks.outbound_authorized).toMatchObject({ status: 'fail', code: 'sip_auth_required' });
    expect(missing.checks.credentials_valid.status).toBe('not_applicable');

    expect(r.received[transport]).toBeGreaterThanOrEqual(5);
    expect(sent(r)).not.toContain(PASSWORD);
  });
});

describe.each(TRANSPORTS)('a trunk that challenges only REGISTER, over %s', (transport) => {
  it.skipIf(transport === 'tls' && !cert)('is asked with a REGISTER query that carries no Contact, and judged by its answer', async () => {
    const r = await responder({ auth: { ...AUTH, challenges: 'register' } });
    const right = await adapter().test(creds(PASSWORD), sipConfig(r, transport));
    expect(right.checks.credentials_valid).toMatchObject({ status: 'pass', detail: expect.stringContaining('REGISTER') });
    const wrong = await adapter().test(creds('wrong'), sipConfig(r, transport));
    expect(wrong.checks.credentials_valid).toMatchObject({ status: 'fail', code: 'credentials_rejected' });
    const registers = r.requests.filter((m) => m.method === 'REGISTER');
    expect(registers.length).toBeGreaterThanOrEqual(4);
    for (const m of registers) expect(headers(m, 'contact')).toEqual([]);
    expect(sent(r)).not.toContain(PASSWORD);
  });
});

describe('other trunks', () => {
  it('answers 407 Proxy-Authenticate, MD5 without qop, and a stale nonce', async () => {
    const proxy = await responder({ auth: { ...AUTH, algorithms: ['MD5'], qop: null, challengeStatus: 407, staleOnce: true } });
    for (const transport of ['udp', 'tcp'] as const) {
      expect((await adapter().test(creds(PASSWORD), sipConfig(proxy, transport))).checks.credentials_valid.status, transport).toBe('pass');
    }
    expect(proxy.requests.some((m) => headers(m, 'proxy-authorization').length > 0)).toBe(true);
    expect((await adapter().test(creds('wrong'), sipConfig(proxy, 'udp'))).checks.credentials_valid.code).toBe('credentials_rejected');
  });

  it('fails credentials answered with 403 Forbidden', async () => {
    const r = await responder({ auth: { ...AUTH, wrongAnswer: 403 } });
    const wrong = await adapter().test(creds('wrong'), sipConfig(r, 'tcp'));
    expect(wrong.checks.credentials_valid).toMatchObject({ status: 'fail', code: 'credentials_rejected', detail: expect.stringContaining('403') });
  });

  it('is not_applicable when the trunk takes no registrations (405/501) and never challenged', async () => {
    for (const registerStatus of [405, 501]) {
      const r = await responder({ registerStatus });
      const result = await adapter().test(creds(PASSWORD), sipConfig(r, 'udp'));
      expect(result.checks.credentials_valid, String(registerStatus)).toMatchObject({ status: 'not_applicable', code: 'not_challenged', detail: expect.stringContaining('when the trunk challenges a call') });
      expect(result.checks.outbound_authorized.status).toBe('pass');
    }
  });

  it('is not_applicable with no credentials and no challenge, after a REGISTER query that carries neither credentials nor Contact', async () => {
    const r = await responder({});
    const result = await adapter().test({}, sipConfig(r, 'udp'));
    expect(result.checks.credentials_valid).toMatchObject({ status: 'not_applicable', code: 'no_credentials' });
    expect(r.requests.map((m) => m.method)).toEqual(['OPTIONS', 'REGISTER']);
    expect(headers(r.requests[1]!, 'contact')).toEqual([]);
    expect(headers(r.requests[1]!, 'authorization')).toEqual([]);
  });

  it('passes a REGISTER query accepted without a challenge', async () => {
    const r = await responder({});
    expect((await adapter().test(creds(PASSWORD), sipConfig(r, 'tcp'))).checks.credentials_valid.status).toBe('pass');
  });

  it('reports an unreachable trunk on each transport', async () => {
    for (const transport of ['udp', 'tcp'] as const) {
      const result = await adapter().test({}, adapter().sipConfigSchema.parse({ domain: '127.0.0.1', port: 9, transport }));
      expect(result.checks.inbound_reachable, transport).toMatchObject({ status: 'fail', code: 'sip_unreachable' });
    }
  });

  it('retransmits over UDP when a datagram is lost', async () => {
    const r = await responder({ auth: AUTH });
    // A lossy hop in front of the trunk: drops the first datagram of each request, forwards the rest.
    const hop = createSocket('udp4');
    const seen = new Set<string>();
    let client: RemoteInfo | undefined;
    hop.on('message', (msg, from) => {
      if (from.port === r.port) return client && hop.send(msg, client.port, client.address);
      client = from;
      const cseq = /CSeq: *(\d+)/i.exec(msg.toString())?.[1] ?? '';
      if (!seen.has(cseq)) return void seen.add(cseq);
      hop.send(msg, r.port, '127.0.0.1');
    });
    await new Promise<void>((resolve) => hop.bind(0, '127.0.0.1', resolve));
    try {
      const config = adapter().sipConfigSchema.parse({ domain: '127.0.0.1', port: hop.address().port, transport: 'udp' });
      const result = await manualAdapter({ allowPrivate: true, timeoutMs: 3_000 }).test(creds(PASSWORD), config);
      expect(result.checks.credentials_valid.status).toBe('pass');
      expect(seen.size).toBe(2); // OPTIONS, then OPTIONS with the answer: each sent again after the loss
    } finally {
      hop.close();
    }
  });

  it('refuses a username without a password, and a password without a username', () => {
    const schema = adapter().credentialsSchema;
    expect(schema.safeParse({ username: 'acme' }).error?.issues[0]).toMatchObject({ path: ['password'] });
    expect(schema.safeParse({ password: 'x' }).error?.issues[0]).toMatchObject({ path: ['username'] });
  });

  it("verify-voip's outbound check tries the stored credentials too", async () => {
    const r = await responder({ auth: { ...AUTH } });
    const config = sipConfig(r, 'udp');
    const ref = { phoneNumber: '+14155550100', providerNumberId: '+14155550100', country: 'US' };
    expect((await adapter().checkOutbound(creds(PASSWORD), config, ref)).status).toBe('pass');
    await expect(adapter().checkOutbound(creds('rotated-at-the-trunk'), config, ref)).rejects.toBeInstanceOf(CredentialsRejectedError);
    expect((await adapter().checkOutbound({}, config, ref))).toMatchObject({ status: 'fail', code: 'sip_auth_required' });
  });
});
