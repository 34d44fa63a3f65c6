import type { Config } from './config';
import { freshKeyForFirstOrganization } from './domain/organizations';
import type { Logger } from './logger';
import { openRuntime } from './runtime';
import { startServer, type RunningServer } from './server';
import { credentialsFor, SCENARIOS } from './simulator/accounts';
import { startSimulator } from './simulator/server';
import { startSipResponder, type SipAuthMode } from './simulator/sip-responder';

/** The demo trunk that authenticates: its username and password are printed for the demo. */
const DEMO_TRUNK_AUTH: SipAuthMode = { realm: 'demo.trunk', username: 'demo', password: 'demo-trunk-password', algorithms: ['SHA-256', 'MD5'] };

export interface DemoPorts {
  simulator: number;
  /** The open SIP trunk; the trunk that authenticates listens on the next port. */
  sip: number;
}

/**
 * The gateway against the loopback simulator and two SIP trunks (one open, one that asks for
 * Digest credentials), on a database of its own (TRUNKLINE_DEMO_DATABASE_URL, never
 * DATABASE_URL). Prints a fresh API key for the demo organization on every start.
 */
export async function runDemo(config: Config, log: Logger, ports: DemoPorts): Promise<() => Promise<void>> {
  const sim = await startSimulator({ port: ports.simulator });
  const openTrunk = await startSipResponder({ port: ports.sip });
  const authTrunk = await startSipResponder({ port: ports.sip === 0 ? 0 : ports.sip + 2, auth: DEMO_TRUNK_AUTH });
  const demoConfig: Config = { ...config, databaseUrl: config.demoDatabaseUrl, baseUrls: sim.baseUrls, allowPrivateSip: true };

  const setup = await openRuntime(demoConfig, log);
  let key: string;
  try {
    key = (await freshKeyForFirstOrganization(setup.deps, 'Demo organization', `Demo ${new Date().toISOString()}`)).apiKey;
  } finally {
    await setup.close();
  }
  const server: RunningServer = await startServer(demoConfig, log, () => undefined);

  const lines = [
    '',
    `Demo mode, on its own database (${demoConfig.databaseUrl}). Providers are simulated at ${sim.url}.`,
    '',
    `API key of the demo organization (new on every start):  ${key}`,
    '',
    `Credentials that pass (each provider also has ${SCENARIOS.filter((s) => s !== 'valid').join(', ')} accounts):`,
    ...(['twilio', 'telnyx', 'signalwire', 'vonage'] as const).map((provider) => {
      const creds = credentialsFor(sim.account(provider, 'valid'));
      // Telnyx users paste an API key alone; the gateway then sets routing up itself.
      const shown = provider === 'telnyx' ? { api_key: creds.api_key } : creds;
      return `  ${provider.padEnd(10)} ${JSON.stringify(shown)}`;
    }),
    `  ${'manual'.padEnd(10)} {} with sip_config {"domain":"127.0.0.1","port":${openTrunk.port},"transport":"udp"}`,
    `  ${'manual'.padEnd(10)} ${JSON.stringify({ username: DEMO_TRUNK_AUTH.username, password: DEMO_TRUNK_AUTH.password })} with sip_config {"domain":"127.0.0.1","port":${authTrunk.port},"transport":"udp"} (asks for Digest)`,
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
