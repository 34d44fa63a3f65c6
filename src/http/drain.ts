import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface Drain {
  /** From now on every answer not yet begun says `Connection: close`, in flight or still to come. */
  begin(): void;
  /**
   * Closes what carries no request: keep-alive connections between requests (Node's idle ones) and
   * connections that have not sent a single byte. A connection that has started sending a request
   * is never closed here: its request is read and answered first.
   */
  closeIdle(): void;
}

/**
 * What a graceful stop needs to know about a listener's connections. Attach before it listens.
 *
 * A client or load balancer that keeps a connection alive would go on sending on it whatever
 * readiness says, so while draining each answer closes its connection: the next request comes
 * through the load balancer again, to an instance that is ready.
 */
export function trackForDrain(server: Server): Drain {
  let draining = false;
  const sockets = new Set<Socket>();
  const inFlight = new Set<ServerResponse>();
  const closeAfter = (res: ServerResponse) => {
    // An answer already begun (an event stream) keeps its headers; the stream is ended instead.
    if (!res.headersSent) res.setHeader('connection', 'close');
  };
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  // Before the app's listener, which may answer at once.
  server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
    if (draining) return closeAfter(res);
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
  });
  return {
    begin() {
      draining = true;
      for (const res of inFlight) closeAfter(res);
      inFlight.clear();
    },
    closeIdle() {
      server.closeIdleConnections();
      // Node counts a connection that has sent nothing yet (a spare one opened ahead of need) as
      // busy, which would hold the drain until its bound. Only those with no byte received go:
      // one whose request is partly read is in the middle of a request.
      for (const socket of sockets) if (socket.bytesRead === 0) socket.destroy();
    },
  };
}
