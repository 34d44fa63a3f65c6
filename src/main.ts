import { ConfigError, loadConfig, type Config } from './config';
import { pino } from 'pino';
import { createLogger, type Logger } from './logger';
import { startTracing } from './observability/tracing';
import { createDb } from './db/create-db';
import { migrateToLatest } from './db/migrate';
import { openRuntime } from './runtime';
import { createApiKey, createOrganization, listApiKeys, revokeApiKey } from './domain/organizations';
import { systemPrincipal } from './domain/audit';
import { resealAll } from './domain/reseal';
import { startServer } from './server';

const USAGE = `Usage: trunkline [command]

  serve                       start the gateway (default)
  migrate                     apply database migrations
  orgs create NAME            create an organization; prints {"org_id", "api_key"}
  keys create ORG_ID [NAME]   create an API key for an organization
  keys list ORG_ID            list an organization's keys
  keys revoke ORG_ID KEY_ID   revoke a key
  secrets reseal              re-seal every stored credential and webhook secret with the newest key
  simulator                   run the loopback provider simulator alone
  demo                        run the gateway against the simulator on its own database,
                              printing an API key and sample credentials`;

const out = (value: unknown) => console.log(JSON.stringify(value));

async function withRuntime<T>(config: Config, log: Logger, fn: (rt: Awaited<ReturnType<typeof openRuntime>>) => Promise<T>): Promise<T> {
  const rt = await openRuntime(config, log);
  try {
    return await fn(rt);
  } finally {
    await rt.close();
  }
}

function keepRunning(stop: () => Promise<void>, log: Logger): void {
  let stopping = false;
  const onSignal = (signal: string) => {
    // A second signal (a supervisor that repeats itself, a second Ctrl+C) must not cut the drain
    // short: the first one's stop runs to its end, bounded by the drain timeout. SIGKILL still ends it.
    if (stopping) return log.info({ signal }, 'already shutting down');
    stopping = true;
    log.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (err) => {
        log.error({ err: String(err) }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('SIGINT', () => onSignal('SIGINT'));
}

async function main(argv: string[]): Promise<void> {
  const [command = 'serve', sub, ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h') return console.log(USAGE);
  // The simulator and the demo are imported when asked for: the gateway never loads them.
  if (command === 'simulator') {
    const { startSimulator } = await import('./simulator/server');
    const sim = await startSimulator({ port: Number(process.env.SIMULATOR_PORT ?? 4010) });
    console.log(JSON.stringify({ simulator: sim.url, baseUrls: sim.baseUrls }));
    return keepRunning(sim.close, createLogger('info'));
  }
  const config = loadConfig();
  // The server logs to stdout; one-shot commands print their result there, so they log to stderr.
  const serving = command === 'serve' || command === 'demo';
  const log = createLogger(config.logLevel, serving ? undefined : pino.destination(2), config.logFormat);
  // Traces go to an OTLP collector when one is named (the SDK reads the standard OTEL_* variables).
  const tracing = serving && process.env.OTEL_EXPORTER_OTLP_ENDPOINT ? await startTracing() : undefined;
  switch (command) {
    case 'serve': {
      const server = await startServer(config, log);
      return keepRunning(async () => {
        await server.shutdown();
        await tracing?.shutdown();
      }, log);
    }
    case 'demo': {
      const { runDemo } = await import('./demo');
      const stop = await runDemo(config, log, { simulator: Number(process.env.SIMULATOR_PORT ?? 4010), sip: Number(process.env.DEMO_SIP_PORT ?? 5062) });
      return keepRunning(async () => {
        await stop();
        await tracing?.shutdown();
      }, log);
    }
    case 'migrate': {
      const db = createDb(config.databaseUrl);
      try {
        out({ applied: await migrateToLatest(db) });
      } finally {
        await db.close();
      }
      return;
    }
    case 'orgs':
      if (sub !== 'create' || !rest[0]) throw new UsageError();
      return withRuntime(config, log, async ({ deps }) => {
        const { organization, apiKey } = await createOrganization(deps, rest.join(' '));
        out({ org_id: organization.id, api_key: apiKey });
      });
    case 'keys': {
      const orgId = Number(rest[0]);
      if (!Number.isSafeInteger(orgId)) throw new UsageError();
      // The command line acts as the system: every scope, so `keys create` makes a key with all of them.
      const principal = systemPrincipal(orgId);
      return withRuntime(config, log, async ({ deps }) => {
        if (sub === 'create') {
          const { apiKey, secret } = await createApiKey(deps, principal, rest.slice(1).join(' ') || 'CLI key');
          out({ id: apiKey.id, key_prefix: apiKey.keyPrefix, api_key: secret });
        } else if (sub === 'list') {
          for (const k of await listApiKeys(deps, principal)) out(k);
        } else if (sub === 'revoke' && rest[1]) {
          out(await revokeApiKey(deps, principal, Number(rest[1])));
        } else throw new UsageError();
      });
    }
    case 'secrets':
      if (sub !== 'reseal') throw new UsageError();
      return withRuntime(config, log, async ({ deps }) => out(await resealAll(deps)));
    default:
      throw new UsageError();
  }
}

class UsageError extends Error {}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError) console.error(USAGE);
  else if (err instanceof ConfigError) console.error(err.message);
  else console.error(err instanceof Error ? err.message : String(err));
  process.exit(err instanceof UsageError ? 2 : 1);
});
