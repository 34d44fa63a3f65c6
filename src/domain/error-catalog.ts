/**
 * Every machine `code` the API can answer with, explained once: a REST problem's or a GraphQL
 * error's `code`, a check's `code` in a credential test, retest or re-check, a number
 * verification's, and an import result's. /docs/errors and /docs/errors.json are made from this
 * list, the OpenAPI document links there, and the console's "What to fix" shows the same `fix`.
 *
 * Plain data with no imports, so the domain, the REST docs and the console (built by Vite) can
 * all import it. test/error-catalog.test.ts keeps it complete: a code the code base emits that is
 * missing here, or an entry here nothing emits any more, fails the test.
 */

/** Where the catalog is served (as HTML; with `.json`, as JSON). */
export const ERROR_CATALOG_PATH = '/docs/errors';

/** Where a code appears. */
export type CodeSurface =
  /** A REST problem body's `code`, or a GraphQL error's (`Error.code`, `extensions.code`). */
  | 'error'
  /** A check of a credential test, a retest or a re-check (and a connection's `last_error`). */
  | 'check'
  /** A check of a number's verification (inbound_routing, outbound_authorization). */
  | 'verification'
  /** The `code` of one failed number in an import report. */
  | 'import'
  /** A check of a test call (outbound_call, inbound_call), and why a provider refused to place one. */
  | 'call'
  /** The `error` of a webhook delivery attempt (before the colon, when a reason follows). */
  | 'delivery';

export interface CatalogEntry {
  code: string;
  /** The HTTP status a REST answer carries with this code, when it is an error answer. */
  status?: number;
  surfaces: readonly CodeSurface[];
  /** What the code says happened, in a sentence. */
  meaning: string;
  /** What usually leads there. */
  causes: readonly string[];
  /** What to do about it, in a sentence or two; "Nothing to do." for a passing check. */
  fix: string;
}

const NOTHING = 'Nothing to do.';
const RETRY = 'Retry after the Retry-After delay (in seconds).';
const RETEST = 'Fix it at the provider, then test the credentials again (or retest the connection).';

export const ERROR_CATALOG: readonly CatalogEntry[] = [
  // ——— Request errors: the REST door, the GraphQL door, the listener ———
  {
    code: 'validation_failed',
    status: 400,
    surfaces: ['error'],
    meaning: 'Some input is invalid. REST lists each problem under `fields`; GraphQL under `ValidationError.fields`.',
    causes: ['A required field is missing, or a value has the wrong type, format or length.', 'An unknown field was sent (inputs are strict).', 'A SIP domain that resolves into a private network, when private trunks are not allowed.', 'A webhook URL that is not https:// (http:// only to localhost or 127.0.0.1), or whose host is a private, loopback, link-local or metadata address.', 'A webhook event type that does not exist (the answer names it).'],
    fix: 'Correct the fields named in the answer and send the request again.',
  },
  {
    code: 'malformed_json',
    status: 400,
    surfaces: ['error'],
    meaning: 'The request body could not be read as JSON.',
    causes: ['The body is not valid JSON, or not UTF-8.', 'The JSON is nested too deeply.', 'The body ended before its declared Content-Length.'],
    fix: 'Send a complete, valid UTF-8 JSON body.',
  },
  {
    code: 'bad_request',
    status: 400,
    surfaces: ['error'],
    meaning: 'The request itself cannot be served: its Host header or its target is not valid.',
    causes: ['A Host header that is not a host name, an IP address or a bracketed IPv6 address with an optional port.', 'A request target that is not a path.'],
    fix: 'Send the request to a path on a valid host (your HTTP client does this unless the URL is built by hand).',
  },
  {
    code: 'length_required',
    status: 411,
    surfaces: ['error'],
    meaning: 'A GraphQL request with a body came without a Content-Length header.',
    causes: ['The body was sent with chunked transfer encoding.'],
    fix: 'Send the body with a Content-Length header.',
  },
  {
    code: 'payload_too_large',
    status: 413,
    surfaces: ['error'],
    meaning: 'The request body is larger than 1 MiB.',
    causes: ['Too much data in one request, e.g. an import of far more than 1,000 numbers.'],
    fix: 'Send less in each request (split large imports).',
  },
  {
    code: 'unsupported_media_type',
    status: 415,
    surfaces: ['error'],
    meaning: 'The REST body is not declared as application/json.',
    causes: ['A missing or different Content-Type header.'],
    fix: 'Send the body with `Content-Type: application/json`.',
  },
  {
    code: 'not_found',
    status: 404,
    surfaces: ['error'],
    meaning: 'No such resource in this organization, or nothing is served at this path.',
    causes: ['A wrong or deleted id.', 'An id of another organization (they look the same as missing ones).', 'A mistyped path.'],
    fix: 'Check the id (list the resources to find it) or the path.',
  },
  {
    code: 'method_not_allowed',
    status: 405,
    surfaces: ['error'],
    meaning: 'The path exists but does not take this HTTP method.',
    causes: ['E.g. PUT where the API uses PATCH.'],
    fix: 'Use one of the methods the `Allow` header lists.',
  },
  {
    code: 'query_too_complex',
    status: 400,
    surfaces: ['error'],
    meaning: 'A GraphQL operation would cost more than the per-request limit.',
    causes: ['Large `first` arguments on nested connections.', 'Many fields or aliases in one operation.'],
    fix: 'Ask for smaller pages or fewer nested lists, or split the operation.',
  },
  {
    code: 'internal_error',
    status: 500,
    surfaces: ['error'],
    meaning: 'Something went wrong on our side. Nothing about it is shown to the caller.',
    causes: ['A bug or an unexpected failure inside the gateway.'],
    fix: 'Retry; if it keeps happening, report it with the `x-request-id` of the answer.',
  },
  {
    code: 'database_unavailable',
    status: 503,
    surfaces: ['error'],
    meaning: 'The database does not answer right now; nothing was changed.',
    causes: ['The database is restarting, unreachable or out of connections.'],
    fix: RETRY,
  },
  {
    code: 'draining',
    status: 503,
    surfaces: ['error'],
    meaning: 'Only from GET /v1/readyz: this instance is shutting down. It still answers requests for its grace period, so a load balancer can take it out of rotation first.',
    causes: ['The instance received SIGTERM (a deploy, a rolling restart, a scale-down).'],
    fix: 'Nothing to do: send requests to another instance. A load balancer does so by itself once its health check sees this answer.',
  },
  {
    code: 'rate_limited',
    status: 429,
    surfaces: ['error'],
    meaning: 'Too many requests: this key, organization or address is over its budget.',
    causes: ['Bursts of requests above the rate limits.', 'Many failed authentications from one address.', 'Too many provider calls in a short time.'],
    fix: `Slow down. ${RETRY}`,
  },

  // ——— Authentication and API keys ———
  {
    code: 'not_authenticated',
    status: 401,
    surfaces: ['error'],
    meaning: 'The request carried no API key.',
    causes: ['No `Authorization: Bearer sk_live_…` header.'],
    fix: 'Send an API key in the Authorization header as a Bearer token.',
  },
  {
    code: 'invalid_api_key',
    status: 401,
    surfaces: ['error'],
    meaning: 'The API key is not valid.',
    causes: ['A mistyped or truncated key.', 'A revoked key (an open event stream ends when its key is revoked).'],
    fix: 'Use an active API key: create a new one if this one was revoked.',
  },
  {
    code: 'insufficient_scope',
    status: 403,
    surfaces: ['error'],
    meaning: 'The API key is valid but lacks a scope this request needs. REST names the missing scopes in `required_scope` (and `WWW-Authenticate`), GraphQL in `extensions.required_scope`; nothing was changed.',
    causes: ['A key created with fewer scopes (e.g. only numbers:read) calling an operation of another scope.', 'A key creating a key with a scope it does not hold itself.', 'A subscription to events of objects the key may not read.'],
    fix: 'Use a key that holds the scope named in the answer, or create one with it (from a key that holds it, with keys:manage).',
  },
  {
    code: 'api_key_limit_reached',
    status: 409,
    surfaces: ['error'],
    meaning: 'The organization already holds the most active API keys it may (TRUNKLINE_MAX_API_KEYS_PER_ORG, 50 by default).',
    causes: ['Keys that are no longer used were never revoked.'],
    fix: 'Revoke a key the organization no longer uses, then create the new one.',
  },

  // ——— Webhook endpoints ———
  {
    code: 'webhook_endpoint_limit_reached',
    status: 409,
    surfaces: ['error'],
    meaning: 'The organization already holds the most webhook endpoints it may (20).',
    causes: ['Endpoints that no longer receive anything were never deleted.', 'One endpoint per event type, where one endpoint can subscribe to several.'],
    fix: 'Delete an endpoint the organization no longer uses (or subscribe one endpoint to more event types), then create the new one.',
  },

  // ——— Connect links ———
  {
    code: 'invalid_connect_link',
    status: 401,
    surfaces: ['error'],
    meaning: 'The connect link token is not one this gateway issued.',
    causes: ['A link copied in part (its token is the last part of its URL).'],
    fix: 'Open the whole link as it was sent, or ask whoever sent it for a new one.',
  },
  {
    code: 'connect_link_expired',
    status: 401,
    surfaces: ['error'],
    meaning: 'The connect link has expired (7 days after it was made, unless it said otherwise).',
    causes: ['The link was opened after its expires_at.'],
    fix: 'Ask whoever sent the link for a new one (POST /v1/connect-links).',
  },
  {
    code: 'connect_link_revoked',
    status: 401,
    surfaces: ['error'],
    meaning: 'The organization revoked the connect link: it opens nothing.',
    causes: ['DELETE /v1/connect-links/{link_id} (or revokeConnectLink) was called.'],
    fix: 'Ask whoever sent the link for a new one.',
  },
  {
    code: 'connect_link_forbidden',
    status: 403,
    surfaces: ['error'],
    meaning: "A connect link asked for something beyond its one job: it can test credentials and create one connection, then read that connection (and its provider account's numbers, if the link allows it). Nothing else of the organization. Also: an API key asking for a link's session.",
    causes: ['A connect link token used as an API key for any other operation, or for the event stream.', 'An API key calling connectSession.'],
    fix: 'Use an API key for the rest of the API; the connect link only for its console page (/connect/{token}).',
  },
  {
    code: 'connect_link_used',
    status: 409,
    surfaces: ['error'],
    meaning: 'The connect link already created its connection; a link creates one only.',
    causes: ['Testing or creating again through a link that was used (or two creations at once: one wins).'],
    fix: 'Ask whoever sent the link for a new one to create another connection.',
  },
  {
    code: 'connect_link_limit_reached',
    status: 409,
    surfaces: ['error'],
    meaning: 'The organization already holds the most pending connect links it may (100).',
    causes: ['Links that will not be used were never revoked.'],
    fix: 'Revoke pending links that are no longer needed, then create the new one.',
  },

  // ——— Idempotency-Key ———
  {
    code: 'idempotency_key_reused',
    status: 422,
    surfaces: ['error'],
    meaning: 'This Idempotency-Key was already used, within 24 hours, with a different request.',
    causes: ['A client reusing one key for different requests.'],
    fix: 'Use a new Idempotency-Key for each distinct request.',
  },
  {
    code: 'idempotency_request_in_progress',
    status: 409,
    surfaces: ['error'],
    meaning: 'A request with this Idempotency-Key is still running.',
    causes: ['A retry sent before the first attempt answered.'],
    fix: 'Wait a moment and retry with the same key: you then get the first answer.',
  },
  {
    code: 'idempotency_replay_unavailable',
    status: 409,
    surfaces: ['error'],
    meaning: 'The request with this Idempotency-Key completed, but its answer was not kept for a replay, so it is neither replayed nor run again.',
    causes: ['The answer held a secret shown only once (a new API key).', 'The answer was larger than the 64 KiB kept for a replay.'],
    fix: 'Read the result with a GET (for a lost API key secret, revoke that key); a new Idempotency-Key runs the request again.',
  },

  // ——— Event streams (GraphQL over SSE) ———
  {
    code: 'stream_limit_reached',
    status: 429,
    surfaces: ['error'],
    meaning: 'This API key already holds the most event streams it may on this instance (TRUNKLINE_MAX_STREAMS_PER_KEY).',
    causes: ['Streams that were opened and never closed, e.g. one per browser tab.'],
    fix: 'Close a stream you no longer use, or share one stream between subscriptions.',
  },
  {
    code: 'operation_limit_reached',
    status: 429,
    surfaces: ['error'],
    meaning: 'This event stream already carries the most operations it may (TRUNKLINE_MAX_OPERATIONS_PER_STREAM).',
    causes: ['Subscriptions started on the stream and never completed.'],
    fix: 'Complete an operation you no longer need before starting another.',
  },
  {
    code: 'invalid_stream_token',
    status: 400,
    surfaces: ['error'],
    meaning: 'The event stream token is longer than 128 characters.',
    causes: ['A client-chosen token that is not the one the stream reservation returned.'],
    fix: 'Use the token returned when the stream was reserved (a UUID), or none.',
  },

  // ——— Verification evidence (test, then create or rotate) ———
  {
    code: 'evidence_missing',
    status: 400,
    surfaces: ['error'],
    meaning: 'No verification evidence with that id: create and rotation need the id a passing test returned.',
    causes: ['No `verification_evidence_id` was sent, or a mistyped one.', 'The evidence was issued to another organization.'],
    fix: 'Test the credentials and send the `verification_evidence_id` of the passing test.',
  },
  {
    code: 'evidence_reused',
    status: 400,
    surfaces: ['error'],
    meaning: 'This verification evidence was already used: each is good for one create or rotation.',
    causes: ['A second create or rotation with the same evidence.'],
    fix: 'Test the credentials again and use the new evidence.',
  },
  {
    code: 'evidence_stale',
    status: 400,
    surfaces: ['error'],
    meaning: 'This verification evidence has expired (TRUNKLINE_EVIDENCE_TTL_SECONDS).',
    causes: ['Too long between the test and the create or rotation.'],
    fix: 'Test the credentials again and use the new evidence.',
  },
  {
    code: 'provider_mismatch',
    status: 400,
    surfaces: ['error'],
    meaning: 'The verification evidence was issued for a different provider than the request names.',
    causes: ['Credentials tested for one provider, then created for another.'],
    fix: 'Test the credentials for the provider you create the connection with.',
  },
  {
    code: 'credentials_failed_reverification',
    status: 422,
    surfaces: ['error'],
    meaning: 'The credentials (or the SIP destination) differ from the ones the evidence was issued for.',
    causes: ['A field was changed after the test.', 'Evidence from a test of other credentials.'],
    fix: 'Test exactly these credentials and use the new evidence.',
  },

  // ——— Provider and state errors ———
  {
    code: 'provider_unavailable',
    status: 502,
    surfaces: ['error'],
    meaning: 'The provider could not be reached, or answered in a way we could not use; nothing was changed.',
    causes: ['The provider is down, timing out or rate limiting us.', 'The call was cancelled.'],
    fix: 'Try again shortly.',
  },
  {
    code: 'credentials_rejected',
    status: 422,
    surfaces: ['check', 'error'],
    meaning: 'The provider, or the SIP trunk, refused the credentials.',
    causes: ['A mistyped or revoked key, token, secret or password.', 'A key of another account or project.', 'For a saved connection: the credentials stopped working (the connection is now in error).', 'A SIP trunk that refused our answer to its Digest challenge.'],
    fix: "Check the credentials at the provider; for a saved connection, rotate them with working ones.",
  },
  {
    code: 'connection_not_ready',
    status: 409,
    surfaces: ['error'],
    meaning: "The connection is in error, so its provider cannot be used; the message names the connection's last error.",
    causes: ['A test, retest or re-check failed (see the connection’s `last_error`).'],
    fix: 'Fix what the last error names at the provider, then retest the connection or rotate its credentials.',
  },
  {
    code: 'connection_missing',
    status: 409,
    surfaces: ['error'],
    meaning: "The number's connection was deleted.",
    causes: ['The connection the number was imported through was deleted.'],
    fix: 'Import the number again through another connection.',
  },
  {
    code: 'number_released',
    status: 409,
    surfaces: ['error'],
    meaning: 'This number was released.',
    causes: ['The number was released earlier.'],
    fix: 'Import it again to use or verify it.',
  },
  {
    code: 'no_provider_inventory',
    status: 409,
    surfaces: ['error'],
    meaning: 'A SIP trunk has no number inventory to list.',
    causes: ['Listing available numbers of a SIP trunk connection.'],
    fix: 'Import the trunk’s numbers by listing them in the import request.',
  },
  {
    code: 'credentials_unreadable',
    status: 409,
    surfaces: ['error'],
    meaning: 'The stored credentials cannot be opened.',
    causes: ['The key they were sealed with was removed from TRUNKLINE_SECRET_KEYS.'],
    fix: 'Rotate the connection’s credentials with fresh ones (operators: keep retired keys in the ring until rotation is done).',
  },

  // ——— Checks: credentials_valid ———
  {
    code: 'credentials_valid',
    surfaces: ['check'],
    meaning: 'The provider accepted the credentials.',
    causes: [],
    fix: NOTHING,
  },
  {
    code: 'account_inactive',
    surfaces: ['check'],
    meaning: 'The credentials are known, but the account or project has no API access.',
    causes: ['A suspended or closed account.', 'A restricted key without access to numbers and billing.'],
    fix: 'Reactivate the account, or use a key with access to numbers and billing.',
  },
  {
    code: 'no_credentials',
    surfaces: ['check'],
    meaning: 'No username and password were given for the SIP trunk.',
    causes: ['The trunk authenticates by source address, or the credentials were left out.'],
    fix: 'Nothing to do if the trunk admits Trunkline’s addresses; add the username and password if it challenges calls.',
  },
  {
    code: 'not_challenged',
    surfaces: ['check'],
    meaning: 'The trunk did not ask for the credentials, so they could not be tried; they will be used when the trunk challenges a call.',
    causes: ['A trunk that challenges only calls (INVITE).', 'A carrier that authenticates by source address and takes no registrations (403 or 404 to REGISTER).'],
    fix: 'Nothing to do; check the username and password with the trunk’s owner if calls are later refused.',
  },
  {
    code: 'sip_auth_unsupported',
    surfaces: ['check', 'verification'],
    meaning: 'The trunk asks for a Digest algorithm Trunkline cannot answer; MD5 and SHA-256 are supported.',
    causes: ['A trunk configured for SHA-512-256 or another algorithm.'],
    fix: 'Allow MD5 or SHA-256 Digest authentication on the trunk.',
  },
  {
    code: 'sip_auth_no_answer',
    surfaces: ['check', 'verification'],
    meaning: 'The trunk challenged our request but never answered our Digest answer, so the credentials could not be judged.',
    causes: ['A trunk that silently drops failed logins (fail2ban-style blocking) from our addresses.', 'Packet loss on the way back.'],
    fix: 'Try again, and check that the trunk does not silently drop failed logins from Trunkline’s addresses.',
  },
  {
    code: 'credentials_untested_destination',
    surfaces: ['check', 'verification'],
    meaning: 'The stored credentials were tested against another SIP destination, so they are not sent to this one.',
    causes: ['The trunk’s domain, port or transport changed after the credentials were tested.'],
    fix: 'Test the credentials against this trunk and rotate them.',
  },

  // ——— Checks: inbound_reachable ———
  {
    code: 'numbers_readable',
    surfaces: ['check'],
    meaning: 'The phone numbers can be read and routed with these credentials.',
    causes: [],
    fix: NOTHING,
  },
  {
    code: 'numbers_not_readable',
    surfaces: ['check'],
    meaning: 'The credentials are valid but cannot read the phone numbers.',
    causes: ['A key or token without the numbers (or phone numbers) scope or permission.'],
    fix: 'Give the key or token permission to read and update phone numbers, then test again.',
  },
  {
    code: 'connection_ready',
    surfaces: ['check'],
    meaning: 'The Telnyx connection exists and can receive calls.',
    causes: [],
    fix: NOTHING,
  },
  {
    code: 'connection_not_found',
    surfaces: ['check'],
    meaning: 'No Telnyx connection with that connection_id in this account.',
    causes: ['A mistyped connection_id, or one of another account.', 'The connection was deleted at Telnyx.'],
    fix: 'Use the id of a connection in this Telnyx account, or leave connection_id out to let Trunkline set one up.',
  },
  {
    code: 'connection_inactive',
    surfaces: ['check'],
    meaning: 'The Telnyx connection is disabled.',
    causes: ['The connection was deactivated at Telnyx.'],
    fix: `Enable the connection in the Telnyx portal. ${RETEST}`,
  },
  {
    code: 'guided_setup',
    surfaces: ['check'],
    meaning: 'No connection_id: Trunkline will create the Telnyx connection (and outbound voice profile) itself when you create the connection.',
    causes: [],
    fix: NOTHING,
  },
  {
    code: 'guided_setup_reuse',
    surfaces: ['check'],
    meaning: 'Trunkline will route through the connection (or profile) it set up in this Telnyx account earlier, which works.',
    causes: [],
    fix: NOTHING,
  },
  {
    code: 'sip_reachable',
    surfaces: ['check'],
    meaning: 'The SIP trunk answered an OPTIONS request.',
    causes: [],
    fix: NOTHING,
  },
  {
    code: 'sip_unreachable',
    surfaces: ['check', 'verification'],
    meaning: 'The SIP trunk did not answer an OPTIONS request.',
    causes: ['A wrong domain, port or transport (nothing listens there, or the connection was refused).', 'A firewall that drops our requests, or a trunk that admits only known addresses.', 'The trunk is down.'],
    fix: 'Check the domain, port and transport, and that the trunk’s firewall admits Trunkline’s addresses.',
  },
  {
    code: 'sip_tls_untrusted_ca',
    surfaces: ['check', 'verification'],
    meaning: 'The trunk’s TLS certificate is issued by a certificate authority Trunkline does not trust.',
    causes: ['A self-signed certificate or a private CA.', 'A server that does not send its intermediate certificates.'],
    fix: 'Use a certificate from a public CA (sending the full chain), or have the operator add your CA with SIP_TLS_CA_FILE.',
  },
  {
    code: 'sip_tls_hostname_mismatch',
    surfaces: ['check', 'verification'],
    meaning: 'The trunk’s TLS certificate does not name the SIP domain we connected to.',
    causes: ['The domain is an address or alias the certificate does not list.', 'The certificate of another host is served.'],
    fix: 'Enter the domain the certificate names, or get a certificate that names this domain.',
  },
  {
    code: 'sip_tls_expired',
    surfaces: ['check', 'verification'],
    meaning: 'The trunk’s TLS certificate has expired.',
    causes: ['A certificate that was not renewed.'],
    fix: 'The trunk’s owner must renew its certificate.',
  },
  {
    code: 'sip_tls_not_yet_valid',
    surfaces: ['check', 'verification'],
    meaning: 'The trunk’s TLS certificate is not valid yet.',
    causes: ['A certificate issued with a start date in the future.', 'A wrong clock where the certificate was made, or on the gateway.'],
    fix: 'Check the certificate’s dates and the clocks of the trunk and the gateway.',
  },
  {
    code: 'sip_tls_handshake_failed',
    surfaces: ['check', 'verification'],
    meaning: 'The TLS handshake with the trunk failed for another reason.',
    causes: ['The port does not speak TLS (e.g. 5060 with transport tls).', 'No TLS protocol version or cipher in common.', 'The trunk requires a client certificate.'],
    fix: 'Check that the port speaks TLS (usually 5061) and accepts TLS 1.2 or later without a client certificate.',
  },
  {
    code: 'sip_dns_no_record',
    surfaces: ['check', 'verification'],
    meaning: 'The SIP domain has no address (A or AAAA) record.',
    causes: ['A mistyped domain.', 'A domain that publishes its SIP servers only by SRV or NAPTR records: Trunkline dials the host given, not its SRV or NAPTR targets.'],
    fix: 'Check the domain; if the detail lists SRV targets, enter one of those hosts and its port.',
  },
  {
    code: 'sip_dns_failed',
    surfaces: ['check', 'verification'],
    meaning: 'The name servers gave no answer for the SIP domain, so it could not be looked up.',
    causes: ['A name server failure or timeout (SERVFAIL).', 'A broken delegation of the domain.'],
    fix: 'Try again; if it persists, check the domain’s DNS.',
  },

  // ——— Checks: outbound_authorized ———
  {
    code: 'outbound_authorized',
    surfaces: ['check', 'verification'],
    meaning: 'Outbound calls are allowed.',
    causes: [],
    fix: NOTHING,
  },
  {
    code: 'checked_per_number',
    surfaces: ['check'],
    meaning: 'Twilio API keys cannot read the account, so outbound authorization is checked for each number when it is verified.',
    causes: [],
    fix: NOTHING,
  },
  {
    code: 'trial_account',
    surfaces: ['check', 'verification'],
    meaning: 'A Twilio trial account can only call verified numbers.',
    causes: ['The Twilio account was never upgraded.'],
    fix: `Upgrade the Twilio account. ${RETEST}`,
  },
  {
    code: 'outbound_not_permitted',
    surfaces: ['check', 'verification'],
    meaning: 'The SignalWire API token may not place calls.',
    causes: ['A token without the Voice scope.'],
    fix: `Give the API token the Voice scope in the SignalWire Space. ${RETEST}`,
  },
  {
    code: 'no_outbound_voice_profile',
    surfaces: ['check', 'verification'],
    meaning: 'The Telnyx connection has no outbound voice profile, or its profile no longer exists.',
    causes: ['No profile was assigned to the connection.', 'The profile was deleted at Telnyx.'],
    fix: `Assign an outbound voice profile to the connection in Telnyx. ${RETEST}`,
  },
  {
    code: 'outbound_profile_disabled',
    surfaces: ['check', 'verification'],
    meaning: 'The Telnyx outbound voice profile is disabled.',
    causes: ['The profile was disabled at Telnyx.'],
    fix: `Enable the outbound voice profile in Telnyx. ${RETEST}`,
  },
  {
    code: 'no_credit',
    surfaces: ['check', 'verification'],
    meaning: 'The Vonage account has no credit: outbound calls need a positive balance.',
    causes: ['The balance ran out.'],
    fix: `Top up the Vonage account. ${RETEST}`,
  },
  {
    code: 'sip_auth_required',
    surfaces: ['check', 'verification'],
    meaning: 'The SIP trunk asks for Digest authentication, and no credentials were given: it will refuse calls.',
    causes: ['A trunk that challenges OPTIONS, or answers OPTIONS but challenges REGISTER (a registrar), tested without credentials.'],
    fix: 'Add the trunk’s username and password, then test again.',
  },
  {
    code: 'not_checked',
    surfaces: ['check'],
    meaning: 'This check did not run because an earlier one failed.',
    causes: ['Refused credentials, an unreachable trunk, or a missing Telnyx connection.'],
    fix: 'Fix the failing check first; this one runs on the next test.',
  },

  // ——— Number verification ———
  {
    code: 'inbound_routed',
    surfaces: ['verification'],
    meaning: 'Inbound calls to this number now reach the platform.',
    causes: [],
    fix: NOTHING,
  },
  {
    code: 'inbound_routing_rejected',
    surfaces: ['verification'],
    meaning: 'The provider refused to route the number’s inbound calls to the platform.',
    causes: ['The number is no longer in the account.', 'The number is locked to a trunk or application the credentials cannot change.', 'A Telnyx connection without a connection to route to.'],
    fix: "Check the number's trunk or application assignment at the provider, then verify again.",
  },
  {
    code: 'not_voice_capable',
    surfaces: ['verification'],
    meaning: 'This number cannot make voice calls.',
    causes: ['An SMS-only number.'],
    fix: 'Use a voice-capable number, or enable voice on it at the provider.',
  },
  {
    code: 'no_connection',
    surfaces: ['verification'],
    meaning: 'The connection has no Telnyx connection to place calls through.',
    causes: ['A Telnyx connection created without connection_id whose guided setup did not finish.'],
    fix: 'Rotate the credentials (guided setup runs again) or give a connection_id.',
  },

  // ——— Import results ———
  {
    code: 'invalid_number',
    surfaces: ['import'],
    meaning: 'Not a valid E.164 phone number.',
    causes: ['A missing country code, or letters and punctuation the number cannot hold.'],
    fix: 'Send the number in E.164, e.g. +14155550100.',
  },
  {
    code: 'not_in_account',
    surfaces: ['import'],
    meaning: 'The provider account does not list this number, or another organization has proven it (one answer for both).',
    causes: ['The number belongs to another account.', 'The number was ported out or released at the provider.'],
    fix: 'Import it through the connection of the account that holds it.',
  },
  {
    code: 'number_limit_reached',
    surfaces: ['import'],
    meaning: "The organization holds its limit of numbers (TRUNKLINE_MAX_NUMBERS_PER_ORG).",
    causes: ['More numbers imported than the organization may hold.'],
    fix: 'Release numbers you no longer use, then import again.',
  },
  // ——— Test calls (issue 24): the outbound_call and inbound_call checks, and refusals ———
  {
    code: 'running',
    surfaces: ['call'],
    meaning: 'The test call is still running: its checks are not final yet.',
    causes: ['A test call read while its calls are placed or awaited (testCallUpdated).'],
    fix: 'Wait for the next event of testCallUpdated, or for the answer of verify-voip or test-call.',
  },
  {
    code: 'test_call_in_progress',
    status: 409,
    surfaces: ['error'],
    meaning: "A test call of this number is already running.",
    causes: ["verify-voip or test-call was sent again before the previous one finished."],
    fix: "Wait for the running one's result (testCallUpdated streams it), then try again.",
  },
  {
    code: 'call_arrived',
    surfaces: ['call'],
    meaning: "The call arrived at Trunkline's ingress (a signed webhook, or an INVITE from a trusted source) and was refused there before answer.",
    causes: ["The number's routing and caller ID work."],
    fix: NOTHING,
  },
  {
    code: 'arrival_unauthenticated',
    surfaces: ['call'],
    meaning: "A call matching the test call arrived, but its signature could not be checked, so it proves nothing.",
    causes: ["The connection holds no webhook signing secret (SignalWire Signing Key, Telnyx public key, Vonage signature secret, or the Twilio Auth Token when connected with an API key).", "The signature did not match (a wrong secret, or a forgery)."],
    fix: "Add the provider's signing secret to the connection's credentials as `signing_secret` (rotate the credentials), then verify again.",
  },
  {
    code: 'answered_elsewhere',
    surfaces: ['call'],
    meaning: "The call was answered somewhere other than Trunkline's ingress (and hung up at once).",
    causes: ["Another route (a trunk, an application, a forwarding rule) takes precedence over the number's voice URL or SIP route."],
    fix: "Remove what takes precedence at the provider so calls reach the route verify-voip set, then verify again.",
  },
  {
    code: 'outbound_call_failed',
    surfaces: ['call'],
    meaning: "The call from the number ended at the provider without reaching its destination.",
    causes: ["The carrier refused the caller ID or the destination (see `carrier_code`).", "The destination was not routed."],
    fix: "Follow the `fix` shown for the carrier code, then verify again.",
  },
  {
    code: 'inbound_call_failed',
    surfaces: ['call'],
    meaning: "The call to the number ended at the provider without reaching Trunkline's ingress.",
    causes: ["The number routes somewhere else, or nowhere (see `carrier_code`)."],
    fix: "Check the number's voice routing at its provider, then verify again.",
  },
  {
    code: 'call_not_arrived',
    surfaces: ['call'],
    meaning: "The call was placed but nothing arrived within the bound (20 s by default); it was cancelled.",
    causes: ["The number routes somewhere else.", "The carrier silently dropped the call."],
    fix: "Check the number's routing and caller ID at the provider, then verify again.",
  },
  {
    code: 'call_not_placed',
    surfaces: ['call'],
    meaning: "The provider could not be reached to place the call.",
    causes: ["A provider outage or timeout."],
    fix: "Try again later; if it persists, retest the connection.",
  },
  {
    code: 'calls_off',
    surfaces: ['call'],
    meaning: "verify-voip placed no calls: the gateway runs with TRUNKLINE_VERIFY_WITH_CALLS=false.",
    causes: ["The operator switched test calls at verification off."],
    fix: "Nothing to do; test-call still places them on demand.",
  },
  {
    code: 'caller_id_not_allowed',
    surfaces: ['call'],
    meaning: "The provider does not accept this number as the caller ID of a call from this account (Twilio 21210, Telnyx D35/D36/D51, SIP 403).",
    causes: ["The number is not on the account, is being ported, or is restricted."],
    fix: "Place calls from a number this account owns (or has verified as a caller ID).",
  },
  {
    code: 'destination_not_permitted',
    surfaces: ['call'],
    meaning: "The account may not call this destination (Twilio 21215, Telnyx D13/D41/D58).",
    causes: ["Geographic permissions or the outbound voice profile exclude the country."],
    fix: "Allow the destination country in the account's geographic permissions (Telnyx: the outbound voice profile).",
  },
  {
    code: 'self_call_refused',
    surfaces: ['call'],
    meaning: "The provider refuses a call from a number to itself (Telnyx D53).",
    causes: ["The verification line is the number being verified."],
    fix: "Test with two different numbers.",
  },
  {
    code: 'trial_destination_unverified',
    surfaces: ['call'],
    meaning: "A trial account may only call numbers verified on it (Twilio 21219, Telnyx D60).",
    causes: ["The account is a trial."],
    fix: "Verify the destination on the account, or upgrade it.",
  },
  {
    code: 'call_blocked',
    surfaces: ['call'],
    meaning: "The provider blocked the call (Twilio 21216).",
    causes: ["Fraud protection or a regulatory rule."],
    fix: "Check the account's compliance profile with the provider.",
  },
  {
    code: 'no_outbound_profile',
    surfaces: ['call'],
    meaning: "The account has no outbound voice profile that allows the call (Telnyx D38/D7).",
    causes: ["The connection has no outbound voice profile."],
    fix: "Assign an outbound voice profile at Telnyx, then verify again.",
  },
  {
    code: 'account_disabled',
    surfaces: ['call'],
    meaning: "The account, its connection or its outbound profile is disabled for calling (Telnyx D15/D16/D17).",
    causes: ["Disabled at the provider."],
    fix: "Enable them at the provider.",
  },
  {
    code: 'concurrency_limited',
    surfaces: ['call'],
    meaning: "The account is at its limit of concurrent calls or call rate (Telnyx D1/D2/D3/D22/D24).",
    causes: ["Other calls in progress; a new account's low limits."],
    fix: "Wait, or raise the account's limits at the provider.",
  },
  {
    code: 'calling_not_prepared',
    surfaces: ['call'],
    meaning: "What placing calls needs at the provider is missing or no longer valid (the Telnyx Call Control application, the Vonage application key).",
    causes: ["The application was deleted at the provider."],
    fix: "Rotate the connection's credentials: the next test call sets calling up again.",
  },
  {
    code: 'call_refused',
    surfaces: ['call'],
    meaning: "The provider refused to place the call, for a reason without a code of ours.",
    causes: ["See `carrier_code`."],
    fix: "Check the call in the provider's console by the carrier code.",
  },
  {
    code: 'calls_not_supported',
    surfaces: ['call'],
    meaning: "Trunkline cannot place calls through this provider.",
    causes: ["An adapter without call placement."],
    fix: "Use a verification line, or verify without a test call.",
  },
  // ——— Webhook deliveries (issue 25): the `error` of an attempt that got no answer ———
  {
    code: 'address_refused',
    surfaces: ['delivery'],
    meaning: "The endpoint's URL, or an address its host resolves to, may not be reached by webhooks; nothing was sent. The reason follows the code (`address_refused: resolves to a private network address`).",
    causes: ['The host resolves (even partly) to a private, loopback, link-local or cloud metadata address.', 'A port other than 443 and 80 (and those the operator allows).', 'An http:// URL, or a localhost URL, while the gateway no longer allows development hosts.'],
    fix: 'Point the endpoint at a public HTTPS URL on port 443 (update its `url`); an operator can allow private networks with TRUNKLINE_WEBHOOK_ALLOW_PRIVATE and more ports with TRUNKLINE_WEBHOOK_PORTS.',
  },
  {
    code: 'dns_failed',
    surfaces: ['delivery'],
    meaning: "The endpoint's host name did not resolve to any address.",
    causes: ['A mistyped or expired domain.', 'A DNS record removed or not yet published.'],
    fix: "Check the host name in the endpoint's `url` and its DNS records; the delivery is retried.",
  },
  {
    code: 'connection_failed',
    surfaces: ['delivery'],
    meaning: 'No HTTP answer came: the connection was refused, reset or closed before the status line.',
    causes: ['The receiver is down or not listening on that port.', 'A firewall drops or resets connections from the gateway.', 'The receiver answered something that is not HTTP.'],
    fix: 'Make sure the receiver is up and reachable from the internet at the URL; the delivery is retried.',
  },
  {
    code: 'tls_failed',
    surfaces: ['delivery'],
    meaning: 'The TLS handshake with the receiver failed, so nothing was sent.',
    causes: ["The certificate expired, is self-signed, or does not name the URL's host.", 'The port does not speak TLS (e.g. a plain-HTTP server behind an https:// URL).'],
    fix: "Serve a valid certificate for the URL's host (from a public certificate authority); the delivery is retried.",
  },
  {
    code: 'timeout',
    surfaces: ['delivery'],
    meaning: "The receiver did not answer within the delivery timeout (10 s by default, TRUNKLINE_WEBHOOK_TIMEOUT_MS), counting from the attempt's start.",
    causes: ['The receiver does its work before answering.', 'The receiver or its network is overloaded.'],
    fix: 'Answer 2xx at once and do the work afterwards (queue the event); the delivery is retried.',
  },
];

const BY_CODE = new Map(ERROR_CATALOG.map((e) => [e.code, e]));

/** The catalog's entry for a code, if it has one. */
export function catalogEntry(code: string): CatalogEntry | undefined {
  return BY_CODE.get(code);
}
