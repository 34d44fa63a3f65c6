import type { Generated } from 'kysely';

/**
 * Table shapes as stored. Both engines store the same primitive types so that rows come back
 * identical: timestamps are ISO-8601 UTC text (sortable as text), booleans are 0/1 integers,
 * structured values are JSON text. Repositories turn rows into domain objects.
 */
export interface OrganizationsTable {
  id: Generated<number>;
  name: string;
  created_at: string;
  /** Its phone-number rows, kept by the transaction that inserts them. */
  phone_numbers_count: Generated<number>;
}

export interface ApiKeysTable {
  id: Generated<number>;
  organization_id: number;
  name: string;
  key_prefix: string;
  key_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  /** JSON array of scope names (migrations/0010_api_key_scopes.ts). */
  scopes: Generated<string>;
}

export interface VoipConnectionsTable {
  id: Generated<number>;
  organization_id: number;
  name: string;
  provider: string;
  setup_method: string;
  status: string;
  inferred_name: number;
  sip_config: string;
  /** AES-256-GCM envelope (see security/sealing.ts); never plaintext. */
  credentials_sealed: string;
  credentials_rotated_at: string | null;
  last_tested_at: string | null;
  last_error: string | null;
  /** Imported numbers not released, kept in step by the phone-number writes. */
  numbers_imported: Generated<number>;
  /** When the periodic re-check is next due; null: due now. */
  next_check_at: string | null;
  /** Re-checks in a row that could not reach the provider (their backoff). */
  recheck_failures: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface VerificationEvidenceTable {
  id: string;
  organization_id: number;
  provider: string;
  credentials_fingerprint: string;
  suggested_name: string;
  account_name: string | null;
  tested_at: string;
  expires_at: string;
  consumed_at: string | null;
  created_at: string;
}

/** One verification or on-demand test of a number (migration 0008). */
export interface TestCallsTable {
  id: Generated<number>;
  organization_id: number;
  phone_number_id: number;
  /** verification | test */
  purpose: string;
  /** running | finished | abandoned */
  status: string;
  /** JSON: the outbound_call and inbound_call checks, once finished. */
  checks: string | null;
  created_at: string;
  /** After this, a running row is taken to be abandoned (its instance died). */
  expires_at: string;
  finished_at: string | null;
}

/** One real call of a test call. */
export interface CallLegsTable {
  /** Random and unguessable: it is part of the status URL given to the provider. */
  id: string;
  test_call_id: number;
  organization_id: number;
  /** Which check the leg proves: outbound | inbound. */
  role: string;
  /** Whose account places it: customer (the number's connection) | line (the operator's verification line). */
  placed_by: string;
  /** The customer's connection that places the leg or owns its destination; null for a leg between line numbers. */
  connection_id: number | null;
  /** The placing account's provider. */
  provider: string;
  from_number: string;
  to_number: string;
  provider_call_id: string | null;
  placed_at: string;
  /** Until when an arrival of (from, to) is matched to this leg. */
  expires_at: string;
}

/** What happened to a leg, appended as it happens (placed, status, arrived, rejected, canceled, ended). */
export interface CallLegEventsTable {
  id: Generated<number>;
  leg_id: string;
  kind: string;
  status: string | null;
  carrier_code: string | null;
  /** JSON: transport, the provider's word, whether the arrival was authenticated… never a secret. */
  detail: string | null;
  sequence: number | null;
  at: string;
}

export interface PhoneNumbersTable {
  id: Generated<number>;
  organization_id: number;
  number: string;
  source: string;
  status: string;
  voip_connection_id: number | null;
  provider_number_id: string | null;
  friendly_name: string | null;
  country: string | null;
  capabilities: string;
  voip_verification_status: string;
  voip_last_verified_at: string | null;
  inbound_agent_id: number | null;
  outbound_agent_id: number | null;
  label: string | null;
  /** The provider-side routing this number had before we pointed it at us (JSON), for release. */
  previous_routing: string | null;
  last_verification: string | null;
  /** How the hold was established: `proven` (a provider inventory lists it) or `declared` (typed in on a SIP trunk). */
  claim: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface IdempotencyKeysTable {
  organization_id: number;
  key: string;
  request_hash: string;
  state: string;
  response_status: number | null;
  response_body: string | null;
  created_at: string;
  expires_at: string;
}

/** Links that let someone without an API key create one connection (migrations/0011_connect_links.ts). */
export interface ConnectLinksTable {
  id: Generated<number>;
  organization_id: number;
  label: string;
  provider: string | null;
  suggested_name: string | null;
  allow_available_numbers: number;
  token_hash: string;
  expires_at: string;
  created_at: string;
  created_by_api_key_id: number | null;
  used_at: string | null;
  connection_id: number | null;
  revoked_at: string | null;
}

export interface AuditEventsTable {
  id: Generated<number>;
  organization_id: number;
  actor_type: string;
  actor_api_key_id: number | null;
  actor_key_prefix: string | null;
  /** The connect link that acted (migrations/0011_connect_links.ts), when actor_type is connect_link. */
  actor_connect_link_id: Generated<number | null>;
  action: string;
  target_type: string;
  target_id: string;
  /** A small non-secret summary (JSON). */
  summary: string;
  request_id: string | null;
  created_at: string;
}

export interface JobLeasesTable {
  name: string;
  next_run_at: string;
}

export interface WebhookEndpointsTable {
  id: Generated<number>;
  organization_id: number;
  label: string;
  url: string;
  /** JSON array of event types. */
  events: string;
  status: string;
  secret_sealed: string;
  secret_hint: string;
  previous_secret_sealed: string | null;
  previous_secret_expires_at: string | null;
  failing_since: string | null;
  created_at: string;
  updated_at: string;
}

export interface WebhookEventsTable {
  id: string;
  organization_id: number;
  type: string;
  object_key: string;
  /** The exact body every endpoint receives. */
  payload: string;
  created_at: string;
}

export interface WebhookDeliveriesTable {
  id: Generated<number>;
  organization_id: number;
  endpoint_id: number;
  event_id: string;
  object_key: string;
  state: string;
  attempts: Generated<number>;
  next_attempt_at: string;
  lease_until: string | null;
  last_status_code: number | null;
  created_at: string;
  finished_at: string | null;
}

export interface WebhookAttemptsTable {
  id: Generated<number>;
  delivery_id: number;
  attempted_at: string;
  status_code: number | null;
  latency_ms: number;
  response_excerpt: string | null;
  error: string | null;
}

export interface Database {
  organizations: OrganizationsTable;
  api_keys: ApiKeysTable;
  voip_connections: VoipConnectionsTable;
  verification_evidence: VerificationEvidenceTable;
  phone_numbers: PhoneNumbersTable;
  test_calls: TestCallsTable;
  call_legs: CallLegsTable;
  call_leg_events: CallLegEventsTable;
  idempotency_keys: IdempotencyKeysTable;
  audit_events: AuditEventsTable;
  connect_links: ConnectLinksTable;
  job_leases: JobLeasesTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_events: WebhookEventsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
}
