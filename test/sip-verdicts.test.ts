import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualAdapter } from '../src/providers/manual';
import { openSipClient } from '../src/providers/sip/client';
import { authorizationFor, parseChallenge } from '../src/providers/sip/digest';
import { buildRequest, header, headers, type SipMessage } from '../src/providers/sip/message';
import { CredentialsRejectedError, type CheckResult } from '../src/providers/types';
import { startSipResponder, TRUNK_KINDS, type SipAuthMode, type SipResponder, type SipResponderOptions } from '../src/simulator/sip-responder';
import { startHarness, type Harness } from './support/harness';

/**
 * Issue 21 #3: each kind of trunk met with Kamailio and SIPp gets the verdict the trunk will give
 * a real call, over UDP, TCP and TLS; and a trunk that cannot be spoken to is reported for what
 * went wrong (DNS, refusal, silence, each TLS certificate problem), never a certificate as a firewall.
 */
const PASSWORD = 'sip-verdict-canary-Pa55';
// A registrar like Kamailio's auth module: SHA-256 offered first, MD5 too.
const AUTH: SipAuthMode = { realm: 'trunk.example', username: 'acme', password: PASSWORD, algorithms: ['SHA-256', 'MD5'] };
const TRANSPORTS = ['udp', 'tcp', 'tls'] as const;
type Transport = (typeof TRANSPORTS)[number];

interface Pem { key: string; cert: string }
interface Certificates { ca: Pem; good: Pem; unknownCa: Pem; selfSigned: Pem; wrongName: Pem; expired: Pem }

/**
 * Certificates for the TLS trunks, made with openssl at collection time: our CA (given to the
 * adapter as SIP_TLS_CA_FILE would be) and one nobody trusts; leaves for 127.0.0.1 from each, one
 * self-signed, one for another name, one already expired. Undefined without openssl (TLS skipped).
 */
function makeCertificates(): Certificates | undefined {
  try {
    const dir = mkdtempSync(join(tmpdir(), 'sip-verdicts-'));
    const file = (name: string) => join(dir, name);
    const read = (name: string): Pem => ({ key: readFileSync(file(`${name}.key`), 'utf8'), cert: readFileSync(file(`${name}.pem`), 'utf8') });
    const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'ignore' });
    const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
    const ca = (name: string) => openssl('req', '-x509', ...ec, '-keyout', file(`${name}.key`), '-out', file(`${name}.pem`), '-days', '2', '-subj', `/CN=${name}`);
    const leaf = (name: string, issuer: string, san: string, days: string) => {
      openssl('req', ...ec, '-keyout', file(`${name}.key`), '-out', file(`${name}.csr`), '-subj', `/CN=${name}`);
      writeFileSync(file(`${name}.ext`), `subjectAltName=${san}\n`);
      // -days -1: valid from now, expired since yesterday.
      openssl('x509', '-req', '-in', file(`${name}.csr`), '-CA', file(`${issuer}.pem`), '-CAkey', file(`${issuer}.key`), '-CAcreateserial',
        '-days', days, '-extfile', file(`${name}.ext`), '-out', file(`${name}.pem`));
    };
    ca('trunkline-test-ca');
    ca('unknown-ca');
    leaf('good', 'trunkline-test-ca', 'IP:127.0.0.1', '2');
    leaf('unknown', 'unknown-ca', 'IP:127.0.0.1', '2');
    leaf('wrong-name', 'trunkline-test-ca', 'DNS:sip.other.example', '2');
    leaf('expired', 'trunkline-test-ca', 'IP:127.0.0.1', '-1');
    openssl('req', '-x509', ...ec, '-keyout', file('self.key'), '-out', file('self.pem'), '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1');
    return {
      ca: read('trunkline-test-ca'), good: read('good'), unknownCa: read('unknown'), selfSigned: read('self'), wrongName: read('wrong-name'), expired: read('expired'),
    };
  } catch {
    return undefined;
  }
}
const certs = makeCertificates();

const responders: SipResponder[] = [];
afterAll(() => Promise.all(responders.map((r) => r.close())));
async function trunk(opts: SipResponderOptions, cert: Pem | undefined = certs?.good): Promise<SipResponder> {
  const r = await startSipResponder({ ...opts, ...(cert && { tls: cert }) });
  responders.push(r);
  return r;
}

const adapter = () => manualAdapter({ allowPrivate: true, timeoutMs: 1_000, tlsCa: certs ? [certs.ca.cert] : undefined });
const config = (r: SipResponder, transport: Transport) =>
  adapter().sipConfigSchema.parse({ domain: '127.0.0.1', port: transport === 'tls' ? r.tlsPort : r.port, transport });
const creds = (password?: string) => (password === undefined ? {} : { username: 'acme', password });
const test = (r: SipResponder, transport: Transport, password?: string) => adapter().test(creds(password), config(r, transport));
const failures = (checks: Record<string, CheckResult>) => Object.values(checks).filter((c) => c.status === 'fail').map((c) => c.code);

/** Everything a client sent to a trunk, as text, to look for the password. */
const sent = (r: SipResponder) => r.requests.map((m) => [...m.headers.values()].flat().join('\n') + m.body).join('\n');
const digestAnswers = (r: SipResponder) => r.requests.filter((m) => headers(m, 'authorization').length + headers(m, 'proxy-authorization').length > 0);
const skipTls = (transport: Transport) => transport === 'tls' && !certs;

describe.each(TRANSPORTS)('a registrar: OPTIONS answered, REGISTER challenged (over %s)', (transport) => {
  it.skipIf(skipTls(transport))('fails without credentials (sip_auth_required), passes the right password, refuses a wrong one', async () => {
    const r = await trunk(TRUNK_KINDS.registrar(AUTH));

    // The case that used to pass: no credentials, OPTIONS 200. The trunk would refuse every call.
    const missing = await test(r, transport);
    expect(missing.checks.outbound_authorized).toMatchObject({ status: 'fail', code: 'sip_auth_required', detail: expect.stringContaining('REGISTER') });
    expect(missing.checks.credentials_valid).toMatchObject({ status: 'not_applicable', code: 'no_credentials' });
    expect(missing.checks.inbound_reachable.status).toBe('pass');

    const right = await test(r, transport, PASSWORD);
    expect(right.checks.credentials_valid).toMatchObject({ status: 'pass', detail: expect.stringContaining('SHA-256, on REGISTER') });
    expect(failures(right.checks)).toEqual([]);

    const wrong = await test(r, transport, 'not-the-password');
    expect(wrong.checks.credentials_valid).toMatchObject({ status: 'fail', code: 'credentials_rejected' });

    const registers = r.requests.filter((m) => m.method === 'REGISTER');
    expect(registers.length).toBeGreaterThanOrEqual(5);
    for (const m of registers) expect(headers(m, 'contact')).toEqual([]); // a query: nothing is ever bound
    expect(sent(r)).not.toContain(PASSWORD);
  });
});

describe.each(TRANSPORTS)('an IP-authenticated carrier: OPTIONS answered, REGISTER 403, INVITE challenged (over %s)', (transport) => {
  it.skipIf(skipTls(transport))('passes with credentials (kept for the call\'s challenge) and without, and never sends the password', async () => {
    const r = await trunk(TRUNK_KINDS.carrier(AUTH));

    // The case that used to fail with the right password: a 403 to a REGISTER without credentials is no verdict on them.
    const right = await test(r, transport, PASSWORD);
    expect(right.checks.credentials_valid).toMatchObject({
      status: 'not_applicable', code: 'not_challenged', detail: expect.stringMatching(/403.*takes no registrations.*when the trunk challenges a call/),
    });
    expect(right.checks.outbound_authorized.status).toBe('pass');
    expect(failures(right.checks)).toEqual([]);

    // Any password gives the same verdict: the carrier never asked for it.
    expect((await test(r, transport, 'any-other')).checks.credentials_valid.code).toBe('not_challenged');

    const none = await test(r, transport);
    expect(none.checks.credentials_valid).toMatchObject({ status: 'not_applicable', code: 'no_credentials', detail: expect.stringContaining('takes no registrations') });
    expect(failures(none.checks)).toEqual([]);

    expect(r.requests.map((m) => m.method)).toEqual(['OPTIONS', 'REGISTER', 'OPTIONS', 'REGISTER', 'OPTIONS', 'REGISTER']);
    expect(digestAnswers(r)).toEqual([]);
    expect(sent(r)).not.toContain(PASSWORD);
  });

  it.skipIf(skipTls(transport))('challenges an INVITE and takes the Digest answer (the simulator behaves as the carrier does)', async () => {
    const r = await trunk(TRUNK_KINDS.carrier(AUTH));
    const client = await openSipClient({ address: '127.0.0.1', domain: '127.0.0.1', port: transport === 'tls' ? r.tlsPort! : r.port, transport, timeoutMs: 1_000, tlsCa: certs && [certs.ca.cert] });
    const uri = 'sip:+14155550100@127.0.0.1';
    const invite = (seq: number, auth?: [string, string]) => client.send({
      callId: 'invite-test', seq, method: 'INVITE',
      text: (local) => buildRequest('INVITE', uri, [
        ['Via', `SIP/2.0/${transport.toUpperCase()} ${local.host}:${local.port};branch=z9hG4bKinvite${seq}`], ['From', '<sip:acme@127.0.0.1>;tag=a'],
        ['To', `<${uri}>`], ['Call-ID', 'invite-test'], ['CSeq', `${seq} INVITE`], ['Max-Forwards', '70'], ...(auth ? [auth] : []),
      ]),
    });
    try {
      const challenged: SipMessage = await invite(1);
      expect(challenged.status).toBe(401);
      const challenge = parseChallenge(header(challenged, 'www-authenticate')!)!;
      const answered = await invite(2, ['Authorization', authorizationFor(challenge, { method: 'INVITE', uri }, { username: 'acme', password: PASSWORD })]);
      expect(answered.status).toBe(486); // authorized; no call is set up
    } finally {
      client.close();
    }
  });
});

describe('what a challenge answered or a REGISTER refused means', () => {
  it('takes 404 to a REGISTER without credentials as "no registrations" too', async () => {
    const r = await trunk({ ...TRUNK_KINDS.carrier(AUTH), registerStatus: 404 });
    expect((await test(r, 'udp', PASSWORD)).checks.credentials_valid).toMatchObject({ status: 'not_applicable', code: 'not_challenged', detail: expect.stringContaining('404') });
  });

  it('refuses credentials met with 403 after we answered the REGISTER challenge', async () => {
    const r = await trunk({ auth: { ...AUTH, challenges: 'register', wrongAnswer: 403 } });
    const wrong = await test(r, 'tcp', 'not-the-password');
    expect(wrong.checks.credentials_valid).toMatchObject({ status: 'fail', code: 'credentials_rejected', detail: expect.stringContaining('403') });
    expect((await test(r, 'tcp', PASSWORD)).checks.credentials_valid.status).toBe('pass');
  });

  it('does not call credentials refused when the trunk goes silent after our answer', async () => {
    const r = await trunk({ auth: { ...AUTH, wrongAnswer: 'drop' } });
    const quick = manualAdapter({ allowPrivate: true, timeoutMs: 400 });
    const result = await quick.test(creds('not-the-password'), config(r, 'tcp'));
    expect(result.checks.credentials_valid).toMatchObject({ status: 'fail', code: 'sip_auth_no_answer' });
    // verify-voip: no verdict on the password, so the connection is not put in error for it.
    const ref = { phoneNumber: '+14155550100', providerNumberId: '+14155550100', country: 'US' };
    const outbound = await quick.checkOutbound(creds('not-the-password'), config(r, 'tcp'), ref);
    expect(outbound).toMatchObject({ status: 'fail', code: 'sip_auth_no_answer' });
  });

  it("verify-voip's outbound check: a registrar wants credentials, a carrier's 403 does not put the connection in error", async () => {
    const ref = { phoneNumber: '+14155550100', providerNumberId: '+14155550100', country: 'US' };
    const registrar = await trunk(TRUNK_KINDS.registrar(AUTH));
    expect(await adapter().checkOutbound({}, config(registrar, 'udp'), ref)).toMatchObject({ status: 'fail', code: 'sip_auth_required' });
    await expect(adapter().checkOutbound(creds('rotated'), config(registrar, 'udp'), ref)).rejects.toBeInstanceOf(CredentialsRejectedError);
    const carrier = await trunk(TRUNK_KINDS.carrier(AUTH));
    expect(await adapter().checkOutbound(creds(PASSWORD), config(carrier, 'udp'), ref)).toMatchObject({ status: 'pass' });
  });
});

describe.skipIf(!certs)('a TLS trunk whose certificate cannot be trusted', () => {
  /** The certificate's problem, with what to do, and neither credentials nor calls judged. */
  async function tlsVerdict(cert: Pem) {
    const r = await trunk(TRUNK_KINDS.registrar(AUTH), cert);
    const result = await test(r, 'tls', PASSWORD);
    expect(result.checks.credentials_valid).toMatchObject({ status: 'not_applicable', code: 'not_checked' });
    expect(result.checks.outbound_authorized).toMatchObject({ status: 'not_applicable', code: 'not_checked' });
    expect(result.checks.inbound_reachable.detail).not.toMatch(/firewall|did not answer/);
    expect(r.received.tls).toBe(0); // no SIP, let alone a Digest answer, over a connection we do not trust
    return result.checks.inbound_reachable;
  }

  it('from an unknown certificate authority: sip_tls_untrusted_ca, pointing at SIP_TLS_CA_FILE', async () => {
    expect(await tlsVerdict(certs!.unknownCa)).toMatchObject({ status: 'fail', code: 'sip_tls_untrusted_ca', detail: expect.stringContaining('SIP_TLS_CA_FILE') });
    expect(await tlsVerdict(certs!.selfSigned)).toMatchObject({ status: 'fail', code: 'sip_tls_untrusted_ca' });
  });

  it('for another name: sip_tls_hostname_mismatch, naming the domain', async () => {
    expect(await tlsVerdict(certs!.wrongName)).toMatchObject({ status: 'fail', code: 'sip_tls_hostname_mismatch', detail: expect.stringContaining('not for 127.0.0.1') });
  });

  it('expired: sip_tls_expired', async () => {
    expect(await tlsVerdict(certs!.expired)).toMatchObject({ status: 'fail', code: 'sip_tls_expired', detail: expect.stringContaining('renew') });
  });
});

describe('a trunk that cannot be spoken to', () => {
  let plain: Server;
  const sockets = new Set<Socket>();
  beforeAll(async () => {
    // Something that is not TLS on the port: it answers the ClientHello with a line of text.
    plain = createServer((socket) => {
      sockets.add(socket.on('error', () => undefined));
      socket.end('SIP/2.0 400 Bad Request\r\n\r\n');
    });
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => {
    for (const s of sockets) s.destroy();
    return new Promise<void>((resolve) => plain.close(() => resolve()));
  });

  it('reports a port that does not speak TLS as a failed handshake', async () => {
    const result = await adapter().test({}, adapter().sipConfigSchema.parse({ domain: '127.0.0.1', port: (plain.address() as AddressInfo).port, transport: 'tls' }));
    expect(result.checks.inbound_reachable).toMatchObject({ status: 'fail', code: 'sip_tls_handshake_failed', detail: expect.stringContaining('speaks TLS') });
  });

  it('reports a refused port as refused, on UDP and TCP', async () => {
    for (const transport of ['udp', 'tcp'] as const) {
      const result = await adapter().test({}, adapter().sipConfigSchema.parse({ domain: '127.0.0.1', port: 9, transport }));
      expect(result.checks.inbound_reachable, transport).toMatchObject({ status: 'fail', code: 'sip_unreachable', detail: expect.stringContaining('refused') });
    }
  });

  it('reports a domain with no address record as sip_dns_no_record, public or private trunks allowed', async () => {
    for (const allowPrivate of [true, false]) {
      const a = manualAdapter({ allowPrivate, timeoutMs: 1_000 });
      const result = await a.test({}, a.sipConfigSchema.parse({ domain: 'no-such-trunk.invalid', transport: 'tls' }));
      expect(result.checks.inbound_reachable).toMatchObject({ status: 'fail', code: 'sip_dns_no_record', detail: expect.stringContaining('no-such-trunk.invalid') });
      expect(result.checks.credentials_valid.code).toBe('not_checked');
    }
  });
});

describe('over the API', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('answers a test of a registrar without credentials, and of a domain without DNS, with the failing check', async () => {
    const registrar = await trunk(TRUNK_KINDS.registrar(AUTH));
    const res = await h.rest('POST', '/v1/voip-connections/test', { provider: 'manual', credentials: {}, sip_config: { domain: '127.0.0.1', port: registrar.port, transport: 'udp' } });
    expect(res).toMatchObject({ status: 200, body: { status: 'fail', verification_evidence_id: null, failures: [{ check: 'outbound_authorized', code: 'sip_auth_required' }] } });

    const dns = await h.rest('POST', '/v1/voip-connections/test', { provider: 'manual', credentials: {}, sip_config: { domain: 'no-such-trunk.invalid' } });
    expect(dns).toMatchObject({ status: 200, body: { status: 'fail', failures: [{ check: 'inbound_reachable', code: 'sip_dns_no_record' }] } });
  });
});
