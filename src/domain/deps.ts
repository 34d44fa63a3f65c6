import type { Kysely } from 'kysely';
import type { Clock } from '../clock';
import type { Database } from '../db/tables';
import type { Engine } from '../db/create-db';
import type { Logger } from '../logger';
import type { KeyRing } from '../security/sealing';
import type { ProviderRegistry } from '../providers/registry';
import type { EventBus } from '../events/bus';
import type { AuthCache } from './auth-cache';
import type { Limiter } from '../security/rate-limiter';
import type { VerificationLine } from './verification-line';
import type { WebhookWakeup } from './webhook-wakeup';
import type { Scope } from './scopes';

/** Where inbound calls to an imported number should go. */
export interface InboundTargets {
  voiceUrl: string;
  sipUri: string;
}

/**
 * Test calls (issue 24): where providers reach Trunkline's ingress, the operator's verification
 * line, how long a leg may take, and the organizations' budget.
 */
export interface TestCallSettings {
  /** The public origin of the HTTP ingress (TRUNKLINE_INGRESS_URL, else the listening address once known). */
  ingressOrigin(): string;
  /** The SIP URI of the SIP ingress, or null when none listens. */
  ingressSipUri(): string | null;
  line: VerificationLine | null;
  /** Whether verify-voip places the calls (TRUNKLINE_VERIFY_WITH_CALLS). */
  atVerification: boolean;
  /** A leg with no arrival and no final status is cancelled after this. */
  timeoutMs: number;
  /** Test calls per organization (15-minute window), verifications included. */
  budget: Limiter;
}

/** Webhooks (issue 25): which receivers may be reached, how long they have, and the worker's wake-up. */
export interface WebhookSettings {
  targets: Readonly<{
    /** http://localhost, 127.0.0.1 and [::1] on any port (development). */
    allowLocalhost: boolean;
    /** Private-network addresses (loopback, link-local and metadata stay refused). */
    allowPrivate: boolean;
    /** Ports beside 443 and 80. */
    extraPorts: readonly number[];
  }>;
  timeoutMs: number;
  wakeup: WebhookWakeup;
}

/** Everything the domain layer needs, and nothing of HTTP or GraphQL. */
export interface Deps {
  db: Kysely<Database>;
  engine: Engine;
  clock: Clock;
  keyRing: KeyRing;
  providers: ProviderRegistry;
  log: Logger;
  evidenceTtlSeconds: number;
  /** The platform: where Trunkline's ingress hands on every call that is not one of its test calls. */
  inbound: InboundTargets;
  testCalls: TestCallSettings;
  webhooks: WebhookSettings;
  /** Where the domain publishes its changes, after they commit. */
  events: EventBus;
  /** Active keys by hash, where revocations can be seen at once (see AuthCache). */
  authCache: AuthCache;
  /** How often connections are re-checked (TRUNKLINE_RECHECK_INTERVAL_SECONDS); 0: never. */
  recheckIntervalSeconds: number;
  /** Phone-number rows an organization may hold (TRUNKLINE_MAX_NUMBERS_PER_ORG). */
  maxNumbersPerOrg: number;
  /** Active API keys an organization may hold (TRUNKLINE_MAX_API_KEYS_PER_ORG). */
  maxApiKeysPerOrg: number;
  /** The public origin of the console, where connect links open (TRUNKLINE_CONSOLE_URL, else the listening address once known). */
  consoleOrigin(): string;
}

export interface Principal {
  organizationId: number;
  /** The caller's key; 0 for the system (periodic jobs, the command line). */
  apiKeyId: number;
  /** What the key may do (fixed when it was created); the system holds every scope. */
  scopes: readonly Scope[];
  /** The key's first characters, recorded in the audit trail. */
  keyPrefix?: string;
  /** The request this principal acts in, recorded in the audit trail. */
  requestId?: string;
  /**
   * Set when a connect link acts, not a key (issue 26): then apiKeyId is 0, scopes are empty, and
   * the link's own grant says what it may do (src/schema/field-scopes.ts, CONNECT_LINK_FIELDS).
   */
  connectLink?: ConnectLinkGrant;
}

/** Who calls, as a bucket or record key: `key:12` (the system is `key:0`), or `link:3` for a connect link. */
export const callerOf = (principal: Principal): string => (principal.connectLink ? `link:${principal.connectLink.id}` : `key:${principal.apiKeyId}`);

/** What an open connect link may still do: create its one connection while pending; afterwards, read what it made. */
export interface ConnectLinkGrant {
  id: number;
  state: 'pending' | 'used';
  /** The provider the link is for, or null: the opener chooses. */
  provider: string | null;
  allowAvailableNumbers: boolean;
  /** The connection it created, once used. */
  connectionId: number | null;
}
