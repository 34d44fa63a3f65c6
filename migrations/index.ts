import type { Migration } from 'kysely';
import * as initial from './0001_initial';

/**
 * The migrations, in order. A static list rather than a folder scan: Kysely's
 * FileMigrationProvider cannot import .ts files under Node 20 or vitest.
 */
export const migrations: Record<string, Migration> = {
  '0001_initial': initial,
};
