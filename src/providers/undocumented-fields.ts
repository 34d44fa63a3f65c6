/**
 * Where an adapter goes beyond what its provider's published OpenAPI definition says
 * (test/fixtures/provider-openapi/, sources.json there names each commit). The contract tests
 * (test/contract/) hold every request and every field an adapter reads to those definitions,
 * except what is listed here, each with its reason. Keep the lists short: an entry is a debt.
 *
 * Operations are named `file METHOD template`, as the contract test reports them; fields as dotted
 * paths with `[]` for array items (`numbers[].app_id`).
 */

/** A response field an adapter reads that the definition's response schema does not declare. */
export interface UndocumentedField {
  operation: string;
  field: string;
  reason: string;
}

const TWILIO_COUNTRY =
  "The number parsing shared with SignalWire (compat-api.ts) reads SignalWire's documented country_code; Twilio's definition has " +
  "no such field, Twilio omits it, and the adapter then takes the country from the number's calling code. Nothing depends on it.";

export const UNDOCUMENTED_FIELDS: readonly UndocumentedField[] = [
  { operation: 'twilio_api_v2010.json GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json', field: 'incoming_phone_numbers[].country_code', reason: TWILIO_COUNTRY },
  { operation: 'twilio_api_v2010.json GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json', field: 'country_code', reason: TWILIO_COUNTRY },
];

/**
 * A request field sent empty (`""` in a form, `null` in JSON) to clear what the provider holds.
 * Allowed only where the provider's documentation says an empty value clears the field; `docs`
 * says where (or how far the evidence goes).
 */
export interface EmptyValueClear {
  operation: string;
  field: string;
  value: '' | null;
  docs: string;
}

const TWILIO_UPDATE = 'twilio_api_v2010.json POST /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json';
const SIGNALWIRE_UPDATE = 'signalwire_compatibility.json POST /Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}';
const TWILIO_CLEARS =
  "Twilio's field descriptions say a voice_application_sid or trunk_sid takes precedence over voice_url, so routing to a " +
  'webhook needs them cleared. Neither the definition (its patterns reject "") nor the docs we hold state that an empty ' +
  'value clears them: ../shared/reference/providers.md records it as an inferred Twilio convention. To confirm with Twilio.';

export const EMPTY_VALUE_CLEARS: readonly EmptyValueClear[] = [
  { operation: TWILIO_UPDATE, field: 'VoiceApplicationSid', value: '', docs: TWILIO_CLEARS },
  { operation: TWILIO_UPDATE, field: 'TrunkSid', value: '', docs: TWILIO_CLEARS },
  { operation: TWILIO_UPDATE, field: 'VoiceUrl', value: '', docs: `Restoring a number that had no voice_url. ${TWILIO_CLEARS}` },
  {
    operation: SIGNALWIRE_UPDATE,
    field: 'VoiceApplicationSid',
    value: '',
    docs: "SignalWire's Compatibility API follows Twilio's IncomingPhoneNumber semantics (an application overrides VoiceUrl); the definition says nothing about clearing.",
  },
  { operation: SIGNALWIRE_UPDATE, field: 'VoiceUrl', value: '', docs: 'Restoring a number that had no voice_url; as VoiceApplicationSid above.' },
  {
    operation: 'telnyx_v2.json PATCH /phone_numbers/{id}',
    field: 'connection_id',
    value: null,
    docs: 'Restoring a number that had no connection. Telnyx answers connection_id: null for an unassigned number, and documents connection_id: null as the way to clear routing on its WhatsApp BYON routing endpoint; for PATCH /phone_numbers/{id} the extract types the field as a plain string and says nothing about null. To confirm with Telnyx.',
  },
  {
    operation: 'vonage_numbers.json POST /number/update',
    field: 'voiceCallbackType',
    value: '',
    docs: 'Restoring a number that had no voice callback. Vonage documents no clearing value; its Numbers SDK sends the field only when set. Listed so it stays visible.',
  },
  {
    operation: 'vonage_numbers.json POST /number/update',
    field: 'voiceCallbackValue',
    value: '',
    docs: 'Sent empty together with voiceCallbackType, for the same reason and on the same (missing) evidence.',
  },
];

/**
 * An authentication scheme an adapter uses that the definition does not list for an operation.
 */
export interface UnlistedAuth {
  definition: string;
  scheme: 'basic' | 'bearer';
  reason: string;
}

export const UNLISTED_AUTH: readonly UnlistedAuth[] = [
  {
    definition: 'vonage_numbers.json',
    scheme: 'basic',
    reason: "The extract is Vonage's archived 2021 definition (query-string api_key/api_secret only); Vonage's current Numbers API 1.1.0 declares HTTP Basic, and Basic keeps the secret out of URLs and logs (sources.json caveat).",
  },
];
