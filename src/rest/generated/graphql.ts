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
  /** A JSON object (provider-specific settings). */
  JSON: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** An API key. The secret itself is shown once, when the key is created. */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  isActive: Scalars['Boolean']['output'];
  /** sk_live_ and 7 characters, to recognise the key. */
  keyPrefix: Scalars['String']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A number in the connection's provider account. */
export type AvailableNumber = {
  __typename?: 'AvailableNumber';
  capabilities: Capabilities;
  /** ISO 3166 alpha-2. */
  country?: Maybe<Scalars['String']['output']>;
  friendlyName: Scalars['String']['output'];
  importState: ImportState;
  /** E.164. */
  phoneNumber: Scalars['String']['output'];
  /** The provider's id for the number. */
  providerNumberId: Scalars['String']['output'];
};

/** A page of available numbers, in E.164 order. */
export type AvailableNumberList = {
  __typename?: 'AvailableNumberList';
  edges: Array<AvailableNumberListEdge>;
  pageInfo: PageInfo;
  /** How many items the whole list holds with these filters (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

export type AvailableNumberListEdge = {
  __typename?: 'AvailableNumberListEdge';
  cursor: Scalars['String']['output'];
  node: AvailableNumber;
};

export type AvailableNumbersResult = AvailableNumberList | BaseError | ConflictError | CredentialsReverificationError | EvidenceError | NotFoundError | ProviderRejectedError | ProviderUnavailableError | ValidationError;

/** Any other expected failure; see code. */
export type BaseError = Error & {
  __typename?: 'BaseError';
  /** Machine code, e.g. evidence_reused. */
  code: Scalars['String']['output'];
  /** A sentence for people; never contains secrets. */
  message: Scalars['String']['output'];
};

/** What a number can do. */
export type Capabilities = {
  __typename?: 'Capabilities';
  mms: Scalars['Boolean']['output'];
  sms: Scalars['Boolean']['output'];
  voice: Scalars['Boolean']['output'];
};

/** A number capability. */
export type Capability =
  | 'MMS'
  | 'SMS'
  | 'VOICE';

/** One check: its status, a machine code and a sentence for people. */
export type Check = {
  __typename?: 'Check';
  code: Scalars['String']['output'];
  detail: Scalars['String']['output'];
  status: CheckStatus;
};

/** The three checks of a credential test. */
export type CheckName =
  | 'CREDENTIALS_VALID'
  | 'INBOUND_REACHABLE'
  | 'OUTBOUND_AUTHORIZED';

/** The outcome of one check. */
export type CheckStatus =
  | 'FAIL'
  | 'NOT_APPLICABLE'
  | 'PASS';

/** The three checks of a credential test. */
export type Checks = {
  __typename?: 'Checks';
  credentialsValid: Check;
  inboundReachable: Check;
  outboundAuthorized: Check;
};

/** The resource's state does not allow this now. */
export type ConflictError = Error & {
  __typename?: 'ConflictError';
  /** Machine code, e.g. evidence_reused. */
  code: Scalars['String']['output'];
  /** A sentence for people; never contains secrets. */
  message: Scalars['String']['output'];
};

/** A connection to an organization's own telephony provider account. */
export type Connection = {
  __typename?: 'Connection';
  /** Numbers the provider account holds, read live. Numbers already held by any organization are left out unless includeImported. A connection in ERROR or a provider that is down is a typed error, never an empty list. */
  availableNumbers: AvailableNumbersResult;
  createdAt: Scalars['DateTime']['output'];
  credentialsRotatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether sealed credentials are on file. */
  hasCredentials: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** True when the name was suggested by the provider, not chosen. */
  inferredName: Scalars['Boolean']['output'];
  /** Set when the last test failed (status ERROR). */
  lastError?: Maybe<ConnectionError>;
  /** Last successful credential test. */
  lastTestedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Phone numbers imported through this connection (not released). */
  numbersImported: Scalars['Int']['output'];
  provider: Provider;
  setupMethod: SetupMethod;
  /** Provider-specific SIP settings, redacted: no secrets, usernames masked, has_credentials. */
  sipConfig: Scalars['JSON']['output'];
  status: ConnectionStatus;
  updatedAt: Scalars['DateTime']['output'];
};


/** A connection to an organization's own telephony provider account. */
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
  at: Scalars['DateTime']['output'];
  code: Scalars['String']['output'];
  detail: Scalars['String']['output'];
};

export type ConnectionIdInput = {
  id: Scalars['ID']['input'];
};

/** A page of connections. */
export type ConnectionList = {
  __typename?: 'ConnectionList';
  edges: Array<ConnectionListEdge>;
  pageInfo: PageInfo;
};

export type ConnectionListEdge = {
  __typename?: 'ConnectionListEdge';
  cursor: Scalars['String']['output'];
  node: Connection;
};

/** Where a connection stands. */
export type ConnectionStatus =
  | 'CONNECTED'
  | 'ERROR'
  | 'PENDING'
  | 'TESTING';

/** The connection after a retest, and the checks that decided its status. */
export type ConnectionTestResult = {
  __typename?: 'ConnectionTestResult';
  checks: Checks;
  connection: Connection;
  failures: Array<TestFailure>;
};

export type CreateApiKeyInput = {
  name: Scalars['String']['input'];
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  created: CreatedApiKey;
};

export type CreateApiKeyResult = BaseError | ConflictError | CreateApiKeyPayload | CredentialsReverificationError | EvidenceError | NotFoundError | ProviderRejectedError | ProviderUnavailableError | ValidationError;

export type CreateConnectionInput = {
  /** The same credentials that were tested. */
  credentials: CredentialsInput;
  /** Defaults to the suggested name from the test. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the provider's first method (API_KEY; MANUAL for SIP trunks). */
  setupMethod?: InputMaybe<SetupMethod>;
  sipConfig?: InputMaybe<SipConfigInput>;
  /** From testCredentials; required. */
  verificationEvidenceId?: InputMaybe<Scalars['String']['input']>;
};

export type CreateConnectionPayload = {
  __typename?: 'CreateConnectionPayload';
  connection: Connection;
};

export type CreateConnectionResult = BaseError | ConflictError | CreateConnectionPayload | CredentialsReverificationError | EvidenceError | NotFoundError | ProviderRejectedError | ProviderUnavailableError | ValidationError;

/** A new key and its secret, which is never shown again. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** The key to send as `Authorization: Bearer …`. */
  secret: Scalars['String']['output'];
};

/** The outcome of testing credentials. On PASS it carries single-use verification evidence. */
export type CredentialTest = {
  __typename?: 'CredentialTest';
  accountName?: Maybe<Scalars['String']['output']>;
  checks: Checks;
  evidenceExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  failures: Array<TestFailure>;
  status: TestStatus;
  suggestedConnectionName: Scalars['String']['output'];
  /** Pass it to createConnection or rotateCredentials. */
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

/** The credentials differ from the ones that were tested. */
export type CredentialsReverificationError = Error & {
  __typename?: 'CredentialsReverificationError';
  /** Machine code, e.g. evidence_reused. */
  code: Scalars['String']['output'];
  /** A sentence for people; never contains secrets. */
  message: Scalars['String']['output'];
};

export type DeleteConnectionPayload = {
  __typename?: 'DeleteConnectionPayload';
  deleted: DeletedConnection;
};

export type DeleteConnectionResult = BaseError | ConflictError | CredentialsReverificationError | DeleteConnectionPayload | EvidenceError | NotFoundError | ProviderRejectedError | ProviderUnavailableError | ValidationError;

/** The id of the connection that was deleted. */
export type DeletedConnection = {
  __typename?: 'DeletedConnection';
  id: Scalars['ID']['output'];
};

/** An expected failure. `code` is stable (the REST API returns the same codes). */
export type Error = {
  /** Machine code, e.g. evidence_reused. */
  code: Scalars['String']['output'];
  /** A sentence for people; never contains secrets. */
  message: Scalars['String']['output'];
};

/** The verification evidence is missing, used, expired, or for another provider. */
export type EvidenceError = Error & {
  __typename?: 'EvidenceError';
  /** Machine code, e.g. evidence_reused. */
  code: Scalars['String']['output'];
  /** A sentence for people; never contains secrets. */
  message: Scalars['String']['output'];
};

/** One invalid input field. */
export type FieldError = {
  __typename?: 'FieldError';
  message: Scalars['String']['output'];
  /** Dotted path in API terms, e.g. credentials.account_sid. */
  path: Scalars['String']['output'];
};

/** What happened to one number of an import. */
export type ImportNumberResult = {
  __typename?: 'ImportNumberResult';
  /** Why it failed: invalid_number, not_in_account, number_in_other_org. */
  code?: Maybe<Scalars['String']['output']>;
  number: Scalars['String']['output'];
  outcome: ImportOutcome;
  phoneNumber?: Maybe<PhoneNumber>;
};

export type ImportNumbersInput = {
  connectionId: Scalars['ID']['input'];
  /** E.164 numbers, up to 1000. */
  numbers: Array<Scalars['String']['input']>;
};

export type ImportNumbersPayload = {
  __typename?: 'ImportNumbersPayload';
  report: ImportNumbersReport;
};

/** One result per distinct number, and the counts. */
export type ImportNumbersReport = {
  __typename?: 'ImportNumbersReport';
  alreadyImported: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  imported: Scalars['Int']['output'];
  results: Array<ImportNumberResult>;
};

export type ImportNumbersResult = BaseError | ConflictError | CredentialsReverificationError | EvidenceError | ImportNumbersPayload | NotFoundError | ProviderRejectedError | ProviderUnavailableError | ValidationError;

/** What happened to one number of an import. */
export type ImportOutcome =
  | 'ALREADY_IMPORTED'
  | 'FAILED'
  | 'IMPORTED';

/** Whether a provider number is already held. */
export type ImportState =
  | 'AVAILABLE'
  | 'IMPORTED_HERE'
  | 'IN_OTHER_ORG';

/** SIP trunk credentials. Write-only: never returned once saved. */
export type ManualCredentialsInput = {
  /** Digest password (with the username); only ever sent hashed. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** Digest username, if the trunk authenticates (with the password). */
  username?: InputMaybe<Scalars['String']['input']>;
};

/** Each mutation takes one input and returns its payload or a typed error. */
export type Mutation = {
  __typename?: 'Mutation';
  createApiKey: CreateApiKeyResult;
  /** Saves a connection from tested credentials, consuming the evidence. */
  createConnection: CreateConnectionResult;
  /** Deletes a connection and its sealed credentials. Its phone numbers stay, unlinked. */
  deleteConnection: DeleteConnectionResult;
  /** Imports numbers from the connection’s provider account as PROVISIONING phone numbers. */
  importNumbers: ImportNumbersResult;
  /** Releases a number: restores its previous provider routing (never deletes it there). */
  releasePhoneNumber: ReleasePhoneNumberResult;
  /** Tests the stored credentials again: CONNECTED, or ERROR with lastError. */
  retestConnection: RetestConnectionResult;
  revokeApiKey: RevokeApiKeyResult;
  /** Replaces the stored credentials with freshly tested ones. The old ones stay until the new ones commit. */
  rotateCredentials: RotateCredentialsResult;
  /** Asks the provider for a display name for these credentials. */
  suggestConnectionName: SuggestConnectionNameResult;
  /** Probes the provider with raw credentials. Nothing is saved but the evidence. */
  testCredentials: TestCredentialsResult;
  /** Renames, changes SIP settings and/or rotates credentials, all or nothing. */
  updateConnection: UpdateConnectionResult;
  /** Assigns inbound/outbound agents and a label. */
  updatePhoneNumber: UpdatePhoneNumberResult;
  /** verify-voip: route inbound calls to the platform and check outbound authorization. */
  verifyPhoneNumber: VerifyPhoneNumberResult;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationCreateConnectionArgs = {
  input: CreateConnectionInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationDeleteConnectionArgs = {
  input: ConnectionIdInput;
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
export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationRotateCredentialsArgs = {
  input: RotateCredentialsInput;
};


/** Each mutation takes one input and returns its payload or a typed error. */
export type MutationSuggestConnectionNameArgs = {
  input: TestCredentialsInput;
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
export type MutationVerifyPhoneNumberArgs = {
  input: PhoneNumberIdInput;
};

/** A display name inferred from the provider account. */
export type NameSuggestion = {
  __typename?: 'NameSuggestion';
  accountName?: Maybe<Scalars['String']['output']>;
  suggestedName: Scalars['String']['output'];
};

/** No such resource in this organization. */
export type NotFoundError = Error & {
  __typename?: 'NotFoundError';
  /** Machine code, e.g. evidence_reused. */
  code: Scalars['String']['output'];
  /** A sentence for people; never contains secrets. */
  message: Scalars['String']['output'];
};

/** The organization an API key belongs to. */
export type Organization = {
  __typename?: 'Organization';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A phone number of the organization. Imported numbers start PROVISIONING until verify-voip passes. */
export type PhoneNumber = {
  __typename?: 'PhoneNumber';
  capabilities: Capabilities;
  /** ISO 3166 alpha-2. */
  country?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  friendlyName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  inboundAgentId?: Maybe<Scalars['ID']['output']>;
  label?: Maybe<Scalars['String']['output']>;
  /** E.164. */
  number: Scalars['String']['output'];
  outboundAgentId?: Maybe<Scalars['ID']['output']>;
  source: PhoneNumberSource;
  status: PhoneNumberStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** The connection it was imported through; null once that is deleted. */
  voipConnectionId?: Maybe<Scalars['ID']['output']>;
  voipLastVerifiedAt?: Maybe<Scalars['DateTime']['output']>;
  voipVerificationStatus: VoipVerificationStatus;
};

export type PhoneNumberIdInput = {
  id: Scalars['ID']['input'];
};

/** A page of phone numbers. */
export type PhoneNumberList = {
  __typename?: 'PhoneNumberList';
  edges: Array<PhoneNumberListEdge>;
  pageInfo: PageInfo;
  /** How many items the whole list holds with these filters (counted only when asked for). */
  totalCount: Scalars['Int']['output'];
};

export type PhoneNumberListEdge = {
  __typename?: 'PhoneNumberListEdge';
  cursor: Scalars['String']['output'];
  node: PhoneNumber;
};

/** Where a phone number came from. */
export type PhoneNumberSource =
  | 'DEMO'
  | 'VOIP';

/** Lifecycle of a phone number. */
export type PhoneNumberStatus =
  | 'ACTIVE'
  | 'FAILED'
  | 'PROVISIONING'
  | 'RELEASED';

/** The outcome of verify-voip: inbound routing and outbound authorization. */
export type PhoneNumberVerification = {
  __typename?: 'PhoneNumberVerification';
  failures: Array<VerificationFailure>;
  inboundRouting: VerificationCheck;
  outboundAuthorization: VerificationCheck;
  phoneNumber: PhoneNumber;
  status: VoipVerificationStatus;
};

/** A telephony provider, or any SIP trunk (MANUAL). */
export type Provider =
  | 'MANUAL'
  | 'SIGNALWIRE'
  | 'TELNYX'
  | 'TWILIO'
  | 'VONAGE';

/** One field of a provider form. */
export type ProviderField = {
  __typename?: 'ProviderField';
  description: Scalars['String']['output'];
  /** The camelCase name in GraphQL inputs. */
  graphqlName: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** The snake_case name the REST API uses. */
  name: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
  /** Write-only: never returned once saved. */
  secret: Scalars['Boolean']['output'];
};

/** A provider, its setup methods and the fields its form needs. */
export type ProviderInfo = {
  __typename?: 'ProviderInfo';
  credentialFields: Array<ProviderField>;
  displayName: Scalars['String']['output'];
  id: Provider;
  setupMethods: Array<SetupMethod>;
  sipConfigFields: Array<ProviderField>;
};

/** The provider refused the request. */
export type ProviderRejectedError = Error & {
  __typename?: 'ProviderRejectedError';
  /** Machine code, e.g. evidence_reused. */
  code: Scalars['String']['output'];
  /** A sentence for people; never contains secrets. */
  message: Scalars['String']['output'];
};

/** The provider could not be reached; try again. */
export type ProviderUnavailableError = Error & {
  __typename?: 'ProviderUnavailableError';
  /** Machine code, e.g. evidence_reused. */
  code: Scalars['String']['output'];
  /** A sentence for people; never contains secrets. */
  message: Scalars['String']['output'];
};

/** Everything is scoped to the organization of the API key. */
export type Query = {
  __typename?: 'Query';
  /** The organization's API keys, newest first. */
  apiKeys: Array<ApiKey>;
  /** One connection, or null if this organization has none with that id. */
  connection?: Maybe<Connection>;
  /** Connections, newest first. */
  connections: ConnectionList;
  phoneNumber?: Maybe<PhoneNumber>;
  /** Phone numbers, newest first. */
  phoneNumbers: PhoneNumberList;
  /** Every supported provider, to draw connection forms. */
  providers: Array<ProviderInfo>;
  /** The caller. */
  viewer: Viewer;
};


/** Everything is scoped to the organization of the API key. */
export type QueryConnectionArgs = {
  id: Scalars['ID']['input'];
};


/** Everything is scoped to the organization of the API key. */
export type QueryConnectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  provider?: InputMaybe<Provider>;
};


/** Everything is scoped to the organization of the API key. */
export type QueryPhoneNumberArgs = {
  id: Scalars['ID']['input'];
};


/** Everything is scoped to the organization of the API key. */
export type QueryPhoneNumbersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  connectionId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<PhoneNumberStatus>;
};

export type ReleasePhoneNumberPayload = {
  __typename?: 'ReleasePhoneNumberPayload';
  phoneNumber: PhoneNumber;
};

export type ReleasePhoneNumberResult = BaseError | ConflictError | CredentialsReverificationError | EvidenceError | NotFoundError | ProviderRejectedError | ProviderUnavailableError | ReleasePhoneNumberPayload | ValidationError;

export type RetestConnectionPayload = {
  __typename?: 'RetestConnectionPayload';
  result: ConnectionTestResult;
};

export type RetestConnectionResult = BaseError | ConflictError | CredentialsReverificationError | EvidenceError | NotFoundError | ProviderRejectedError | ProviderUnavailableError | RetestConnectionPayload | ValidationError;

export type RevokeApiKeyInput = {
  id: Scalars['ID']['input'];
};

export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  apiKey: ApiKey;
};

export type RevokeApiKeyResult = BaseError | ConflictError | CredentialsReverificationError | EvidenceError | NotFoundError | ProviderRejectedError | ProviderUnavailableError | RevokeApiKeyPayload | ValidationError;

export type RotateCredentialsInput = {
  credentials: CredentialsInput;
  id: Scalars['ID']['input'];
  sipConfig?: InputMaybe<SipConfigInput>;
  /** From a fresh testCredentials of the new credentials. */
  verificationEvidenceId: Scalars['String']['input'];
};

export type RotateCredentialsPayload = {
  __typename?: 'RotateCredentialsPayload';
  connection: Connection;
};

export type RotateCredentialsResult = BaseError | ConflictError | CredentialsReverificationError | EvidenceError | NotFoundError | ProviderRejectedError | ProviderUnavailableError | RotateCredentialsPayload | ValidationError;

/** How a connection was set up. */
export type SetupMethod =
  | 'API_KEY'
  | 'GUIDED_TELNYX'
  | 'MANUAL';

/** SignalWire credentials. Write-only: never returned once saved. */
export type SignalWireCredentialsInput = {
  /** An API token with Voice and Numbers scopes. */
  apiToken: Scalars['String']['input'];
  /** The Project ID (UUID). */
  projectId: Scalars['String']['input'];
  /** Your Space name, or its example.signalwire.com host. */
  space: Scalars['String']['input'];
};

/** Provider-specific SIP settings: domain/port/transport for a SIP trunk; an optional domain hint for Telnyx. */
export type SipConfigInput = {
  /** SIP domain or host. */
  domain?: InputMaybe<Scalars['String']['input']>;
  /** SIP port (5060, or 5061 for TLS). */
  port?: InputMaybe<Scalars['Int']['input']>;
  /** udp (default), tcp or tls. */
  transport?: InputMaybe<SipTransport>;
};

/** SIP transport of a trunk. */
export type SipTransport =
  | 'TCP'
  | 'TLS'
  | 'UDP';

export type SuggestConnectionNamePayload = {
  __typename?: 'SuggestConnectionNamePayload';
  suggestion: NameSuggestion;
};

export type SuggestConnectionNameResult = BaseError | ConflictError | CredentialsReverificationError | EvidenceError | NotFoundError | ProviderRejectedError | ProviderUnavailableError | SuggestConnectionNamePayload | ValidationError;

/** Telnyx credentials. Write-only: never returned once saved. */
export type TelnyxCredentialsInput = {
  /** A Telnyx API v2 key (KEY…). */
  apiKey: Scalars['String']['input'];
  /** The SIP connection your numbers should use. Leave it out and Trunkline sets up its own connection and outbound voice profile. */
  connectionId?: InputMaybe<Scalars['String']['input']>;
};

export type TestCredentialsInput = {
  credentials: CredentialsInput;
  /** The setup method createConnection will be given; the same rules apply to both. */
  setupMethod?: InputMaybe<SetupMethod>;
  sipConfig?: InputMaybe<SipConfigInput>;
};

export type TestCredentialsPayload = {
  __typename?: 'TestCredentialsPayload';
  test: CredentialTest;
};

export type TestCredentialsResult = BaseError | ConflictError | CredentialsReverificationError | EvidenceError | NotFoundError | ProviderRejectedError | ProviderUnavailableError | TestCredentialsPayload | ValidationError;

/** A failed check, to fix at the provider before testing again. */
export type TestFailure = {
  __typename?: 'TestFailure';
  check: CheckName;
  code: Scalars['String']['output'];
  detail: Scalars['String']['output'];
};

/** Whether every check passed (or did not apply). */
export type TestStatus =
  | 'FAIL'
  | 'PASS';

/** Twilio credentials. Write-only: never returned once saved. */
export type TwilioCredentialsInput = {
  /** AC… from the Twilio console. */
  accountSid: Scalars['String']['input'];
  /** The API key secret. */
  apiKeySecret?: InputMaybe<Scalars['String']['input']>;
  /** SK… of a Standard or Main API key. */
  apiKeySid?: InputMaybe<Scalars['String']['input']>;
  /** The account Auth Token (or use an API key). */
  authToken?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateConnectionInput = {
  /** New credentials: needs verificationEvidenceId from a fresh test. */
  credentials?: InputMaybe<CredentialsInput>;
  id: Scalars['ID']['input'];
  /** A new display name (clears inferredName). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Merged into the current SIP settings. */
  sipConfig?: InputMaybe<SipConfigInput>;
  verificationEvidenceId?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateConnectionPayload = {
  __typename?: 'UpdateConnectionPayload';
  connection: Connection;
};

export type UpdateConnectionResult = BaseError | ConflictError | CredentialsReverificationError | EvidenceError | NotFoundError | ProviderRejectedError | ProviderUnavailableError | UpdateConnectionPayload | ValidationError;

export type UpdatePhoneNumberInput = {
  id: Scalars['ID']['input'];
  /** Agent answering inbound calls; null unassigns. */
  inboundAgentId?: InputMaybe<Scalars['ID']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  /** Agent placing outbound calls; null unassigns. */
  outboundAgentId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdatePhoneNumberPayload = {
  __typename?: 'UpdatePhoneNumberPayload';
  phoneNumber: PhoneNumber;
};

export type UpdatePhoneNumberResult = BaseError | ConflictError | CredentialsReverificationError | EvidenceError | NotFoundError | ProviderRejectedError | ProviderUnavailableError | UpdatePhoneNumberPayload | ValidationError;

/** Some input is invalid; fields lists each problem. */
export type ValidationError = Error & {
  __typename?: 'ValidationError';
  /** Machine code, e.g. evidence_reused. */
  code: Scalars['String']['output'];
  fields: Array<FieldError>;
  /** A sentence for people; never contains secrets. */
  message: Scalars['String']['output'];
};

export type VerificationCheck = {
  __typename?: 'VerificationCheck';
  code: Scalars['String']['output'];
  detail: Scalars['String']['output'];
  status: CheckStatus;
};

export type VerificationFailure = {
  __typename?: 'VerificationFailure';
  /** inbound_routing or outbound_authorization. */
  check: Scalars['String']['output'];
  code: Scalars['String']['output'];
  detail: Scalars['String']['output'];
};

export type VerifyPhoneNumberPayload = {
  __typename?: 'VerifyPhoneNumberPayload';
  verification: PhoneNumberVerification;
};

export type VerifyPhoneNumberResult = BaseError | ConflictError | CredentialsReverificationError | EvidenceError | NotFoundError | ProviderRejectedError | ProviderUnavailableError | ValidationError | VerifyPhoneNumberPayload;

/** Who is calling: the API key and its organization. */
export type Viewer = {
  __typename?: 'Viewer';
  organization: Organization;
};

/** Result of the last verify-voip. */
export type VoipVerificationStatus =
  | 'FAILED'
  | 'UNVERIFIED'
  | 'VERIFIED';

/** Vonage credentials. Write-only: never returned once saved. */
export type VonageCredentialsInput = {
  /** The API key from the Vonage dashboard. */
  apiKey: Scalars['String']['input'];
  /** The API secret. */
  apiSecret: Scalars['String']['input'];
};

export type ListApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ListApiKeysQuery = { __typename?: 'Query', apiKeys: Array<{ __typename?: 'ApiKey', id: string, name: string, keyPrefix: string, isActive: boolean, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'CreateApiKeyPayload', created: { __typename?: 'CreatedApiKey', secret: string, apiKey: { __typename?: 'ApiKey', id: string, name: string, keyPrefix: string, isActive: boolean, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null } } }
    | { __typename: 'CredentialsReverificationError', code: string, message: string }
    | { __typename: 'EvidenceError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'CredentialsReverificationError', code: string, message: string }
    | { __typename: 'EvidenceError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'RevokeApiKeyPayload', apiKey: { __typename?: 'ApiKey', id: string, name: string, keyPrefix: string, isActive: boolean, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null } }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type ListConnectionsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ListConnectionsQuery = { __typename?: 'Query', connections: { __typename?: 'ConnectionList', edges: Array<{ __typename?: 'ConnectionListEdge', node: { __typename?: 'Connection', id: string, name: string, provider: Provider, setupMethod: SetupMethod, status: ConnectionStatus, inferredName: boolean, sipConfig: Record<string, unknown>, lastTestedAt?: string | null, numbersImported: number, credentialsRotatedAt?: string | null, createdAt: string, updatedAt: string, lastError?: { __typename?: 'ConnectionError', code: string, detail: string, at: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type GetConnectionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GetConnectionQuery = { __typename?: 'Query', connection?: { __typename?: 'Connection', id: string, name: string, provider: Provider, setupMethod: SetupMethod, status: ConnectionStatus, inferredName: boolean, sipConfig: Record<string, unknown>, lastTestedAt?: string | null, numbersImported: number, credentialsRotatedAt?: string | null, createdAt: string, updatedAt: string, lastError?: { __typename?: 'ConnectionError', code: string, detail: string, at: string } | null } | null };

export type TestCredentialsMutationVariables = Exact<{
  input: TestCredentialsInput;
}>;


export type TestCredentialsMutation = { __typename?: 'Mutation', testCredentials:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'CredentialsReverificationError', code: string, message: string }
    | { __typename: 'EvidenceError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'TestCredentialsPayload', test: { __typename?: 'CredentialTest', status: TestStatus, verificationEvidenceId?: string | null, evidenceExpiresAt?: string | null, suggestedConnectionName: string, accountName?: string | null, checks: { __typename?: 'Checks', credentialsValid: { __typename?: 'Check', status: CheckStatus, code: string, detail: string }, inboundReachable: { __typename?: 'Check', status: CheckStatus, code: string, detail: string }, outboundAuthorized: { __typename?: 'Check', status: CheckStatus, code: string, detail: string } }, failures: Array<{ __typename?: 'TestFailure', check: CheckName, code: string, detail: string }> } }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type SuggestConnectionNameMutationVariables = Exact<{
  input: TestCredentialsInput;
}>;


export type SuggestConnectionNameMutation = { __typename?: 'Mutation', suggestConnectionName:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'CredentialsReverificationError', code: string, message: string }
    | { __typename: 'EvidenceError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'SuggestConnectionNamePayload', suggestion: { __typename?: 'NameSuggestion', suggestedName: string, accountName?: string | null } }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type CreateConnectionMutationVariables = Exact<{
  input: CreateConnectionInput;
}>;


export type CreateConnectionMutation = { __typename?: 'Mutation', createConnection:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'CreateConnectionPayload', connection: { __typename?: 'Connection', id: string, name: string, provider: Provider, setupMethod: SetupMethod, status: ConnectionStatus, inferredName: boolean, sipConfig: Record<string, unknown>, lastTestedAt?: string | null, numbersImported: number, credentialsRotatedAt?: string | null, createdAt: string, updatedAt: string, lastError?: { __typename?: 'ConnectionError', code: string, detail: string, at: string } | null } }
    | { __typename: 'CredentialsReverificationError', code: string, message: string }
    | { __typename: 'EvidenceError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type UpdateConnectionMutationVariables = Exact<{
  input: UpdateConnectionInput;
}>;


export type UpdateConnectionMutation = { __typename?: 'Mutation', updateConnection:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'CredentialsReverificationError', code: string, message: string }
    | { __typename: 'EvidenceError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'UpdateConnectionPayload', connection: { __typename?: 'Connection', id: string, name: string, provider: Provider, setupMethod: SetupMethod, status: ConnectionStatus, inferredName: boolean, sipConfig: Record<string, unknown>, lastTestedAt?: string | null, numbersImported: number, credentialsRotatedAt?: string | null, createdAt: string, updatedAt: string, lastError?: { __typename?: 'ConnectionError', code: string, detail: string, at: string } | null } }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type DeleteConnectionMutationVariables = Exact<{
  input: ConnectionIdInput;
}>;


export type DeleteConnectionMutation = { __typename?: 'Mutation', deleteConnection:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'CredentialsReverificationError', code: string, message: string }
    | { __typename: 'DeleteConnectionPayload', deleted: { __typename?: 'DeletedConnection', id: string } }
    | { __typename: 'EvidenceError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

type RestError_BaseError_Fragment = { __typename: 'BaseError', code: string, message: string };

type RestError_ConflictError_Fragment = { __typename: 'ConflictError', code: string, message: string };

type RestError_CredentialsReverificationError_Fragment = { __typename: 'CredentialsReverificationError', code: string, message: string };

type RestError_EvidenceError_Fragment = { __typename: 'EvidenceError', code: string, message: string };

type RestError_NotFoundError_Fragment = { __typename: 'NotFoundError', code: string, message: string };

type RestError_ProviderRejectedError_Fragment = { __typename: 'ProviderRejectedError', code: string, message: string };

type RestError_ProviderUnavailableError_Fragment = { __typename: 'ProviderUnavailableError', code: string, message: string };

type RestError_ValidationError_Fragment = { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> };

export type RestErrorFragment =
  | RestError_BaseError_Fragment
  | RestError_ConflictError_Fragment
  | RestError_CredentialsReverificationError_Fragment
  | RestError_EvidenceError_Fragment
  | RestError_NotFoundError_Fragment
  | RestError_ProviderRejectedError_Fragment
  | RestError_ProviderUnavailableError_Fragment
  | RestError_ValidationError_Fragment
;

export type ApiKeyFieldsFragment = { __typename?: 'ApiKey', id: string, name: string, keyPrefix: string, isActive: boolean, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null };

export type ConnectionFieldsFragment = { __typename?: 'Connection', id: string, name: string, provider: Provider, setupMethod: SetupMethod, status: ConnectionStatus, inferredName: boolean, sipConfig: Record<string, unknown>, lastTestedAt?: string | null, numbersImported: number, credentialsRotatedAt?: string | null, createdAt: string, updatedAt: string, lastError?: { __typename?: 'ConnectionError', code: string, detail: string, at: string } | null };

export type CheckFieldsFragment = { __typename?: 'Checks', credentialsValid: { __typename?: 'Check', status: CheckStatus, code: string, detail: string }, inboundReachable: { __typename?: 'Check', status: CheckStatus, code: string, detail: string }, outboundAuthorized: { __typename?: 'Check', status: CheckStatus, code: string, detail: string } };

export type PhoneNumberFieldsFragment = { __typename?: 'PhoneNumber', id: string, number: string, source: PhoneNumberSource, status: PhoneNumberStatus, voipConnectionId?: string | null, voipVerificationStatus: VoipVerificationStatus, voipLastVerifiedAt?: string | null, inboundAgentId?: string | null, outboundAgentId?: string | null, label?: string | null, friendlyName?: string | null, country?: string | null, createdAt: string, updatedAt: string, capabilities: { __typename?: 'Capabilities', voice: boolean, sms: boolean, mms: boolean } };

export type AvailableNumbersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  contains?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  capability?: InputMaybe<Capability>;
  withTotal?: Scalars['Boolean']['input'];
}>;


export type AvailableNumbersQuery = { __typename?: 'Query', connection?: { __typename?: 'Connection', availableNumbers:
      | { __typename: 'AvailableNumberList', totalCount?: number, edges: Array<{ __typename?: 'AvailableNumberListEdge', node: { __typename?: 'AvailableNumber', phoneNumber: string, friendlyName: string, providerNumberId: string, country?: string | null, capabilities: { __typename?: 'Capabilities', voice: boolean, sms: boolean, mms: boolean } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }
      | { __typename: 'BaseError', code: string, message: string }
      | { __typename: 'ConflictError', code: string, message: string }
      | { __typename: 'CredentialsReverificationError', code: string, message: string }
      | { __typename: 'EvidenceError', code: string, message: string }
      | { __typename: 'NotFoundError', code: string, message: string }
      | { __typename: 'ProviderRejectedError', code: string, message: string }
      | { __typename: 'ProviderUnavailableError', code: string, message: string }
      | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
     } | null };

export type ImportNumbersMutationVariables = Exact<{
  input: ImportNumbersInput;
}>;


export type ImportNumbersMutation = { __typename?: 'Mutation', importNumbers:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'CredentialsReverificationError', code: string, message: string }
    | { __typename: 'EvidenceError', code: string, message: string }
    | { __typename: 'ImportNumbersPayload', report: { __typename?: 'ImportNumbersReport', imported: number, alreadyImported: number, failed: number, results: Array<{ __typename?: 'ImportNumberResult', number: string, outcome: ImportOutcome, code?: string | null, phoneNumber?: { __typename?: 'PhoneNumber', id: string, number: string, source: PhoneNumberSource, status: PhoneNumberStatus, voipConnectionId?: string | null, voipVerificationStatus: VoipVerificationStatus, voipLastVerifiedAt?: string | null, inboundAgentId?: string | null, outboundAgentId?: string | null, label?: string | null, friendlyName?: string | null, country?: string | null, createdAt: string, updatedAt: string, capabilities: { __typename?: 'Capabilities', voice: boolean, sms: boolean, mms: boolean } } | null }> } }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type ListPhoneNumbersQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  connectionId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<PhoneNumberStatus>;
  withTotal?: Scalars['Boolean']['input'];
}>;


export type ListPhoneNumbersQuery = { __typename?: 'Query', phoneNumbers: { __typename?: 'PhoneNumberList', totalCount?: number, edges: Array<{ __typename?: 'PhoneNumberListEdge', node: { __typename?: 'PhoneNumber', id: string, number: string, source: PhoneNumberSource, status: PhoneNumberStatus, voipConnectionId?: string | null, voipVerificationStatus: VoipVerificationStatus, voipLastVerifiedAt?: string | null, inboundAgentId?: string | null, outboundAgentId?: string | null, label?: string | null, friendlyName?: string | null, country?: string | null, createdAt: string, updatedAt: string, capabilities: { __typename?: 'Capabilities', voice: boolean, sms: boolean, mms: boolean } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type GetPhoneNumberQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GetPhoneNumberQuery = { __typename?: 'Query', phoneNumber?: { __typename?: 'PhoneNumber', id: string, number: string, source: PhoneNumberSource, status: PhoneNumberStatus, voipConnectionId?: string | null, voipVerificationStatus: VoipVerificationStatus, voipLastVerifiedAt?: string | null, inboundAgentId?: string | null, outboundAgentId?: string | null, label?: string | null, friendlyName?: string | null, country?: string | null, createdAt: string, updatedAt: string, capabilities: { __typename?: 'Capabilities', voice: boolean, sms: boolean, mms: boolean } } | null };

export type UpdatePhoneNumberMutationVariables = Exact<{
  input: UpdatePhoneNumberInput;
}>;


export type UpdatePhoneNumberMutation = { __typename?: 'Mutation', updatePhoneNumber:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'CredentialsReverificationError', code: string, message: string }
    | { __typename: 'EvidenceError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'UpdatePhoneNumberPayload', phoneNumber: { __typename?: 'PhoneNumber', id: string, number: string, source: PhoneNumberSource, status: PhoneNumberStatus, voipConnectionId?: string | null, voipVerificationStatus: VoipVerificationStatus, voipLastVerifiedAt?: string | null, inboundAgentId?: string | null, outboundAgentId?: string | null, label?: string | null, friendlyName?: string | null, country?: string | null, createdAt: string, updatedAt: string, capabilities: { __typename?: 'Capabilities', voice: boolean, sms: boolean, mms: boolean } } }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type ReleasePhoneNumberMutationVariables = Exact<{
  input: PhoneNumberIdInput;
}>;


export type ReleasePhoneNumberMutation = { __typename?: 'Mutation', releasePhoneNumber:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'CredentialsReverificationError', code: string, message: string }
    | { __typename: 'EvidenceError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'ReleasePhoneNumberPayload', phoneNumber: { __typename?: 'PhoneNumber', id: string, number: string, source: PhoneNumberSource, status: PhoneNumberStatus, voipConnectionId?: string | null, voipVerificationStatus: VoipVerificationStatus, voipLastVerifiedAt?: string | null, inboundAgentId?: string | null, outboundAgentId?: string | null, label?: string | null, friendlyName?: string | null, country?: string | null, createdAt: string, updatedAt: string, capabilities: { __typename?: 'Capabilities', voice: boolean, sms: boolean, mms: boolean } } }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
   };

export type VerifyPhoneNumberMutationVariables = Exact<{
  input: PhoneNumberIdInput;
}>;


export type VerifyPhoneNumberMutation = { __typename?: 'Mutation', verifyPhoneNumber:
    | { __typename: 'BaseError', code: string, message: string }
    | { __typename: 'ConflictError', code: string, message: string }
    | { __typename: 'CredentialsReverificationError', code: string, message: string }
    | { __typename: 'EvidenceError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'ProviderRejectedError', code: string, message: string }
    | { __typename: 'ProviderUnavailableError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string, fields: Array<{ __typename?: 'FieldError', path: string, message: string }> }
    | { __typename: 'VerifyPhoneNumberPayload', verification: { __typename?: 'PhoneNumberVerification', status: VoipVerificationStatus, phoneNumber: { __typename?: 'PhoneNumber', id: string, number: string, source: PhoneNumberSource, status: PhoneNumberStatus, voipConnectionId?: string | null, voipVerificationStatus: VoipVerificationStatus, voipLastVerifiedAt?: string | null, inboundAgentId?: string | null, outboundAgentId?: string | null, label?: string | null, friendlyName?: string | null, country?: string | null, createdAt: string, updatedAt: string, capabilities: { __typename?: 'Capabilities', voice: boolean, sms: boolean, mms: boolean } }, inboundRouting: { __typename?: 'VerificationCheck', status: CheckStatus, code: string, detail: string }, outboundAuthorization: { __typename?: 'VerificationCheck', status: CheckStatus, code: string, detail: string }, failures: Array<{ __typename?: 'VerificationFailure', check: string, code: string, detail: string }> } }
   };

export const RestErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RestErrorFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const ConnectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"setupMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inferredName"}},{"kind":"Field","name":{"kind":"Name","value":"sipConfig"}},{"kind":"Field","name":{"kind":"Name","value":"lastTestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbersImported"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConnectionFieldsFragment, unknown>;
export const CheckFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Checks"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentialsValid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inboundReachable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundAuthorized"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<CheckFieldsFragment, unknown>;
export const PhoneNumberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voipConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"voipVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"voipLastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inboundAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"outboundAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voice"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}},{"kind":"Field","name":{"kind":"Name","value":"mms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PhoneNumberFieldsFragment, unknown>;
export const ListApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ListApiKeysQuery, ListApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const ListConnectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListConnections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"setupMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inferredName"}},{"kind":"Field","name":{"kind":"Name","value":"sipConfig"}},{"kind":"Field","name":{"kind":"Name","value":"lastTestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbersImported"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ListConnectionsQuery, ListConnectionsQueryVariables>;
export const GetConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"setupMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inferredName"}},{"kind":"Field","name":{"kind":"Name","value":"sipConfig"}},{"kind":"Field","name":{"kind":"Name","value":"lastTestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbersImported"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<GetConnectionQuery, GetConnectionQueryVariables>;
export const TestCredentialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestCredentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestCredentialsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestCredentialsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"test"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verificationEvidenceId"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedConnectionName"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CheckFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Checks"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"credentialsValid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inboundReachable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundAuthorized"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TestCredentialsMutation, TestCredentialsMutationVariables>;
export const SuggestConnectionNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestConnectionName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestCredentialsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestConnectionName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestConnectionNamePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestedName"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestConnectionNameMutation, SuggestConnectionNameMutationVariables>;
export const CreateConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"setupMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inferredName"}},{"kind":"Field","name":{"kind":"Name","value":"sipConfig"}},{"kind":"Field","name":{"kind":"Name","value":"lastTestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbersImported"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateConnectionMutation, CreateConnectionMutationVariables>;
export const UpdateConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConnectionFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConnectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Connection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"setupMethod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inferredName"}},{"kind":"Field","name":{"kind":"Name","value":"sipConfig"}},{"kind":"Field","name":{"kind":"Name","value":"lastTestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbersImported"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsRotatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateConnectionMutation, UpdateConnectionMutationVariables>;
export const DeleteConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectionIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteConnectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteConnectionMutation, DeleteConnectionMutationVariables>;
export const AvailableNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailableNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contains"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"country"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"capability"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTotal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"contains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contains"}}},{"kind":"Argument","name":{"kind":"Name","value":"country"},"value":{"kind":"Variable","name":{"kind":"Name","value":"country"}}},{"kind":"Argument","name":{"kind":"Name","value":"capability"},"value":{"kind":"Variable","name":{"kind":"Name","value":"capability"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableNumberList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTotal"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"providerNumberId"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voice"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}},{"kind":"Field","name":{"kind":"Name","value":"mms"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AvailableNumbersQuery, AvailableNumbersQueryVariables>;
export const ImportNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportNumbersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportNumbersPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyImported"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhoneNumberFields"}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voipConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"voipVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"voipLastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inboundAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"outboundAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voice"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}},{"kind":"Field","name":{"kind":"Name","value":"mms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportNumbersMutation, ImportNumbersMutationVariables>;
export const ListPhoneNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListPhoneNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumberStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTotal"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"connectionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTotal"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhoneNumberFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voipConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"voipVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"voipLastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inboundAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"outboundAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voice"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}},{"kind":"Field","name":{"kind":"Name","value":"mms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ListPhoneNumbersQuery, ListPhoneNumbersQueryVariables>;
export const GetPhoneNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetPhoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhoneNumberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voipConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"voipVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"voipLastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inboundAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"outboundAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voice"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}},{"kind":"Field","name":{"kind":"Name","value":"mms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<GetPhoneNumberQuery, GetPhoneNumberQueryVariables>;
export const UpdatePhoneNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePhoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePhoneNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePhoneNumberPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhoneNumberFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voipConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"voipVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"voipLastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inboundAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"outboundAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voice"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}},{"kind":"Field","name":{"kind":"Name","value":"mms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePhoneNumberMutation, UpdatePhoneNumberMutationVariables>;
export const ReleasePhoneNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleasePhoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumberIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releasePhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReleasePhoneNumberPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhoneNumberFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voipConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"voipVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"voipLastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inboundAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"outboundAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voice"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}},{"kind":"Field","name":{"kind":"Name","value":"mms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReleasePhoneNumberMutation, ReleasePhoneNumberMutationVariables>;
export const VerifyPhoneNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyPhoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumberIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyPhoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyPhoneNumberPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhoneNumberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inboundRouting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outboundAuthorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhoneNumberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"voipConnectionId"}},{"kind":"Field","name":{"kind":"Name","value":"voipVerificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"voipLastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inboundAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"outboundAgentId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"friendlyName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voice"}},{"kind":"Field","name":{"kind":"Name","value":"sms"}},{"kind":"Field","name":{"kind":"Name","value":"mms"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyPhoneNumberMutation, VerifyPhoneNumberMutationVariables>;