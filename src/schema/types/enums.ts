import { builder } from '../builder';

/** GraphQL enum values are capitals; the domain (and REST) use the lowercase strings. */
function lowercaseEnum<const V extends string>(name: string, values: readonly V[], description: string) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(values.map((v) => [v.toUpperCase(), { value: v }])) as Record<Uppercase<V>, { value: V }>,
  });
}

export const ProviderEnum = lowercaseEnum('Provider', ['twilio', 'telnyx', 'signalwire', 'vonage', 'manual'], 'A telephony provider, or any SIP trunk (MANUAL).');
export const SetupMethodEnum = lowercaseEnum('SetupMethod', ['api_key', 'guided_telnyx', 'manual'], 'How a connection was set up.');
export const ConnectionStatusEnum = lowercaseEnum('ConnectionStatus', ['pending', 'testing', 'connected', 'error'], 'Where a connection stands.');
export const CheckStatusEnum = lowercaseEnum('CheckStatus', ['pass', 'fail', 'not_applicable'], 'The outcome of one check.');
export const CheckNameEnum = lowercaseEnum('CheckName', ['credentials_valid', 'inbound_reachable', 'outbound_authorized'], 'The three checks of a credential test.');
export const TestStatusEnum = lowercaseEnum('TestStatus', ['pass', 'fail'], 'Whether every check passed (or did not apply).');
export const PhoneNumberStatusEnum = lowercaseEnum('PhoneNumberStatus', ['provisioning', 'active', 'failed', 'released'], 'Lifecycle of a phone number.');
export const VerificationStatusEnum = lowercaseEnum('VoipVerificationStatus', ['unverified', 'verified', 'failed'], 'Result of the last verify-voip.');
export const NumberSourceEnum = lowercaseEnum('PhoneNumberSource', ['demo', 'voip'], 'Where a phone number came from.');
export const CapabilityEnum = lowercaseEnum('Capability', ['voice', 'sms', 'mms'], 'A number capability.');
export const ImportStateEnum = lowercaseEnum('ImportState', ['available', 'imported_here', 'in_other_org'], 'Whether a provider number is already held.');
export const ImportOutcomeEnum = lowercaseEnum('ImportOutcome', ['imported', 'already_imported', 'failed'], 'What happened to one number of an import.');
