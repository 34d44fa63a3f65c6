import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, startSipIngressFor } from './app';
import type { Config } from './config';
import { ensureBootstrapOrganization } from './domain/organizations';
import type { Logger } from './logger';
import { openRuntime } from './runtime';
import { startAuditRetention } from './jobs/audit-retention';
import { startIdempotencyPurge } from './jobs/idempotency-purge';
import { startRecheckScheduler } from './jobs/recheck-scheduler';
import { startWebhookWorker } from './jobs/webhook-worker';
import { startWebhookRetention } from './jobs/webhook-retention';
import { limiterFor } from './http/rate-limit';
import { createHttpServer } from './http/http-server';
import { trackForDrain } from './http/drain';
import { markDraining } from './http/readiness';
import { startMetricsServer } from './observability/metrics-server';

export interface RunningServer {
  url: string;
  server: Server;
  /** Where the SIP ingress listens (sip:host:port), when one does. */
  sipIngressUri: string | null;
  /**
   * Fails readiness and keeps serving for config.shutdownGraceMs, then stops accepting, lets
   * in-flight requests finish (each answer closing its connection), then closes the database.
   * Called again, returns the same stop: nothing cuts a drain short.
   */
  shutdown(): Promise<void>;
}

const DRAIN_TIMEOUT_MS = 10_000;

export async function startServer(config: Config, log: Logger, announce: (line: string) => void = console.log): Promise<RunningServer> {
  const runtime = await openRuntime(config, log);
  const boot = await ensureBootstrapOrganization(runtime.deps, config.bootstrapApiKey);
  if (boot.created) {
    log.info({ organizationId: boot.organization.id }, 'created the first organization');
    // Printed to the terminal once, never logged: the key exists nowhere else in plaintext.
    if (boot.apiKey) announce(`\nFirst start: created organization "${boot.organization.name}". Its API key, shown once:\n\n  ${boot.apiKey}\n`);
  }
  const app = createApp(runtime.deps, config, runtime.redis);
  const shared = runtime.redis && { redis: runtime.redis, log };
  const rechecks = config.recheckIntervalSeconds > 0
    ? startRecheckScheduler(runtime.deps, limiterFor('provider', config.rateLimits.providerPerMinute, runtime.deps.clock, shared))
    : undefined;
  const retention = startAuditRetention(runtime.deps, config.auditRetentionDays);
  const idempotencyPurge = startIdempotencyPurge(runtime.deps);
  const webhooks = startWebhookWorker(runtime.deps, { concurrency: config.webhooks.concurrency, pollMs: config.webhooks.pollMs });
  const webhookRetention = startWebhookRetention(runtime.deps, config.webhooks.retentionDays);
  const server = createHttpServer(app.listener, config.http);
  const drain = trackForDrain(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  // Where providers reach the ingress, unless TRUNKLINE_INGRESS_URL says (behind a proxy, it must).
  runtime.listening({ origin: url });
  const sipIngress = await startSipIngressFor(runtime.deps, config, (where) => runtime.listening(where));
  const metricsServer = config.metrics && (await startMetricsServer(config.metrics.port, config.metrics.host));
  log.info({ url, graphiql: `${url}/graphql`, engine: runtime.db.engine, ...(metricsServer && { metrics: metricsServer.url }) }, 'Trunkline is listening');

  let closing: Promise<void> | undefined;
  return {
    url,
    server,
    sipIngressUri: runtime.deps.testCalls.ingressSipUri(),
    shutdown: () =>
      (closing ??= (async () => {
        // Readiness fails first while everything still serves: the load balancer's health checks
        // take it out of rotation before the listener closes, so no request meets a refused
        // connection. Every answer from now on closes its connection, so clients that keep one
        // alive come back through the load balancer too.
        markDraining(runtime.deps);
        drain.begin();
        log.info({ graceMs: config.shutdownGraceMs }, 'draining: readiness fails, still serving');
        // No new webhook claims from here (other instances, or this one restarted, take what the
        // last requests owe); the attempts in flight end during the drain and are recorded before
        // the database closes.
        const webhooksStopped = webhooks.stop();
        await rechecks?.stop();
        await retention.stop();
        await webhookRetention.stop();
        await idempotencyPurge.stop();
        await new Promise((resolve) => setTimeout(resolve, config.shutdownGraceMs));
        log.info('draining in-flight requests');
        const drained = new Promise<void>((resolve) => server.close(() => resolve()));
        // Open event streams would hold the drain until its bound: end them (clients reconnect,
        // elsewhere now). Connections close as soon as they carry no request: a keep-alive one
        // when its last answer ends, a spare one that has sent nothing at once; one whose request
        // is arriving is read and answered first.
        const sweep = () => {
          void runtime.deps.events.endSubscriptions();
          drain.closeIdle();
        };
        sweep();
        const sweeping = setInterval(sweep, 50);
        const timer = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
        await drained;
        clearInterval(sweeping);
        clearTimeout(timer);
        await metricsServer?.close();
        await sipIngress?.close();
        await webhooksStopped;
        await runtime.close();
        log.info('stopped');
      })()),
  };
}
