import type { ConnectionRecord, LastError } from '../db/repositories/connections';
import type { ProviderId, SetupMethod } from '../providers/types';

export type ConnectionStatus = 'pending' | 'testing' | 'connected' | 'error';

/** A connection as the API shows it: no credentials, sip_config redacted. */
export interface ConnectionView {
  id: number;
  name: string;
  provider: ProviderId;
  setupMethod: SetupMethod;
  status: ConnectionStatus;
  inferredName: boolean;
  sipConfig: Record<string, unknown>;
  hasCredentials: boolean;
  lastTestedAt: string | null;
  lastError: LastError | null;
  numbersImported: number;
  nextCheckAt: string | null;
  credentialsRotatedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const SECRET_LIKE = /pass|secret|token|key|auth|credential|signature|private/i;
const USERNAME_LIKE = /^(user(name)?|login|account_sid|project_id)$/i;

/** Drops secret-like keys (an `_id` reference such as outbound_voice_profile_id is kept) and masks usernames. */
export function redactSipConfig(sipConfig: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(sipConfig)) {
    if (SECRET_LIKE.test(k) && !k.endsWith('_id')) continue;
    out[k] = USERNAME_LIKE.test(k) && typeof v === 'string' ? `${v.slice(0, 2)}***` : v;
  }
  return out;
}

export function toView(r: ConnectionRecord): ConnectionView {
  return {
    id: r.id,
    name: r.name,
    // The database only ever holds values the domain wrote.
    provider: r.provider as ProviderId,
    setupMethod: r.setupMethod as SetupMethod,
    status: r.status as ConnectionStatus,
    inferredName: r.inferredName,
    sipConfig: redactSipConfig(r.sipConfig),
    hasCredentials: r.credentialsSealed !== '',
    lastTestedAt: r.lastTestedAt,
    lastError: r.lastError,
    numbersImported: r.numbersImported,
    nextCheckAt: r.status === 'connected' || r.status === 'error' ? r.nextCheckAt : null,
    credentialsRotatedAt: r.credentialsRotatedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
