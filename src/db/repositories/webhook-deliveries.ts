import { sql, type Kysely } from 'kysely';
import type { Database } from '../tables';

/** A delivery this instance holds the lease on, with what sending it needs. */
export interface ClaimedDelivery {
  id: number;
  organizationId: number;
  objectKey: string;
  /** Attempts made before this one. */
  attempts: number;
  createdAt: string;
  /** The lease this claim set: recording the attempt requires it still be the row's. */
  lease: string;
  event: { id: string; type: string; payload: string };
  endpoint: {
    id: number;
    organizationId: number;
    url: string;
    secretSealed: string;
    previousSecretSealed: string | null;
    previousSecretExpiresAt: string | null;
    status: string;
  };
}

/** What one attempt did, and what becomes of its delivery. */
export interface AttemptRecord {
  deliveryId: number;
  endpointId: number;
  /** The lease the attempt was made under (ClaimedDelivery.lease). */
  lease: string;
  attemptedAt: string;
  statusCode: number | null;
  latencyMs: number;
  excerpt: string | null;
  error: string | null;
  /** delivered (2xx), pending again at `nextAttemptAt`, or failed (retries spent). */
  outcome: { state: 'delivered' } | { state: 'pending'; nextAttemptAt: string } | { state: 'failed' };
  now: string;
  /** A failure when the endpoint's failing_since is at or before this makes it `failing`. */
  failingCutoff: string;
}

/** The ids in a JSON array parameter, as a subquery: one statement text whatever their count. */
function idList(postgres: boolean, json: string) {
  return postgres ? sql<number>`select value::bigint from jsonb_array_elements_text(${json}::jsonb)` : sql<number>`select value from json_each(${json})`;
}

/**
 * Claims due deliveries, oldest first. Due: pending, next_attempt_at reached, no live lease, its
 * endpoint not disabled, and no earlier pending delivery to the same endpoint about the same
 * object (so one object's events reach an endpoint in order, a retrying one holding back the
 * rest). At most `perEndpoint` per endpoint, counting `inFlight` (this instance's attempts in
 * progress by endpoint id), so one slow endpoint cannot take every slot.
 *
 * Never one of `mine` (this instance's attempts in progress): were its lease to run out (a clock
 * moved by a test, a stalled process), the instance would otherwise send it twice at once.
 *
 * The busy endpoints travel as one JSON parameter, so the statement's text never changes (one
 * prepared statement on PostgreSQL). `scan` bounds the candidates read before the per-endpoint
 * cut; a caller that got some endpoint to its cap claims again for the rest.
 */
function claimStatement(postgres: boolean, a: { now: string; lease: string; limit: number; scan: number; perEndpoint: number; busy: string; mine: string }) {
  const busy = postgres
    ? sql`select key::bigint as endpoint_id, value::int as in_flight from jsonb_each_text(${a.busy}::jsonb)`
    : sql`select cast(key as integer) as endpoint_id, value as in_flight from json_each(${a.busy})`;
  const mine = idList(postgres, a.mine);
  // PostgreSQL: rows another instance is claiming are skipped, not waited for; SQLite has one writer.
  const lock = postgres ? sql`for update of d skip locked` : sql``;
  return sql<{ id: number }>`
    with busy as (${busy})
    update webhook_deliveries set lease_until = ${a.lease}
    where id in (
      select r.id from (
        select c.id, c.endpoint_id, row_number() over (partition by c.endpoint_id order by c.id) as rn
        from (
          select d.id, d.endpoint_id
          from webhook_deliveries d
          join webhook_endpoints e on e.id = d.endpoint_id
          where d.state = 'pending'
            and d.next_attempt_at <= ${a.now}
            and (d.lease_until is null or d.lease_until <= ${a.now})
            and e.status <> 'disabled'
            and d.endpoint_id not in (select endpoint_id from busy where in_flight >= ${a.perEndpoint})
            and d.id not in (${mine})
            and not exists (
              select 1 from webhook_deliveries p
              where p.endpoint_id = d.endpoint_id and p.object_key = d.object_key and p.state = 'pending' and p.id < d.id
            )
          order by d.id
          limit ${a.scan}
          ${lock}
        ) c
      ) r
      left join busy b on b.endpoint_id = r.endpoint_id
      where r.rn <= ${a.perEndpoint} - coalesce(b.in_flight, 0)
      order by r.id
      limit ${a.limit}
    )
    returning id`;
}

export function webhookDeliveriesRepository(db: Kysely<Database>) {
  return {
    /**
     * Sets `leaseUntil` on up to `limit` due deliveries (see claimStatement) and returns them with
     * their event and endpoint, oldest first.
     */
    async claimDue(
      now: string,
      leaseUntil: string,
      limit: number,
      inFlight: { byEndpoint: ReadonlyMap<number, number>; deliveryIds: Iterable<number> },
      perEndpoint: number,
      postgres: boolean,
    ): Promise<ClaimedDelivery[]> {
      if (limit <= 0) return [];
      const busy = JSON.stringify(Object.fromEntries(inFlight.byEndpoint));
      const mine = JSON.stringify([...inFlight.deliveryIds]);
      const claimed = await claimStatement(postgres, { now, lease: leaseUntil, limit, scan: limit * 4, perEndpoint, busy, mine }).execute(db);
      if (claimed.rows.length === 0) return [];
      const ids = JSON.stringify(claimed.rows.map((r) => Number(r.id)));
      // By primary key, the ids in one JSON parameter (one statement text whatever the count). Not
      // by lease alone: lease_until has no index, and the scan would read the delivered history
      // on every claim. The lease stays a condition, so a row no longer ours is not returned.
      const rows = await db
        .selectFrom('webhook_deliveries as d')
        .innerJoin('webhook_events as v', 'v.id', 'd.event_id')
        .innerJoin('webhook_endpoints as e', 'e.id', 'd.endpoint_id')
        .select([
          'd.id', 'd.organization_id', 'd.object_key', 'd.attempts', 'd.created_at',
          'v.id as event_id', 'v.type', 'v.payload',
          'e.id as endpoint_id', 'e.organization_id as endpoint_organization_id', 'e.url', 'e.secret_sealed',
          'e.previous_secret_sealed', 'e.previous_secret_expires_at', 'e.status',
        ])
        .where(sql<boolean>`d.id in (${idList(postgres, ids)})`)
        .where('d.lease_until', '=', leaseUntil)
        .orderBy('d.id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        organizationId: r.organization_id,
        objectKey: r.object_key,
        attempts: r.attempts,
        createdAt: r.created_at,
        lease: leaseUntil,
        event: { id: r.event_id, type: r.type, payload: r.payload },
        endpoint: {
          id: r.endpoint_id,
          organizationId: r.endpoint_organization_id,
          url: r.url,
          secretSealed: r.secret_sealed,
          previousSecretSealed: r.previous_secret_sealed,
          previousSecretExpiresAt: r.previous_secret_expires_at,
          status: r.status,
        },
      }));
    },

    /**
     * Records one attempt, in one transaction: the attempt row, the delivery's new state (lease
     * released), and the endpoint's health. Only while the delivery is still pending under
     * `lease`: a holder whose lease expired (another instance has claimed it since), or whose
     * delivery was replayed, deleted or finished meanwhile, changes nothing and gets false.
     */
    async recordAttempt(r: AttemptRecord): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const o = r.outcome;
        const updated = await trx
          .updateTable('webhook_deliveries')
          .set({
            attempts: sql`attempts + 1`,
            last_status_code: r.statusCode,
            lease_until: null,
            state: o.state,
            ...(o.state === 'pending' ? { next_attempt_at: o.nextAttemptAt } : { finished_at: r.now }),
          })
          .where('id', '=', r.deliveryId)
          .where('lease_until', '=', r.lease)
          .where('state', '=', 'pending')
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) return false;
        await trx
          .insertInto('webhook_attempts')
          .values({
            delivery_id: r.deliveryId,
            attempted_at: r.attemptedAt,
            status_code: r.statusCode,
            latency_ms: r.latencyMs,
            response_excerpt: r.excerpt,
            error: r.error,
          })
          .execute();
        if (o.state === 'delivered') {
          // Any 2xx heals the endpoint (a disabled one stays disabled). Written only when it
          // changes, so a healthy endpoint's row is not rewritten by every delivery.
          await trx
            .updateTable('webhook_endpoints')
            .set({
              status: sql`case when status = 'failing' then 'active' else status end`,
              updated_at: sql`case when status = 'failing' then ${r.now} else updated_at end`,
              failing_since: null,
            })
            .where('id', '=', r.endpointId)
            .where((eb) => eb.or([eb('status', '=', 'failing'), eb('failing_since', 'is not', null)]))
            .execute();
        } else {
          await trx.updateTable('webhook_endpoints').set({ failing_since: r.now }).where('id', '=', r.endpointId).where('failing_since', 'is', null).execute();
          await trx
            .updateTable('webhook_endpoints')
            .set({ status: 'failing', updated_at: r.now })
            .where('id', '=', r.endpointId)
            .where('status', '=', 'active')
            .where('failing_since', '<=', r.failingCutoff)
            .execute();
        }
        return true;
      });
    },
  };
}
