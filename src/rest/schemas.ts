import { z } from 'zod';
import { AUDIT_ACTIONS, AUDIT_TARGETS } from '../domain/audit';
import { AgentId, CountryCode, DisplayName, ImportList, Label, NumberSearch } from '../domain/input-rules';
import { PROVIDER_IDS, SETUP_METHODS } from '../providers/types';
import { WEBHOOK_EVENT_TYPES } from '../domain/webhook-event-types';
import { SETTABLE_WEBHOOK_STATUSES, WebhookEvents, WebhookLabel, WebhookUrl } from '../domain/webhook-input';
import { notAScope, SCOPES } from '../domain/scopes';

/**
 * The shapes of the /v1 API, as zod schemas. They validate request bodies (unknown fields are
 * refused) and generate the OpenAPI document, where each named one is a component schema that
 * SDK generators turn into a named type; tests validate responses against that document.
 */

/** Named request shapes (as clients send them: defaults are optional). */
export const requestSchemas = z.registry<{ id: string }>();
/** Named response shapes (as the server sends them). */
export const responseSchemas = z.registry<{ id: string }>();

function named<T extends z.ZodType>(registry: typeof requestSchemas, id: string, description: string, schema: T): T {
  const described = schema.describe(description) as T;
  registry.add(described, { id });
  return described;
}
const request = <T extends z.ZodType>(id: string, description: string, schema: T) => named(requestSchemas, id, description, schema);
const response = <T extends z.ZodType>(id: string, description: string, schema: T) => named(responseSchemas, id, description, schema);

const timestamp = z.iso.datetime().describe('ISO 8601 UTC');
const id = z.number().int().positive();
const provider = z.enum(PROVIDER_IDS).describe('twilio, telnyx, signalwire, vonage, or manual (any SIP trunk)');
const setupMethod = z.enum(SETUP_METHODS).describe("Defaults to the provider's first: api_key (manual for SIP trunks). Telnyx also has guided_telnyx.");

export const Problem = response('Problem', 'An error: a sentence for people and a stable machine code.', z.object({
  detail: z.string().describe('What went wrong, safe to show; never contains a credential.'),
  code: z.string().describe('Machine code, e.g. evidence_reused, not_found, provider_unavailable. Every code is explained at [/docs/errors](/docs/errors).'),
  required_scope: z.string().optional().describe('With insufficient_scope (403) only: the scopes the request needs that the API key lacks, space-separated.'),
}));

export const ValidationProblem = response('ValidationProblem', 'Invalid input: each invalid field with what is wrong with it.', Problem.extend({
  fields: z.record(z.string(), z.array(z.string())).describe('Field path (e.g. credentials.account_sid) → its problems.'),
}));

/** Either error body, for tests that parse one without knowing which. */
export const ErrorBody = Problem.extend({ fields: ValidationProblem.shape.fields.optional() });

export const Credentials = z
  .record(z.string(), z.unknown())
  .describe("The provider's credential fields, snake_case or camelCase (GraphQL `providers` lists them). Write-only: never returned.");

export const SipConfig = request('SipConfigInput', 'SIP settings: where a SIP trunk is; for Telnyx, an optional domain hint.', z.strictObject({
  domain: z.string().max(253).optional().describe('SIP trunk host, or the Telnyx SIP domain hint'),
  port: z.number().int().min(1).max(65535).optional().describe('SIP trunk port (5060; 5061 for TLS)'),
  transport: z.enum(['udp', 'tcp', 'tls']).optional().describe('SIP trunk transport (default udp)'),
}));

export const ConnectionSipConfig = response('ConnectionSipConfig', 'A connection\'s SIP settings, redacted: no secret is ever here.', z.object({
  domain: z.string().optional().describe('SIP trunk host, or the Telnyx domain hint'),
  port: z.number().int().optional().describe('SIP trunk port'),
  transport: z.enum(['udp', 'tcp', 'tls']).optional().describe('SIP trunk transport'),
  fqdn_connection_id: z.string().optional().describe('Telnyx, set up by Trunkline: the FQDN connection numbers route to'),
  outbound_voice_profile_id: z.string().optional().describe('Telnyx, set up by Trunkline: its outbound voice profile'),
  has_credentials: z.boolean().describe('Whether sealed credentials are on file'),
}));

export const Connection = response('Connection', "A connection to an organization's own provider account. Credentials are never returned.", z.object({
  id: id.describe('Connection id'),
  name: z.string().describe('Display name'),
  provider,
  setup_method: setupMethod,
  status: z.enum(['pending', 'testing', 'connected', 'error']).describe('connected once tested; error when the provider refuses the credentials'),
  inferred_name: z.boolean().describe('True when the name was auto-generated'),
  sip_config: ConnectionSipConfig,
  last_tested_at: timestamp.nullable().describe('Last successful credential test'),
  numbers_imported: z.number().int().min(0).describe('Phone numbers imported through this connection (not released)'),
  created_at: timestamp,
  updated_at: timestamp,
}));

export const ConnectionList = response('ConnectionList', 'Connections, newest first.', z.array(Connection));

export const CreateConnectionBody = request('CreateConnectionRequest', 'A connection to create, from credentials that passed POST /v1/voip-connections/test.', z.strictObject({
  provider,
  name: DisplayName.optional().describe('Defaults to the suggested name of the test'),
  setup_method: setupMethod.optional(),
  credentials: Credentials,
  sip_config: SipConfig.optional(),
  verification_evidence_id: z.string().max(64).optional().describe('From POST /v1/voip-connections/test (single use); required'),
}));

export const UpdateConnectionBody = request('UpdateConnectionRequest', 'What to change; fields left out stay as they are.', z.strictObject({
  name: DisplayName.optional().describe('A new display name'),
  credentials: Credentials.optional(),
  sip_config: SipConfig.optional(),
  verification_evidence_id: z.string().max(64).optional().describe('Required if credentials is present: from a fresh test of them'),
}));

export const TestCredentialsBody = request('TestCredentialsRequest', 'Credentials to test, exactly as create will be given them.', z.strictObject({
  provider,
  credentials: Credentials,
  sip_config: SipConfig.optional(),
  setup_method: setupMethod.optional(),
}));

const checkStatus = z.enum(['pass', 'fail', 'not_applicable', 'not_checked']);
export const Check = response('Check', 'One check: its status, a machine code and a sentence for people.', z.object({
  status: checkStatus,
  code: z.string().describe('e.g. credentials_rejected, sip_auth_required, guided_setup; every code is explained at [/docs/errors](/docs/errors)'),
  detail: z.string().describe('What was found, and on a failure what to fix'),
}));

export const Checks = response('Checks', 'The three checks of a credential test.', z.object({
  credentials_valid: Check,
  inbound_reachable: Check,
  outbound_authorized: Check,
}));

export const CheckFailure = response('CheckFailure', 'A failed check, to fix at the provider before testing again.', z.object({
  check: z.enum(['credentials_valid', 'inbound_reachable', 'outbound_authorized']),
  code: z.string(),
  detail: z.string(),
}));

export const CredentialTest = response('CredentialTest', 'The outcome of a credential test; on pass, single-use evidence for create.', z.object({
  status: z.enum(['pass', 'fail']),
  verification_evidence_id: z.uuid().nullable().describe('On pass: give it to create (or PATCH) with the same credentials'),
  evidence_expires_at: timestamp.nullable(),
  suggested_connection_name: z.string(),
  checks: Checks,
  failures: z.array(CheckFailure),
}));

export const NameSuggestion = response('NameSuggestion', 'A display name inferred from the provider account.', z.object({
  suggested_connection_name: z.string(),
  account_name: z.string().nullable(),
}));

export const ApiKey = response('ApiKey', 'An API key; its secret is shown only once, at creation.', z.object({
  id,
  name: z.string(),
  key_prefix: z.string().describe('sk_live_ and 7 hex characters'),
  is_active: z.boolean(),
  created_at: timestamp,
  last_used_at: timestamp.nullable(),
  revoked_at: timestamp.nullable(),
  scopes: z.array(z.enum(SCOPES)).describe('What the key may do, fixed at creation (with what each scope implies).'),
}));

export const ApiKeyList = response('ApiKeyList', "The organization's API keys, newest first.", z.array(ApiKey));

export const CreatedApiKey = response('CreatedApiKey', 'A new API key with its secret, shown only here.', ApiKey.extend({ key: z.string().describe('Shown once: store it now.') }));

/** A scope name; an unknown one is named in the 400 when it is shaped like a scope (never arbitrary text). */
const ScopeName = z.enum(SCOPES, { error: (issue) => notAScope(issue.input) });

export const CreateApiKeyBody = request('CreateApiKeyRequest', 'A new API key.', z.strictObject({
  name: DisplayName.default('API key'),
  scopes: z
    .array(ScopeName)
    .min(1, 'must name at least one scope (omit it for every scope)')
    .max(SCOPES.length * 2)
    .optional()
    .describe('What the key may do; omitted: every scope. Only scopes the calling key holds itself (else 403 insufficient_scope); a scope brings what it implies (connections:write brings connections:read).'),
}));

const Capabilities = response('Capabilities', 'What a number can do.', z.object({ voice: z.boolean(), sms: z.boolean(), mms: z.boolean() }));

export const AvailableNumber = response('AvailableNumber', "A number in the connection's provider account that this organization can import.", z.object({
  phone_number: z.string().describe('E.164'),
  friendly_name: z.string(),
  provider_number_id: z.string(),
  country: z.string().nullable().describe('ISO 3166 alpha-2'),
  capabilities: Capabilities,
}));

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

/**
 * A large list: the plain array (at most PLAIN_LIST_CAP items), or one window of it with the
 * total — asked for with limit/offset, or answered without them when more than the cap match.
 */
export const PLAIN_LIST_CAP = 1000;
function listOf<T extends z.ZodType>(item: T, name: string, what: string) {
  const all = response(`${name}List`, `Every ${what}, when there are at most 1,000 of them.`, z.array(item).max(PLAIN_LIST_CAP));
  const page = response(`${name}Page`, `One window of the ${what}, with the total: asked for with limit or offset, or the first 1,000 (limit 1000, offset 0) when more than 1,000 match and neither was given.`, z.object({
    items: z.array(item),
    total: z.number().int().min(0).describe('How many match, over all windows'),
    limit: z.number().int().min(1),
    offset: z.number().int().min(0),
  }));
  return response(`${name}ListOrPage`, `Every ${what} (a plain array of at most 1,000), or one window of them: with limit or offset, or when more than 1,000 match.`, z.union([all, page]));
}

export const AvailableNumbersQuery = z.strictObject({
  contains: NumberSearch.optional().describe('Digits the number contains'),
  country: CountryCode.optional().describe('ISO 3166 alpha-2'),
  capability: z.enum(['voice', 'sms', 'mms']).optional().describe('Only numbers with this capability'),
  ...listWindow,
});

export const AvailableNumbers = listOf(AvailableNumber, 'AvailableNumber', 'importable number of the account');

export const PhoneNumber = response('PhoneNumber', 'A phone number of the organization. Imports start provisioning until verify-voip passes.', z.object({
  id,
  number: z.string().describe('E.164'),
  source: z.enum(['demo', 'voip']),
  status: z.enum(['provisioning', 'active', 'failed', 'released']),
  voip_connection_id: id.nullable().describe('The connection it was imported through; null once that is deleted'),
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
}));

export const PhoneNumbers = listOf(PhoneNumber, 'PhoneNumber', 'phone number of the organization, newest first');

export const PhoneNumbersQuery = z.strictObject({
  voip_connection_id: z.string().regex(/^\d+$/).optional().describe('Only numbers imported through this connection'),
  status: z.enum(['provisioning', 'active', 'failed', 'released']).optional().describe('Only numbers with this status'),
  ...listWindow,
});

export const ImportNumbersBody = request('ImportNumbersRequest', 'Numbers to import.', z.strictObject({
  numbers: ImportList.describe('E.164 numbers, up to 1,000'),
}));

export const ImportResult = response('ImportResult', 'What happened to one number of an import.', z.object({
  number: z.string(),
  outcome: z.enum(['imported', 'already_imported', 'failed']),
  code: z
    .enum(['invalid_number', 'not_in_account', 'number_limit_reached'])
    .nullable()
    .describe(
      'Why it failed: invalid_number; not_in_account (the provider account does not list it, or another organization has proven it: one answer for both); number_limit_reached (the organization holds TRUNKLINE_MAX_NUMBERS_PER_ORG numbers).',
    ),
  phone_number: PhoneNumber.nullable(),
}));

export const ImportNumbersResponse = response('ImportReport', 'One result per distinct number, and the counts.', z.object({
  results: z.array(ImportResult),
  imported: z.number().int(),
  already_imported: z.number().int(),
  failed: z.number().int(),
}));

export const UpdatePhoneNumberBody = request('UpdatePhoneNumberRequest', 'What to change; null unassigns an agent or clears the label.', z.strictObject({
  inbound_agent_id: AgentId.nullable().optional(),
  outbound_agent_id: AgentId.nullable().optional(),
  label: Label.nullable().optional(),
}));

export const CallCheck = response('CallCheck', 'A check proven (or not) by a real call.', z.object({
  status: checkStatus.describe('pass, fail, or not_checked (with why): a check that could not run fails nothing'),
  code: z.string().describe('Machine code, e.g. call_arrived, caller_id_not_allowed, call_not_arrived; explained at /docs/errors'),
  detail: z.string().describe('What happened'),
  carrier_code: z.string().nullable().describe("The carrier's own code where there is one: Twilio 21210, Telnyx D53, SIP 403"),
  fix: z.string().nullable().describe('What to change at the provider, on a failure'),
}));

const CallLegEvent = z.object({
  kind: z.enum(['placed', 'status', 'arrived', 'unauthenticated', 'rejected', 'canceled', 'refused', 'error']).describe('What happened: see CallLegEventKind in the GraphQL schema'),
  status: z.enum(['placed', 'ringing', 'answered', 'busy', 'rejected', 'no_answer', 'failed', 'canceled', 'completed']).nullable(),
  provider_status: z.string().nullable().describe("The provider's own word for it"),
  carrier_code: z.string().nullable(),
  transport: z.string().nullable().describe('http, sip-udp, sip-tcp or sip-tls, for an arrival'),
  ms: z.number().int().min(0).describe('Milliseconds since the test call started'),
  at: timestamp,
});

export const TestCall = response('TestCall', 'Two real, never-answered calls that prove a number: one from it, one to it.', z.object({
  id,
  phone_number_id: id,
  purpose: z.enum(['verification', 'test']),
  status: z.enum(['running', 'finished', 'abandoned']),
  checks: z.object({ outbound_call: CallCheck, inbound_call: CallCheck }),
  legs: z.array(z.object({
    role: z.enum(['outbound', 'inbound']).describe('outbound: from the number; inbound: to it'),
    placed_by: z.enum(['customer', 'line']).describe("customer: the number's connection; line: the operator's verification line"),
    provider: z.enum(['twilio', 'telnyx', 'signalwire', 'vonage', 'manual']),
    from: z.string(),
    to: z.string(),
    timeline: z.array(CallLegEvent),
  })),
  created_at: timestamp,
  finished_at: timestamp.nullable(),
}));

export const Verification = response('Verification', 'The outcome of verify-voip.', z.object({
  status: z.enum(['verified', 'failed']),
  checks: z.object({ inbound_routing: Check, outbound_authorization: Check, outbound_call: CallCheck, inbound_call: CallCheck }),
  failures: z.array(z.object({ check: z.enum(['inbound_routing', 'outbound_authorization', 'outbound_call', 'inbound_call']), code: z.string(), detail: z.string() })),
  test_call: TestCall.nullable().describe('The calls placed, with their timelines; null when none was placed'),
}));

export const VerifiedPhoneNumber = response('VerifiedPhoneNumber', 'A phone number after verify-voip, with what was checked.', PhoneNumber.extend({ verification: Verification }));

export const Health = response('Health', 'The process is up.', z.object({ ok: z.literal(true) }));
export const Readiness = response('Readiness', 'The database answers.', z.object({ ok: z.literal(true), database: z.literal('ok') }));
export const OpenApiDocument = response('OpenApiDocument', 'An OpenAPI 3.1 document.', z.record(z.string(), z.unknown()));

export const AuditEvent = response('AuditEvent', 'One write, recorded in the same transaction as the write. The trail is append-only.', z.object({
  id,
  action: z.enum(AUDIT_ACTIONS).describe('What happened, e.g. connection.credentials_rotated'),
  actor: z
    .object({
      type: z.enum(['api_key', 'connect_link', 'system']).describe('api_key; connect_link for whoever opened a connect link; or system for re-checks and the command line'),
      api_key_id: id.nullable().describe('The key that made the change'),
      key_prefix: z.string().nullable().describe('The first characters of that key'),
      connect_link_id: id.nullable().describe('The connect link through which the change was made'),
    })
    .describe('Who made the change: never the key or link token itself'),
  target_type: z.enum(AUDIT_TARGETS),
  target_id: z.string().describe("The object's id"),
  summary: z.record(z.string(), z.string().nullable()).describe('A small summary as text: ids, counts, codes, names; never a secret'),
  request_id: z.string().nullable().describe('The X-Request-Id of the request that made it'),
  created_at: timestamp,
}));

export const AuditEventPage = response('AuditEventPage', "One window of the organization's audit events, newest first, with the total.", z.object({
  items: z.array(AuditEvent),
  total: z.number().int().min(0).describe('How many match, over all windows'),
  limit: z.number().int().min(1),
  offset: z.number().int().min(0),
}));

export const AuditEventsQuery = z.strictObject({
  action: z.enum(AUDIT_ACTIONS).optional().describe('Only this action'),
  target_type: z.enum(AUDIT_TARGETS).optional().describe('Only events about this kind of object'),
  target_id: z.string().max(64).optional().describe('Only events about this object'),
  since: z.iso.datetime().optional().describe('Only events at or after this time (ISO 8601)'),
  until: z.iso.datetime().optional().describe('Only events before this time (ISO 8601)'),
  ...listWindow,
});


// ——— Webhook endpoints (issue 25) ———

const webhookEventType = z.enum(WEBHOOK_EVENT_TYPES).describe('An event type');
const WEBHOOK_URL = 'Where events are POSTed: https://…, or http://localhost / 127.0.0.1 for development. Hosts that resolve to private, loopback, link-local or metadata addresses are refused.';
const WEBHOOK_EVENTS = `The event types to receive, at least one (repeats are dropped): ${WEBHOOK_EVENT_TYPES.join(', ')}`;

export const WebhookEndpoint = response('WebhookEndpoint', 'Where the organization receives its lifecycle events, signed per Standard Webhooks. The signing secret is shown only at creation and rotation.', z.object({
  id,
  label: z.string(),
  url: z.string().describe('Where events are POSTed'),
  events: z.array(webhookEventType).describe('The event types it receives'),
  status: z.enum(['active', 'failing', 'disabled']).describe('failing after 24 hours of failed attempts (still retried; the next 2xx makes it active); disabled by its owner'),
  secret_hint: z.string().describe('The end of the signing secret (whsec_…abcd), to recognise it'),
  created_at: timestamp,
  updated_at: timestamp,
}));

export const WebhookEndpointList = response('WebhookEndpointList', "The organization's webhook endpoints (at most 20), newest first.", z.array(WebhookEndpoint).max(20));

export const WebhookEndpointWithSecret = response('WebhookEndpointWithSecret', 'An endpoint with its signing secret, shown only here (at creation and on rotation).', WebhookEndpoint.extend({
  secret: z.string().describe('The signing secret, whsec_… (Standard Webhooks). Shown once: store it now.'),
}));

export const CreateWebhookEndpointBody = request('CreateWebhookEndpointRequest', 'A new webhook endpoint.', z.strictObject({
  label: WebhookLabel.describe('A name to recognise it by, 1 to 120 characters'),
  url: WebhookUrl.describe(WEBHOOK_URL),
  events: WebhookEvents.describe(WEBHOOK_EVENTS),
}));

export const UpdateWebhookEndpointBody = request('UpdateWebhookEndpointRequest', 'What to change; fields left out stay as they are.', z.strictObject({
  label: WebhookLabel.optional().describe('A new label, 1 to 120 characters'),
  url: WebhookUrl.optional().describe(WEBHOOK_URL),
  events: WebhookEvents.optional().describe(`Replaces the list. ${WEBHOOK_EVENTS}`),
  status: z.enum(SETTABLE_WEBHOOK_STATUSES).optional().describe('active or disabled (failing is not set by hand); active also forgets past failures'),
}));

export const WebhookAttempt = response('WebhookAttempt', 'One try at delivering an event.', z.object({
  at: timestamp,
  status_code: z.number().int().nullable().describe("The receiver's HTTP status; null when no answer came (timeout, refused address, connection error)"),
  latency_ms: z.number().int().min(0),
  response_excerpt: z.string().nullable().describe('The first bytes of the answer (at most 1 KiB, as UTF-8)'),
  error: z.string().nullable().describe('Why no answer came, or why the address was refused'),
}));

export const WebhookDelivery = response('WebhookDelivery', 'One event owed to one endpoint, with every attempt made at it (oldest first).', z.object({
  id,
  event_id: z.string().describe('msg_…: the webhook-id header and the body id, the same on every retry'),
  event_type: webhookEventType,
  status: z.enum(['pending', 'delivered', 'failed']).describe('failed once retries ran out (after at least 24 hours); retry sends it again'),
  attempts: z.array(WebhookAttempt),
  next_attempt_at: timestamp.nullable().describe('When the next attempt is due (pending only)'),
  last_status_code: z.number().int().nullable(),
  created_at: timestamp,
  finished_at: timestamp.nullable().describe('When it was delivered, or failed for good'),
}));

export const WebhookDeliveries = listOf(WebhookDelivery, 'WebhookDelivery', 'delivery of the endpoint, newest first');

export const WebhookDeliveriesQuery = z.strictObject({ ...listWindow });

export const ConnectLink = response('ConnectLink', "A single-use link that lets someone without an API key (a customer's IT admin) test carrier credentials and create one connection for this organization, in the console at /connect/{token}. Its token is shown once, in the url of the creation's answer; only a hash of it is stored.", z.object({
  id,
  label: z.string().describe('A name to recognise it by; its opener sees it too'),
  provider: provider.nullable().describe('The provider its connection must be at, or null: the opener chooses'),
  suggested_name: z.string().nullable().describe('The connection name the console proposes to its opener'),
  allow_available_numbers: z.boolean().describe("Whether its opener may list the new connection's available numbers once it is created"),
  state: z.enum(['pending', 'used', 'expired', 'revoked']).describe('pending until used, expired or revoked; used once it created its connection'),
  expires_at: timestamp,
  created_at: timestamp,
  used_at: timestamp.nullable(),
  revoked_at: timestamp.nullable(),
  connection_id: id.nullable().describe('The connection it created'),
}));

export const ConnectLinkWithUrl = response('ConnectLinkWithUrl', 'A new connect link with its URL, shown only here.', ConnectLink.extend({
  url: z.string().describe('The console page that opens the link, /connect/{token}: send it to whoever holds the credentials. Shown once.'),
}));

export const ConnectLinks = listOf(ConnectLink, 'ConnectLink', 'connect link of the organization, newest first');

export const ConnectLinksQuery = z.strictObject({ ...listWindow });

export const CreateConnectLinkBody = request('CreateConnectLinkRequest', 'A new connect link.', z.strictObject({
  label: DisplayName.describe('A name to recognise it by, 1 to 200 characters; its opener sees it'),
  provider: provider.optional().describe('The provider the connection must be at; omitted: the opener chooses'),
  suggested_name: DisplayName.optional().describe('A connection name for the console to propose'),
  expires_at: z.iso.datetime({ offset: true }).optional().describe('When it stops opening: in the future, at most 30 days ahead. Omitted: 7 days from now'),
  allow_available_numbers: z.boolean().optional().describe("Let its opener list the new connection's available numbers once it is created (default false)"),
}));
