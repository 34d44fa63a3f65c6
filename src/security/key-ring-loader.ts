import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Logger } from '../logger';
import { KeyRing } from './sealing';

export const KEY_FILE_NAME = 'secret.keys';

/**
 * The ring from TRUNKLINE_SECRET_KEYS; otherwise, on the embedded SQLite default, a key file
 * beside the database (created 0600 on first start, with a warning); in memory, a key for the
 * life of the process. PostgreSQL deployments run several instances and must configure keys.
 */
export function loadKeyRing(opts: { secretKeys: string | undefined; sqliteFile: string | undefined; engine: string; log: Logger }): KeyRing {
  if (opts.secretKeys) return KeyRing.parse(opts.secretKeys);
  if (opts.engine === 'postgres') {
    throw new Error('Invalid configuration: TRUNKLINE_SECRET_KEYS is required with PostgreSQL');
  }
  if (!opts.sqliteFile) {
    opts.log.warn('TRUNKLINE_SECRET_KEYS is not set: using a key that lives only as long as this process');
    return KeyRing.parse(KeyRing.generateEntry('ephemeral'));
  }
  const file = join(dirname(opts.sqliteFile), KEY_FILE_NAME);
  if (!existsSync(file)) {
    writeFileSync(file, KeyRing.generateEntry('local1') + '\n', { mode: 0o600, flag: 'wx' });
    opts.log.warn({ file }, 'TRUNKLINE_SECRET_KEYS is not set: generated a sealing key next to the database; back it up with the data');
  }
  chmodSync(file, 0o600);
  return KeyRing.parse(readFileSync(file, 'utf8').trim());
}
