import type { Kysely } from 'kysely';
import { connectLinksRepository, type ConnectLinkRecord } from '../db/repositories/connect-links';
import { organizationsRepository } from '../db/repositories/organizations';
import type { Database } from '../db/tables';
import type { Page, PageArgs } from '../db/keyset';
import { PROVIDER_IDS, type ProviderId } from '../providers/types';
import { generateConnectLinkToken, hashConnectLinkToken } from '../security/connect-link-tokens';
import { recordAudit } from './audit';
import { connectionsRepository } from '../db/repositories/connections';
import { toView, type ConnectionView } from './connection-view';
import type { Deps, Principal } from './deps';
import { AuthenticationError, ConflictError, ConnectLinkForbiddenError, ConnectLinkUsedError, NotFoundError, ValidationError, type FieldIssue } from './errors';
import { checked, DisplayName } from './input-rules';

/**
 * Connect links (issue 26): an organization sends a link to whoever holds its carrier
 * credentials (a customer's IT admin), who opens it in the console, tests the credentials and
 * creates one connection, without ever holding an API key or seeing anything else of the
 * organization. The link's token is shown once (in its URL) and stored hashed; it is spent in the
 * transaction that creates the connection. What a link may call is in src/schema/field-scopes.ts.
 */

export type ConnectLinkState = 'pending' | 'used' | 'expired' | 'revoked';

export interface ConnectLink extends ConnectLinkRecord {
  state: ConnectLinkState;
}

export const CONNECT_LINK_DEFAULT_DAYS = 7;
export const CONNECT_LINK_MAX_DAYS = 30;
/** Pending links an organization may hold at once: each is a way in, to keep track of. */
export const MAX_PENDING_CONNECT_LINKS = 100;
const DAY_MS = 86_400_000;

/** A revoked link stays revoked, a used one used; an unused one expires. */
export function stateOf(link: ConnectLinkRecord, now: Date): ConnectLinkState {
  if (link.revokedAt) return 'revoked';
  if (link.usedAt) return 'used';
  return link.expiresAt <= now.toISOString() ? 'expired' : 'pending';
}

const withState = (deps: Pick<Deps, 'clock'>, link: ConnectLinkRecord): ConnectLink => ({ ...link, state: stateOf(link, deps.clock.now()) });

export interface CreateConnectLinkInput {
  label: string;
  provider?: string | null;
  suggestedName?: string | null;
  expiresAt?: string | null;
  allowAvailableNumbers?: boolean | null;
}

function checkedExpiry(deps: Pick<Deps, 'clock'>, expiresAt: string | null | undefined): string {
  const now = deps.clock.now().getTime();
  if (expiresAt == null) return new Date(now + CONNECT_LINK_DEFAULT_DAYS * DAY_MS).toISOString();
  const at = Date.parse(expiresAt);
  const issue = (message: string): never => {
    throw new ValidationError([{ path: 'expires_at', message }]);
  };
  if (Number.isNaN(at)) issue('must be an ISO-8601 date-time');
  if (at <= now) issue('must be in the future');
  if (at > now + CONNECT_LINK_MAX_DAYS * DAY_MS) issue(`must be at most ${CONNECT_LINK_MAX_DAYS} days ahead`);
  return new Date(at).toISOString();
}

function checkedInput(deps: Pick<Deps, 'clock'>, input: CreateConnectLinkInput) {
  const issues: FieldIssue[] = [];
  const attempt = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (err) {
      if (err instanceof ValidationError) issues.push(...err.issues);
      else throw err;
      return undefined;
    }
  };
  const label = attempt(() => checked(DisplayName, input.label, 'label'));
  const suggestedName = input.suggestedName == null ? null : attempt(() => checked(DisplayName, input.suggestedName!, 'suggested_name'));
  const provider = input.provider ?? null;
  if (provider !== null && !(PROVIDER_IDS as readonly string[]).includes(provider)) issues.push({ path: 'provider', message: `must be one of ${PROVIDER_IDS.join(', ')}` });
  const expiresAt = attempt(() => checkedExpiry(deps, input.expiresAt));
  if (issues.length > 0) throw new ValidationError(issues);
  return { label: label!, suggestedName: suggestedName ?? null, provider, expiresAt: expiresAt!, allowAvailableNumbers: input.allowAvailableNumbers === true };
}

/** The URL that opens a link in the console: the only place its token is ever shown. */
const linkUrl = (deps: Pick<Deps, 'consoleOrigin'>, token: string) => `${deps.consoleOrigin()}/connect/${token}`;

/** A new pending link and its URL (with the token: shown here only). */
export async function createConnectLink(deps: Deps, principal: Principal, input: CreateConnectLinkInput): Promise<{ connectLink: ConnectLink; url: string }> {
  const checkedLink = checkedInput(deps, input);
  const { token, hash } = generateConnectLinkToken();
  const link = await deps.db.transaction().execute(async (trx) => {
    const repo = connectLinksRepository(trx);
    const now = deps.clock.now().toISOString();
    if ((await repo.countPending(principal.organizationId, now)) >= MAX_PENDING_CONNECT_LINKS) {
      throw new ConflictError('connect_link_limit_reached', `The organization already has ${MAX_PENDING_CONNECT_LINKS} pending connect links: revoke ones that are no longer needed.`);
    }
    const created = await repo.insert({ organizationId: principal.organizationId, ...checkedLink, tokenHash: hash, createdAt: now, createdByApiKeyId: principal.apiKeyId > 0 ? principal.apiKeyId : null });
    await recordAudit(trx, deps, principal, 'connect_link.created', { type: 'connect_link', id: created.id }, { label: created.label, provider: created.provider, expires_at: created.expiresAt, allow_available_numbers: created.allowAvailableNumbers });
    return created;
  });
  return { connectLink: withState(deps, link), url: linkUrl(deps, token) };
}

export async function listConnectLinks(deps: Deps, principal: Principal, args: PageArgs): Promise<Page<ConnectLink>> {
  const page = await connectLinksRepository(deps.db).page(principal.organizationId, args);
  return { items: page.items.map((l) => withState(deps, l)), hasNextPage: page.hasNextPage };
}

export function countConnectLinks(deps: Deps, principal: Principal): Promise<number> {
  return connectLinksRepository(deps.db).count(principal.organizationId);
}

export async function findConnectLink(deps: Deps, principal: Principal, id: number): Promise<ConnectLink | null> {
  const link = await connectLinksRepository(deps.db).find(principal.organizationId, id);
  return link ? withState(deps, link) : null;
}

/** Revokes a link at once (its opener's next request is refused); revoking a revoked link changes nothing. */
export async function revokeConnectLink(deps: Deps, principal: Principal, id: number): Promise<ConnectLink> {
  const link = await deps.db.transaction().execute(async (trx) => {
    const repo = connectLinksRepository(trx);
    const before = await repo.find(principal.organizationId, id);
    if (!before) throw new NotFoundError('Connect link');
    if (before.revokedAt) return before;
    const revoked = (await repo.revoke(principal.organizationId, id, deps.clock.now().toISOString()))!;
    await recordAudit(trx, deps, principal, 'connect_link.revoked', { type: 'connect_link', id }, { label: revoked.label, state_before: stateOf(before, deps.clock.now()) });
    return revoked;
  });
  return withState(deps, link);
}

/**
 * The principal a link's token stands for. Pending: it may test and create. Used: it may read
 * what it made, until the link would have expired. Expired, revoked or unknown: 401, saying which.
 */
export async function authenticateConnectLink(deps: Deps, token: string): Promise<Principal> {
  const link = await connectLinksRepository(deps.db).findByTokenHash(hashConnectLinkToken(token));
  if (!link) throw new AuthenticationError('invalid_connect_link');
  const now = deps.clock.now();
  const state = stateOf(link, now);
  if (state === 'revoked') throw new AuthenticationError('connect_link_revoked');
  if (state === 'expired' || link.expiresAt <= now.toISOString()) throw new AuthenticationError('connect_link_expired');
  return {
    organizationId: link.organizationId,
    apiKeyId: 0,
    scopes: [],
    connectLink: { id: link.id, state: state === 'used' ? 'used' : 'pending', provider: link.provider, allowAvailableNumbers: link.allowAvailableNumbers, connectionId: link.connectionId },
  };
}

/** A link made for one provider tests and creates only that provider's connections. */
export function checkLinkProvider(principal: Principal, provider: string): void {
  const want = principal.connectLink?.provider;
  if (want && want !== provider) throw new ValidationError([{ path: 'provider', message: `this connect link is for ${want}` }]);
}

/** Spends the acting link on the connection just created, in its transaction: a link creates one connection. */
export async function spendConnectLink(trx: Kysely<Database>, deps: Pick<Deps, 'clock'>, principal: Principal, connectionId: number): Promise<void> {
  const link = principal.connectLink;
  if (!link) return;
  if (!(await connectLinksRepository(trx).spend(principal.organizationId, link.id, connectionId, deps.clock.now().toISOString()))) throw new ConnectLinkUsedError();
  link.state = 'used';
  link.connectionId = connectionId;
}

/** A link reads a provider account's numbers only for the connection it created, and only if it was made to. */
export function checkLinkMayListNumbers(principal: Principal, connectionId: number): void {
  const link = principal.connectLink;
  if (link && !(link.allowAvailableNumbers && link.connectionId === connectionId)) throw new ConnectLinkForbiddenError();
}

/** What a link's opener sees: the link itself, whose organization asks, and the connection once made. */
export interface ConnectSession {
  label: string;
  provider: ProviderId | null;
  suggestedName: string | null;
  organizationName: string;
  state: 'pending' | 'used';
  expiresAt: string;
  allowAvailableNumbers: boolean;
  connection: ConnectionView | null;
}

export async function connectSession(deps: Deps, principal: Principal): Promise<ConnectSession> {
  const grant = principal.connectLink;
  if (!grant) throw new ConnectLinkForbiddenError("Only a connect link's token opens a connect session; an API key has the rest of the API.");
  const link = await connectLinksRepository(deps.db).find(principal.organizationId, grant.id);
  const org = await organizationsRepository(deps.db).findById(principal.organizationId);
  if (!link || !org) throw new NotFoundError('Connect link');
  // The connection may have been deleted since: then there is nothing more to show.
  const record = link.connectionId === null ? undefined : await connectionsRepository(deps.db).find(principal.organizationId, link.connectionId);
  return {
    label: link.label,
    provider: link.provider as ProviderId | null,
    suggestedName: link.suggestedName,
    organizationName: org.name,
    state: link.connectionId === null ? 'pending' : 'used',
    expiresAt: link.expiresAt,
    allowAvailableNumbers: link.allowAvailableNumbers,
    connection: record ? toView(record) : null,
  };
}
