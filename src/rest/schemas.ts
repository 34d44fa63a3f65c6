import { z } from 'zod';
import { PROVIDER_IDS, SETUP_METHODS } from '../providers/types';

/**
 * The shapes of the /v1 API, as zod schemas. They validate request bodies (unknown fields are
 * refused) and generate the OpenAPI document; tests parse responses with them.
 */
const timestamp = z.iso.datetime().describe('ISO 8601 UTC');
const id = z.number().int().positive();

export const ErrorBody = z.object({
  detail: z.string(),
  code: z.string(),
  fields: z.record(z.string(), z.array(z.string())).optional(),
});

export const Credentials = z
  .record(z.string(), z.unknown())
  .describe('Provider-specific credential fields (see GET /v1/providers in GraphQL `providers`); write-only.');

export const SipConfig = z
  .strictObject({
    domain: z.string().max(253).optional(),
    port: z.number().int().min(1).max(65535).optional(),
    transport: z.enum(['udp', 'tcp', 'tls']).optional(),
  })
  .describe('Provider-specific SIP settings, e.g. {"domain": "..."}');

export const Connection = z.object({
  id,
  name: z.string(),
  provider: z.enum(PROVIDER_IDS),
  setup_method: z.enum(SETUP_METHODS),
  status: z.enum(['pending', 'testing', 'connected', 'error']),
  inferred_name: z.boolean(),
  sip_config: z.record(z.string(), z.unknown()).describe('Read-only and redacted; has_credentials tells whether a secret is on file.'),
  last_tested_at: timestamp.nullable(),
  numbers_imported: z.number().int().min(0),
  created_at: timestamp,
  updated_at: timestamp,
});

export const CreateConnectionBody = z.strictObject({
  provider: z.enum(PROVIDER_IDS),
  name: z.string().min(1).max(200).optional(),
  setup_method: z.enum(SETUP_METHODS).optional(),
  credentials: Credentials,
  sip_config: SipConfig.optional(),
  verification_evidence_id: z.string().max(64).optional().describe('From POST /v1/voip-connections/test'),
});

export const UpdateConnectionBody = z.strictObject({
  name: z.string().min(1).max(200).optional(),
  credentials: Credentials.optional(),
  sip_config: SipConfig.optional(),
  verification_evidence_id: z.string().max(64).optional().describe('Required if credentials is present'),
});

export const TestCredentialsBody = z.strictObject({
  provider: z.enum(PROVIDER_IDS),
  credentials: Credentials,
  sip_config: SipConfig.optional(),
  setup_method: z.enum(SETUP_METHODS).optional(),
});

const Check = z.object({ status: z.enum(['pass', 'fail', 'not_applicable']), code: z.string(), detail: z.string() });

export const CredentialTest = z.object({
  status: z.enum(['pass', 'fail']),
  verification_evidence_id: z.uuid().nullable(),
  evidence_expires_at: timestamp.nullable(),
  suggested_connection_name: z.string(),
  checks: z.object({ credentials_valid: Check, inbound_reachable: Check, outbound_authorized: Check }),
  failures: z.array(z.object({ check: z.enum(['credentials_valid', 'inbound_reachable', 'outbound_authorized']), code: z.string(), detail: z.string() })),
});

export const NameSuggestion = z.object({ suggested_connection_name: z.string(), account_name: z.string().nullable() });

export const ApiKey = z.object({
  id,
  name: z.string(),
  key_prefix: z.string(),
  is_active: z.boolean(),
  created_at: timestamp,
  last_used_at: timestamp.nullable(),
  revoked_at: timestamp.nullable(),
});

export const CreatedApiKey = ApiKey.extend({ key: z.string().describe('Shown once: store it now.') });

export const CreateApiKeyBody = z.strictObject({ name: z.string().min(1).max(200).default('API key') });

const Capabilities = z.object({ voice: z.boolean(), sms: z.boolean(), mms: z.boolean() });

export const AvailableNumber = z.object({
  phone_number: z.string().describe('E.164'),
  friendly_name: z.string(),
  provider_number_id: z.string(),
  country: z.string().nullable(),
  capabilities: Capabilities,
});

/** `limit` and `offset` of the large lists: either one turns the plain array into an envelope. */
const whole = (message: string) => z.string().regex(/^\d{1,7}$/, message);
const listWindow = {
  limit: whole('must be between 1 and 1000')
    .refine((v) => Number(v) >= 1 && Number(v) <= 1000, 'must be between 1 and 1000')
    .optional()
    .describe('Page size, 1 to 1000 (default 100). With limit or offset the answer is {items, total, limit, offset}.'),
  offset: whole('must be a whole number up to 1000000')
    .refine((v) => Number(v) <= 1_000_000, 'must be a whole number up to 1000000')
    .optional()
    .describe('Items to skip (default 0)'),
};

/** A large list: the plain array, or with limit/offset one window of it with the total. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.union([
    z.array(item),
    z.object({ items: z.array(item), total: z.number().int().min(0), limit: z.number().int().min(1), offset: z.number().int().min(0) }),
  ]);
}

export const AvailableNumbersQuery = z.strictObject({
  contains: z.string().max(16).optional().describe('Digits the number contains'),
  country: z.string().length(2).optional().describe('ISO 3166 alpha-2'),
  capability: z.enum(['voice', 'sms', 'mms']).optional(),
  ...listWindow,
});

export const PhoneNumber = z.object({
  id,
  number: z.string().describe('E.164'),
  source: z.enum(['demo', 'voip']),
  status: z.enum(['provisioning', 'active', 'failed', 'released']),
  voip_connection_id: id.nullable(),
  voip_verification_status: z.enum(['unverified', 'verified', 'failed']),
  voip_last_verified_at: timestamp.nullable(),
  inbound_agent_id: id.nullable(),
  outbound_agent_id: id.nullable(),
  label: z.string().nullable(),
  friendly_name: z.string().nullable(),
  country: z.string().nullable(),
  capabilities: Capabilities,
  created_at: timestamp,
  updated_at: timestamp,
});

export const PhoneNumbersQuery = z.strictObject({
  voip_connection_id: z.string().regex(/^\d+$/).optional(),
  status: z.enum(['provisioning', 'active', 'failed', 'released']).optional(),
  ...listWindow,
});

export const ImportNumbersBody = z.strictObject({
  numbers: z.array(z.string().max(32)).min(1).max(1000).describe('E.164 numbers, up to 1,000'),
});

export const ImportNumbersResponse = z.object({
  results: z.array(
    z.object({
      number: z.string(),
      outcome: z.enum(['imported', 'already_imported', 'failed']),
      code: z.enum(['invalid_number', 'not_in_account', 'number_in_other_org']).nullable(),
      phone_number: PhoneNumber.nullable(),
    }),
  ),
  imported: z.number().int(),
  already_imported: z.number().int(),
  failed: z.number().int(),
});

export const UpdatePhoneNumberBody = z.strictObject({
  inbound_agent_id: id.nullable().optional(),
  outbound_agent_id: id.nullable().optional(),
  label: z.string().max(200).nullable().optional(),
});

const VerificationCheck = z.object({ status: z.enum(['pass', 'fail', 'not_applicable']), code: z.string(), detail: z.string() });

export const VerifiedPhoneNumber = PhoneNumber.extend({
  verification: z.object({
    status: z.enum(['verified', 'failed']),
    checks: z.object({ inbound_routing: VerificationCheck, outbound_authorization: VerificationCheck }),
    failures: z.array(z.object({ check: z.enum(['inbound_routing', 'outbound_authorization']), code: z.string(), detail: z.string() })),
  }),
});
