import { type Kysely, sql } from 'kysely';

/**
 * How an organization's hold on a number was established. `proven`: imported through a provider
 * account whose inventory lists it. `declared`: typed in on a SIP trunk, which proves nothing
 * (a later test call will). Only proven numbers take part in the one-holder rule: a declaration
 * must never block the real owner's provider-proven import, nor tell anyone who else holds what.
 * An organization still holds a number at most once (declared or proven), so its imports stay
 * idempotent.
 *
 * Existing rows: those of SIP-trunk (manual) connections were declared, every other one was
 * proven by a provider inventory. A row whose connection was deleted still tells: a trunk import
 * stored the E.164 number itself as the provider's id, which no provider adapter does (Twilio
 * and SignalWire give a PN sid, Telnyx an id, Vonage the digits without "+").
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('phone_numbers').addColumn('claim', 'text', (c) => c.notNull().defaultTo('proven')).execute();
  await sql`update phone_numbers set claim = 'declared'
    where voip_connection_id in (select id from voip_connections where provider = 'manual')
       or (voip_connection_id is null and provider_number_id = number)`.execute(db);
  await db.schema.dropIndex('phone_numbers_held_number').execute();
  // Raw statements: both engines take this partial-index predicate as written.
  await sql`create unique index phone_numbers_proven_number on phone_numbers (number) where status <> 'released' and claim = 'proven'`.execute(db);
  await sql`create unique index phone_numbers_org_number on phone_numbers (organization_id, number) where status <> 'released'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('phone_numbers_org_number').execute();
  await db.schema.dropIndex('phone_numbers_proven_number').execute();
  // Fails, as it should, while two organizations hold one number.
  await sql`create unique index phone_numbers_held_number on phone_numbers (number) where status <> 'released'`.execute(db);
  await db.schema.alterTable('phone_numbers').dropColumn('claim').execute();
}
