import { connectionsRepository, type ConnectionRecord } from '../db/repositories/connections';
import type { PageArgs, Page } from '../db/keyset';
import type { CallOptions } from '../providers/http-client';
import type { ProviderAdapter } from '../providers/types';
import { SealError } from '../security/sealing';
import { adapterFor, boundCredentials, openCredentials, sealCredentials, storedCredentials, type ParsedCredentials } from './credentials';
import { parseConnectionInput } from './connection-input';
import { runChecks, type TestFailure } from './credential-tests';
import { recordAudit } from './audit';
import { checkLinkProvider, spendConnectLink } from './connect-links';
import type { Deps, Principal } from './deps';
import { NotFoundError, ValidationError } from './errors';
import { checkEvidence, consumeEvidence } from './evidence';
import { toView, type ConnectionView } from './connection-view';
import { withNewCredentials } from './provider-calls';
import { ingressTargets } from './ingress-targets';
import { connectionChanged } from './events';
import { recordWebhookEvents } from './webhook-events';
import { connectionDeletedEvent, connectionEvent, statusChangedEvents } from './webhook-objects';
import { nextCheckAt } from './rechecks';
import { checked, DisplayName } from './input-rules';
import type { Checks } from '../providers/types';

export interface CreateConnectionInput {
  provider: string;
  credentials: unknown;
  sipConfig?: unknown;
  setupMethod?: string | null;
  name?: string | null;
  verificationEvidenceId?: string | null;
}

export interface UpdateConnectionInput {
  name?: string | null;
  sipConfig?: unknown;
  credentials?: unknown;
  verificationEvidenceId?: string | null;
}

async function findRecord(deps: Deps, principal: Principal, id: number): Promise<ConnectionRecord> {
  const record = await connectionsRepository(deps.db).find(principal.organizationId, id);
  if (!record) throw new NotFoundError('Connection');
  return record;
}

export async function getConnection(deps: Deps, principal: Principal, id: number): Promise<ConnectionView> {
  return toView(await findRecord(deps, principal, id));
}

export async function findConnection(deps: Deps, principal: Principal, id: number): Promise<ConnectionView | null> {
  const record = await connectionsRepository(deps.db).find(principal.organizationId, id);
  return record ? toView(record) : null;
}

export async function listConnections(deps: Deps, principal: Principal, args: PageArgs, provider?: string): Promise<Page<ConnectionView>> {
  const page = await connectionsRepository(deps.db).page(principal.organizationId, args, provider);
  return { items: page.items.map(toView), hasNextPage: page.hasNextPage };
}

/**
 * Creates a connection from tested credentials. The evidence replaces a second provider call; it
 * is consumed in the transaction that writes the connection, so it can back exactly one.
 */
export async function createConnection(deps: Deps, principal: Principal, input: CreateConnectionInput, opts?: CallOptions): Promise<ConnectionView> {
  const parsed = parseConnectionInput(deps, input);
  checkLinkProvider(principal, parsed.provider);
  const { setupMethod } = parsed;
  const name = input.name == null ? null : checked(DisplayName, input.name, 'name');
  const evidence = await checkEvidence(deps, principal, input.verificationEvidenceId, parsed);

  // Routing the gateway sets up itself (Telnyx without a connection_id) is made before the
  // transaction: if the provider fails, nothing is written and the evidence stays unused.
  const sipConfig = { ...parsed.sipConfig, ...(await withNewCredentials(async () => parsed.adapter.provision?.(parsed.credentials, ingressTargets(deps, parsed.provider), opts))) };

  const id = await deps.db.transaction().execute(async (trx) => {
    await consumeEvidence(trx, deps, principal, evidence);
    const now = deps.clock.now().toISOString();
    const repo = connectionsRepository(trx);
    const newId = await repo.insert({
      organizationId: principal.organizationId,
      name: name ?? evidence.suggestedName,
      provider: parsed.provider,
      setupMethod,
      status: 'connected',
      inferredName: name === null,
      sipConfig,
      lastTestedAt: evidence.testedAt,
      now,
    });
    const sealed = sealCredentials(deps.keyRing, principal.organizationId, newId, parsed.provider, boundCredentials(parsed));
    await repo.update(principal.organizationId, newId, { credentialsSealed: sealed, nextCheckAt: nextCheckAt(deps), updatedAt: now });
    // Made through a connect link: the link is spent here, so it makes this connection or none.
    await spendConnectLink(trx, deps, principal, newId);
    await recordAudit(trx, deps, principal, 'connection.created', { type: 'connection', id: newId }, { provider: parsed.provider, setup_method: setupMethod, name: name ?? evidence.suggestedName });
    await recordWebhookEvents(trx, deps, principal.organizationId, [connectionEvent(trx, principal.organizationId, newId, 'voip_connection.created')]);
    return newId;
  });
  connectionChanged(deps, principal.organizationId, id);
  return getConnection(deps, principal, id);
}

/**
 * Renames, changes sip_config and/or rotates credentials, all or nothing. Rotation needs fresh
 * evidence for the same provider; the old sealed credentials stay until the new ones commit.
 */
export async function updateConnection(deps: Deps, principal: Principal, id: number, input: UpdateConnectionInput, opts?: CallOptions): Promise<ConnectionView> {
  const record = await findRecord(deps, principal, id);
  const adapter = adapterFor(deps, record.provider);
  const name = input.name == null ? undefined : checked(DisplayName, input.name, 'name');

  let sipConfig: Record<string, unknown> | undefined;
  if (input.sipConfig != null) {
    // A PATCH merges into the customer's settings; read-only entries written by guided setup are kept.
    const parsedSip = adapter.sipConfigSchema.safeParse({ ...userSipConfig(adapter, record), ...(input.sipConfig as Record<string, unknown>) });
    if (!parsedSip.success) throw new ValidationError(parsedSip.error.issues.map((i) => ({ path: ['sip_config', ...i.path.map(String)].join('.'), message: i.message })));
    sipConfig = { ...record.sipConfig, ...(parsedSip.data as Record<string, unknown>) };
    if (input.credentials == null && movesStoredSecret(deps, adapter, record, sipConfig)) {
      throw new ValidationError([{ path: 'credentials', message: MOVE_NEEDS_CREDENTIALS }]);
    }
  }

  let rotation: { parsed: ParsedCredentials; evidence: Awaited<ReturnType<typeof checkEvidence>> } | undefined;
  if (input.credentials != null) {
    const parsed = parseConnectionInput(deps, {
      provider: record.provider,
      credentials: input.credentials,
      // The evidence must cover the settings the connection will have: the stored ones with this change merged in.
      sipConfig: userSipConfig(adapter, { ...record, sipConfig: sipConfig ?? record.sipConfig }),
      setupMethod: record.setupMethod,
    });
    const evidence = await checkEvidence(deps, principal, input.verificationEvidenceId, parsed);
    // New credentials may be another account's: what the gateway set up is found (or made) again.
    const provisioned = await withNewCredentials(async () => adapter.provision?.(parsed.credentials, ingressTargets(deps, adapter.id), opts));
    if (provisioned !== undefined) sipConfig = { ...userSipConfig(adapter, { ...record, sipConfig: sipConfig ?? record.sipConfig }), ...provisioned };
    rotation = { parsed, evidence };
  } else if (input.verificationEvidenceId != null) {
    throw new ValidationError([{ path: 'verification_evidence_id', message: 'only goes with credentials' }]);
  }

  await deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now().toISOString();
    if (rotation) await consumeEvidence(trx, deps, principal, rotation.evidence);
    await connectionsRepository(trx).update(principal.organizationId, id, {
      ...(name !== undefined && { name, inferredName: false }),
      ...(sipConfig !== undefined && { sipConfig }),
      ...(rotation && {
        credentialsSealed: sealCredentials(deps.keyRing, principal.organizationId, id, record.provider, boundCredentials(rotation.parsed)),
        credentialsRotatedAt: now,
        lastTestedAt: rotation.evidence.testedAt,
        status: 'connected',
        lastError: null,
        nextCheckAt: nextCheckAt(deps),
        recheckFailures: 0,
      }),
      updatedAt: now,
    });
    const changed = [name !== undefined && 'name', sipConfig !== undefined && 'sip_config', rotation && 'credentials'].filter(Boolean).join(',');
    await recordAudit(trx, deps, principal, rotation ? 'connection.credentials_rotated' : 'connection.updated', { type: 'connection', id }, { provider: record.provider, changed });
    await recordWebhookEvents(trx, deps, principal.organizationId, [
      connectionEvent(trx, principal.organizationId, id, rotation ? 'voip_connection.credentials_rotated' : 'voip_connection.updated'),
      // A rotation clears an `error`: the connection is connected again.
      ...(rotation ? statusChangedEvents(trx, principal.organizationId, id, record.status, 'connected') : []),
    ]);
  });
  connectionChanged(deps, principal.organizationId, id);
  return getConnection(deps, principal, id);
}

const MOVE_NEEDS_CREDENTIALS =
  'are required, with verification_evidence_id from a test against the new sip_config, to change where the stored credentials are sent (domain, port or transport)';

/**
 * Whether `sipConfig` would send the stored secret somewhere it was not tested: a Digest answer
 * to a host the caller runs is the password, given a dictionary. Credentials that cannot be
 * opened count as a secret (a rotation replaces them anyway).
 */
function movesStoredSecret(deps: Deps, adapter: ProviderAdapter, record: ConnectionRecord, sipConfig: Record<string, unknown>): boolean {
  if (!adapter.destinationOf || adapter.destinationOf(sipConfig) === adapter.destinationOf(record.sipConfig)) return false;
  try {
    const stored = openCredentials(deps.keyRing, record.organizationId, record.id, record.provider, record.credentialsSealed);
    return adapter.credentialFields.some((f) => f.secret && stored[f.name] !== undefined);
  } catch (err) {
    if (err instanceof SealError) return true;
    throw err;
  }
}

/** The customer's own sip_config entries (what the schema accepts), without read-only ones. */
function userSipConfig(adapter: ProviderAdapter, record: ConnectionRecord): Record<string, unknown> {
  const keys = new Set(adapter.sipConfigFields.map((f) => f.name));
  return Object.fromEntries(Object.entries(record.sipConfig).filter(([k]) => keys.has(k)));
}

export interface RetestResult {
  connection: ConnectionView;
  checks: Checks;
  failures: TestFailure[];
}

/**
 * Re-runs the provider checks with the stored credentials: `testing` while it runs, then
 * `connected` or `error` with last_error. An unreachable provider is not a verdict on the
 * credentials: the previous status is restored and provider_unavailable raised.
 */
export async function retestConnection(deps: Deps, principal: Principal, id: number, opts?: CallOptions): Promise<RetestResult> {
  const record = await findRecord(deps, principal, id);
  const parsed = storedCredentials(deps, record);
  const repo = connectionsRepository(deps.db);
  await repo.update(principal.organizationId, id, { status: 'testing', updatedAt: deps.clock.now().toISOString() });
  connectionChanged(deps, principal.organizationId, id);
  let settled = false;
  try {
    const { outcome, failures } = await runChecks(parsed, opts, 'retest');
    const now = deps.clock.now().toISOString();
    const first = failures[0];
    await deps.db.transaction().execute(async (trx) => {
      await connectionsRepository(trx).update(principal.organizationId, id, first
        ? { status: 'error', lastError: { code: first.code, detail: first.detail, at: now }, nextCheckAt: nextCheckAt(deps), updatedAt: now }
        : { status: 'connected', lastTestedAt: now, lastError: null, nextCheckAt: nextCheckAt(deps), recheckFailures: 0, updatedAt: now });
      await recordAudit(trx, deps, principal, 'connection.tested', { type: 'connection', id }, { provider: record.provider, status: first ? 'error' : 'connected', code: first?.code ?? null });
      await recordWebhookEvents(trx, deps, principal.organizationId, statusChangedEvents(trx, principal.organizationId, id, record.status, first ? 'error' : 'connected'));
    });
    settled = true;
    connectionChanged(deps, principal.organizationId, id);
    return { connection: await getConnection(deps, principal, id), checks: outcome.checks, failures };
  } finally {
    if (!settled) {
      // Whatever went wrong (provider down, cancelled request), the connection never stays `testing`.
      await repo.update(principal.organizationId, id, { status: record.status, updatedAt: deps.clock.now().toISOString() });
      connectionChanged(deps, principal.organizationId, id);
    }
  }
}

/** Deletes a connection and its sealed credentials; its phone numbers stay, unlinked. */
export async function deleteConnection(deps: Deps, principal: Principal, id: number): Promise<void> {
  const deleted = await deps.db.transaction().execute(async (trx) => {
    const record = await connectionsRepository(trx).find(principal.organizationId, id);
    if (!record || !(await connectionsRepository(trx).delete(principal.organizationId, id))) return false;
    await recordAudit(trx, deps, principal, 'connection.deleted', { type: 'connection', id }, { provider: record.provider, name: record.name });
    await recordWebhookEvents(trx, deps, principal.organizationId, [connectionDeletedEvent(record)]);
    return true;
  });
  if (!deleted) throw new NotFoundError('Connection');
  connectionChanged(deps, principal.organizationId, id, true);
}

