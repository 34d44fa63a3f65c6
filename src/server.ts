import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createApp } from './app';
import type { Config } from './config';
import { ensureBootstrapOrganization } from './domain/organizations';
import type { Logger } from './logger';
import { openRuntime } from './runtime';
import { startAuditRetention } from './jobs/audit-retention';
import { startIdempotencyPurge } from './jobs/idempotency-purge';
import { startRecheckScheduler } from './jobs/recheck-scheduler';
import { limiterFor } from './http/rate-limit';
import { createHttpServer } from './http/http-server';
import { startMetricsServer } from './observability/metrics-server';

export interface RunningServer {
  url: string;
  server: Server;
  /** Stops accepting, lets in-flight requests finish, then closes the database. */
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
  const server = createHttpServer(app.listener, config.http);
  const unused = trackUnusedConnections(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  const metricsServer = config.metrics && (await startMetricsServer(config.metrics.port, config.metrics.host));
  log.info({ url, graphiql: `${url}/graphql`, engine: runtime.db.engine, ...(metricsServer && { metrics: metricsServer.url }) }, 'Trunkline is listening');

  let closing: Promise<void> | undefined;
  return {
    url,
    server,
    shutdown: () =>
      (closing ??= (async () => {
        await rechecks?.stop();
        await retention.stop();
        await idempotencyPurge.stop();
        await metricsServer?.close();
        // Open event streams would hold the drain until its bound: end them first (clients reconnect).
        await runtime.deps.events.endSubscriptions();
        log.info('draining in-flight requests');
        const drained = new Promise<void>((resolve) => server.close(() => resolve()));
        // Connections close as soon as they carry no request: a keep-alive connection when its last
        // response ends, a client's spare connection at once, rather than at the client's timeout.
        const closeIdle = () => {
          server.closeIdleConnections();
          unused.destroy();
        };
        closeIdle();
        const sweep = setInterval(closeIdle, 50);
        const timer = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
        await drained;
        clearInterval(sweep);
        clearTimeout(timer);
        await runtime.close();
        log.info('stopped');
      })()),
  };
}

/**
 * Connections that have not sent a request yet (clients and load balancers open spares) are not
 * "idle" to Node's closeIdleConnections, so a drain would wait out their keep-alive. Tracks them.
 */
function trackUnusedConnections(server: Server): { destroy(): void } {
  const unused = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    unused.add(socket);
    socket.once('close', () => unused.delete(socket));
  });
  server.on('request', (req) => unused.delete(req.socket));
  return {
    destroy() {
      for (const socket of unused) socket.destroy();
    },
  };
}
