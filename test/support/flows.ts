import type { Harness } from './harness';
import { gqlCredentials } from './credentials';
import type { Scenario, SimProvider } from '../../src/simulator/accounts';
import { CreateDocument, TestCredentialsDocument, type CredentialsInput, type SipConfigInput } from '../generated/graphql';

/** Tests and saves a connection through GraphQL; returns its id. */
export async function connect(h: Harness, credentials: CredentialsInput, opts: { sipConfig?: SipConfigInput; key?: string; setupMethod?: 'GUIDED_TELNYX' } = {}): Promise<string> {
  const test = (await h.op(TestCredentialsDocument, { input: { credentials, sipConfig: opts.sipConfig } }, opts.key)).testCredentials;
  if (test.__typename !== 'TestCredentialsPayload' || test.test.status !== 'PASS') throw new Error(`test did not pass: ${JSON.stringify(test)}`);
  const res = (await h.op(CreateDocument, { input: { credentials, sipConfig: opts.sipConfig, setupMethod: opts.setupMethod, verificationEvidenceId: test.test.verificationEvidenceId } }, opts.key)).createConnection;
  if (res.__typename !== 'CreateConnectionPayload') throw new Error(`create failed: ${JSON.stringify(res)}`);
  return res.connection.id;
}

export const connectSeeded = (h: Harness, provider: SimProvider, scenario: Scenario = 'valid', key?: string) => connect(h, gqlCredentials(h.sim, provider, scenario), { key });

/** Requests the simulator's provider accounts have answered so far. */
export const providerCalls = (h: Harness) => h.sim.accounts.reduce((n, a) => n + a.requests, 0);

/** A document over the default cost limit: ten aliases of a 100-number provider listing. */
export const overCostQuery = (connectionId: string) =>
  `{ ${Array.from(
    { length: 10 },
    (_, i) => `c${i}: connection(id: "${connectionId}") { availableNumbers(first: 100) { ... on AvailableNumberList { edges { node { phoneNumber friendlyName country providerNumberId capabilities { voice sms mms } } } } } }`,
  ).join(' ')} }`;
