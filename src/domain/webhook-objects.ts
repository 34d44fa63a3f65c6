import type { Kysely } from 'kysely';
import type { Database } from '../db/tables';
import { connectionsRepository, type ConnectionRecord } from '../db/repositories/connections';
import { phoneNumbersRepository, type PhoneNumber } from '../db/repositories/phone-numbers';
import { toView } from './connection-view';
import type { TestCallReport } from './test-call-report';
import type { WebhookEventInput } from './webhook-events';
import { connectionData, phoneNumberData, testCallData } from './webhook-payloads';

type ConnectionEventType = Extract<WebhookEventInput['type'], `voip_connection.${string}`>;
type PhoneNumberEventType = Extract<WebhookEventInput['type'], `phone_number.${string}`>;

/** A connection event whose data is the connection as the write left it (read inside `trx`). */
export function connectionEvent(trx: Kysely<Database>, organizationId: number, id: number, type: Exclude<ConnectionEventType, 'voip_connection.status_changed' | 'voip_connection.deleted'>): WebhookEventInput {
  return { type, object: { type: 'voip_connection', id }, data: async () => connectionData(toView((await connectionsRepository(trx).find(organizationId, id))!)) };
}

/**
 * `voip_connection.status_changed` when a settled status (connected, error) changed: the data is
 * the connection now, with `previous_status` and `last_error`. `testing`, which lasts as long as
 * a retest runs, is no status of its own here. None when the status stayed.
 */
export function statusChangedEvents(trx: Kysely<Database>, organizationId: number, id: number, previous: string, next: string): WebhookEventInput[] {
  if (previous === next) return [];
  return [{
    type: 'voip_connection.status_changed',
    object: { type: 'voip_connection', id },
    data: async () => {
      const view = toView((await connectionsRepository(trx).find(organizationId, id))!);
      return { ...connectionData(view), previous_status: previous, last_error: view.lastError };
    },
  }];
}

/** `voip_connection.deleted`, with the connection as it was. */
export function connectionDeletedEvent(record: ConnectionRecord): WebhookEventInput {
  return { type: 'voip_connection.deleted', object: { type: 'voip_connection', id: record.id }, data: () => connectionData(toView(record)) };
}

/** A phone-number event whose data is the number as the write left it (read inside `trx`). */
export function phoneNumberEvent(trx: Kysely<Database>, organizationId: number, id: number, type: PhoneNumberEventType): WebhookEventInput {
  return { type, object: { type: 'phone_number', id }, data: async () => phoneNumberData((await phoneNumbersRepository(trx).find(organizationId, id))!) };
}

/** `phone_number.imported` for a row just inserted. */
export function phoneNumberImportedEvent(row: PhoneNumber): WebhookEventInput {
  return { type: 'phone_number.imported', object: { type: 'phone_number', id: row.id }, data: () => phoneNumberData(row) };
}

/** `test_call.completed`, with the finished test call as REST presents it. */
export function testCallCompletedEvent(report: TestCallReport): WebhookEventInput {
  return { type: 'test_call.completed', object: { type: 'test_call', id: report.testCall.id }, data: () => testCallData(report) };
}
