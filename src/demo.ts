import type { Config } from './config';
import { freshKeyForFirstOrganization } from './domain/organizations';
import type { Logger } from './logger';
import { openRuntime } from './runtime';
import { startServer, type RunningServer } from './server';
import { credentialsFor, SCENARIOS } from './simulator/accounts';
import { operatorLine, startSimulator } from './simulator/server';
import { startSipCarrier } from './simulator/sip-carrier';

/** The demo trunk that authenticates: its username and password are printed for the demo. */
const DEMO_TRUNK_AUTH = { realm: 'demo.trunk', username: 'demo', password: 'demo-trunk-password' };

/** A block of a hundred DIDs, as a carrier assigns them: `+1415555` + `block` + 00…99. */
const didBlock = (block: string) => Array.from({ length: 100 }, (_, i) => `+1415555${block}${String(i).padStart(2, '0')}`);
/** The numbers each demo trunk carries: the open one +14155550100…99, the one with Digest +14155550200…99. */
const OPEN_TRUNK_DIDS = didBlock('01');
const AUTH_TRUNK_DIDS = didBlock('02');

export interface DemoPorts {
  simulator: number;
  /** The open SIP trunk; the trunk that authenticates listens on the next port. */
  sip: number;
}

/**
 * The gateway against the loopback simulator and two SIP trunks (one open, one that asks for
 * Digest credentials) that carry calls, each with a block of DIDs routed to Trunkline's SIP
 * ingress, on a database of its own (TRUNKLINE_DEMO_DATABASE_URL, never
 * DATABASE_URL). Prints a fresh API key for the demo organization on every start.
 */
export async function runDemo(config: Config, log: Logger, ports: DemoPorts): Promise<() => Promise<void>> {
  const sim = await startSimulator({ port: ports.simulator });
  // Two carriers of the simulated network: a call from one of a trunk's DIDs through it reaches
  // the number called by that number's routing, and a call to one of its DIDs goes to the DID's route.
  const openTrunk = await startSipCarrier(sim.network, { port: ports.sip, realm: 'open.trunk', trunks: [{ dids: OPEN_TRUNK_DIDS }] });
  const authTrunk = await startSipCarrier(sim.network, {
    port: ports.sip === 0 ? 0 : ports.sip + 2,
    realm: DEMO_TRUNK_AUTH.realm,
    algorithms: ['SHA-256', 'MD5'],
    trunks: [{ username: DEMO_TRUNK_AUTH.username, password: DEMO_TRUNK_AUTH.password, dids: AUTH_TRUNK_DIDS }],
  });
  // The operator's verification line is a simulated Twilio number, and a SIP ingress listens on
  // loopback: verify-voip then places its two real calls through the simulated network.
  const line = operatorLine(sim, 'twilio');
  const demoConfig: Config = {
    ...config,
    databaseUrl: config.demoDatabaseUrl,
    baseUrls: sim.baseUrls,
    allowPrivateSip: true,
    testCalls: {
      ...config.testCalls,
      atVerification: true,
      line: config.testCalls.line ?? { provider: line.provider, number: line.number, credentialsJson: JSON.stringify(line.credentials), sipConfigJson: undefined },
      sipIngress: config.testCalls.sipIngress ?? { host: '127.0.0.1', port: 0, publicUri: undefined, trustedSources: ['127.0.0.1/32', '::1/128'] },
    },
  };

  const setup = await openRuntime(demoConfig, log);
  let key: string;
  try {
    key = (await freshKeyForFirstOrganization(setup.deps, 'Demo organization', `Demo ${new Date().toISOString()}`)).apiKey;
  } finally {
    await setup.close();
  }
  const server: RunningServer = await startServer(demoConfig, log, () => undefined);
  // Telnyx routes numbers to an FQDN on port 5060: the simulated network finds the ingress there.
  const ingressPort = server.sipIngressUri && /:(\d+)$/.exec(server.sipIngressUri)?.[1];
  if (ingressPort) sim.network.sipHosts.set('127.0.0.1:5060', `127.0.0.1:${ingressPort}`);
  // The trunks' owner routes every DID to Trunkline's SIP ingress, as a user is told to do.
  const ingressHostPort = server.sipIngressUri?.replace(/^sips?:(?:[^@]*@)?/, '');
  if (ingressHostPort) {
    for (const [trunk, dids] of [[openTrunk, OPEN_TRUNK_DIDS], [authTrunk, AUTH_TRUNK_DIDS]] as const) {
      for (const did of dids) trunk.routeDid(did, `sip:${did}@${ingressHostPort}`);
    }
  }

  const lines = [
    '',
    `Demo mode, on its own database (${demoConfig.databaseUrl}). Providers are simulated at ${sim.url}.`,
    '',
    `API key of the demo organization (new on every start):  ${key}`,
    '',
    `Credentials that pass (each provider also has ${SCENARIOS.filter((s) => s !== 'valid').join(', ')} accounts):`,
    ...(['twilio', 'telnyx', 'signalwire', 'vonage'] as const).map((provider) => {
      const account = sim.account(provider, 'valid');
      const creds = credentialsFor(account);
      // Telnyx users paste an API key alone; the gateway then sets routing up itself. The others
      // carry their webhook signing secret, so the test calls' arrivals can be proven.
      const shown = provider === 'telnyx' ? { api_key: creds.api_key } : provider === 'twilio' ? creds : { ...creds, signing_secret: account.signing.secret };
      return `  ${provider.padEnd(10)} ${JSON.stringify(shown)}`;
    }),
    `  ${'manual'.padEnd(10)} {} with sip_config {"domain":"127.0.0.1","port":${openTrunk.port},"transport":"udp"}`,
    `  ${''.padEnd(10)} its numbers (import them): ${OPEN_TRUNK_DIDS[0]} to ${OPEN_TRUNK_DIDS.at(-1)}`,
    `  ${'manual'.padEnd(10)} ${JSON.stringify({ username: DEMO_TRUNK_AUTH.username, password: DEMO_TRUNK_AUTH.password })} with sip_config {"domain":"127.0.0.1","port":${authTrunk.port},"transport":"udp"} (asks for Digest)`,
    `  ${''.padEnd(10)} its numbers (import them): ${AUTH_TRUNK_DIDS[0]} to ${AUTH_TRUNK_DIDS.at(-1)}`,
    '',
    `verify-voip places two real, unanswered calls per number through the simulated network, with the operator's verification line ${line.number} (Twilio).`,
    `Break a number to see a verification fail: POST ${sim.url}/_sim/numbers/{e164}/failure {"mode":"caller_id_refused"|"inbound_unrouted"|"no_answer"}`,
    '',
    `GraphiQL: ${server.url}/graphql   REST: ${server.url}/v1/voip-connections`,
    '',
  ];
  console.log(lines.join('\n'));
  return async () => {
    await server.shutdown();
    await sim.close();
    await openTrunk.close();
    await authTrunk.close();
  };
}
