import type { Migration } from 'kysely';
import * as initial from './0001_initial';
import * as connectionNumberCount from './0002_connection_number_count';
import * as connectionRechecks from './0003_connection_rechecks';
import * as auditEvents from './0004_audit_events';
import * as organizationNumberCount from './0005_organization_number_count';
import * as numberClaims from './0006_number_claims';
import * as idempotencyAtRest from './0007_idempotency_at_rest';
import * as testCalls from './0008_test_calls';
import * as webhooks from './0009_webhooks';
import * as apiKeyScopes from './0010_api_key_scopes';
import * as connectLinks from './0011_connect_links';

/**
 * The migrations, in order. A static list rather than a folder scan: Kysely's
 * FileMigrationProvider cannot import .ts files under Node 20 or vitest.
 */
export const migrations: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_connection_number_count': connectionNumberCount,
  '0003_connection_rechecks': connectionRechecks,
  '0004_audit_events': auditEvents,
  '0005_organization_number_count': organizationNumberCount,
  '0006_number_claims': numberClaims,
  '0007_idempotency_at_rest': idempotencyAtRest,
  '0008_test_calls': testCalls,
  '0009_webhooks': webhooks,
  '0010_api_key_scopes': apiKeyScopes,
  '0011_connect_links': connectLinks,
};
