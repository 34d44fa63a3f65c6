import type { PhoneNumber } from '../db/repositories/phone-numbers';
import type { ConnectionView } from './connection-view';
import type { TestCallReport } from './test-call-report';

/**
 * The `data` of a webhook event: the object exactly as the REST API presents it (snake_case, the
 * spec's lowercase values, sip_config redacted). test/webhooks/events.test.ts holds each shape
 * equal to the REST answer for the same object, so the two cannot drift apart.
 */
export type WebhookData = Record<string, unknown>;

const text = (v: unknown) => (typeof v === 'string' ? v : null);

/** The typed sip_config entries REST shows (those set), and has_credentials. */
function sipConfigData(sip: Record<string, unknown>, hasCredentials: boolean): WebhookData {
  const out: WebhookData = {};
  if (text(sip.domain) !== null) out.domain = sip.domain;
  if (typeof sip.port === 'number') out.port = sip.port;
  if (text(sip.transport) !== null) out.transport = sip.transport;
  if (text(sip.fqdn_connection_id) !== null) out.fqdn_connection_id = sip.fqdn_connection_id;
  if (text(sip.outbound_voice_profile_id) !== null) out.outbound_voice_profile_id = sip.outbound_voice_profile_id;
  return { ...out, has_credentials: hasCredentials };
}

export function connectionData(c: ConnectionView): WebhookData {
  return {
    id: c.id,
    name: c.name,
    provider: c.provider,
    setup_method: c.setupMethod,
    status: c.status,
    inferred_name: c.inferredName,
    sip_config: sipConfigData(c.sipConfig, c.hasCredentials),
    last_tested_at: c.lastTestedAt,
    numbers_imported: c.numbersImported,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  };
}

export function phoneNumberData(p: PhoneNumber): WebhookData {
  return {
    id: p.id,
    number: p.number,
    source: p.source,
    status: p.status,
    voip_connection_id: p.voipConnectionId,
    voip_verification_status: p.voipVerificationStatus,
    voip_last_verified_at: p.voipLastVerifiedAt,
    inbound_agent_id: p.inboundAgentId,
    outbound_agent_id: p.outboundAgentId,
    label: p.label,
    friendly_name: p.friendlyName,
    country: p.country,
    capabilities: { voice: p.capabilities.voice, sms: p.capabilities.sms, mms: p.capabilities.mms },
    created_at: p.createdAt,
    updated_at: p.updatedAt,
  };
}

export function testCallData(r: TestCallReport): WebhookData {
  const check = (c: TestCallReport['checks']['outbound_call']) => ({ status: c.status, code: c.code, detail: c.detail, carrier_code: c.carrierCode ?? null, fix: c.fix ?? null });
  return {
    id: r.testCall.id,
    phone_number_id: r.testCall.phoneNumberId,
    purpose: r.testCall.purpose,
    status: r.testCall.status,
    checks: { outbound_call: check(r.checks.outbound_call), inbound_call: check(r.checks.inbound_call) },
    legs: r.legs.map((l) => ({
      role: l.role,
      placed_by: l.placedBy,
      provider: l.provider,
      from: l.from,
      to: l.to,
      timeline: l.timeline.map((e) => ({
        kind: e.kind,
        status: e.status ?? null,
        provider_status: text(e.detail.provider_status),
        carrier_code: e.carrierCode ?? null,
        transport: text(e.detail.transport),
        ms: e.ms,
        at: e.at,
      })),
    })),
    created_at: r.testCall.createdAt,
    finished_at: r.testCall.finishedAt,
  };
}
