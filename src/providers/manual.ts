import { z } from 'zod';
import { credentialObject } from './fields';
import { metrics } from '../observability/metrics';
import { inSpan, SpanKind } from '../observability/tracing';
import { probeTrunk, type SipAuthOutcome, type SipCredentials, type TrunkProbe } from './sip/trunk-probe';
import { placeSipCall, type SipCall, type SipCallOptions } from './sip/call';
import { CallRefusedError, type CallingAdapter } from './calls';
import { sipDestination } from './sip/client';
import { diagnoseDns, type SipDnsFailure } from './sip/dns';
import type { SipConnectFailure } from './sip/failures';
import type { CallOptions } from './http-client';
import { CredentialsRejectedError, fail, notApplicable, outcome, pass, TESTED_DESTINATION, type CheckResult, type ProviderAdapter, type ProviderDefinition } from './types';
import { HostRefusedError, resolvePublicHost } from '../security/host-guard';
import { ValidationError } from '../kernel/errors';

// The username travels in SIP headers (From, To, Contact, Authorization): RFC 3261's `user`
// characters only, so it can neither break a header nor reach one unescaped.
const SIP_USER = /^[A-Za-z0-9\-_.!~*'()&=+$,;?/%]+$/;

const credentialsSchema = credentialObject({
  username: z.string().trim().min(1, 'username must not be empty').max(128, 'username is too long')
    .regex(SIP_USER, "username may hold letters, digits and - _ . ! ~ * ' ( ) & = + $ , ; ? / % only").optional(),
  // Only ever hashed, so any printable text (spaces, accents) is a valid Digest password; control
  // characters and lone surrogates are not (UTF-8 could not carry the latter faithfully).
  password: z.string().min(1, 'password must not be empty').max(256, 'password is too long')
    .refine((v) => !/[\p{Cc}\p{Cs}]/u.test(v), 'password must not contain control characters').optional(),
}).superRefine((c, ctx) => {
  // Digest needs both halves: one alone could never answer a challenge.
  if (c.username !== undefined && c.password === undefined) ctx.addIssue({ code: 'custom', path: ['password'], message: 'is required with a username' });
  if (c.password !== undefined && c.username === undefined) ctx.addIssue({ code: 'custom', path: ['username'], message: 'is required with a password' });
});
/** Stored credentials also carry the destination they were tested against (TESTED_DESTINATION). */
export type ManualCredentials = z.infer<typeof credentialsSchema> & { [TESTED_DESTINATION]?: string };

const HOSTNAME = /^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*\.?$/;

const sipConfigSchema = z
  .strictObject({
    domain: z
      .string({ error: 'domain is required' })
      .trim()
      .toLowerCase()
      .refine((v) => HOSTNAME.test(v) || z.ipv4().safeParse(v).success, 'domain must be a host name or IPv4 address'),
    port: z.number({ error: 'port must be a number' }).int().min(1).max(65535).optional(),
    transport: z.enum(['udp', 'tcp', 'tls'], { error: 'transport must be udp, tcp or tls' }).default('udp'),
  })
  .transform((s) => ({ ...s, port: s.port ?? (s.transport === 'tls' ? 5061 : 5060) }));
export type ManualSipConfig = z.infer<typeof sipConfigSchema>;

/** Where a trunk's credentials go: its transport, domain and port. */
const destinationOf = (sip: ManualSipConfig) => sipDestination({ domain: sip.domain, port: sip.port, transport: sip.transport ?? 'udp' });

/** What Manual needs from a customer; static, so the schema can describe it. */
export const manualDefinition: ProviderDefinition<ManualCredentials, ManualSipConfig> = {
  id: 'manual',
  displayName: 'SIP trunk',
  setupMethods: ['manual'],
  credentialsSchema,
  sipConfigSchema,
  credentialFields: [
    { name: 'username', label: 'Username', required: false, secret: false, description: 'Digest username, if the trunk authenticates (with the password).' },
    { name: 'password', label: 'Password', required: false, secret: true, description: 'Digest password (with the username); only ever sent hashed.' },
  ],
  sipConfigFields: [
    { name: 'domain', label: 'SIP domain', required: true, secret: false, description: 'Host name or address of the trunk.' },
    { name: 'port', label: 'Port', required: false, secret: false, description: '5060, or 5061 for TLS.' },
    { name: 'transport', label: 'Transport', required: false, secret: false, description: 'udp, tcp or tls.' },
  ],
  destinationOf,
};

const notChecked = (why: string) => notApplicable('not_checked', `Not checked: ${why}.`);

/** What trying a trunk found: its domain did not resolve, or what the probe found. */
type Probed = { reachable: false; dns: SipDnsFailure } | TrunkProbe;
type Checks3 = { credentials: CheckResult; inbound: CheckResult; outbound: CheckResult };

/**
 * Why the trunk could not be spoken to, each cause with its own code and fix: a certificate
 * problem is never reported as a firewall problem, nor a missing DNS record as a silent trunk.
 */
function unreachable(failure: SipConnectFailure | SipDnsFailure, sip: ManualSipConfig): CheckResult {
  const where = `${sip.domain}:${sip.port} over ${(sip.transport ?? 'udp').toUpperCase()}`;
  switch (failure.kind) {
    case 'no_record':
      return fail('sip_dns_no_record', `${sip.domain} has no address (A or AAAA) record: check the domain.${failure.srv.length > 0
        ? ` It does publish SIP servers by SRV (${failure.srv.join('; ')}): enter one of those hosts and its port, since Trunkline dials the host given, not its SRV or NAPTR records.`
        : ''}`);
    case 'failed':
      return fail('sip_dns_failed', `The name servers gave no answer for ${sip.domain} (${failure.code}): try again; if it persists, check the domain's DNS.`);
    case 'refused':
      // A closed port and a firewall's REJECT rule look the same from here: name both.
      return fail('sip_unreachable', `${where} refused the connection: nothing listens there, or a firewall rejects Trunkline. Check the port and transport, and that the trunk admits Trunkline's addresses.`);
    case 'no_answer':
      return fail('sip_unreachable', `The trunk did not answer a SIP OPTIONS request at ${where}: check the domain, port and transport, and that the trunk's firewall admits Trunkline's addresses.`);
    case 'tls':
      switch (failure.reason) {
        case 'untrusted_ca':
          return fail('sip_tls_untrusted_ca', `The trunk's TLS certificate is not issued by a certificate authority Trunkline trusts (${failure.message}): have the trunk use a certificate from a public authority, or have this gateway's operator add the trunk's CA with SIP_TLS_CA_FILE.`);
        case 'hostname_mismatch':
          return fail('sip_tls_hostname_mismatch', `The trunk's TLS certificate is not for ${sip.domain} (${failure.message}): enter the domain the certificate names, or have the trunk's certificate include ${sip.domain}.`);
        case 'expired':
          return fail('sip_tls_expired', `The trunk's TLS certificate has expired (${failure.message}): the trunk's owner must renew it.`);
        case 'not_yet_valid':
          return fail('sip_tls_not_yet_valid', `The trunk's TLS certificate is not valid yet (${failure.message}): check the certificate's dates and the trunk's clock.`);
        case 'handshake_failed':
          return fail('sip_tls_handshake_failed', `${where} accepted a connection but the TLS handshake failed (${failure.message}): check that this port speaks TLS (usually 5061) and accepts TLS 1.2 or later without a client certificate.`);
      }
  }
}

/** The three checks from what the probe found. */
function checksFor(probe: Probed, sip: ManualSipConfig): Checks3 {
  if (!probe.reachable) {
    const failure = 'dns' in probe ? probe.dns : probe.failure;
    const why = 'dns' in probe ? 'the trunk\'s domain did not resolve' : failure.kind === 'tls' ? 'no TLS connection could be made' : 'the trunk is unreachable';
    return { credentials: notChecked(why), inbound: unreachable(failure, sip), outbound: notChecked(why) };
  }
  const inbound = pass('sip_reachable', `The trunk answered SIP OPTIONS (${probe.optionsStatus}).`);
  const authorized = pass('outbound_authorized', 'The trunk accepts our requests.');
  const a: SipAuthOutcome = probe.auth;
  // 403/404 to a REGISTER that carried no credentials: this trunk takes no registrations.
  const noRegistrations = (status: number | null) => status === 403 || status === 404;
  switch (a.kind) {
    case 'accepted':
      return {
        credentials: pass('credentials_valid', a.algorithm
          ? `The trunk accepted the username and password (digest ${a.algorithm}, on ${a.method}).`
          : `The trunk accepted a REGISTER query for the username without asking for the password.`),
        inbound,
        outbound: authorized,
      };
    case 'rejected':
      return {
        credentials: fail('credentials_rejected', a.status === 403
          ? `The trunk refused the username and password (403 to our answer to its ${a.method} challenge).`
          : `The trunk refused the username and password: it challenged our answer to ${a.method} again.`),
        inbound,
        outbound: notChecked('the trunk refused the credentials'),
      };
    case 'no_answer':
      return {
        credentials: fail('sip_auth_no_answer', `The trunk challenged our ${a.method} but never answered our Digest answer, so the credentials could not be judged: try again, and check that the trunk does not silently drop failed logins from Trunkline's addresses.`),
        inbound,
        outbound: notChecked('the credentials could not be judged'),
      };
    case 'required':
      return {
        credentials: notApplicable('no_credentials', 'No username and password were given.'),
        inbound,
        outbound: fail('sip_auth_required', a.method === 'OPTIONS'
          ? `The trunk asks for digest authentication (${a.status} to OPTIONS): add a username and password.`
          : `The trunk answers OPTIONS but challenges a REGISTER (${a.status}), so it will challenge calls too: add the username and password it expects.`),
      };
    case 'unsupported':
      return {
        credentials: fail('sip_auth_unsupported', `The trunk asks for a digest algorithm Trunkline cannot answer (${a.algorithm}); MD5 and SHA-256 are supported.`),
        inbound,
        outbound: notChecked('the credentials could not be tried'),
      };
    case 'not_challenged':
      return {
        credentials: notApplicable('not_challenged', noRegistrations(a.registerStatus)
          ? `The trunk did not challenge OPTIONS and answered ${a.registerStatus} to a REGISTER query that carried no credentials: it takes no registrations, as carriers that authenticate by source address do. The credentials will be used when the trunk challenges a call.`
          : `The trunk did not challenge OPTIONS and ${a.registerStatus === null ? 'did not answer' : `answered ${a.registerStatus} to`} a REGISTER query: the credentials will be used when the trunk challenges a call.`),
        inbound,
        outbound: authorized,
      };
    case 'none':
      return {
        credentials: notApplicable('no_credentials', noRegistrations(a.registerStatus)
          ? `No credentials were given, the trunk challenged neither OPTIONS nor REGISTER, and it takes no registrations (${a.registerStatus} to REGISTER): it must admit Trunkline's addresses, or be given a username and password if it challenges calls.`
          : 'No credentials were given and the trunk asked for none.'),
        inbound,
        outbound: authorized,
      };
    case 'untested_destination':
      return {
        credentials: fail('credentials_untested_destination', 'The stored credentials were tested against another SIP destination and are not sent to this one: test them against this trunk and rotate them.'),
        inbound,
        outbound: notChecked('the credentials were not tried'),
      };
  }
}

/**
 * The SIP calls this process placed and that have not ended, by Call-ID: the INVITE transaction
 * lives in the process that sent it, so only this process can CANCEL it (endCall).
 */
const callsInFlight = new Map<string, SipCall>();

/** The Digest credentials to offer a trunk: fresh ones are tested against it, stored ones name where they were. */
const digestCredentials = (c: ManualCredentials, sip: ManualSipConfig): SipCredentials | null =>
  c.username !== undefined && c.password !== undefined
    ? { username: c.username, password: c.password, destination: c[TESTED_DESTINATION] ?? destinationOf(sip) }
    : null;

/**
 * Any SIP trunk. There is no provider API: the trunk is probed with real SIP requests over its
 * transport (OPTIONS, and Digest-authenticated OPTIONS or a REGISTER query to try the
 * credentials), and numbers are declared at import. The customer's domain is resolved and
 * refused if it points into our own network, unless the operator allows private trunks.
 */
export function manualAdapter(opts: {
  allowPrivate: boolean;
  timeoutMs: number;
  tlsCa?: string[];
  /** For test calls: the public address for the SDP and Contact (behind NAT), timers, number format (sip/call.ts). */
  calls?: SipCallOptions;
}): ProviderAdapter<ManualCredentials, ManualSipConfig> & CallingAdapter<ManualCredentials, ManualSipConfig> {
  async function probe(c: ManualCredentials, sip: ManualSipConfig, callOpts?: CallOptions): Promise<Probed> {
    let address: string;
    try {
      address = await resolvePublicHost(sip.domain, opts.allowPrivate);
    } catch (err) {
      if (!(err instanceof HostRefusedError)) throw err;
      // A name with no address is a verdict on the trunk; one pointing into our network is refused input.
      const dns = await diagnoseDns(sip.domain);
      if (dns) return { reachable: false, dns };
      throw new ValidationError([{ path: 'sip_config.domain', message: err.message }]);
    }
    await callOpts?.beforeProviderCall?.();
    // Fresh credentials are being tested against this very trunk; stored ones name where they were.
    const credentials = digestCredentials(c, sip);
    const transport = sip.transport ?? 'udp';
    const started = performance.now();
    // A client span per probe: the trunk's host, port and transport, the statuses; never the Digest exchange.
    const attributes = { 'server.address': sip.domain, 'server.port': sip.port ?? (transport === 'tls' ? 5061 : 5060), 'network.transport': transport, 'sip.method': 'OPTIONS' };
    return inSpan('SIP OPTIONS', SpanKind.CLIENT, attributes, async (span) => {
      const result = await probeTrunk({ address, domain: sip.domain, port: sip.port, transport: sip.transport, timeoutMs: opts.timeoutMs, tlsCa: opts.tlsCa }, credentials);
      const outcome = !result.reachable ? 'unreachable' : result.auth.kind === 'required' ? 'auth_required' : result.auth.kind === 'rejected' ? 'rejected' : 'answered';
      if (result.reachable) span.setAttributes({ 'sip.status_code': result.optionsStatus, 'sip.auth': result.auth.kind });
      else span.setAttribute('sip.failure', result.failure.kind === 'tls' ? `tls_${result.failure.reason}` : result.failure.kind);
      span.setAttribute('trunkline.outcome', outcome);
      metrics.sipProbes.observe({ transport, outcome }, (performance.now() - started) / 1000);
      return result;
    });
  }

  return {
    ...manualDefinition,

    async test(c, sip, callOpts) {
      const { credentials, inbound, outbound } = checksFor(await probe(c, sip, callOpts), sip);
      return outcome('SIP trunk', credentials, inbound, outbound, sip.domain, null);
    },
    async listNumbers() {
      return [];
    },
    async configureInbound() {
      // The trunk's own routing is configured by its owner; nothing to change or restore here.
      return {};
    },
    async restoreInbound() {},
    async checkOutbound(c, sip, _number, callOpts) {
      const { credentials, inbound, outbound } = checksFor(await probe(c, sip, callOpts), sip);
      // Stored credentials the trunk now refuses put the connection in error, as a revoked API key does.
      if (credentials.code === 'credentials_rejected' || credentials.code === 'credentials_untested_destination') throw new CredentialsRejectedError(credentials.detail);
      return inbound.status === 'fail' ? inbound : credentials.status === 'fail' ? credentials : outbound;
    },

    /**
     * An INVITE through the trunk itself (sip/call.ts). It resolves once the INVITE is sent; the
     * trunk's answer, refusals included, arrives as statuses through call.onStatus. Throws
     * CallRefusedError only when the trunk cannot be reached at all.
     */
    async placeCall(c, sip, call, callOpts) {
      let address: string;
      try {
        address = await resolvePublicHost(sip.domain, opts.allowPrivate);
      } catch (err) {
        if (!(err instanceof HostRefusedError)) throw err;
        throw new CallRefusedError('sip_unreachable', null, `The trunk's domain ${sip.domain} ${err.message}: the call was not placed.`, "Check the trunk's SIP domain.");
      }
      await callOpts?.beforeProviderCall?.();
      const target = { address, domain: sip.domain, port: sip.port, transport: sip.transport ?? 'udp', timeoutMs: opts.timeoutMs, tlsCa: opts.tlsCa };
      const placed = await placeSipCall(target, digestCredentials(c, sip), call, opts.calls);
      callsInFlight.set(placed.callId, placed);
      void placed.ended.then(() => callsInFlight.delete(placed.callId));
      return { providerCallId: placed.callId };
    },
    async endCall(_c, _sip, providerCallId) {
      // Placed by another process, or over: nothing this process can (or needs to) cancel.
      callsInFlight.get(providerCallId)?.cancel();
    },
  };
}
