import type { Clock } from '../clock';

export interface StreamLimits {
  /** Event streams one API key may hold open at once: distinct subscriptions and single-connection streams (reserved or open). */
  perKey: number;
  /** Operations one single-connection stream may carry at once. */
  operationsPerStream: number;
}

/** A single-connection stream: reserved by PUT, opened by GET, carrying the operations POSTed to it. */
export interface Reservation {
  /** graphql-sse's token for it: the key's id, then the token the client sees (see graphql-stream.ts). */
  readonly token: string;
  readonly apiKeyId: number;
  readonly reservedAt: number;
  opened: boolean;
  /** Ids of the operations it carries now. */
  readonly operations: Set<string>;
}

/** How long a reservation waits for its GET before it is dropped. */
export const RESERVATION_TTL_MS = 60_000;

/**
 * The event streams open on this instance, counted per API key, so that no key holds more than
 * `perKey` of them (each holds a connection, bus subscriptions and, for a stream nobody reads,
 * queued events) and no single-connection stream carries more than `operationsPerStream`
 * operations. A reservation never opened expires after RESERVATION_TTL_MS: there is no timer, it
 * is found on the next stream request (any key's), and `drop` is asked to end it. The counts are
 * this instance's: behind a load balancer a key may hold the cap on each instance.
 */
export class OpenStreams {
  private readonly held = new Map<number, number>();
  private readonly reservations = new Map<string, Reservation>();
  /** Reservations not opened yet, oldest first (the clock only moves forward). */
  private readonly unopened = new Map<string, Reservation>();
  private readonly releases = new WeakMap<Reservation, () => void>();

  constructor(
    readonly limits: StreamLimits,
    private readonly clock: Clock,
    private readonly drop: (reservation: Reservation) => Promise<void>,
  ) {}

  /** One stream slot of the key, or null when it holds its cap. The returned release gives it back (once). */
  take(apiKeyId: number): (() => void) | null {
    void this.expire();
    const count = this.held.get(apiKeyId) ?? 0;
    if (count >= this.limits.perKey) return null;
    this.held.set(apiKeyId, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.held.get(apiKeyId) ?? 1) - 1;
      if (left > 0) this.held.set(apiKeyId, left);
      else this.held.delete(apiKeyId);
    };
  }

  /** A new reservation holding one of the key's slots, or null at the cap. */
  reserve(apiKeyId: number, token: string): Reservation | null {
    const release = this.take(apiKeyId);
    if (!release) return null;
    const reservation: Reservation = { token, apiKeyId, reservedAt: this.clock.now().getTime(), opened: false, operations: new Set() };
    this.reservations.set(token, reservation);
    this.unopened.set(token, reservation);
    this.releases.set(reservation, release);
    return reservation;
  }

  get(token: string): Reservation | undefined {
    return this.reservations.get(token);
  }

  opened(reservation: Reservation): void {
    reservation.opened = true;
    this.unopened.delete(reservation.token);
  }

  /** The stream ended (or its reservation was refused or dropped): its slot is free. */
  close(reservation: Reservation): void {
    if (this.reservations.get(reservation.token) !== reservation) return;
    this.reservations.delete(reservation.token);
    this.unopened.delete(reservation.token);
    this.releases.get(reservation)?.();
    this.releases.delete(reservation);
  }

  /** Drops the reservations that waited too long; resolves once they are gone (their slots are free at once). */
  expire(): Promise<void> {
    const cutoff = this.clock.now().getTime() - RESERVATION_TTL_MS;
    const dropped: Promise<void>[] = [];
    for (const reservation of this.unopened.values()) {
      if (reservation.reservedAt > cutoff) break;
      this.close(reservation);
      dropped.push(this.drop(reservation));
    }
    return dropped.length ? Promise.all(dropped).then(() => undefined) : Promise.resolve();
  }
}
