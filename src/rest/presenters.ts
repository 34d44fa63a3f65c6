import type { Scope } from '../domain/scopes';
import type { ApiKeyScope, ApiKeyFieldsFragment, CallCheckFieldsFragment, CheckFieldsFragment, ConnectionFieldsFragment, PhoneNumberFieldsFragment, TestCallFieldsFragment } from './generated/graphql';

/** GraphQL enum values are capitals; the REST API speaks the spec's lowercase strings. The one mapping. */
export const lower = <T extends string>(v: T) => v.toLowerCase();
export const upper = <T extends string>(v: T) => v.toUpperCase();
/** A scope between the doors: `numbers:read` (REST, the domain) ↔ NUMBERS_READ (the GraphQL enum value). */
export const scopeConstant = (scope: Scope) => scope.toUpperCase().replace(':', '_') as ApiKeyScope;
export const scopeName = (constant: ApiKeyScope) => constant.toLowerCase().replace('_', ':') as Scope;

/** snake_case keys → camelCase (REST bodies → GraphQL inputs). Already-camel keys pass through. */
export function camelKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase()), v]));
}

/**
 * The REST sip_config: the typed settings under the spec's snake_case names, only those a
 * provider uses (the rest are null in GraphQL), and has_credentials.
 */
export function sipConfigJson(sip: ConnectionFieldsFragment['sipConfig'], hasCredentials: boolean) {
  const out: Record<string, unknown> = {};
  if (sip.domain != null) out.domain = sip.domain;
  if (sip.port != null) out.port = sip.port;
  if (sip.transport != null) out.transport = lower(sip.transport);
  if (sip.fqdnConnectionId != null) out.fqdn_connection_id = sip.fqdnConnectionId;
  if (sip.outboundVoiceProfileId != null) out.outbound_voice_profile_id = sip.outboundVoiceProfileId;
  return { ...out, has_credentials: hasCredentials };
}

export function connectionJson(c: ConnectionFieldsFragment) {
  return {
    id: Number(c.id),
    name: c.name,
    provider: lower(c.provider),
    setup_method: lower(c.setupMethod),
    status: lower(c.status),
    inferred_name: c.inferredName,
    sip_config: sipConfigJson(c.sipConfig, c.hasCredentials),
    last_tested_at: c.lastTestedAt ?? null,
    numbers_imported: c.numbersImported,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  };
}

export function apiKeyJson(k: ApiKeyFieldsFragment) {
  return {
    id: Number(k.id),
    name: k.name,
    key_prefix: k.keyPrefix,
    is_active: k.isActive,
    created_at: k.createdAt,
    last_used_at: k.lastUsedAt ?? null,
    revoked_at: k.revokedAt ?? null,
    scopes: k.scopes.map(scopeName),
  };
}

export function checksJson(c: CheckFieldsFragment) {
  const one = (x: CheckFieldsFragment['credentialsValid']) => ({ status: lower(x.status), code: x.code, detail: x.detail });
  return {
    credentials_valid: one(c.credentialsValid),
    inbound_reachable: one(c.inboundReachable),
    outbound_authorized: one(c.outboundAuthorized),
  };
}

export function phoneNumberJson(p: PhoneNumberFieldsFragment) {
  const idOrNull = (v: string | null | undefined) => (v == null ? null : Number(v));
  return {
    id: Number(p.id),
    number: p.number,
    source: lower(p.source),
    status: lower(p.status),
    voip_connection_id: idOrNull(p.voipConnectionId),
    voip_verification_status: lower(p.voipVerificationStatus),
    voip_last_verified_at: p.voipLastVerifiedAt ?? null,
    inbound_agent_id: idOrNull(p.inboundAgentId),
    outbound_agent_id: idOrNull(p.outboundAgentId),
    label: p.label ?? null,
    friendly_name: p.friendlyName ?? null,
    country: p.country ?? null,
    capabilities: { voice: p.capabilities.voice, sms: p.capabilities.sms, mms: p.capabilities.mms },
    created_at: p.createdAt,
    updated_at: p.updatedAt,
  };
}

export function callCheckJson(c: CallCheckFieldsFragment) {
  return { status: lower(c.status), code: c.code, detail: c.detail, carrier_code: c.carrierCode ?? null, fix: c.fix ?? null };
}

export function testCallJson(t: TestCallFieldsFragment) {
  return {
    id: Number(t.id),
    phone_number_id: Number(t.phoneNumberId),
    purpose: lower(t.purpose),
    status: lower(t.status),
    checks: { outbound_call: callCheckJson(t.outboundCall), inbound_call: callCheckJson(t.inboundCall) },
    legs: t.legs.map((l) => ({
      role: lower(l.role),
      placed_by: lower(l.placedBy),
      provider: lower(l.provider),
      from: l.from,
      to: l.to,
      timeline: l.timeline.map((e) => ({
        kind: lower(e.kind),
        status: e.status ? lower(e.status) : null,
        provider_status: e.providerStatus ?? null,
        carrier_code: e.carrierCode ?? null,
        transport: e.transport ?? null,
        ms: e.ms,
        at: e.at,
      })),
    })),
    created_at: t.createdAt,
    finished_at: t.finishedAt ?? null,
  };
}
