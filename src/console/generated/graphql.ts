/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant, as an ISO-8601 UTC string (2026-01-31T12:00:00.000Z). */
  DateTime: { input: string; output: string; }
};

/** An API key of the organization. The secret itself is shown once, when the key is created. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When the key was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The key id (to revoke it). */
  id: Scalars['ID']['output'];
  /** False once revoked. */
  isActive: Scalars['Boolean']['output'];
  /** The first characters of the key (sk_live_ and 7 more), to recognise it. */
  keyPrefix: Scalars['String']['output'];
  /** When the key last authenticated a request (within a minute). */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** A name to recognise the key by. */
  name: Scalars['String']['output'];
  /** When the key was revoked, if it was. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key may do, fixed when it was created (with what each scope implies). */
  scopes: Array<ApiKeyScope>;
};

/** What an API key may do. A key holds a set of scopes, fixed when it is created (all of them unless createApiKey names fewer); each root field needs one of them, or none (viewer, providers). A key lacking the scope a field needs gets an `insufficient_scope` error naming it (HTTP 403). */
export type ApiKeyScope =
  /** `audit:read`: Read the organization's audit trail. */
  | 'AUDIT_READ'
  /** `connections:read`: Read the organization's connections, and the numbers their provider accounts hold (available numbers). */
  | 'CONNECTIONS_READ'
  /** `connections:write`: Test credentials, create, rename, retest, rotate and delete connections (implies connections:read). */
  | 'CONNECTIONS_WRITE'
  /** `keys:manage`: List, create and revoke API keys; a key only creates keys with scopes it holds itself. */
  | 'KEYS_MANAGE'
  /** `numbers:read`: Read the organization's phone numbers and their test calls. */
  | 'NUMBERS_READ'
  /** `numbers:write`: Import numbers, change their label and agents, release them (implies numbers:read). */
  | 'NUMBERS_WRITE'
  /** `verification:call`: Verify numbers and place test calls: real calls that may cost money at the provider (implies numbers:read). */
  | 'VERIFICATION_CALL'
  /** `webhooks:manage`: Create, read, change and delete webhook endpoints, read their delivery logs and retry deliveries. An endpoint receives the connections, numbers and test calls its events are about, so this implies connections:read and numbers:read. */
  | 'WEBHOOKS_MANAGE';

/** What an audit event records. */
export type AuditAction =
  /** An API key was created. */
  | 'API_KEY_CREATED'
  /** An API key was revoked. */
  | 'API_KEY_REVOKED'
  /** A connection was created from tested credentials. */
  | 'CONNECTION_CREATED'
  /** A connection's credentials were replaced by freshly tested ones. */
  | 'CONNECTION_CREDENTIALS_ROTATED'
  /** A connection and its sealed credentials were deleted. */
  | 'CONNECTION_DELETED'
  /** The periodic re-check tested a connection (actor: system). */
  | 'CONNECTION_RECHECKED'
  /** A connection was retested with its stored credentials. */
  | 'CONNECTION_TESTED'
  /** A connection was renamed or its SIP settings changed. */
  | 'CONNECTION_UPDATED'
  /** A connect link was created (its token is never recorded). */
  | 'CONNECT_LINK_CREATED'
  /** A connect link was revoked. */
  | 'CONNECT_LINK_REVOKED'
  /** Numbers were imported through a connection (the target is the connection). */
  | 'NUMBERS_IMPORTED'
  /** An organization was created (by the command line or at first start). */
  | 'ORGANIZATION_CREATED'
  /** A phone number was released. */
  | 'PHONE_NUMBER_RELEASED'
  /** Test calls of a phone number were placed (at verification or on demand), with their outcome. */
  | 'PHONE_NUMBER_TEST_CALL'
  /** A phone number's agents or label changed. */
  | 'PHONE_NUMBER_UPDATED'
  /** A phone number failed verification. */
  | 'PHONE_NUMBER_VERIFICATION_FAILED'
  /** A phone number passed verification and is ACTIVE. */
  | 'PHONE_NUMBER_VERIFIED'
  /** A delivery was sent again on request (the target is its endpoint). */
  | 'WEBHOOK_DELIVERY_RETRIED'
  /** A webhook endpoint was created (the summary names its URL's origin only, never its path or query). */
  | 'WEBHOOK_ENDPOINT_CREATED'
  /** A webhook endpoint was deleted, with its delivery log. */
  | 'WEBHOOK_ENDPOINT_DELETED'
  /** A webhook endpoint's signing secret was replaced (the previous one signs for 24 more hours). */
  | 'WEBHOOK_ENDPOINT_SECRET_ROTATED'
  /** A webhook endpoint's label, URL, events or status changed. */
  | 'WEBHOOK_ENDPOINT_UPDATED';

/** Who made a change: an API key (its id and prefix, never the key), a connect link (its id, never its token) or the system. */
export type AuditActor = {
  __typename?: 'AuditActor';
  /** The key that made the change. */
  apiKeyId?: Maybe<Scalars['ID']['output']>;
  /** The connect link through which the change was made. */
  connectLinkId?: Maybe<Scalars['ID']['output']>;
  /** The first characters of that key, to recognise it. */
  keyPrefix?: Maybe<Scalars['String']['output']>;
  /** API_KEY, CONNECT_LINK or SYSTEM. */
  type: AuditActorType;
};

/** Who made a change. */
export type AuditActorType =
  /** A caller with an API key. */
  | 'API_KEY'
  /** Whoever opened a connect link (the link is named, never its token). */
  | 'CONNECT_LINK'
  /** Trunkline itself: re-checks, the command line. */
  | 'SYSTEM';

/** One entry of an audit event summary: ids, counts, codes and names, never a secret. */
export type AuditDetail = {
  __typename?: 'AuditDetail';
  /** Its name, e.g. `provider`, `imported` or `changed`. */
  name: Scalars['String']['output'];
  /** The value, as text. */
  value?: Maybe<Scalars['String']['output']>;
};

/** One write, recorded in the same transaction as the write itself. The trail is append-only. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** What happened. */
  action: AuditAction;
  /** Who did it. */
  actor: AuditActor;
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** A small summary of the change. */
  details: Array<AuditDetail>;
  /** The audit event id. */
  id: Scalars['ID']['output'];
  /** The X-Request-Id of the request that made it (null for the system). */
  requestId?: Maybe<Scalars['String']['output']>;
  /** The object's id. */
  targetId: Scalars['ID']['output'];
  /** What kind of object it is about. */
  targetType: AuditTarget;
};

/** A page of audit events, newest first. */
export type AuditEventList = {
  __typename?: 'AuditEventList';
  /** The items of this page, each with its cursor. */
  edges: Array<AuditEventListEdge>;
  /** Whether there is a next page, and the cursor to read it. */
  pageInfo: PageInfo;
  /** How many items the whole list holds with these filters (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** An audit event and its cursor. */
export type AuditEventListEdge = {
  __typename?: 'AuditEventListEdge';
  /** Where this item is in the list: pass it as `after` to read on from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: AuditEvent;
};

/** The kind of object an audit event is about. */
export type AuditTarget =
  /** A api key. */
  | 'API_KEY'
  /** A connection. */
  | 'CONNECTION'
  /** A connect link. */
  | 'CONNECT_LINK'
  /** A organization. */
  | 'ORGANIZATION'
  /** A phone number. */
  | 'PHONE_NUMBER'
  /** A webhook endpoint. */
  | 'WEBHOOK_ENDPOINT';

/** A number in the connection's provider account. */
export type AvailableNumber = {
  __typename?: 'AvailableNumber';
  /** What the number can do. */
  capabilities: Capabilities;
  /** ISO 3166 alpha-2 country, e.g. US. */
  country?: Maybe<Scalars['String']['output']>;
  /** The provider's name for the number (the number itself when it has none). */
  friendlyName: Scalars['String']['output'];
  /** Whether this organization already holds it (AVAILABLE unless includeImported). */
  importState: ImportState;
  /** The number, in E.164: what importNumbers takes. */
  phoneNumber: Scalars['String']['output'];
  /** The provider's id for the number. */
  providerNumberId: Scalars['String']['output'];
};

/** A page of available numbers, in E.164 order. */
export type AvailableNumberList = {
  __typename?: 'AvailableNumberList';
  /** The items of this page, each with its cursor. */
  edges: Array<AvailableNumberListEdge>;
  /** Whether there is a next page, and the cursor to read it. */
  pageInfo: PageInfo;
  /** How many items the whole list holds with these filters (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** An available number; its cursor is the number itself. */
export type AvailableNumberListEdge = {
  __typename?: 'AvailableNumberListEdge';
  /** Where this item is in the list: pass it as `after` to read on from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: AvailableNumber;
};

/** A page of available numbers, or one of the errors reading them can fail with. */
export type AvailableNumbersResult = AvailableNumberList | ConflictError | NotFoundError | ProviderRejectedError | ProviderUnavailableError | ValidationError;

/** One check proven (or not) by a real call: outboundCall or inboundCall. */
export type CallCheck = {
  __typename?: 'CallCheck';
  /** The carrier's own code, where there is one: Twilio 21210, Telnyx D53, SIP 403… */
  carrierCode?: Maybe<Scalars['String']['output']>;
  /** Machine code, e.g. `call_arrived`, `caller_id_not_allowed`, `call_not_arrived`; explained at /docs/errors. */
  code: Scalars['String']['output'];
  /** What happened, in a sentence. */
  detail: Scalars['String']['output'];
  /** What to change at the provider, on a failure. */
  fix?: Maybe<Scalars['String']['output']>;
  /** PASS, FAIL or NOT_CHECKED (with why). */
  status: CheckStatus;
};

/** One real call of a test call: never answered. */
export type CallLeg = {
  __typename?: 'CallLeg';
  /** Caller, E.164. */
  from: Scalars['String']['output'];
  /** CUSTOMER (the number's connection) or LINE (the operator's verification line). */
  placedBy: CallLegPlacer;
  /** The provider that placed it. */
  provider: Provider;
  /** OUTBOUND (from the number) or INBOUND (to it). */
  role: CallLegRole;
  /** What happened to it, in order. */
  timeline: Array<CallLegEvent>;
  /** Destination, E.164. */
  to: Scalars['String']['output'];
};

/** One step of a call, in order. */
export type CallLegEvent = {
  __typename?: 'CallLegEvent';
  /** When (ISO-8601). */
  at: Scalars['String']['output'];
  /** The carrier's code, where there is one. */
  carrierCode?: Maybe<Scalars['String']['output']>;
  /** What happened. */
  kind: CallLegEventKind;
  /** Milliseconds since the test call started. */
  ms: Scalars['Int']['output'];
  /** The provider's own word for it (Twilio `no-answer`, Telnyx `user_busy`, SIP `486`). */
  providerStatus?: Maybe<Scalars['String']['output']>;
  /** The call’s progress, for PLACED, STATUS, CANCELED and REFUSED. */
  status?: Maybe<CallLegStatus>;
  /** How it arrived: `http`, `sip-udp`, `sip-tcp` or `sip-tls`. */
  transport?: Maybe<Scalars['String']['output']>;
};

/** What happened to a call. */
export type CallLegEventKind =
  /** It arrived at Trunkline's ingress, with a valid signature (or from a trusted SIP source). */
  | 'ARRIVED'
  /** Trunkline cancelled it after the bound, as nothing arrived. */
  | 'CANCELED'
  /** The provider could not be reached. */
  | 'ERROR'
  /** The provider accepted the request to place it. */
  | 'PLACED'
  /** The provider refused to place it (see carrierCode). */
  | 'REFUSED'
  /** Trunkline refused it before answer (busy): it was never answered. */
  | 'REJECTED'
  /** The provider reported its progress (see status and carrierCode). */
  | 'STATUS'
  /** A matching call arrived whose signature could not be checked: noted, proves nothing. */
  | 'UNAUTHENTICATED';

/** Whose account placed a call. */
export type CallLegPlacer =
  /** The number's own connection. */
  | 'CUSTOMER'
  /** The operator's verification line. */
  | 'LINE';

/** Which check a call proves. */
export type CallLegRole =
  /** A call to the number: calls to it reach the platform. */
  | 'INBOUND'
  /** A call from the number: it can call out with itself as caller ID. */
  | 'OUTBOUND';

/** A call's progress, in one vocabulary for every provider. */
export type CallLegStatus =
  /** Answered (never by Trunkline). */
  | 'ANSWERED'
  /** Refused busy (SIP 486). */
  | 'BUSY'
  /** Cancelled before an answer. */
  | 'CANCELED'
  /** Ended after an answer. */
  | 'COMPLETED'
  /** Could not be completed as dialled. */
  | 'FAILED'
  /** Not answered in time. */
  | 'NO_ANSWER'
  /** Accepted by the provider. */
  | 'PLACED'
  /** Refused (SIP 603). */
  | 'REJECTED'
  /** The far end is alerted. */
  | 'RINGING';

/** What a number can do. */
export type Capabilities = {
  __typename?: 'Capabilities';
  /** MMS messages. */
  mms: Scalars['Boolean']['output'];
  /** SMS messages. */
  sms: Scalars['Boolean']['output'];
  /** Voice calls. */
  voice: Scalars['Boolean']['output'];
};

/** A number capability. */
export type Capability =
  /** MMS messages. */
  | 'MMS'
  /** SMS messages. */
  | 'SMS'
  /** Voice calls. */
  | 'VOICE';

/** One check: its status, a machine code and a sentence for people. */
export type Check = {
  __typename?: 'Check';
  /** Machine code, e.g. `credentials_rejected`, `sip_auth_required`, `guided_setup`; explained at /docs/errors. */
  code: Scalars['String']['output'];
  /** What was found, and on a failure what to fix. Safe to show. */
  detail: Scalars['String']['output'];
  /** PASS, FAIL or NOT_APPLICABLE. */
  status: CheckStatus;
};

/** The three checks of a credential test. */
export type CheckName =
  /** The provider (or the SIP trunk) accepts the credentials. */
  | 'CREDENTIALS_VALID'
  /** Calls to the numbers can reach the platform. */
  | 'INBOUND_REACHABLE'
  /** Calls from the numbers are allowed. */
  | 'OUTBOUND_AUTHORIZED';

/** The outcome of one check. */
export type CheckStatus =
  /** The check failed; its detail says what to fix. */
  | 'FAIL'
  /** The check does not apply here (or could not run); it does not fail the test. */
  | 'NOT_APPLICABLE'
  /** The check could not run (a test call with no number to call, or an arrival whose signature could not be checked); its detail says why. It fails nothing. */
  | 'NOT_CHECKED'
  /** The check passed. */
  | 'PASS';

/** The three checks of a credential test. */
export type Checks = {
  __typename?: 'Checks';
  /** The provider (or SIP trunk) accepts the credentials. */
  credentialsValid: Check;
  /** Calls to the numbers can reach the platform. */
  inboundReachable: Check;
  /** Calls from the numbers are allowed. */
  outboundAuthorized: Check;
};

/** The resource's state does not allow this now, e.g. `connection_not_ready`, `connection_missing`, `number_released`, `no_provider_inventory`, `credentials_unreadable`. */
export type ConflictError = Error & {
  __typename?: 'ConflictError';
  /** Machine code to branch on, e.g. `evidence_reused` or `connection_not_ready`; every code is explained at /docs/errors. */
  code: Scalars['String']['output'];
  /** A sentence to show the user. It never contains a credential or a raw provider answer. */
  message: Scalars['String']['output'];
};

/** A single-use link that lets someone without an API key (a customer's IT admin) test carrier credentials and create one connection for this organization, in the console at /connect/{token}. Its token is shown once, in the URL createConnectLink returns. */
export type ConnectLink = {
  __typename?: 'ConnectLink';
  /** Whether its opener may list the new connection's available numbers once it is created. */
  allowAvailableNumbers: Scalars['Boolean']['output'];
  /** The connection it created. */
  connectionId?: Maybe<Scalars['ID']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When it stops opening. */
  expiresAt: Scalars['DateTime']['output'];
  /** The link id (the same integer as in REST). */
  id: Scalars['ID']['output'];
  /** A name to recognise it by; its opener sees it too. */
  label: Scalars['String']['output'];
  /** The provider its connection must be at, or null: the opener chooses. */
  provider?: Maybe<Provider>;
  /** When it was revoked. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** PENDING, USED, EXPIRED or REVOKED. */
  state: ConnectLinkState;
  /** The connection name the console proposes to its opener. */
  suggestedName?: Maybe<Scalars['String']['output']>;
  /** When it created its connection. */
  usedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of connect links, newest first. */
export type ConnectLinkList = {
  __typename?: 'ConnectLinkList';
  /** The items of this page, each with its cursor. */
  edges: Array<ConnectLinkListEdge>;
  /** Whether there is a next page, and the cursor to read it. */
  pageInfo: PageInfo;
  /** How many items the whole list holds with these filters (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A connect link and its cursor. */
export type ConnectLinkListEdge = {
  __typename?: 'ConnectLinkListEdge';
  /** Where this item is in the list: pass it as `after` to read on from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ConnectLink;
};

/** Where a connect link stands. */
export type ConnectLinkState =
  /** Its time ran out before it was used. */
  | 'EXPIRED'
  /** Not used yet: whoever opens it can create one connection until expiresAt. */
  | 'PENDING'
  /** Revoked by the organization: it opens nothing. */
  | 'REVOKED'
  /** It created its connection (connectionId); it creates no other. */
  | 'USED';

/** What the opener of a connect link sees: the link, which organization asks, and the connection once created. Nothing else of the organization. */
export type ConnectSession = {
  __typename?: 'ConnectSession';
  /** Whether the new connection's availableNumbers may be listed. */
  allowAvailableNumbers: Scalars['Boolean']['output'];
  /** The connection the link created (null while PENDING, or once deleted). */
  connection?: Maybe<Connection>;
  /** When the link stops opening. */
  expiresAt: Scalars['DateTime']['output'];
  /** The link's label. */
  label: Scalars['String']['output'];
  /** The organization the connection is for. */
  organizationName: Scalars['String']['output'];
  /** The provider the connection must be at, or null: any. */
  provider?: Maybe<Provider>;
  /** PENDING until the connection is created, then USED. */
  state: ConnectSessionState;
  /** A connection name to propose. */
  suggestedName?: Maybe<Scalars['String']['output']>;
};

/** What the opener of a connect link can still do. */
export type ConnectSessionState =
  /** Test credentials and create the connection. */
  | 'PENDING'
  /** The connection is created; the link creates no other. */
  | 'USED';

/** A connection to an organization's own telephony provider account. Its credentials are write-only: never returned once saved. */
export type Connection = {
  __typename?: 'Connection';
  /** Numbers the provider account holds, read live. Numbers this organization holds already are left out unless includeImported; numbers another organization has proven through its provider account are always left out. A connection in ERROR or a provider that is down is a typed error, never an empty list. */
  availableNumbers: AvailableNumbersResult;
  /** When the connection was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the credentials were last rotated, if ever. */
  credentialsRotatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether sealed credentials are on file. */
  hasCredentials: Scalars['Boolean']['output'];
  /** The connection id (the same integer as in REST). */
  id: Scalars['ID']['output'];
  /** True when the name was suggested by the provider, not chosen. */
  inferredName: Scalars['Boolean']['output'];
  /** Set when the last test failed (status ERROR). */
  lastError?: Maybe<ConnectionError>;
  /** Last successful credential test. */
  lastTestedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** When Trunkline next re-tests the stored credentials by itself (null when re-checks are off or not due). */
  nextCheckAt?: Maybe<Scalars['DateTime']['output']>;
  /** Phone numbers imported through this connection (not released). */
  numbersImported: Scalars['Int']['output'];
  /** Which provider the account is at. */
  provider: Provider;
  /** How the connection was set up. */
  setupMethod: SetupMethod;
  /** SIP settings, redacted. */
  sipConfig: SipConfig;
  /** Where the connection stands; ERROR comes with lastError. */
  status: ConnectionStatus;
  /** When the connection last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A connection to an organization's own telephony provider account. Its credentials are write-only: never returned once saved. */
export type ConnectionAvailableNumbersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  capability?: InputMaybe<Capability>;
  contains?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeImported?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Why the last test of a connection failed. */
export type ConnectionError = {
  __typename?: 'ConnectionError';
  /** When it was found. */
  at: Scalars['DateTime']['output'];
  /** Machine code, e.g. `credentials_rejected`; explained at /docs/errors. */
  code: Scalars['String']['output'];
  /** What was found and what to fix. */
  detail: Scalars['String']['output'];
};

/** A connection changed: its status, name, credentials, numbers or a re-check result. Or it was deleted. */
export type ConnectionEvent = {
  __typename?: 'ConnectionEvent';
  /** The connection as it is now; null once deleted. */
  connection?: Maybe<Connection>;
  /** True when the connection was deleted (connection is then null). */
  deleted: Scalars['Boolean']['output'];
  /** The connection id. */
  id: Scalars['ID']['output'];
};

/** A connection, by id. */
export type ConnectionIdInput = {
  /** The connection id. */
  id: Scalars['ID']['input'];
};

/** A page of connections, newest first. */
export type ConnectionList = {
  __typename?: 'ConnectionList';
  /** The items of this page, each with its cursor. */
  edges: Array<ConnectionListEdge>;
  /** Whether there is a next page, and the cursor to read it. */
  pageInfo: PageInfo;
};

/** A connection and its cursor. */
export type ConnectionListEdge = {
  __typename?: 'ConnectionListEdge';
  /** Where this item is in the list: pass it as `after` to read on from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Connection;
};

/** Where a connection stands. */
export type ConnectionStatus =
  /** The last test passed: numbers can be listed, imported and verified. */
  | 'CONNECTED'
  /** The last test failed or the provider refused the credentials; lastError says why. */
  | 'ERROR'
  /** Saved, not tested yet. */
  | 'PENDING'
  /** A retest is running. */
  | 'TESTING';

/** The connection after a retest, and the checks that decided its status. */
export type ConnectionTestResult = {
  __typename?: 'ConnectionTestResult';
  /** Each check of the retest. */
  checks: Checks;
  /** The connection, CONNECTED or ERROR. */
  connection: Connection;
  /** The failed checks (empty when CONNECTED). */
  failures: Array<TestFailure>;
};

/** A new API key. */
export type CreateApiKeyInput = {
  /** A name to recognise the key by, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** What the key may do; omitted: every scope. Only scopes the calling key holds itself (else `insufficient_scope`, naming the missing ones); a scope brings what it implies (e.g. CONNECTIONS_WRITE brings CONNECTIONS_READ). */
  scopes?: InputMaybe<Array<ApiKeyScope>>;
};

/** What createApiKey returns when it succeeds. */
export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** The key and its secret. */
  created: CreatedApiKey;
};

/** CreateApiKeyPayload on success, or one of the errors createApiKey can fail with. */
export type CreateApiKeyResult = ConflictError | CreateApiKeyPayload | ValidationError;

/** A new connect link. */
export type CreateConnectLinkInput = {
  /** Let its opener list the new connection's available numbers once it is created (default false). */
  allowAvailableNumbers?: InputMaybe<Scalars['Boolean']['input']>;
  /** When it stops opening: in the future, at most 30 days ahead. Omitted: 7 days from now. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A name to recognise it by, 1 to 200 characters; its opener sees it ("Acme: connect your Twilio account"). */
  label: Scalars['String']['input'];
  /** The provider the connection must be at; omitted: the opener chooses. */
  provider?: InputMaybe<Provider>;
  /** A connection name for the console to propose. */
  suggestedName?: InputMaybe<Scalars['String']['input']>;
};

/** What createConnectLink returns when it succeeds. */
export type CreateConnectLinkPayload = {
  __typename?: 'CreateConnectLinkPayload';
  /** The link and its URL. */
  created: CreatedConnectLink;
};

/** CreateConnectLinkPayload on success, or one of the errors createConnectLink can fail with. */
export type CreateConnectLinkResult = ConflictError | CreateConnectLinkPayload | ValidationError;

/** A connection to save, from credentials that passed testCredentials. */
export type CreateConnectionInput = {
  /** The same credentials that were tested. */
  credentials: CredentialsInput;
  /** Display name, up to 200 characters; defaults to the suggested name from the test. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the provider's first method (API_KEY; MANUAL for SIP trunks). */
  setupMethod?: InputMaybe<SetupMethod>;
  /** The SIP settings that were tested (a SIP trunk needs its domain). */
  sipConfig?: InputMaybe<SipConfigInput>;
  /** The verificationEvidenceId of a passing testCredentials of these same credentials (single use, 10 minutes). Required. */
  verificationEvidenceId?: InputMaybe<Scalars['String']['input']>;
};

/** What createConnection returns when it succeeds. */
export type CreateConnectionPayload = {
  __typename?: 'CreateConnectionPayload';
  /** The saved connection. */
  connection: Connection;
};

/** CreateConnectionPayload on success, or one of the errors createConnection can fail with. */
export type CreateConnectionResult = CreateConnectionPayload | CredentialsReverificationError | EvidenceError | ProviderRejectedError | ProviderUnavailableError | ValidationError;

/** A new webhook endpoint. */
export type CreateWebhookEndpointInput = {
  /** The event types to receive, at least one: of `voip_connection.created`, `voip_connection.updated`, `voip_connection.credentials_rotated`, `voip_connection.status_changed`, `voip_connection.deleted`, `phone_number.imported`, `phone_number.verified`, `phone_number.verification_failed`, `phone_number.updated`, `phone_number.released`, `test_call.completed`. */
  events: Array<Scalars['String']['input']>;
  /** A name to recognise it by, 1 to 120 characters. */
  label: Scalars['String']['input'];
  /** Where to POST events: https://…, or http://localhost / 127.0.0.1 for development. Hosts that resolve to private, loopback, link-local or metadata addresses are refused. */
  url: Scalars['String']['input'];
};

/** What createWebhookEndpoint returns when it succeeds. */
export type CreateWebhookEndpointPayload = {
  __typename?: 'CreateWebhookEndpointPayload';
  /** The endpoint and its signing secret. */
  created: CreatedWebhookEndpoint;
};

/** CreateWebhookEndpointPayload on success, or one of the errors createWebhookEndpoint can fail with. */
export type CreateWebhookEndpointResult = ConflictError | CreateWebhookEndpointPayload | ValidationError;

/** A new key and its secret, which is never shown again. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  /** The key as listed from now on. */
  apiKey: ApiKey;
  /** The key to send as `Authorization: Bearer …`. Store it now: it is shown only here. */
  secret: Scalars['String']['output'];
};

/** A new connect link and its URL, which is never shown again. */
export type CreatedConnectLink = {
  __typename?: 'CreatedConnectLink';
  /** The link as listed from now on. */
  connectLink: ConnectLink;
  /** The console page that opens it, /connect/{token}: send it to whoever holds the credentials. It is shown only here (only a hash of its token is stored). */
  url: Scalars['String']['output'];
};

/** A new endpoint and its signing secret, which is never shown again. */
export type CreatedWebhookEndpoint = {
  __typename?: 'CreatedWebhookEndpoint';
  /** The endpoint as listed from now on. */
  endpoint: WebhookEndpoint;
  /** The signing secret, `whsec_…` (Standard Webhooks). Store it now: it is shown only here. */
  secret: Scalars['String']['output'];
};

/** The outcome of testing credentials. On PASS it carries single-use verification evidence. */
export type CredentialTest = {
  __typename?: 'CredentialTest';
  /** The provider account's own name, when it has one. */
  accountName?: Maybe<Scalars['String']['output']>;
  /** Each check with its status and detail. */
  checks: Checks;
  /** When the evidence stops being accepted (10 minutes by default). */
  evidenceExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The failed checks (empty on PASS). */
  failures: Array<TestFailure>;
  /** PASS when no check failed. */
  status: TestStatus;
  /** A name for the connection, e.g. "Twilio: Acme Main (+15550001234)"; createConnection uses it when no name is given. */
  suggestedConnectionName: Scalars['String']['output'];
  /** On PASS: pass it to createConnection or rotateCredentials, once, with the same credentials. */
  verificationEvidenceId?: Maybe<Scalars['String']['output']>;
};

/** Exactly one provider's credentials; the member chosen is the provider. */
export type CredentialsInput =
  /** SIP trunk credentials. */
  { manual: ManualCredentialsInput; signalwire?: never; telnyx?: never; twilio?: never; vonage?: never; }
  |  /** SignalWire credentials. */
  { manual?: never; signalwire: SignalWireCredentialsInput; telnyx?: never; twilio?: never; vonage?: never; }
  |  /** Telnyx credentials. */
  { manual?: never; signalwire?: never; telnyx: TelnyxCredentialsInput; twilio?: never; vonage?: never; }
  |  /** Twilio credentials. */
  { manual?: never; signalwire?: never; telnyx?: never; twilio: TwilioCredentialsInput; vonage?: never; }
  |  /** Vonage credentials. */
  { manual?: never; signalwire?: never; telnyx?: never; twilio?: never; vonage: VonageCredentialsInput; };

/** The credentials differ from the ones the evidence was issued for. Code `credentials_failed_reverification`. */
export type CredentialsReverificationError = Error & {
  __typename?: 'CredentialsReverificationError';
  /** Machine code to branch on, e.g. `evidence_reused` or `connection_not_ready`; every code is explained at /docs/errors. */
  code: Scalars['String']['output'];
  /** A sentence to show the user. It never contains a credential or a raw provider answer. */
  message: Scalars['String']['output'];
};

/** What deleteConnection returns when it succeeds. */
export type DeleteConnectionPayload = {
  __typename?: 'DeleteConnectionPayload';
  /** Which connection was deleted. */
  deleted: DeletedConnection;
};

/** DeleteConnectionPayload on success, or one of the errors deleteConnection can fail with. */
export type DeleteConnectionResult = DeleteConnectionPayload | NotFoundError | ValidationError;

/** What deleteWebhookEndpoint returns when it succeeds. */
export type DeleteWebhookEndpointPayload = {
  __typename?: 'DeleteWebhookEndpointPayload';
  /** Which endpoint was deleted. */
  deleted: DeletedWebhookEndpoint;
};

/** DeleteWebhookEndpointPayload on success, or one of the errors deleteWebhookEndpoint can fail with. */
export type DeleteWebhookEndpointResult = DeleteWebhookEndpointPayload | NotFoundError | ValidationError;

/** The id of the connection that was deleted. */
export type DeletedConnection = {
  __typename?: 'DeletedConnection';
  /** The id the connection had. */
  id: Scalars['ID']['output'];
};

/** The id of the webhook endpoint that was deleted. */
export type DeletedWebhookEndpoint = {
  __typename?: 'DeletedWebhookEndpoint';
  /** The id the endpoint had. */
  id: Scalars['ID']['output'];
};

/** An expected failure. `code` is stable, and the REST API returns the same codes; `message` is for people. */
export type Error = {
  /** Machine code to branch on, e.g. `evidence_reused` or `connection_not_ready`; every code is explained at /docs/errors. */
  code: Scalars['String']['output'];
  /** A sentence to show the user. It never contains a credential or a raw provider answer. */
  message: Scalars['String']['output'];
};

/** The verification evidence is missing, used, expired, or for another provider: test the credentials again. Codes `evidence_missing`, `evidence_reused`, `evidence_stale`, `provider_mismatch`. */
export type EvidenceError = Error & {
  __typename?: 'EvidenceError';
  /** Machine code to branch on, e.g. `evidence_reused` or `connection_not_ready`; every code is explained at /docs/errors. */
  code: Scalars['String']['output'];
  /** A sentence to show the user. It never contains a credential or a raw provider answer. */
  message: Scalars['String']['output'];
};

/** One invalid input field. */
export type FieldError = {
  __typename?: 'FieldError';
  /** What is wrong with it, e.g. "is required". Never echoes the value. */
  message: Scalars['String']['output'];
  /** Dotted path in API terms, e.g. `credentials.account_sid` or `sip_config.domain`. */
  path: Scalars['String']['output'];
};

/** What happened to one number of an import. */
export type ImportNumberResult = {
  __typename?: 'ImportNumberResult';
  /** Why it failed: `invalid_number`; `not_in_account` (the provider account does not list it, or another organization has proven it: one answer for both); `number_limit_reached` (the organization holds its limit of numbers). */
  code?: Maybe<Scalars['String']['output']>;
  /** The number as given (E.164 when valid). */
  number: Scalars['String']['output'];
  /** What happened to it. */
  outcome: ImportOutcome;
  /** The phone number, unless it failed. */
  phoneNumber?: Maybe<PhoneNumber>;
};

/** Numbers to import through a connection. */
export type ImportNumbersInput = {
  /** The connection whose provider account holds them. */
  connectionId: Scalars['ID']['input'];
  /** E.164 numbers, 1 to 1000; for a connection with an inventory, numbers from availableNumbers. */
  numbers: Array<Scalars['String']['input']>;
};

/** What importNumbers returns when it succeeds. */
export type ImportNumbersPayload = {
  __typename?: 'ImportNumbersPayload';
  /** One result per number, and the counts. */
  report: ImportNumbersReport;
};

/** One result per distinct number, and the counts. */
export type ImportNumbersReport = {
  __typename?: 'ImportNumbersReport';
  /** How many this organization already held. */
  alreadyImported: Scalars['Int']['output'];
  /** How many could not be imported. */
  failed: Scalars['Int']['output'];
  /** How many were imported now. */
  imported: Scalars['Int']['output'];
  /** One result per distinct number, in the order given. */
  results: Array<ImportNumberResult>;
};

/** ImportNumbersPayload on success, or one of the errors importNumbers can fail with. */
export type ImportNumbersResult = ConflictError | ImportNumbersPayload | NotFoundError | ProviderRejectedError | ProviderUnavailableError | ValidationError;

/** What happened to one number of an import. */
export type ImportOutcome =
  /** This organization already held it; nothing changed. */
  | 'ALREADY_IMPORTED'
  /** Not imported; code says why. */
  | 'FAILED'
  /** Imported now; it starts PROVISIONING. */
  | 'IMPORTED';

/** Whether this organization can import a provider number. */
export type ImportState =
  /** This organization does not hold it: it can be imported. */
  | 'AVAILABLE'
  /** Already imported by this organization. */
  | 'IMPORTED_HERE'
  /** Never returned. */
  | 'IN_OTHER_ORG';

/** SIP trunk credentials. Write-only: never returned once saved. */
export type ManualCredentialsInput = {
  /** Password (write-only): Digest password (with the username); only ever sent hashed. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** Username: Digest username, if the trunk authenticates (with the password). */
  username?: InputMaybe<Scalars['String']['input']>;
};

/** Each mutation takes one input and returns its payload or a typed error. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Creates an API key for the organization, with every scope or the ones named (never one the calling key lacks: `insufficient_scope`). Its secret is in this answer only. An organization holds at most 50 active keys (TRUNKLINE_MAX_API_KEYS_PER_ORG): one more is a ConflictError `api_key_limit_reached` until one is revoked. Needs the API key scope `keys:manage`. */
  createApiKey: CreateApiKeyResult;
  /** Creates a connect link, PENDING. Its URL (with its token) is in this answer only. An organization holds at most 100 pending links: one more is a ConflictError `connect_link_limit_reached`. Needs the API key scope `connections:write`. */
  createConnectLink: CreateConnectLinkResult;
  /** Saves a connection from tested credentials, consuming the evidence. Status CONNECTED. For Telnyx without a connectionId, sets routing up at Telnyx first. Needs the API key scope `connections:write`. A connect link may call it until it has created its connection. */
  createConnection: CreateConnectionResult;
  /** Creates a webhook endpoint, ACTIVE. Its signing secret is in this answer only. An organization holds at most 20: one more is a ConflictError `webhook_endpoint_limit_reached`. Needs the API key scope `webhooks:manage`. */
  createWebhookEndpoint: CreateWebhookEndpointResult;
  /** Deletes a connection and its sealed credentials. Its phone numbers stay in the organization, unlinked; nothing is released at the provider. Needs the API key scope `connections:write`. */
  deleteConnection: DeleteConnectionResult;
  /** Deletes a webhook endpoint; its pending deliveries and its delivery log go with it. Needs the API key scope `webhooks:manage`. */
  deleteWebhookEndpoint: DeleteWebhookEndpointResult;
  /** Imports numbers from the connection’s provider account as PROVISIONING phone numbers. Needs the API key scope `numbers:write`. */
  importNumbers: ImportNumbersResult;
  /** Releases a number: restores its previous provider routing (never deletes it there). Needs the API key scope `numbers:write`. */
  releasePhoneNumber: ReleasePhoneNumberResult;
  /** Tests the stored credentials again: CONNECTED, or ERROR with lastError. A provider that cannot be reached changes nothing. Needs the API key scope `connections:write`. */
  retestConnection: RetestConnectionResult;
  /** Sends a delivery again, whatever its status: it is PENDING and due at once, with the same event (the same webhook-id and body). Needs the API key scope `webhooks:manage`. */
  retryWebhookDelivery: RetryWebhookDeliveryResult;
  /** Revokes an API key at once; requests with it are refused from now on. Needs the API key scope `keys:manage`. */
  revokeApiKey: RevokeApiKeyResult;
  /** Revokes a connect link at once: it opens nothing from now on (a connection it created stays). Revoking a revoked link changes nothing. Needs the API key scope `connections:write`. */
  revokeConnectLink: RevokeConnectLinkResult;
  /** Replaces the stored credentials with freshly tested ones. The old ones stay until the new ones commit; a failed rotation changes nothing. Needs the API key scope `connections:write`. */
  rotateCredentials: RotateCredentialsResult;
  /** Replaces the signing secret; the new one is in this answer only. For 24 hours the previous secret also signs each delivery (a second signature), so receivers can roll without losing events. Needs the API key scope `webhooks:manage`. */
  rotateWebhookEndpointSecret: RotateWebhookEndpointSecretResult;
  /** Asks the provider for a display name for these credentials (for the onboarding form). Issues no evidence. Needs the API key scope `connections:write`. A connect link may call it until it has created its connection. */
  suggestConnectionName: SuggestConnectionNameResult;
  /** Places the two calls of a verification on demand (REST test-call): one from the number, one to it, each refused before answer at Trunkline's ingress and cancelled after the bound if it never arrives. Changes nothing on the number. One at a time per number; an organization may start a few per 15 minutes (429 past it). Progress arrives over testCallUpdated. Needs the API key scope `verification:call`. */
  testCall: TestCallResult;
  /** Probes the provider with raw credentials. Nothing is saved but, on PASS, single-use evidence for createConnection. Needs the API key scope `connections:write`. A connect link may call it until it has created its connection. */
  testCredentials: TestCredentialsResult;
  /** Renames, changes SIP settings and/or rotates credentials, all or nothing. Needs the API key scope `connections:write`. */
  updateConnection: UpdateConnectionResult;
  /** Assigns inbound/outbound agents and a label. Needs the API key scope `numbers:write`. */
  updatePhoneNumber: UpdatePhoneNumberResult;
  /** Changes the label, URL, event types and/or status of an endpoint, all or nothing. Needs the API key scope `webhooks:manage`. */
  updateWebhookEndpoint: UpdateWebhookEndpointResult;
  /** Verifies a number (REST verify-voip): routes its inbound calls to Trunkline's ingress (which hands every call but its test calls on to the platform), checks outbound authorization, then places two real calls that are refused before answer — one from the number, one to it. Every check that ran passes: ACTIVE. One fails: the failures say what to fix, and it can be verified again. Needs the API key scope `verification:call`. */
  verifyPhoneNumber: VerifyPhoneNumberResult;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationCreateConnectLinkArgs = {
  input: CreateConnectLinkInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationCreateConnectionArgs = {
  input: CreateConnectionInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationDeleteConnectionArgs = {
  input: ConnectionIdInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationDeleteWebhookEndpointArgs = {
  input: WebhookEndpointIdInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationImportNumbersArgs = {
  input: ImportNumbersInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationReleasePhoneNumberArgs = {
  input: PhoneNumberIdInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationRetestConnectionArgs = {
  input: ConnectionIdInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationRetryWebhookDeliveryArgs = {
  input: RetryWebhookDeliveryInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationRevokeConnectLinkArgs = {
  input: RevokeConnectLinkInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationRotateCredentialsArgs = {
  input: RotateCredentialsInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationRotateWebhookEndpointSecretArgs = {
  input: WebhookEndpointIdInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationSuggestConnectionNameArgs = {
  input: TestCredentialsInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationTestCallArgs = {
  input: TestCallInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationTestCredentialsArgs = {
  input: TestCredentialsInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationUpdateConnectionArgs = {
  input: UpdateConnectionInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationUpdatePhoneNumberArgs = {
  input: UpdatePhoneNumberInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationUpdateWebhookEndpointArgs = {
  input: UpdateWebhookEndpointInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationVerifyPhoneNumberArgs = {
  input: PhoneNumberIdInput;
};

/** A display name inferred from the provider account. */
export type NameSuggestion = {
  __typename?: 'NameSuggestion';
  /** The provider account's own name, when it has one. */
  accountName?: Maybe<Scalars['String']['output']>;
  /** A name to show in a form, e.g. "Vonage: Acme (+12025550100)". */
  suggestedName: Scalars['String']['output'];
};

/** No such resource in this organization (another organization's ids look the same). Code `not_found`. */
export type NotFoundError = Error & {
  __typename?: 'NotFoundError';
  /** Machine code to branch on, e.g. `evidence_reused` or `connection_not_ready`; every code is explained at /docs/errors. */
  code: Scalars['String']['output'];
  /** A sentence to show the user. It never contains a credential or a raw provider answer. */
  message: Scalars['String']['output'];
};

/** The organization an API key belongs to. */
export type Organization = {
  __typename?: 'Organization';
  /** When the organization was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The organization id. */
  id: Scalars['ID']['output'];
  /** The organization name. */
  name: Scalars['String']['output'];
};

/** Where a page stands in its list. Lists page forward only, with first/after. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of this page: pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow: read them with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Always false: lists page forward only. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item of this page, or null for an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A phone number of the organization. Imported numbers start PROVISIONING until verify-voip passes. */
export type PhoneNumber = {
  __typename?: 'PhoneNumber';
  /** What the number can do. */
  capabilities: Capabilities;
  /** ISO 3166 alpha-2 country, e.g. US. */
  country?: Maybe<Scalars['String']['output']>;
  /** When it was imported. */
  createdAt: Scalars['DateTime']['output'];
  /** The provider's name for the number. */
  friendlyName?: Maybe<Scalars['String']['output']>;
  /** The phone number id (the same integer as in REST). */
  id: Scalars['ID']['output'];
  /** The agent that answers inbound calls, if assigned. */
  inboundAgentId?: Maybe<Scalars['ID']['output']>;
  /** Your own label for the number. */
  label?: Maybe<Scalars['String']['output']>;
  /** The number, in E.164 (+14155550100). */
  number: Scalars['String']['output'];
  /** The agent that places outbound calls, if assigned. */
  outboundAgentId?: Maybe<Scalars['ID']['output']>;
  /** Where it came from: VOIP for imported numbers. */
  source: PhoneNumberSource;
  /** PROVISIONING until verification passes, then ACTIVE. */
  status: PhoneNumberStatus;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** What failed in the last verification, to fix before verifying again (empty before the first and once it passes). */
  verificationFailures: Array<VerificationFailure>;
  /** The connection it was imported through; null once that is deleted. */
  voipConnectionId?: Maybe<Scalars['ID']['output']>;
  /** When verification last passed. */
  voipLastVerifiedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Result of the last verification. */
  voipVerificationStatus: VoipVerificationStatus;
};

/** A phone number changed: imported, verified, assigned agents, or released. */
export type PhoneNumberEvent = {
  __typename?: 'PhoneNumberEvent';
  /** The phone number id. */
  id: Scalars['ID']['output'];
  /** The phone number as it is now. */
  phoneNumber?: Maybe<PhoneNumber>;
};

/** A phone number, by id. */
export type PhoneNumberIdInput = {
  /** The phone number id. */
  id: Scalars['ID']['input'];
};

/** A page of phone numbers, newest first. */
export type PhoneNumberList = {
  __typename?: 'PhoneNumberList';
  /** The items of this page, each with its cursor. */
  edges: Array<PhoneNumberListEdge>;
  /** Whether there is a next page, and the cursor to read it. */
  pageInfo: PageInfo;
  /** How many items the whole list holds with these filters (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A phone number and its cursor. */
export type PhoneNumberListEdge = {
  __typename?: 'PhoneNumberListEdge';
  /** Where this item is in the list: pass it as `after` to read on from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: PhoneNumber;
};

/** Where a phone number came from. */
export type PhoneNumberSource =
  /** A demo number of the platform. */
  | 'DEMO'
  /** Imported from the organization's own provider account. */
  | 'VOIP';

/** Lifecycle of a phone number. */
export type PhoneNumberStatus =
  /** Verified: inbound routing and outbound authorization both passed. */
  | 'ACTIVE'
  /** Could not be provisioned. */
  | 'FAILED'
  /** Imported, not verified yet: run verifyPhoneNumber. */
  | 'PROVISIONING'
  /** Released: its provider routing was put back; it may be imported again. */
  | 'RELEASED';

/** The outcome of verify-voip: inbound routing and outbound authorization, then a real call from the number and one to it. */
export type PhoneNumberVerification = {
  __typename?: 'PhoneNumberVerification';
  /** The failed checks (empty when VERIFIED). */
  failures: Array<VerificationFailure>;
  /** A real call to the number reached Trunkline’s ingress (NOT_CHECKED when nothing could call it). */
  inboundCall: CallCheck;
  /** Inbound calls to the number reach the platform. */
  inboundRouting: VerificationCheck;
  /** Calls from the number are allowed. */
  outboundAuthorization: VerificationCheck;
  /** A real call from the number arrived (NOT_CHECKED when nothing could be called). */
  outboundCall: CallCheck;
  /** The number after verification: ACTIVE when it passed. */
  phoneNumber: PhoneNumber;
  /** VERIFIED or FAILED. */
  status: VoipVerificationStatus;
  /** The calls placed, with their timelines; null when none was placed. */
  testCall?: Maybe<TestCall>;
};

/** A telephony provider, or any SIP trunk (MANUAL). */
export type Provider =
  /** Any SIP trunk, probed over SIP; its numbers are declared at import. */
  | 'MANUAL'
  /** SignalWire (Compatibility API on your Space). */
  | 'SIGNALWIRE'
  /** Telnyx (API v2). */
  | 'TELNYX'
  /** Twilio (REST API 2010-04-01). */
  | 'TWILIO'
  /** Vonage, formerly Nexmo. */
  | 'VONAGE';

/** One field of a provider form. */
export type ProviderField = {
  __typename?: 'ProviderField';
  /** Help text for the field. */
  description: Scalars['String']['output'];
  /** The camelCase name in GraphQL inputs. */
  graphqlName: Scalars['String']['output'];
  /** The label to show, as the provider names it (e.g. Account SID). */
  label: Scalars['String']['output'];
  /** The snake_case name the REST API uses. */
  name: Scalars['String']['output'];
  /** Whether the form must have it. */
  required: Scalars['Boolean']['output'];
  /** A secret: use a password input, and never put the value back into the page. Write-only once saved. */
  secret: Scalars['Boolean']['output'];
};

/** A provider, its setup methods and the fields its form needs. */
export type ProviderInfo = {
  __typename?: 'ProviderInfo';
  /** The credential fields its form needs, in order. */
  credentialFields: Array<ProviderField>;
  /** Its name, to show (e.g. SIP trunk). */
  displayName: Scalars['String']['output'];
  /** The provider. */
  id: Provider;
  /** How it can be set up; the first is the default. */
  setupMethods: Array<SetupMethod>;
  /** The SIP settings its form can have, in order. */
  sipConfigFields: Array<ProviderField>;
};

/** The provider answered but refused: `credentials_rejected` means the saved credentials stopped working (the connection is now ERROR; rotate them). */
export type ProviderRejectedError = Error & {
  __typename?: 'ProviderRejectedError';
  /** Machine code to branch on, e.g. `evidence_reused` or `connection_not_ready`; every code is explained at /docs/errors. */
  code: Scalars['String']['output'];
  /** A sentence to show the user. It never contains a credential or a raw provider answer. */
  message: Scalars['String']['output'];
};

/** The provider could not be reached (down, timing out, rate limiting us); nothing was changed, try again. Code `provider_unavailable`. */
export type ProviderUnavailableError = Error & {
  __typename?: 'ProviderUnavailableError';
  /** Machine code to branch on, e.g. `evidence_reused` or `connection_not_ready`; every code is explained at /docs/errors. */
  code: Scalars['String']['output'];
  /** A sentence to show the user. It never contains a credential or a raw provider answer. */
  message: Scalars['String']['output'];
};

/** Everything is scoped to the organization of the API key (or connect link). */
export type Query = {
  __typename?: 'Query';
  /** The organization's API keys, newest first. Needs the API key scope `keys:manage`. */
  apiKeys: Array<ApiKey>;
  /** The organization's audit trail, newest first: who changed what, and when. Kept TRUNKLINE_AUDIT_RETENTION_DAYS (400 by default). Needs the API key scope `audit:read`. */
  auditEvents: AuditEventList;
  /** One connect link, or null if this organization has none with that id. Needs the API key scope `connections:read`. */
  connectLink?: Maybe<ConnectLink>;
  /** The organization's connect links, newest first, with their state. Needs the API key scope `connections:read`. */
  connectLinks: ConnectLinkList;
  /** The connect link the caller holds (its token as the Bearer credential): what the console's /connect/{token} page shows. Only a connect link may call it, with its token. */
  connectSession: ConnectSession;
  /** One connection, or null if this organization has none with that id. Needs the API key scope `connections:read`. */
  connection?: Maybe<Connection>;
  /** The organization's connections, newest first. Needs the API key scope `connections:read`. */
  connections: ConnectionList;
  /** One phone number, or null if this organization has none with that id. Needs the API key scope `numbers:read`. */
  phoneNumber?: Maybe<PhoneNumber>;
  /** The organization's phone numbers, newest first. Needs the API key scope `numbers:read`. */
  phoneNumbers: PhoneNumberList;
  /** Every supported provider, to draw connection forms. Any valid API key may call it. A connect link may call it too. */
  providers: Array<ProviderInfo>;
  /** Who is calling: the organization of the API key, and its scopes. Any valid API key may call it. */
  viewer: Viewer;
  /** One webhook endpoint, or null if this organization has none with that id. Needs the API key scope `webhooks:manage`. */
  webhookEndpoint?: Maybe<WebhookEndpoint>;
  /** The organization's webhook endpoints, newest first (at most 20). Needs the API key scope `webhooks:manage`. */
  webhookEndpoints: WebhookEndpointList;
};


/** Everything is scoped to the organization of the API key (or connect link). */
export type QueryAuditEventsArgs = {
  action?: InputMaybe<AuditAction>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  targetType?: InputMaybe<AuditTarget>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Everything is scoped to the organization of the API key (or connect link). */
export type QueryConnectLinkArgs = {
  id: Scalars['ID']['input'];
};


/** Everything is scoped to the organization of the API key (or connect link). */
export type QueryConnectLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything is scoped to the organization of the API key (or connect link). */
export type QueryConnectionArgs = {
  id: Scalars['ID']['input'];
};


/** Everything is scoped to the organization of the API key (or connect link). */
export type QueryConnectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  provider?: InputMaybe<Provider>;
};


/** Everything is scoped to the organization of the API key (or connect link). */
export type QueryPhoneNumberArgs = {
  id: Scalars['ID']['input'];
};


/** Everything is scoped to the organization of the API key (or connect link). */
export type QueryPhoneNumbersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  connectionId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<PhoneNumberStatus>;
};


/** Everything is scoped to the organization of the API key (or connect link). */
export type QueryWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


/** Everything is scoped to the organization of the API key (or connect link). */
export type QueryWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What releasePhoneNumber returns when it succeeds. */
export type ReleasePhoneNumberPayload = {
  __typename?: 'ReleasePhoneNumberPayload';
  /** The number, now RELEASED. */
  phoneNumber: PhoneNumber;
};

/** ReleasePhoneNumberPayload on success, or one of the errors releasePhoneNumber can fail with. */
export type ReleasePhoneNumberResult = NotFoundError | ProviderRejectedError | ProviderUnavailableError | ReleasePhoneNumberPayload | ValidationError;

/** What retestConnection returns when it succeeds. */
export type RetestConnectionPayload = {
  __typename?: 'RetestConnectionPayload';
  /** The connection and the checks. */
  result: ConnectionTestResult;
};

/** RetestConnectionPayload on success, or one of the errors retestConnection can fail with. */
export type RetestConnectionResult = ConflictError | NotFoundError | ProviderUnavailableError | RetestConnectionPayload | ValidationError;

/** A delivery of an endpoint, to send again. */
export type RetryWebhookDeliveryInput = {
  /** The delivery id. */
  deliveryId: Scalars['ID']['input'];
  /** The endpoint id. */
  endpointId: Scalars['ID']['input'];
};

/** What retryWebhookDelivery returns when it succeeds. */
export type RetryWebhookDeliveryPayload = {
  __typename?: 'RetryWebhookDeliveryPayload';
  /** The delivery, PENDING again. */
  delivery: WebhookDelivery;
};

/** RetryWebhookDeliveryPayload on success, or one of the errors retryWebhookDelivery can fail with. */
export type RetryWebhookDeliveryResult = NotFoundError | RetryWebhookDeliveryPayload | ValidationError;

/** The key to revoke. */
export type RevokeApiKeyInput = {
  /** The key id. */
  id: Scalars['ID']['input'];
};

/** What revokeApiKey returns when it succeeds. */
export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  /** The key, now inactive. */
  apiKey: ApiKey;
};

/** RevokeApiKeyPayload on success, or one of the errors revokeApiKey can fail with. */
export type RevokeApiKeyResult = NotFoundError | RevokeApiKeyPayload | ValidationError;

/** The connect link to revoke. */
export type RevokeConnectLinkInput = {
  /** The link id. */
  id: Scalars['ID']['input'];
};

/** What revokeConnectLink returns when it succeeds. */
export type RevokeConnectLinkPayload = {
  __typename?: 'RevokeConnectLinkPayload';
  /** The link, now REVOKED. */
  connectLink: ConnectLink;
};

/** RevokeConnectLinkPayload on success, or one of the errors revokeConnectLink can fail with. */
export type RevokeConnectLinkResult = NotFoundError | RevokeConnectLinkPayload | ValidationError;

/** New credentials for a connection, freshly tested. */
export type RotateCredentialsInput = {
  /** The new credentials, of the connection's provider. */
  credentials: CredentialsInput;
  /** The connection id. */
  id: Scalars['ID']['input'];
  /** The SIP settings that were tested with them, if they change. */
  sipConfig?: InputMaybe<SipConfigInput>;
  /** The verificationEvidenceId of a passing testCredentials of these same credentials (single use, 10 minutes). */
  verificationEvidenceId: Scalars['String']['input'];
};

/** What rotateCredentials returns when it succeeds. */
export type RotateCredentialsPayload = {
  __typename?: 'RotateCredentialsPayload';
  /** The connection with its new credentials. */
  connection: Connection;
};

/** RotateCredentialsPayload on success, or one of the errors rotateCredentials can fail with. */
export type RotateCredentialsResult = CredentialsReverificationError | EvidenceError | NotFoundError | ProviderRejectedError | ProviderUnavailableError | RotateCredentialsPayload | ValidationError;

/** What rotateWebhookEndpointSecret returns when it succeeds. */
export type RotateWebhookEndpointSecretPayload = {
  __typename?: 'RotateWebhookEndpointSecretPayload';
  /** The endpoint and its new signing secret. */
  rotated: RotatedWebhookEndpointSecret;
};

/** RotateWebhookEndpointSecretPayload on success, or one of the errors rotateWebhookEndpointSecret can fail with. */
export type RotateWebhookEndpointSecretResult = NotFoundError | RotateWebhookEndpointSecretPayload | ValidationError;

/** The endpoint and its new signing secret, which is never shown again. The previous secret keeps signing for 24 hours. */
export type RotatedWebhookEndpointSecret = {
  __typename?: 'RotatedWebhookEndpointSecret';
  /** The endpoint as listed from now on. */
  endpoint: WebhookEndpoint;
  /** The signing secret, `whsec_…` (Standard Webhooks). Store it now: it is shown only here. */
  secret: Scalars['String']['output'];
};

/** How a connection is set up. */
export type SetupMethod =
  /** With the provider's API credentials (the default). Telnyx without a connectionId: Trunkline sets routing up itself. */
  | 'API_KEY'
  /** Telnyx only: Trunkline creates (or reuses) its own FQDN connection and outbound voice profile. */
  | 'GUIDED_TELNYX'
  /** A SIP trunk: its domain, and a username and password if it authenticates. */
  | 'MANUAL';

/** SignalWire credentials. Write-only: never returned once saved. */
export type SignalWireCredentialsInput = {
  /** API token (write-only): An API token with Voice and Numbers scopes. */
  apiToken: Scalars['String']['input'];
  /** Project ID: The Project ID (UUID). */
  projectId: Scalars['String']['input'];
  /** Signing Key (write-only): The project's Signing Key (API Credentials page), for webhook signatures. Without it, test calls cannot be proven. */
  signingSecret?: InputMaybe<Scalars['String']['input']>;
  /** Space: Your Space name, or its example.signalwire.com host. */
  space: Scalars['String']['input'];
};

/** A connection's SIP settings, redacted: no secret ever appears here. Each provider uses some fields; the others are null. */
export type SipConfig = {
  __typename?: 'SipConfig';
  /** SIP trunk: the trunk's host. Telnyx: the domain hint you gave. */
  domain?: Maybe<Scalars['String']['output']>;
  /** Telnyx, set up by Trunkline (read-only): the FQDN connection numbers are routed to. */
  fqdnConnectionId?: Maybe<Scalars['String']['output']>;
  /** Telnyx, set up by Trunkline (read-only): the outbound voice profile of that connection. */
  outboundVoiceProfileId?: Maybe<Scalars['String']['output']>;
  /** SIP trunk: the trunk's port. */
  port?: Maybe<Scalars['Int']['output']>;
  /** SIP trunk: the trunk's transport. */
  transport?: Maybe<SipTransport>;
};

/** SIP settings: where a SIP trunk is (domain, port, transport); for Telnyx, an optional domain hint. Fields the gateway sets up itself are read-only. */
export type SipConfigInput = {
  /** SIP domain or host, e.g. sip.example.com (a SIP trunk), acme.sip.telnyx.com (a Telnyx hint). */
  domain?: InputMaybe<Scalars['String']['input']>;
  /** SIP port of the trunk: 5060, or 5061 for TLS (the defaults). */
  port?: InputMaybe<Scalars['Int']['input']>;
  /** SIP transport of the trunk (default UDP). */
  transport?: InputMaybe<SipTransport>;
};

/** SIP transport of a trunk. */
export type SipTransport =
  /** TCP, port 5060. */
  | 'TCP'
  /** TLS, port 5061. */
  | 'TLS'
  /** UDP (the default), port 5060. */
  | 'UDP';

/** Live changes of the organization's connections, phone numbers, test calls and webhook deliveries, over Server-Sent Events: POST (or GET) /graphql with `Accept: text/event-stream` (graphql-sse distinct connections mode), or all of a client's subscriptions on one stream at /graphql/stream (single connection mode). Each event carries the object as it is now, read for your organization. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Every change to one connection (with id), or to every connection of the organization, deletions included. Needs the API key scope `connections:read`. */
  connectionUpdated: ConnectionEvent;
  /** Every change to one phone number (with id), to the numbers of one connection (with connectionId), or to every number of the organization. Needs the API key scope `numbers:read`. */
  phoneNumberUpdated: PhoneNumberEvent;
  /** Every step of the test calls of one number (with phoneNumberId), or of every number of the organization: verify-voip and testCall progress, live. Needs the API key scope `numbers:read`. */
  testCallUpdated: TestCallEvent;
  /** Every attempt at the deliveries of one webhook endpoint (with endpointId), or of every endpoint of the organization, and every retry by hand: the delivery log, live. Needs the API key scope `webhooks:manage`. */
  webhookDeliveryUpdated: WebhookDeliveryEvent;
};


/** Live changes of the organization's connections, phone numbers, test calls and webhook deliveries, over Server-Sent Events: POST (or GET) /graphql with `Accept: text/event-stream` (graphql-sse distinct connections mode), or all of a client's subscriptions on one stream at /graphql/stream (single connection mode). Each event carries the object as it is now, read for your organization. */
export type SubscriptionConnectionUpdatedArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
};


/** Live changes of the organization's connections, phone numbers, test calls and webhook deliveries, over Server-Sent Events: POST (or GET) /graphql with `Accept: text/event-stream` (graphql-sse distinct connections mode), or all of a client's subscriptions on one stream at /graphql/stream (single connection mode). Each event carries the object as it is now, read for your organization. */
export type SubscriptionPhoneNumberUpdatedArgs = {
  connectionId?: InputMaybe<Scalars['ID']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/** Live changes of the organization's connections, phone numbers, test calls and webhook deliveries, over Server-Sent Events: POST (or GET) /graphql with `Accept: text/event-stream` (graphql-sse distinct connections mode), or all of a client's subscriptions on one stream at /graphql/stream (single connection mode). Each event carries the object as it is now, read for your organization. */
export type SubscriptionTestCallUpdatedArgs = {
  phoneNumberId?: InputMaybe<Scalars['ID']['input']>;
};


/** Live changes of the organization's connections, phone numbers, test calls and webhook deliveries, over Server-Sent Events: POST (or GET) /graphql with `Accept: text/event-stream` (graphql-sse distinct connections mode), or all of a client's subscriptions on one stream at /graphql/stream (single connection mode). Each event carries the object as it is now, read for your organization. */
export type SubscriptionWebhookDeliveryUpdatedArgs = {
  endpointId?: InputMaybe<Scalars['ID']['input']>;
};

/** What suggestConnectionName returns when it succeeds. */
export type SuggestConnectionNamePayload = {
  __typename?: 'SuggestConnectionNamePayload';
  /** The suggested name. */
  suggestion: NameSuggestion;
};

/** SuggestConnectionNamePayload on success, or one of the errors suggestConnectionName can fail with. */
export type SuggestConnectionNameResult = ProviderUnavailableError | SuggestConnectionNamePayload | ValidationError;

/** Telnyx credentials. Write-only: never returned once saved. */
export type TelnyxCredentialsInput = {
  /** API key (write-only): A Telnyx API v2 key (KEY…). */
  apiKey: Scalars['String']['input'];
  /** Connection id: The SIP connection your numbers should use. Leave it out and Trunkline sets up its own connection and outbound voice profile. */
  connectionId?: InputMaybe<Scalars['String']['input']>;
  /** Public key: The account's webhook public key (Ed25519, base64, from Mission Control), for webhook signatures. Without it, test calls cannot be proven. */
  signingSecret?: InputMaybe<Scalars['String']['input']>;
};

/** Two real, never-answered calls that prove a number: one from it (outboundCall), one to it (inboundCall). */
export type TestCall = {
  __typename?: 'TestCall';
  /** When it started (ISO-8601). */
  createdAt: Scalars['String']['output'];
  /** When it finished. */
  finishedAt?: Maybe<Scalars['String']['output']>;
  /** The test call id. */
  id: Scalars['ID']['output'];
  /** Calls to the number reach the platform. */
  inboundCall: CallCheck;
  /** The calls placed, with their timelines. */
  legs: Array<CallLeg>;
  /** The number can call out with itself as caller ID. */
  outboundCall: CallCheck;
  /** The number tested. */
  phoneNumberId: Scalars['ID']['output'];
  /** VERIFICATION or TEST. */
  purpose: TestCallPurpose;
  /** RUNNING, FINISHED or ABANDONED. */
  status: TestCallStatus;
};

/** A test call moved on: a call placed, a provider status, an arrival at the ingress, the result. */
export type TestCallEvent = {
  __typename?: 'TestCallEvent';
  /** The test call id. */
  id: Scalars['ID']['output'];
  /** The number being called. */
  phoneNumberId: Scalars['ID']['output'];
  /** The test call as it is now, its timelines included. */
  testCall?: Maybe<TestCall>;
};

/** A phone number to call, by id. */
export type TestCallInput = {
  /** The phone number id. */
  id: Scalars['ID']['input'];
};

/** What testCall returns when it succeeds. */
export type TestCallPayload = {
  __typename?: 'TestCallPayload';
  /** The checks and the calls. */
  testCall: TestCall;
};

/** Why a test call was placed. */
export type TestCallPurpose =
  /** On demand (testCall, REST test-call). */
  | 'TEST'
  /** As part of verify-voip. */
  | 'VERIFICATION';

/** TestCallPayload on success, or one of the errors testCall can fail with. */
export type TestCallResult = ConflictError | NotFoundError | ProviderRejectedError | ProviderUnavailableError | TestCallPayload | ValidationError;

/** Where a test call stands. */
export type TestCallStatus =
  /** Its instance stopped before it finished. */
  | 'ABANDONED'
  /** Done: its checks are final. */
  | 'FINISHED'
  /** Its calls are being placed or awaited. */
  | 'RUNNING';

/** Credentials to try, exactly as createConnection will be given them. */
export type TestCredentialsInput = {
  /** One provider's credentials; the member chosen is the provider. */
  credentials: CredentialsInput;
  /** The setup method createConnection will be given; the same rules apply to both. */
  setupMethod?: InputMaybe<SetupMethod>;
  /** SIP settings: required for a SIP trunk (domain), a hint for Telnyx. */
  sipConfig?: InputMaybe<SipConfigInput>;
};

/** What testCredentials returns when it succeeds. */
export type TestCredentialsPayload = {
  __typename?: 'TestCredentialsPayload';
  /** The checks, and the evidence on PASS. */
  test: CredentialTest;
};

/** TestCredentialsPayload on success, or one of the errors testCredentials can fail with. */
export type TestCredentialsResult = ProviderUnavailableError | TestCredentialsPayload | ValidationError;

/** A failed check, to fix at the provider before testing again. */
export type TestFailure = {
  __typename?: 'TestFailure';
  /** Which check failed. */
  check: CheckName;
  /** Machine code of the failure; explained at /docs/errors. */
  code: Scalars['String']['output'];
  /** What to fix, in a sentence. */
  detail: Scalars['String']['output'];
};

/** Whether a credential test passed. */
export type TestStatus =
  /** At least one check failed: see failures. */
  | 'FAIL'
  /** No check failed: verificationEvidenceId is set. */
  | 'PASS';

/** Twilio credentials. Write-only: never returned once saved. */
export type TwilioCredentialsInput = {
  /** Account SID: AC… from the Twilio console. */
  accountSid: Scalars['String']['input'];
  /** API key secret (write-only): The API key secret. */
  apiKeySecret?: InputMaybe<Scalars['String']['input']>;
  /** API key SID: SK… of a Standard or Main API key. */
  apiKeySid?: InputMaybe<Scalars['String']['input']>;
  /** Auth Token (write-only): The account Auth Token (or use an API key). */
  authToken?: InputMaybe<Scalars['String']['input']>;
  /** Auth Token (webhook signatures) (write-only): Auth Token, to check Twilio's webhook signatures when the connection uses an API key. Without it, test calls cannot be proven. */
  signingSecret?: InputMaybe<Scalars['String']['input']>;
};

/** What to change on a connection; fields left out stay as they are. */
export type UpdateConnectionInput = {
  /** New credentials: needs verificationEvidenceId from a fresh test. */
  credentials?: InputMaybe<CredentialsInput>;
  /** The connection id. */
  id: Scalars['ID']['input'];
  /** A new display name (clears inferredName). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Merged into the current SIP settings. Changing where a SIP trunk's stored credentials are sent (domain, port or transport) needs the credentials again, with verificationEvidenceId from a test against the new settings: without them, a ValidationError on `credentials`. */
  sipConfig?: InputMaybe<SipConfigInput>;
  /** The verificationEvidenceId of a passing testCredentials of these same credentials (single use, 10 minutes). Only with credentials. */
  verificationEvidenceId?: InputMaybe<Scalars['String']['input']>;
};

/** What updateConnection returns when it succeeds. */
export type UpdateConnectionPayload = {
  __typename?: 'UpdateConnectionPayload';
  /** The connection after the change. */
  connection: Connection;
};

/** UpdateConnectionPayload on success, or one of the errors updateConnection can fail with. */
export type UpdateConnectionResult = CredentialsReverificationError | EvidenceError | NotFoundError | ProviderRejectedError | ProviderUnavailableError | UpdateConnectionPayload | ValidationError;

/** What to change on a phone number; fields left out stay as they are. */
export type UpdatePhoneNumberInput = {
  /** The phone number id. */
  id: Scalars['ID']['input'];
  /** Agent answering inbound calls; null unassigns. */
  inboundAgentId?: InputMaybe<Scalars['ID']['input']>;
  /** Your own label, up to 200 characters; null clears it. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** Agent placing outbound calls; null unassigns. */
  outboundAgentId?: InputMaybe<Scalars['ID']['input']>;
};

/** What updatePhoneNumber returns when it succeeds. */
export type UpdatePhoneNumberPayload = {
  __typename?: 'UpdatePhoneNumberPayload';
  /** The number after the change. */
  phoneNumber: PhoneNumber;
};

/** UpdatePhoneNumberPayload on success, or one of the errors updatePhoneNumber can fail with. */
export type UpdatePhoneNumberResult = ConflictError | NotFoundError | UpdatePhoneNumberPayload | ValidationError;

/** What to change on a webhook endpoint; fields left out stay as they are. */
export type UpdateWebhookEndpointInput = {
  /** The event types to receive from now on (replaces the list). */
  events?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The endpoint id. */
  id: Scalars['ID']['input'];
  /** A new label, 1 to 120 characters. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** ACTIVE or DISABLED (FAILING is not set by hand). ACTIVE also forgets past failures. */
  status?: InputMaybe<WebhookEndpointStatus>;
  /** Where to POST events: https://…, or http://localhost / 127.0.0.1 for development. Hosts that resolve to private, loopback, link-local or metadata addresses are refused. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** What updateWebhookEndpoint returns when it succeeds. */
export type UpdateWebhookEndpointPayload = {
  __typename?: 'UpdateWebhookEndpointPayload';
  /** The endpoint after the change. */
  endpoint: WebhookEndpoint;
};

/** UpdateWebhookEndpointPayload on success, or one of the errors updateWebhookEndpoint can fail with. */
export type UpdateWebhookEndpointResult = NotFoundError | UpdateWebhookEndpointPayload | ValidationError;

/** Some input is invalid; `fields` lists each problem. Code `validation_failed`. */
export type ValidationError = Error & {
  __typename?: 'ValidationError';
  /** Machine code to branch on, e.g. `evidence_reused` or `connection_not_ready`; every code is explained at /docs/errors. */
  code: Scalars['String']['output'];
  /** Each invalid field, with its path and what is wrong. */
  fields: Array<FieldError>;
  /** A sentence to show the user. It never contains a credential or a raw provider answer. */
  message: Scalars['String']['output'];
};

/** One check of a verification. */
export type VerificationCheck = {
  __typename?: 'VerificationCheck';
  /** Machine code, e.g. `inbound_routed` or `inbound_routing_rejected`; explained at /docs/errors. */
  code: Scalars['String']['output'];
  /** What was found, and on a failure what to fix. */
  detail: Scalars['String']['output'];
  /** PASS, FAIL, NOT_APPLICABLE or NOT_CHECKED. */
  status: CheckStatus;
};

/** A failed check of a verification, to fix before verifying again. */
export type VerificationFailure = {
  __typename?: 'VerificationFailure';
  /** Which check: `inbound_routing`, `outbound_authorization`, `outbound_call` or `inbound_call`. */
  check: Scalars['String']['output'];
  /** Machine code of the failure; explained at /docs/errors. */
  code: Scalars['String']['output'];
  /** What to fix, in a sentence. */
  detail: Scalars['String']['output'];
};

/** What verifyPhoneNumber returns when it succeeds. */
export type VerifyPhoneNumberPayload = {
  __typename?: 'VerifyPhoneNumberPayload';
  /** The checks and the number after them. */
  verification: PhoneNumberVerification;
};

/** VerifyPhoneNumberPayload on success, or one of the errors verifyPhoneNumber can fail with. */
export type VerifyPhoneNumberResult = ConflictError | NotFoundError | ProviderRejectedError | ProviderUnavailableError | ValidationError | VerifyPhoneNumberPayload;

/** Who is calling. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The organization the API key belongs to; everything is scoped to it. */
  organization: Organization;
  /** What the calling key may do: a client (the console) shows only what these allow. */
  scopes: Array<ApiKeyScope>;
};

/** Result of the last verification of a number. */
export type VoipVerificationStatus =
  /** The last verification failed; fix what it said and verify again. */
  | 'FAILED'
  /** Never verified. */
  | 'UNVERIFIED'
  /** The last verification passed. */
  | 'VERIFIED';

/** Vonage credentials. Write-only: never returned once saved. */
export type VonageCredentialsInput = {
  /** API key: The API key from the Vonage dashboard. */
  apiKey: Scalars['String']['input'];
  /** API secret (write-only): The API secret. */
  apiSecret: Scalars['String']['input'];
  /** Signature secret (write-only): The account's signature secret (API settings), for webhook signatures. Without it, test calls cannot be proven. */
  signingSecret?: InputMaybe<Scalars['String']['input']>;
};

/** One try at delivering an event. */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  /** When it was made. */
  at: Scalars['DateTime']['output'];
  /** Why no answer came, or why the address was refused. */
  error?: Maybe<Scalars['String']['output']>;
  /** Milliseconds from sending to the answer (or to giving up). */
  latencyMs: Scalars['Int']['output'];
  /** The first bytes of the answer (at most 1 KiB, as UTF-8). */
  responseExcerpt?: Maybe<Scalars['String']['output']>;
  /** The receiver's HTTP status; null when no answer came (timeout, refused address, connection error). */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

/** One event owed to one endpoint, with every attempt made at it. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Every attempt, oldest first. */
  attemptLog: Array<WebhookAttempt>;
  /** How many attempts were made. */
  attempts: Scalars['Int']['output'];
  /** When the event was made (the write that caused it committed). */
  createdAt: Scalars['DateTime']['output'];
  /** The event id, `msg_…`: the `webhook-id` header and the body `id`, the same on every retry. */
  eventId: Scalars['String']['output'];
  /** The event type: one of `voip_connection.created`, `voip_connection.updated`, `voip_connection.credentials_rotated`, `voip_connection.status_changed`, `voip_connection.deleted`, `phone_number.imported`, `phone_number.verified`, `phone_number.verification_failed`, `phone_number.updated`, `phone_number.released`, `test_call.completed`. */
  eventType: Scalars['String']['output'];
  /** When it was delivered, or failed for good. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The delivery id (to retry it). */
  id: Scalars['ID']['output'];
  /** The receiver's HTTP status at the last attempt, if it answered. */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due (PENDING only). */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** PENDING, DELIVERED or FAILED. */
  status: WebhookDeliveryStatus;
};

/** A webhook delivery moved on: an attempt was recorded (delivered, failed, retry scheduled), or it was retried by hand. */
export type WebhookDeliveryEvent = {
  __typename?: 'WebhookDeliveryEvent';
  /** The delivery as it is now, its attempts included; null once its endpoint is deleted. */
  delivery?: Maybe<WebhookDelivery>;
  /** The endpoint as it is now: an attempt may have made it FAILING, or ACTIVE again. Null once deleted. */
  endpoint?: Maybe<WebhookEndpoint>;
  /** The endpoint it is owed to. */
  endpointId: Scalars['ID']['output'];
  /** The delivery id. */
  id: Scalars['ID']['output'];
};

/** A page of deliveries, newest first. */
export type WebhookDeliveryList = {
  __typename?: 'WebhookDeliveryList';
  /** The items of this page, each with its cursor. */
  edges: Array<WebhookDeliveryListEdge>;
  /** Whether there is a next page, and the cursor to read it. */
  pageInfo: PageInfo;
  /** How many items the whole list holds with these filters (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A delivery and its cursor. */
export type WebhookDeliveryListEdge = {
  __typename?: 'WebhookDeliveryListEdge';
  /** Where this item is in the list: pass it as `after` to read on from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: WebhookDelivery;
};

/** Where one delivery stands. */
export type WebhookDeliveryStatus =
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Every retry failed (for at least 24 hours); retryWebhookDelivery sends it again. */
  | 'FAILED'
  /** Not delivered yet: its next attempt is at nextAttemptAt. */
  | 'PENDING';

/** Where the organization receives its lifecycle events, signed per Standard Webhooks. Its signing secret is shown only at creation and rotation. */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Its delivery log, newest first: each event sent to it, with its attempts. */
  deliveries: WebhookDeliveryList;
  /** The event types it receives: of `voip_connection.created`, `voip_connection.updated`, `voip_connection.credentials_rotated`, `voip_connection.status_changed`, `voip_connection.deleted`, `phone_number.imported`, `phone_number.verified`, `phone_number.verification_failed`, `phone_number.updated`, `phone_number.released`, `test_call.completed`. */
  events: Array<Scalars['String']['output']>;
  /** The endpoint id (the same integer as in REST). */
  id: Scalars['ID']['output'];
  /** A name to recognise it by. */
  label: Scalars['String']['output'];
  /** The end of the signing secret (whsec_…abcd), to recognise it. */
  secretHint: Scalars['String']['output'];
  /** ACTIVE, FAILING or DISABLED. */
  status: WebhookEndpointStatus;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Where events are POSTed. */
  url: Scalars['String']['output'];
};


/** Where the organization receives its lifecycle events, signed per Standard Webhooks. Its signing secret is shown only at creation and rotation. */
export type WebhookEndpointDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A webhook endpoint, by id. */
export type WebhookEndpointIdInput = {
  /** The endpoint id. */
  id: Scalars['ID']['input'];
};

/** A page of webhook endpoints, newest first. */
export type WebhookEndpointList = {
  __typename?: 'WebhookEndpointList';
  /** The items of this page, each with its cursor. */
  edges: Array<WebhookEndpointListEdge>;
  /** Whether there is a next page, and the cursor to read it. */
  pageInfo: PageInfo;
};

/** A webhook endpoint and its cursor. */
export type WebhookEndpointListEdge = {
  __typename?: 'WebhookEndpointListEdge';
  /** Where this item is in the list: pass it as `after` to read on from here. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: WebhookEndpoint;
};

/** Whether an endpoint receives its events. */
export type WebhookEndpointStatus =
  /** Receiving its events. */
  | 'ACTIVE'
  /** Turned off by its owner: no new deliveries; pending ones wait until it is ACTIVE again. */
  | 'DISABLED'
  /** Every attempt for at least 24 hours failed; deliveries are still retried, and the next 2xx makes it ACTIVE again. */
  | 'FAILING';

export type ConnectLinkFieldsFragment = { __typename?: 'ConnectLink', id: string, label: string, provider?: Provider | null, suggestedName?: string | null, allowAvailableNumbers: boolean, state: ConnectLinkState, expiresAt: string, createdAt: string, usedAt?: string | null, revokedAt?: string | null, connectionId?: string | null };

export type ConsoleConnectLinksQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleConnectLinksQuery = { __typename?: 'Query', connectLinks: { __typename?: 'ConnectLinkList', totalCount: number, edges: Array<{ __typename?: 'ConnectLinkListEdge', node: { __typename?: 'ConnectLink', id: string, label: string, provider?: Provider | null, suggestedName?: string | null, allowAvailableNumbers: boolean, state: ConnectLinkState, expiresAt: string, createdAt: string, usedAt?: string | null, revokedAt?: string | null, connectionId?: string | null } }> } };

export type ConsoleConnectLinkProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleConnectLinkProvidersQuery = { __typename?: 'Query', providers: Array<{ __typename?: 'ProviderInfo', id: Provider, displayName: string }> };

export type ConsoleCreateConnectLinkMutationVariables = Exact<{
  input: CreateConnectLinkInput;
}>;


export type ConsoleCreateConnectLinkMutation = { __typename?: 'Mutation', createConnectLink:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'CreateConnectLinkPayload', created: { __typename?: 'CreatedConnectLink', url: string, connectLink: { __typename?: 'ConnectLink', id: string, label: string, provider?: Provider | null, suggestedName?: string | null, allowAvailableNumbers: boolean, state: ConnectLinkState, expiresAt: string, createdAt: string, usedAt?: string | null, revokedAt?: string | null, connectionId?: string | null } } }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type ConsoleRevokeConnectLinkMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsoleRevokeConnectLinkMutation = { __typename?: 'Mutation', revokeConnectLink:
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'RevokeConnectLinkPayload', connectLink: { __typename?: 'ConnectLink', id: string, label: string, provider?: Provider | null, suggestedName?: string | null, allowAvailableNumbers: boolean, state: ConnectLinkState, expiresAt: string, createdAt: string, usedAt?: string | null, revokedAt?: string | null, connectionId?: string | null } }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type ConnectSessionQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnectSessionQuery = { __typename?: 'Query', connectSession: { __typename?: 'ConnectSession', label: string, organizationName: string, provider?: Provider | null, suggestedName?: string | null, state: ConnectSessionState, expiresAt: string, allowAvailableNumbers: boolean, connection?: { __typename?: 'Connection', id: string, name: string, provider: Provider, status: ConnectionStatus } | null } };

export type ConnectAvailableNumbersQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnectAvailableNumbersQuery = { __typename?: 'Query', connectSession: { __typename?: 'ConnectSession', connection?: { __typename?: 'Connection', id: string, availableNumbers:
        | { __typename: 'AvailableNumberList', edges: Array<{ __typename?: 'AvailableNumberListEdge', node: { __typename?: 'AvailableNumber', phoneNumber: string, friendlyName: string, country?: string | null, capabilities: { __typename?: 'Capabilities', voice: boolean, sms: boolean, mms: boolean } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } }
        | { __typename: 'ConflictError', code: string, message: string }
        | { __typename: 'NotFoundError', code: string, message: string }
        | { __typename: 'ProviderRejectedError', code: string, message: string }
        | { __typename: 'ProviderUnavailableError', code: string, message: string }
        | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
       } | null } };

export type ConnectionCardFieldsFragment = { __typename?: 'Connection', id: string, name: string, provider: Provider, status: ConnectionStatus, setupMethod: SetupMethod, numbersImported: number, lastTestedAt?: string | null, lastError?: { __typename?: 'ConnectionError', code: string, detail: string } | null };

export type PhoneNumberRowFieldsFragment = { __typename?: 'PhoneNumber', id: string, number: string, status: PhoneNumberStatus, voipConnectionId?: string | null, voipVerificationStatus: VoipVerificationStatus, voipLastVerifiedAt?: string | null, updatedAt: string, verificationFailures: Array<{ __typename?: 'VerificationFailure', check: string, code: string, detail: string }> };

export type CheckFieldsFragment = { __typename?: 'Check', status: CheckStatus, code: string, detail: string };

export type TestReportFieldsFragment = { __typename?: 'CredentialTest', status: TestStatus, verificationEvidenceId?: string | null, suggestedConnectionName: string, checks: { __typename?: 'Checks', credentialsValid: { __typename?: 'Check', status: CheckStatus, code: string, detail: string }, inboundReachable: { __typename?: 'Check', status: CheckStatus, code: string, detail: string }, outboundAuthorized: { __typename?: 'Check', status: CheckStatus, code: string, detail: string } }, failures: Array<{ __typename?: 'TestFailure', check: CheckName, code: string, detail: string }> };

type ErrorFields_ConflictError_Fragment = { __typename: 'ConflictError', code: string, message: string };

type ErrorFields_CredentialsReverificationError_Fragment = { __typename: 'CredentialsReverificationError', code: string, message: string };

type ErrorFields_EvidenceError_Fragment = { __typename: 'EvidenceError', code: string, message: string };

type ErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', code: string, message: string };

type ErrorFields_ProviderRejectedError_Fragment = { __typename: 'ProviderRejectedError', code: string, message: string };

type ErrorFields_ProviderUnavailableError_Fragment = { __typename: 'ProviderUnavailableError', code: string, message: string };

type ErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> };

export type ErrorFieldsFragment =
  | ErrorFields_ConflictError_Fragment
  | ErrorFields_CredentialsReverificationError_Fragment
  | ErrorFields_EvidenceError_Fragment
  | ErrorFields_NotFoundError_Fragment
  | ErrorFields_ProviderRejectedError_Fragment
  | ErrorFields_ProviderUnavailableError_Fragment
  | ErrorFields_ValidationError_Fragment
;

export type ConsoleViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', scopes: Array<ApiKeyScope>, organization: { __typename?: 'Organization', id: string, name: string } } };

export type ProviderFieldsFragment = { __typename?: 'ProviderInfo', id: Provider, displayName: string, setupMethods: Array<SetupMethod>, credentialFields: Array<{ __typename?: 'ProviderField', name: string, graphqlName: string, label: string, description: string, required: boolean, secret: boolean }>, sipConfigFields: Array<{ __typename?: 'ProviderField', name: string, graphqlName: string, label: string, description: string, required: boolean, secret: boolean }> };

export type ConsoleProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleProvidersQuery = { __typename?: 'Query', providers: Array<{ __typename?: 'ProviderInfo', id: Provider, displayName: string, setupMethods: Array<SetupMethod>, credentialFields: Array<{ __typename?: 'ProviderField', name: string, graphqlName: string, label: string, description: string, required: boolean, secret: boolean }>, sipConfigFields: Array<{ __typename?: 'ProviderField', name: string, graphqlName: string, label: string, description: string, required: boolean, secret: boolean }> }> };

export type ConsoleConnectionsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConsoleConnectionsQuery = { __typename?: 'Query', connections: { __typename?: 'ConnectionList', edges: Array<{ __typename?: 'ConnectionListEdge', node: { __typename?: 'Connection', id: string, name: string, provider: Provider, status: ConnectionStatus, setupMethod: SetupMethod, numbersImported: number, lastTestedAt?: string | null, lastError?: { __typename?: 'ConnectionError', code: string, detail: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ConsoleTestCredentialsMutationVariables = Exact<{
  input: TestCredentialsInput;
}>;


export type ConsoleTestCredentialsMutation = { __typename?: 'Mutation', testCredentials:
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'TestCredentialsPayload', test: { __typename?: 'CredentialTest', status: TestStatus, verificationEvidenceId?: string | null, suggestedConnectionName: string, checks: { __typename?: 'Checks', credentialsValid: { __typename?: 'Check', status: CheckStatus, code: string, detail: string }, inboundReachable: { __typename?: 'Check', status: CheckStatus, code: string, detail: string }, outboundAuthorized: { __typename?: 'Check', status: CheckStatus, code: string, detail: string } }, failures: Array<{ __typename?: 'TestFailure', check: CheckName, code: string, detail: string }> } }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type ConsoleCreateConnectionMutationVariables = Exact<{
  input: CreateConnectionInput;
}>;


export type ConsoleCreateConnectionMutation = { __typename?: 'Mutation', createConnection:
    | { __typename: 'CreateConnectionPayload', connection: { __typename?: 'Connection', id: string, name: string, provider: Provider, status: ConnectionStatus, setupMethod: SetupMethod, numbersImported: number, lastTestedAt?: string | null, lastError?: { __typename?: 'ConnectionError', code: string, detail: string } | null } }
    | { __typename: 'CredentialsReverificationError', code: string, message: string }
    | { __typename: 'EvidenceError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type ConsoleRotateCredentialsMutationVariables = Exact<{
  input: RotateCredentialsInput;
}>;


export type ConsoleRotateCredentialsMutation = { __typename?: 'Mutation', rotateCredentials:
    | { __typename: 'CredentialsReverificationError', code: string, message: string }
    | { __typename: 'EvidenceError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'RotateCredentialsPayload', connection: { __typename?: 'Connection', id: string, name: string, provider: Provider, status: ConnectionStatus, setupMethod: SetupMethod, numbersImported: number, lastTestedAt?: string | null, lastError?: { __typename?: 'ConnectionError', code: string, detail: string } | null } }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type ConsoleRetestConnectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsoleRetestConnectionMutation = { __typename?: 'Mutation', retestConnection:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'RetestConnectionPayload', result: { __typename?: 'ConnectionTestResult', connection: { __typename?: 'Connection', id: string, name: string, provider: Provider, status: ConnectionStatus, setupMethod: SetupMethod, numbersImported: number, lastTestedAt?: string | null, lastError?: { __typename?: 'ConnectionError', code: string, detail: string } | null }, failures: Array<{ __typename?: 'TestFailure', check: CheckName, code: string, detail: string }> } }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type ConsoleDeleteConnectionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsoleDeleteConnectionMutation = { __typename?: 'Mutation', deleteConnection:
    | { __typename: 'DeleteConnectionPayload', deleted: { __typename?: 'DeletedConnection', id: string } }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type AvailableNumberFieldsFragment = { __typename?: 'AvailableNumber', phoneNumber: string, friendlyName: string, country?: string | null, capabilities: { __typename?: 'Capabilities', voice: boolean, sms: boolean, mms: boolean } };

export type ConsoleAvailableNumbersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  contains?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  capability?: InputMaybe<Capability>;
}>;


export type ConsoleAvailableNumbersQuery = { __typename?: 'Query', connection?: { __typename?: 'Connection', id: string, availableNumbers:
      | { __typename: 'AvailableNumberList', edges: Array<{ __typename?: 'AvailableNumberListEdge', node: { __typename?: 'AvailableNumber', importState: ImportState, phoneNumber: string, friendlyName: string, country?: string | null, capabilities: { __typename?: 'Capabilities', voice: boolean, sms: boolean, mms: boolean } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }
      | { __typename: 'ConflictError', code: string, message: string }
      | { __typename: 'NotFoundError', code: string, message: string }
      | { __typename: 'ProviderRejectedError', code: string, message: string }
      | { __typename: 'ProviderUnavailableError', code: string, message: string }
      | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
     } | null };

export type ConsoleImportNumbersMutationVariables = Exact<{
  input: ImportNumbersInput;
}>;


export type ConsoleImportNumbersMutation = { __typename?: 'Mutation', importNumbers:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'ImportNumbersPayload', report: { __typename?: 'ImportNumbersReport', imported: number, alreadyImported: number, failed: number, results: Array<{ __typename?: 'ImportNumberResult', number: string, outcome: ImportOutcome, code?: string | null, phoneNumber?: { __typename?: 'PhoneNumber', id: string, number: string, status: PhoneNumberStatus, voipConnectionId?: string | null, voipVerificationStatus: VoipVerificationStatus, voipLastVerifiedAt?: string | null, updatedAt: string, verificationFailures: Array<{ __typename?: 'VerificationFailure', check: string, code: string, detail: string }> } | null }> } }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type ConsolePhoneNumbersQueryVariables = Exact<{
  connectionId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConsolePhoneNumbersQuery = { __typename?: 'Query', phoneNumbers: { __typename?: 'PhoneNumberList', edges: Array<{ __typename?: 'PhoneNumberListEdge', node: { __typename?: 'PhoneNumber', id: string, number: string, status: PhoneNumberStatus, voipConnectionId?: string | null, voipVerificationStatus: VoipVerificationStatus, voipLastVerifiedAt?: string | null, updatedAt: string, verificationFailures: Array<{ __typename?: 'VerificationFailure', check: string, code: string, detail: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CallCheckFieldsFragment = { __typename?: 'CallCheck', status: CheckStatus, code: string, detail: string, carrierCode?: string | null, fix?: string | null };

export type TestCallFieldsFragment = { __typename?: 'TestCall', id: string, phoneNumberId: string, purpose: TestCallPurpose, status: TestCallStatus, createdAt: string, finishedAt?: string | null, outboundCall: { __typename?: 'CallCheck', status: CheckStatus, code: string, detail: string, carrierCode?: string | null, fix?: string | null }, inboundCall: { __typename?: 'CallCheck', status: CheckStatus, code: string, detail: string, carrierCode?: string | null, fix?: string | null }, legs: Array<{ __typename?: 'CallLeg', role: CallLegRole, placedBy: CallLegPlacer, provider: Provider, from: string, to: string, timeline: Array<{ __typename?: 'CallLegEvent', kind: CallLegEventKind, status?: CallLegStatus | null, providerStatus?: string | null, carrierCode?: string | null, transport?: string | null, ms: number, at: string }> }> };

export type ConsoleVerifyPhoneNumberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsoleVerifyPhoneNumberMutation = { __typename?: 'Mutation', verifyPhoneNumber:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
    | { __typename: 'VerifyPhoneNumberPayload', verification: { __typename?: 'PhoneNumberVerification', phoneNumber: { __typename?: 'PhoneNumber', id: string, number: string, status: PhoneNumberStatus, voipConnectionId?: string | null, voipVerificationStatus: VoipVerificationStatus, voipLastVerifiedAt?: string | null, updatedAt: string, verificationFailures: Array<{ __typename?: 'VerificationFailure', check: string, code: string, detail: string }> }, outboundCall: { __typename?: 'CallCheck', status: CheckStatus, code: string, detail: string, carrierCode?: string | null, fix?: string | null }, inboundCall: { __typename?: 'CallCheck', status: CheckStatus, code: string, detail: string, carrierCode?: string | null, fix?: string | null }, testCall?: { __typename?: 'TestCall', id: string, phoneNumberId: string, purpose: TestCallPurpose, status: TestCallStatus, createdAt: string, finishedAt?: string | null, outboundCall: { __typename?: 'CallCheck', status: CheckStatus, code: string, detail: string, carrierCode?: string | null, fix?: string | null }, inboundCall: { __typename?: 'CallCheck', status: CheckStatus, code: string, detail: string, carrierCode?: string | null, fix?: string | null }, legs: Array<{ __typename?: 'CallLeg', role: CallLegRole, placedBy: CallLegPlacer, provider: Provider, from: string, to: string, timeline: Array<{ __typename?: 'CallLegEvent', kind: CallLegEventKind, status?: CallLegStatus | null, providerStatus?: string | null, carrierCode?: string | null, transport?: string | null, ms: number, at: string }> }> } | null } }
   };

export type ConsoleConnectionUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ConsoleConnectionUpdatedSubscription = { __typename?: 'Subscription', connectionUpdated: { __typename?: 'ConnectionEvent', id: string, deleted: boolean, connection?: { __typename?: 'Connection', id: string, name: string, provider: Provider, status: ConnectionStatus, setupMethod: SetupMethod, numbersImported: number, lastTestedAt?: string | null, lastError?: { __typename?: 'ConnectionError', code: string, detail: string } | null } | null } };

export type ConsolePhoneNumberUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ConsolePhoneNumberUpdatedSubscription = { __typename?: 'Subscription', phoneNumberUpdated: { __typename?: 'PhoneNumberEvent', id: string, phoneNumber?: { __typename?: 'PhoneNumber', id: string, number: string, status: PhoneNumberStatus, voipConnectionId?: string | null, voipVerificationStatus: VoipVerificationStatus, voipLastVerifiedAt?: string | null, updatedAt: string, verificationFailures: Array<{ __typename?: 'VerificationFailure', check: string, code: string, detail: string }> } | null } };

export type ConsoleTestCallMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsoleTestCallMutation = { __typename?: 'Mutation', testCall:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'TestCallPayload', testCall: { __typename?: 'TestCall', id: string, phoneNumberId: string, purpose: TestCallPurpose, status: TestCallStatus, createdAt: string, finishedAt?: string | null, outboundCall: { __typename?: 'CallCheck', status: CheckStatus, code: string, detail: string, carrierCode?: string | null, fix?: string | null }, inboundCall: { __typename?: 'CallCheck', status: CheckStatus, code: string, detail: string, carrierCode?: string | null, fix?: string | null }, legs: Array<{ __typename?: 'CallLeg', role: CallLegRole, placedBy: CallLegPlacer, provider: Provider, from: string, to: string, timeline: Array<{ __typename?: 'CallLegEvent', kind: CallLegEventKind, status?: CallLegStatus | null, providerStatus?: string | null, carrierCode?: string | null, transport?: string | null, ms: number, at: string }> }> } }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type ConsoleTestCallUpdatedSubscriptionVariables = Exact<{
  phoneNumberId: Scalars['ID']['input'];
}>;


export type ConsoleTestCallUpdatedSubscription = { __typename?: 'Subscription', testCallUpdated: { __typename?: 'TestCallEvent', id: string, phoneNumberId: string, testCall?: { __typename?: 'TestCall', id: string, phoneNumberId: string, purpose: TestCallPurpose, status: TestCallStatus, createdAt: string, finishedAt?: string | null, outboundCall: { __typename?: 'CallCheck', status: CheckStatus, code: string, detail: string, carrierCode?: string | null, fix?: string | null }, inboundCall: { __typename?: 'CallCheck', status: CheckStatus, code: string, detail: string, carrierCode?: string | null, fix?: string | null }, legs: Array<{ __typename?: 'CallLeg', role: CallLegRole, placedBy: CallLegPlacer, provider: Provider, from: string, to: string, timeline: Array<{ __typename?: 'CallLegEvent', kind: CallLegEventKind, status?: CallLegStatus | null, providerStatus?: string | null, carrierCode?: string | null, transport?: string | null, ms: number, at: string }> }> } | null } };

export type WebhookEndpointFieldsFragment = { __typename?: 'WebhookEndpoint', id: string, label: string, url: string, events: Array<string>, status: WebhookEndpointStatus, secretHint: string, createdAt: string, updatedAt: string };

export type WebhookDeliveryFieldsFragment = { __typename?: 'WebhookDelivery', id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt?: string | null, lastStatusCode?: number | null, createdAt: string, finishedAt?: string | null, attemptLog: Array<{ __typename?: 'WebhookAttempt', at: string, statusCode?: number | null, latencyMs: number, responseExcerpt?: string | null, error?: string | null }> };

export type ConsoleWebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleWebhookEndpointsQuery = { __typename?: 'Query', webhookEndpoints: { __typename?: 'WebhookEndpointList', edges: Array<{ __typename?: 'WebhookEndpointListEdge', node: { __typename?: 'WebhookEndpoint', id: string, label: string, url: string, events: Array<string>, status: WebhookEndpointStatus, secretHint: string, createdAt: string, updatedAt: string } }> } };

export type ConsoleWebhookDeliveriesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConsoleWebhookDeliveriesQuery = { __typename?: 'Query', webhookEndpoint?: { __typename?: 'WebhookEndpoint', id: string, label: string, url: string, events: Array<string>, status: WebhookEndpointStatus, secretHint: string, createdAt: string, updatedAt: string, deliveries: { __typename?: 'WebhookDeliveryList', totalCount: number, edges: Array<{ __typename?: 'WebhookDeliveryListEdge', node: { __typename?: 'WebhookDelivery', id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt?: string | null, lastStatusCode?: number | null, createdAt: string, finishedAt?: string | null, attemptLog: Array<{ __typename?: 'WebhookAttempt', at: string, statusCode?: number | null, latencyMs: number, responseExcerpt?: string | null, error?: string | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type ConsoleWebhookDeliveryUpdatedSubscriptionVariables = Exact<{
  endpointId: Scalars['ID']['input'];
}>;


export type ConsoleWebhookDeliveryUpdatedSubscription = { __typename?: 'Subscription', webhookDeliveryUpdated: { __typename?: 'WebhookDeliveryEvent', id: string, delivery?: { __typename?: 'WebhookDelivery', id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt?: string | null, lastStatusCode?: number | null, createdAt: string, finishedAt?: string | null, attemptLog: Array<{ __typename?: 'WebhookAttempt', at: string, statusCode?: number | null, latencyMs: number, responseExcerpt?: string | null, error?: string | null }> } | null, endpoint?: { __typename?: 'WebhookEndpoint', id: string, label: string, url: string, events: Array<string>, status: WebhookEndpointStatus, secretHint: string, createdAt: string, updatedAt: string } | null } };

export type ConsoleCreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type ConsoleCreateWebhookEndpointMutation = { __typename?: 'Mutation', createWebhookEndpoint:
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'CreateWebhookEndpointPayload', created: { __typename?: 'CreatedWebhookEndpoint', secret: string, endpoint: { __typename?: 'WebhookEndpoint', id: string, label: string, url: string, events: Array<string>, status: WebhookEndpointStatus, secretHint: string, createdAt: string, updatedAt: string } } }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type ConsoleUpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type ConsoleUpdateWebhookEndpointMutation = { __typename?: 'Mutation', updateWebhookEndpoint:
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'UpdateWebhookEndpointPayload', endpoint: { __typename?: 'WebhookEndpoint', id: string, label: string, url: string, events: Array<string>, status: WebhookEndpointStatus, secretHint: string, createdAt: string, updatedAt: string } }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type ConsoleDeleteWebhookEndpointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsoleDeleteWebhookEndpointMutation = { __typename?: 'Mutation', deleteWebhookEndpoint:
    | { __typename: 'DeleteWebhookEndpointPayload', deleted: { __typename?: 'DeletedWebhookEndpoint', id: string } }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type ConsoleRotateWebhookEndpointSecretMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsoleRotateWebhookEndpointSecretMutation = { __typename?: 'Mutation', rotateWebhookEndpointSecret:
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'RotateWebhookEndpointSecretPayload', rotated: { __typename?: 'RotatedWebhookEndpointSecret', secret: string, endpoint: { __typename?: 'WebhookEndpoint', id: string, label: string, url: string, events: Array<string>, status: WebhookEndpointStatus, secretHint: string, createdAt: string, updatedAt: string } } }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type ConsoleRetryWebhookDeliveryMutationVariables = Exact<{
  endpointId: Scalars['ID']['input'];
  deliveryId: Scalars['ID']['input'];
}>;


export type ConsoleRetryWebhookDeliveryMutation = { __typename?: 'Mutation', retryWebhookDelivery:
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'RetryWebhookDeliveryPayload', delivery: { __typename?: 'WebhookDelivery', id: string, eventId: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt?: string | null, lastStatusCode?: number | null, createdAt: string, finishedAt?: string | null, attemptLog: Array<{ __typename?: 'WebhookAttempt', at: string, statusCode?: number | null, latencyMs: number, responseExcerpt?: string | null, error?: string | null }> } }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export const ConnectLinkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedName"}},{"kind":"Field","name":{"kind":"Name","value":"allowAvailableNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}}]}}]} as unknown as DocumentNode<ConnectLinkFieldsFragment, unknown>;
export const ConnectionCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"setupMethod"}},{"kind":"Field","name":{"kind":"Name","value":"numbersImported"}},{"kind":"Field","name":{"kind":"Name","value":"lastTestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<ConnectionCardFieldsFragment, unknown>;
export const PhoneNumberRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voipConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"voipVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"voipLastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verificationFailures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<PhoneNumberRowFieldsFragment, unknown>;
export const CheckFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Check"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]} as unknown as DocumentNode<CheckFieldsFragment, unknown>;
export const TestReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialTest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verificationEvidenceId"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedConnectionName"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentialsValid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inboundReachable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundAuthorized"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Check"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]} as unknown as DocumentNode<TestReportFieldsFragment, unknown>;
export const ErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ErrorFieldsFragment, unknown>;
export const ProviderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"setupMethods"}},{"kind":"Field","name":{"kind":"Name","value":"credentialFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"graphqlName"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sipConfigFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"graphqlName"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<ProviderFieldsFragment, unknown>;
export const AvailableNumberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvailableNumberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voice"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}},{"kind":"Field","name":{"kind":"Name","value":"mms"}}]}}]}}]} as unknown as DocumentNode<AvailableNumberFieldsFragment, unknown>;
export const CallCheckFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"carrierCode"}},{"kind":"Field","name":{"kind":"Name","value":"fix"}}]}}]} as unknown as DocumentNode<CallCheckFieldsFragment, unknown>;
export const TestCallFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestCallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumberId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outboundCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallCheckFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inboundCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallCheckFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"placedBy"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"carrierCode"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"ms"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"carrierCode"}},{"kind":"Field","name":{"kind":"Name","value":"fix"}}]}}]} as unknown as DocumentNode<TestCallFieldsFragment, unknown>;
export const WebhookEndpointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointFieldsFragment, unknown>;
export const WebhookDeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"responseExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveryFieldsFragment, unknown>;
export const ConsoleConnectLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleConnectLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectLinkFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedName"}},{"kind":"Field","name":{"kind":"Name","value":"allowAvailableNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}}]}}]} as unknown as DocumentNode<ConsoleConnectLinksQuery, ConsoleConnectLinksQueryVariables>;
export const ConsoleConnectLinkProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleConnectLinkProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ConsoleConnectLinkProvidersQuery, ConsoleConnectLinkProvidersQueryVariables>;
export const ConsoleCreateConnectLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateConnectLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConnectLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createConnectLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConnectLinkPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"connectLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectLinkFields"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedName"}},{"kind":"Field","name":{"kind":"Name","value":"allowAvailableNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateConnectLinkMutation, ConsoleCreateConnectLinkMutationVariables>;
export const ConsoleRevokeConnectLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRevokeConnectLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeConnectLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeConnectLinkPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectLinkFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectLinkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedName"}},{"kind":"Field","name":{"kind":"Name","value":"allowAvailableNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"connectionId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRevokeConnectLinkMutation, ConsoleRevokeConnectLinkMutationVariables>;
export const ConnectSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowAvailableNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectSessionQuery, ConnectSessionQueryVariables>;
export const ConnectAvailableNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConnectAvailableNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"availableNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableNumberList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvailableNumberFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvailableNumberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voice"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}},{"kind":"Field","name":{"kind":"Name","value":"mms"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConnectAvailableNumbersQuery, ConnectAvailableNumbersQueryVariables>;
export const ConsoleViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}}]}}]} as unknown as DocumentNode<ConsoleViewerQuery, ConsoleViewerQueryVariables>;
export const ConsoleProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProviderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProviderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"setupMethods"}},{"kind":"Field","name":{"kind":"Name","value":"credentialFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"graphqlName"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sipConfigFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"graphqlName"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<ConsoleProvidersQuery, ConsoleProvidersQueryVariables>;
export const ConsoleConnectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleConnections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionCardFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"setupMethod"}},{"kind":"Field","name":{"kind":"Name","value":"numbersImported"}},{"kind":"Field","name":{"kind":"Name","value":"lastTestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<ConsoleConnectionsQuery, ConsoleConnectionsQueryVariables>;
export const ConsoleTestCredentialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleTestCredentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestCredentialsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestCredentialsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"test"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestReportFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Check"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialTest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verificationEvidenceId"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedConnectionName"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentialsValid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inboundReachable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundAuthorized"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleTestCredentialsMutation, ConsoleTestCredentialsMutationVariables>;
export const ConsoleCreateConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionCardFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"setupMethod"}},{"kind":"Field","name":{"kind":"Name","value":"numbersImported"}},{"kind":"Field","name":{"kind":"Name","value":"lastTestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateConnectionMutation, ConsoleCreateConnectionMutationVariables>;
export const ConsoleRotateCredentialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRotateCredentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateCredentialsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RotateCredentialsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionCardFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"setupMethod"}},{"kind":"Field","name":{"kind":"Name","value":"numbersImported"}},{"kind":"Field","name":{"kind":"Name","value":"lastTestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRotateCredentialsMutation, ConsoleRotateCredentialsMutationVariables>;
export const ConsoleRetestConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRetestConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retestConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetestConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionCardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"setupMethod"}},{"kind":"Field","name":{"kind":"Name","value":"numbersImported"}},{"kind":"Field","name":{"kind":"Name","value":"lastTestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRetestConnectionMutation, ConsoleRetestConnectionMutationVariables>;
export const ConsoleDeleteConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDeleteConnectionMutation, ConsoleDeleteConnectionMutationVariables>;
export const ConsoleAvailableNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAvailableNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"capability"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"availableNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"contains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contains"}}},{"kind":"Argument","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}},{"kind":"Argument","name":{"kind":"Name","value":"capability"},"value":{"kind":"Variable","name":{"kind":"Name","value":"capability"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeImported"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableNumberList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AvailableNumberFields"}},{"kind":"Field","name":{"kind":"Name","value":"importState"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AvailableNumberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voice"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}},{"kind":"Field","name":{"kind":"Name","value":"mms"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAvailableNumbersQuery, ConsoleAvailableNumbersQueryVariables>;
export const ConsoleImportNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleImportNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportNumbersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportNumbersPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyImported"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhoneNumberRowFields"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voipConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"voipVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"voipLastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verificationFailures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleImportNumbersMutation, ConsoleImportNumbersMutationVariables>;
export const ConsolePhoneNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePhoneNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhoneNumberRowFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voipConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"voipVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"voipLastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verificationFailures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<ConsolePhoneNumbersQuery, ConsolePhoneNumbersQueryVariables>;
export const ConsoleVerifyPhoneNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleVerifyPhoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyPhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyPhoneNumberPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhoneNumberRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallCheckFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inboundCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallCheckFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"testCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestCallFields"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"carrierCode"}},{"kind":"Field","name":{"kind":"Name","value":"fix"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voipConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"voipVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"voipLastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verificationFailures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestCallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumberId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outboundCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallCheckFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inboundCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallCheckFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"placedBy"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"carrierCode"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"ms"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleVerifyPhoneNumberMutation, ConsoleVerifyPhoneNumberMutationVariables>;
export const ConsoleConnectionUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsoleConnectionUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionCardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"setupMethod"}},{"kind":"Field","name":{"kind":"Name","value":"numbersImported"}},{"kind":"Field","name":{"kind":"Name","value":"lastTestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<ConsoleConnectionUpdatedSubscription, ConsoleConnectionUpdatedSubscriptionVariables>;
export const ConsolePhoneNumberUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsolePhoneNumberUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumberUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhoneNumberRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voipConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"voipVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"voipLastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verificationFailures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<ConsolePhoneNumberUpdatedSubscription, ConsolePhoneNumberUpdatedSubscriptionVariables>;
export const ConsoleTestCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleTestCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestCallPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestCallFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"carrierCode"}},{"kind":"Field","name":{"kind":"Name","value":"fix"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestCallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumberId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outboundCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallCheckFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inboundCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallCheckFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"placedBy"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"carrierCode"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"ms"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleTestCallMutation, ConsoleTestCallMutationVariables>;
export const ConsoleTestCallUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsoleTestCallUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phoneNumberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testCallUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phoneNumberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phoneNumberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumberId"}},{"kind":"Field","name":{"kind":"Name","value":"testCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestCallFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"carrierCode"}},{"kind":"Field","name":{"kind":"Name","value":"fix"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestCallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumberId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outboundCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallCheckFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inboundCall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallCheckFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"placedBy"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"carrierCode"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"ms"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleTestCallUpdatedSubscription, ConsoleTestCallUpdatedSubscriptionVariables>;
export const ConsoleWebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleWebhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConsoleWebhookEndpointsQuery, ConsoleWebhookEndpointsQueryVariables>;
export const ConsoleWebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleWebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"responseExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<ConsoleWebhookDeliveriesQuery, ConsoleWebhookDeliveriesQueryVariables>;
export const ConsoleWebhookDeliveryUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsoleWebhookDeliveryUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveryUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"responseExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConsoleWebhookDeliveryUpdatedSubscription, ConsoleWebhookDeliveryUpdatedSubscriptionVariables>;
export const ConsoleCreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateWebhookEndpointMutation, ConsoleCreateWebhookEndpointMutationVariables>;
export const ConsoleUpdateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateWebhookEndpointMutation, ConsoleUpdateWebhookEndpointMutationVariables>;
export const ConsoleDeleteWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteWebhookEndpointPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDeleteWebhookEndpointMutation, ConsoleDeleteWebhookEndpointMutationVariables>;
export const ConsoleRotateWebhookEndpointSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRotateWebhookEndpointSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookEndpointSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RotateWebhookEndpointSecretPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookEndpointFields"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookEndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"secretHint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRotateWebhookEndpointSecretMutation, ConsoleRotateWebhookEndpointSecretMutationVariables>;
export const ConsoleRetryWebhookDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRetryWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"deliveryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RetryWebhookDeliveryPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"responseExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRetryWebhookDeliveryMutation, ConsoleRetryWebhookDeliveryMutationVariables>;