import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Config } from '../config';
import { metrics } from '../observability/metrics';

export type HttpLimits = Config['http'];

/**
 * The public listener, as `trunkline serve` and the test harness both make it: bounded time to
 * send a request (a client trickling its headers or body is answered 408 and disconnected,
 * instead of holding a socket and a parser for Node's default 300 s), and a bounded number of
 * open connections per client address.
 */
export function createHttpServer(listener: (req: IncomingMessage, res: ServerResponse) => void, limits: HttpLimits): Server {
  const server = createServer(
    {
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      // Node checks both bounds only this often (30 s by default, which would nearly double a 30 s bound).
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
    },
    listener,
  );
  capConnectionsPerAddress(server, limits.maxConnectionsPerAddress);
  return server;
}

/**
 * A connection beyond `max` open ones from the same address is closed as it is accepted: before
 * a byte of it is parsed, with no answer to write (a 503 would need its request read first, which
 * is what the cap exists to avoid). The address is the socket's peer: behind a load balancer, every
 * client shares it, so there the cap bounds the balancer's connections (raise it, or 0 for none).
 */
function capConnectionsPerAddress(server: Server, max: number): void {
  if (max === 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const count = (open.get(address) ?? 0) + 1;
    if (count > max) {
      metrics.connectionsRefused.inc();
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = open.get(address)! - 1;
      if (left === 0) open.delete(address);
      else open.set(address, left);
    });
  });
}
