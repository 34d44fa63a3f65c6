import { builder } from '../builder';

/**
 * GraphQL enum values are capitals; the domain (and REST) use the lowercase strings. Each value
 * carries its description, for GraphiQL.
 */
function lowercaseEnum<const V extends string>(name: string, description: string, values: Record<V, string>) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(Object.entries<string>(values).map(([v, d]) => [v.toUpperCase(), { value: v, description: d }])) as Record<Uppercase<V>, { value: V; description: string }>,
  });
}

export const ProviderEnum = lowercaseEnum('Provider', 'A telephony provider, or any SIP trunk (MANUAL).', {
  twilio: 'Twilio (REST API 2010-04-01).',
  telnyx: 'Telnyx (API v2).',
  signalwire: 'SignalWire (Compatibility API on your Space).',
  vonage: 'Vonage, formerly Nexmo.',
  manual: 'Any SIP trunk, probed over SIP; its numbers are declared at import.',
});
export const SetupMethodEnum = lowercaseEnum('SetupMethod', 'How a connection is set up.', {
  api_key: "With the provider's API credentials (the default). Telnyx without a connectionId: Trunkline sets routing up itself.",
  guided_telnyx: 'Telnyx only: Trunkline creates (or reuses) its own FQDN connection and outbound voice profile.',
  manual: 'A SIP trunk: its domain, and a username and password if it authenticates.',
});
export const ConnectionStatusEnum = lowercaseEnum('ConnectionStatus', 'Where a connection stands.', {
  pending: 'Saved, not tested yet.',
  testing: 'A retest is running.',
  connected: 'The last test passed: numbers can be listed, imported and verified.',
  error: 'The last test failed or the provider refused the credentials; lastError says why.',
});
export const CheckStatusEnum = lowercaseEnum('CheckStatus', 'The outcome of one check.', {
  pass: 'The check passed.',
  fail: 'The check failed; its detail says what to fix.',
  not_applicable: 'The check does not apply here (or could not run); it does not fail the test.',
  not_checked: 'The check could not run (a test call with no number to call, or an arrival whose signature could not be checked); its detail says why. It fails nothing.',
});
export const TestCallPurposeEnum = lowercaseEnum('TestCallPurpose', 'Why a test call was placed.', {
  verification: 'As part of verify-voip.',
  test: 'On demand (testCall, REST test-call).',
});
export const TestCallStatusEnum = lowercaseEnum('TestCallStatus', 'Where a test call stands.', {
  running: 'Its calls are being placed or awaited.',
  finished: 'Done: its checks are final.',
  abandoned: 'Its instance stopped before it finished.',
});
export const CallLegRoleEnum = lowercaseEnum('CallLegRole', 'Which check a call proves.', {
  outbound: 'A call from the number: it can call out with itself as caller ID.',
  inbound: 'A call to the number: calls to it reach the platform.',
});
export const CallLegPlacerEnum = lowercaseEnum('CallLegPlacer', 'Whose account placed a call.', {
  customer: "The number's own connection.",
  line: "The operator's verification line.",
});
export const CallLegEventKindEnum = lowercaseEnum('CallLegEventKind', 'What happened to a call.', {
  placed: 'The provider accepted the request to place it.',
  status: 'The provider reported its progress (see status and carrierCode).',
  arrived: "It arrived at Trunkline's ingress, with a valid signature (or from a trusted SIP source).",
  unauthenticated: 'A matching call arrived whose signature could not be checked: noted, proves nothing.',
  rejected: 'Trunkline refused it before answer (busy): it was never answered.',
  canceled: 'Trunkline cancelled it after the bound, as nothing arrived.',
  refused: 'The provider refused to place it (see carrierCode).',
  error: 'The provider could not be reached.',
});
export const CallLegStatusEnum = lowercaseEnum('CallLegStatus', "A call's progress, in one vocabulary for every provider.", {
  placed: 'Accepted by the provider.',
  ringing: 'The far end is alerted.',
  answered: 'Answered (never by Trunkline).',
  busy: 'Refused busy (SIP 486).',
  rejected: 'Refused (SIP 603).',
  no_answer: 'Not answered in time.',
  failed: 'Could not be completed as dialled.',
  canceled: 'Cancelled before an answer.',
  completed: 'Ended after an answer.',
});
export const CheckNameEnum = lowercaseEnum('CheckName', 'The three checks of a credential test.', {
  credentials_valid: 'The provider (or the SIP trunk) accepts the credentials.',
  inbound_reachable: 'Calls to the numbers can reach the platform.',
  outbound_authorized: 'Calls from the numbers are allowed.',
});
export const TestStatusEnum = lowercaseEnum('TestStatus', 'Whether a credential test passed.', {
  pass: 'No check failed: verificationEvidenceId is set.',
  fail: 'At least one check failed: see failures.',
});
export const PhoneNumberStatusEnum = lowercaseEnum('PhoneNumberStatus', 'Lifecycle of a phone number.', {
  provisioning: 'Imported, not verified yet: run verifyPhoneNumber.',
  active: 'Verified: inbound routing and outbound authorization both passed.',
  failed: 'Could not be provisioned.',
  released: 'Released: its provider routing was put back; it may be imported again.',
});
export const VerificationStatusEnum = lowercaseEnum('VoipVerificationStatus', 'Result of the last verification of a number.', {
  unverified: 'Never verified.',
  verified: 'The last verification passed.',
  failed: 'The last verification failed; fix what it said and verify again.',
});
export const NumberSourceEnum = lowercaseEnum('PhoneNumberSource', 'Where a phone number came from.', {
  demo: 'A demo number of the platform.',
  voip: "Imported from the organization's own provider account.",
});
export const CapabilityEnum = lowercaseEnum('Capability', 'A number capability.', {
  voice: 'Voice calls.',
  sms: 'SMS messages.',
  mms: 'MMS messages.',
});
export const ImportStateEnum = builder.enumType('ImportState', {
  description: 'Whether this organization can import a provider number.',
  values: {
    AVAILABLE: { value: 'available', description: 'This organization does not hold it: it can be imported.' },
    IMPORTED_HERE: { value: 'imported_here', description: 'Already imported by this organization.' },
    // Kept so existing documents still validate; never produced (see domain/available-numbers.ts).
    IN_OTHER_ORG: {
      value: 'in_other_org',
      description: 'Never returned.',
      deprecationReason: 'No answer tells which numbers other organizations hold: a number another organization has proven is left out of availableNumbers.',
    },
  } as const,
});
export const ImportOutcomeEnum = lowercaseEnum('ImportOutcome', 'What happened to one number of an import.', {
  imported: 'Imported now; it starts PROVISIONING.',
  already_imported: 'This organization already held it; nothing changed.',
  failed: 'Not imported; code says why.',
});
export const SipTransportEnum = lowercaseEnum('SipTransport', 'SIP transport of a trunk.', {
  udp: 'UDP (the default), port 5060.',
  tcp: 'TCP, port 5060.',
  tls: 'TLS, port 5061.',
});
