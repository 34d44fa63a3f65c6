import type { z } from 'zod';
import type { CallOptions } from './http-client';
import type { CallingAdapter } from './calls';

export const PROVIDER_IDS = ['twilio', 'telnyx', 'signalwire', 'vonage', 'manual'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export const SETUP_METHODS = ['api_key', 'guided_telnyx', 'manual'] as const;
export type SetupMethod = (typeof SETUP_METHODS)[number];

export const CHECK_NAMES = ['credentials_valid', 'inbound_reachable', 'outbound_authorized'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

/** not_checked: a check that could not run (a test call with nothing to call), which does not fail a verification. */
export type CheckStatus = 'pass' | 'fail' | 'not_applicable' | 'not_checked';

/** One check's outcome: a machine code and a sentence safe to show (no secret, no raw provider body). */
export interface CheckResult {
  status: CheckStatus;
  code: string;
  detail: string;
}

export type Checks = Record<CheckName, CheckResult>;

export interface TestOutcome {
  checks: Checks;
  /** The account's display name, when the provider has one. */
  accountName: string | null;
  /** e.g. "Twilio: Acme Main (+15550001234)". */
  suggestedName: string;
}

export interface Capabilities {
  voice: boolean;
  sms: boolean;
  mms: boolean;
}

export interface ProviderNumber {
  phoneNumber: string;
  providerNumberId: string;
  friendlyName: string;
  country: string | null;
  capabilities: Capabilities;
}

/** What identifies a number at its provider. */
export type NumberRef = Pick<ProviderNumber, 'phoneNumber' | 'providerNumberId' | 'country'>;

/** Where we want a number's inbound voice to go. */
export interface InboundTarget {
  voiceUrl: string;
  sipUri: string;
}

/** A provider's own routing settings for one number, kept so a release can restore them. */
export type RoutingSnapshot = Record<string, string | null>;

/** Describes one input field so a frontend can draw the form. */
export interface FieldSpec {
  name: string;
  label: string;
  required: boolean;
  secret: boolean;
  description: string;
}

/** The static half of a provider: what it needs from a customer, for validation and for forms. */
export interface ProviderDefinition<C = any, S = any> {
  readonly id: ProviderId;
  readonly displayName: string;
  readonly setupMethods: readonly SetupMethod[];
  /** Accepts snake_case (and the guide's camelCase aliases); outputs canonical snake_case. */
  readonly credentialsSchema: z.ZodType<C>;
  readonly sipConfigSchema: z.ZodType<S>;
  readonly credentialFields: readonly FieldSpec[];
  readonly sipConfigFields: readonly FieldSpec[];
  /**
   * Where the credentials are sent, when the customer's sip_config decides it (a SIP trunk's
   * transport, host and port), as one comparable string. Evidence covers it, stored credentials
   * carry the one they were tested against (TESTED_DESTINATION), and changing it takes the
   * credentials again with fresh evidence. Absent when the provider's host is the operator's.
   */
  destinationOf?(sipConfig: S): string;
}

/**
 * The key under which stored credentials carry their destination (see destinationOf). Never
 * input: every credential schema is strict, so a caller cannot set it.
 */
export const TESTED_DESTINATION = 'tested_destination';

/**
 * A provider's definition plus the calls that reach it, and the test calls it places (issue 24).
 * The calling members are optional until every adapter has them (the SIP trunk's placeCall).
 */
export interface ProviderAdapter<C = any, S = any> extends ProviderDefinition<C, S>, Partial<CallingAdapter<C, S>> {

  test(credentials: C, sipConfig: S, opts?: CallOptions): Promise<TestOutcome>;
  /** Every number in the account, following the provider's own paging to the end. */
  listNumbers(credentials: C, sipConfig: S, opts?: CallOptions): Promise<ProviderNumber[]>;
  /** Points the number's inbound voice at us; returns the routing it replaced. */
  configureInbound(credentials: C, sipConfig: S, number: NumberRef, target: InboundTarget, opts?: CallOptions): Promise<RoutingSnapshot>;
  /** Puts back routing returned by configureInbound. */
  restoreInbound(credentials: C, sipConfig: S, number: NumberRef, previous: RoutingSnapshot, opts?: CallOptions): Promise<void>;
  checkOutbound(credentials: C, sipConfig: S, number: NumberRef, opts?: CallOptions): Promise<CheckResult>;
  /** Rules that tie the credentials to the setup method (e.g. guided Telnyx makes its own connection). */
  setupIssues?(method: SetupMethod, credentials: C): { path: string; message: string }[];
  /**
   * Routing the gateway sets up itself, at create and rotation: creates (or finds by name) the
   * provider-side resources and returns the read-only sip_config entries that record them;
   * null when the credentials name routing of their own.
   */
  provision?(credentials: C, target: InboundTarget, opts?: CallOptions): Promise<Record<string, string> | null>;
}

export const pass = (code: string, detail: string): CheckResult => ({ status: 'pass', code, detail });
export const fail = (code: string, detail: string): CheckResult => ({ status: 'fail', code, detail });
export const notApplicable = (code: string, detail: string): CheckResult => ({ status: 'not_applicable', code, detail });

/** Routing changes rejected by the provider surface as this, so verification can name the failed check. */
export class RoutingRejectedError extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

/** Credentials stored on a connection no longer work (revoked, suspended). */
export class CredentialsRejectedError extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

export function suggestName(provider: string, accountName: string | null, firstNumber: string | null): string {
  const label = accountName ?? firstNumber;
  if (!label) return provider;
  return accountName && firstNumber ? `${provider}: ${accountName} (${firstNumber})` : `${provider}: ${label}`;
}

export function outcome(
  provider: string,
  credentials: CheckResult,
  inbound: CheckResult,
  outbound: CheckResult,
  accountName: string | null,
  firstNumber: string | null,
): TestOutcome {
  return {
    checks: { credentials_valid: credentials, inbound_reachable: inbound, outbound_authorized: outbound },
    accountName,
    suggestedName: suggestName(provider, accountName, firstNumber),
  };
}

/** The credentials themselves failed: the other checks could not run. */
export function rejectedOutcome(provider: string, failure: CheckResult): TestOutcome {
  const skipped = notApplicable('not_checked', 'Not checked: the credentials were not accepted.');
  return { checks: { credentials_valid: failure, inbound_reachable: skipped, outbound_authorized: skipped }, accountName: null, suggestedName: provider };
}
