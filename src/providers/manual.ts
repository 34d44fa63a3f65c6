import { z } from 'zod';
import { credentialObject } from './fields';
import { sipOptions, SipTimeoutError, type SipReply } from './sip-options';
import { fail, notApplicable, outcome, pass, type CheckResult, type ProviderAdapter, type ProviderDefinition } from './types';
import { HostRefusedError, resolvePublicHost } from '../security/host-guard';
import { ValidationError } from '../domain/errors';

const credentialsSchema = credentialObject({
  username: z.string().trim().min(1, 'username must not be empty').max(128, 'username is too long').optional(),
  password: z.string().min(1, 'password must not be empty').max(256, 'password is too long').optional(),
});
export type ManualCredentials = z.infer<typeof credentialsSchema>;

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

/** What Manual needs from a customer; static, so the schema can describe it. */
export const manualDefinition: ProviderDefinition<ManualCredentials, ManualSipConfig> = {
  id: 'manual',
  displayName: 'SIP trunk',
  setupMethods: ['manual'],
  credentialsSchema,
  sipConfigSchema,
  credentialFields: [
    { name: 'username', label: 'Username', required: false, secret: false, description: 'Digest username, if the trunk authenticates.' },
    { name: 'password', label: 'Password', required: false, secret: true, description: 'Digest password.' },
  ],
  sipConfigFields: [
    { name: 'domain', label: 'SIP domain', required: true, secret: false, description: 'Host name or address of the trunk.' },
    { name: 'port', label: 'Port', required: false, secret: false, description: '5060, or 5061 for TLS.' },
    { name: 'transport', label: 'Transport', required: false, secret: false, description: 'udp, tcp or tls.' },
  ],
};

/**
 * Any SIP trunk. There is no provider API: the trunk is probed with a real SIP OPTIONS request
 * over its transport, and numbers are declared at import. The customer's domain is resolved and
 * refused if it points into our own network, unless the operator allows private trunks.
 */
export function manualAdapter(opts: { allowPrivate: boolean; timeoutMs: number }): ProviderAdapter<ManualCredentials, ManualSipConfig> {
  async function probe(sip: ManualSipConfig): Promise<SipReply | null> {
    let address: string;
    try {
      address = await resolvePublicHost(sip.domain, opts.allowPrivate);
    } catch (err) {
      if (err instanceof HostRefusedError) throw new ValidationError([{ path: 'sip_config.domain', message: err.message }]);
      throw err;
    }
    try {
      return await sipOptions({ address, domain: sip.domain, port: sip.port, transport: sip.transport, timeoutMs: opts.timeoutMs });
    } catch (err) {
      if (err instanceof SipTimeoutError) return null;
      throw err;
    }
  }

  function checksFor(reply: SipReply | null, c: ManualCredentials): { inbound: CheckResult; outbound: CheckResult } {
    if (!reply) {
      const unreachable = fail('sip_unreachable', 'The trunk did not answer a SIP OPTIONS request: check the domain, port, transport and firewall.');
      return { inbound: unreachable, outbound: notApplicable('not_checked', 'Not checked: the trunk is unreachable.') };
    }
    const inbound = pass('sip_reachable', `The trunk answered SIP OPTIONS (${reply.status}).`);
    if ((reply.status === 401 || reply.status === 407) && !c.username) {
      return { inbound, outbound: fail('sip_auth_required', 'The trunk asks for digest authentication: add a username and password.') };
    }
    return { inbound, outbound: pass('outbound_authorized', 'The trunk accepts our requests.') };
  }

  return {
    ...manualDefinition,

    async test(c, sip) {
      const { inbound, outbound } = checksFor(await probe(sip), c);
      return outcome('SIP trunk', notApplicable('no_provider_api', 'A SIP trunk has no API to check credentials against.'), inbound, outbound, sip.domain, null);
    },
    async listNumbers() {
      return [];
    },
    async configureInbound() {
      // The trunk's own routing is configured by its owner; nothing to change or restore here.
      return {};
    },
    async restoreInbound() {},
    async checkOutbound(c, sip) {
      const { inbound, outbound } = checksFor(await probe(sip), c);
      return inbound.status === 'fail' ? inbound : outbound;
    },
  };
}
