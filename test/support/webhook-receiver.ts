import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** One request as the receiver saw it. */
export interface Arrival {
  headers: Record<string, string>;
  body: string;
  json: { id: string; type: string; created_at: string; data: Record<string, any> };
  /** The receiver's time when it arrived (the gateway's clock in-process: the test's ManualClock). */
  at: Date;
  /** What it answered: a status, or 'hung' (no answer before the connection closed). */
  answered: number | 'hung';
}

/** What the receiver does with the next requests: answer `status` (with `body`), or hang (never answer). */
export type Behaviour = { status: number; body?: string } | 'hang';

export interface Receiver {
  /** http://127.0.0.1:<port>/hook */
  url: string;
  arrivals: Arrival[];
  /** The answered ones with a 2xx: what the backend accepted. */
  accepted(): Arrival[];
  behave(b: Behaviour): void;
  /** Requests held open by 'hang'. */
  hanging(): number;
  close(): Promise<void>;
}

/**
 * A backend's webhook receiver on loopback for delivery tests: records every request with its
 * time on `clock`, answers as told (a status and body, or never).
 */
export async function startReceiver(clock: { now(): Date } = { now: () => new Date() }): Promise<Receiver> {
  let behaviour: Behaviour = { status: 204 };
  const arrivals: Arrival[] = [];
  const held = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const arrival: Arrival = { headers: req.headers as Record<string, string>, body, json: JSON.parse(body), at: clock.now(), answered: 'hung' };
      arrivals.push(arrival);
      if (behaviour === 'hang') {
        held.add(res);
        res.on('close', () => held.delete(res));
        return;
      }
      arrival.answered = behaviour.status;
      res.writeHead(behaviour.status, { 'content-type': 'text/plain' }).end(behaviour.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    arrivals,
    accepted: () => arrivals.filter((a) => typeof a.answered === 'number' && a.answered >= 200 && a.answered < 300),
    behave: (b) => void (behaviour = b),
    hanging: () => held.size,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Verifies an arrival with the standardwebhooks library as a receiver would, at the time it
 * arrived: the library checks the timestamp against Date.now(), and the tests' gateway runs on a
 * ManualClock that they move by hours. Throws on a bad signature.
 */
export function verifyArrival(secret: string, arrival: Arrival): Arrival['json'] {
  const realNow = Date.now;
  Date.now = () => arrival.at.getTime();
  try {
    return new Webhook(secret).verify(arrival.body, arrival.headers) as Arrival['json'];
  } finally {
    Date.now = realNow;
  }
}
