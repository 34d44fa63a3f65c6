import { CreateConnectLinkDocument, GetConnectLinkDocument, ListConnectLinksDocument, RevokeConnectLinkDocument, type ConnectLinkFieldsFragment, type Provider } from '../generated/graphql';
import { problem } from '../../http/problem';
import { lower, upper } from '../presenters';
import { bodyOf, payloadOf, RestProblem, type Route } from '../route';
import { ConnectLink, ConnectLinks, ConnectLinksQuery, ConnectLinkWithUrl, CreateConnectLinkBody } from '../schemas';
import { boundedListBody } from './numbers';

const PATH = '/v1/connect-links';
const ONE = `${PATH}/{link_id}`;
const TAG = 'Connect links';
const notFound = () => new RestProblem(problem(404, 'not_found', 'Connect link not found.'));

export function connectLinkJson(l: ConnectLinkFieldsFragment) {
  return {
    id: Number(l.id),
    label: l.label,
    provider: l.provider ? lower(l.provider) : null,
    suggested_name: l.suggestedName ?? null,
    allow_available_numbers: l.allowAvailableNumbers,
    state: lower(l.state),
    expires_at: l.expiresAt,
    created_at: l.createdAt,
    used_at: l.usedAt ?? null,
    revoked_at: l.revokedAt ?? null,
    connection_id: l.connectionId == null ? null : Number(l.connectionId),
  };
}

export const connectLinkRoutes: Route[] = [
  {
    method: 'GET',
    path: PATH,
    operationId: 'listConnectLinks',
    description: "The organization's connect links, newest first, each with its state (pending, used, expired, revoked). A plain array of at most 1,000; with limit or offset, or past 1,000, one window in {items, total, limit, offset}. Tokens are never listed.",
    summary: 'List connect links',
    tag: TAG,
    query: ConnectLinksQuery,
    response: ConnectLinks,
    statuses: { 200: 'Links, newest first', 400: 'Invalid limit or offset', 401: 'No valid key' },
    async handle({ run }, req) {
      const body = await boundedListBody(req.query, async (after, withTotal, first) => (await run(ListConnectLinksDocument, { first, after, withTotal })).connectLinks, connectLinkJson);
      return { status: 200, body };
    },
  },
  {
    method: 'POST',
    path: PATH,
    operationId: 'createConnectLink',
    description:
      "Creates a single-use connect link, pending for 7 days (or until expires_at, at most 30 days ahead). Its url opens the console at /connect/{token}, where whoever holds the carrier credentials tests them and creates one connection for this organization, without an API key and seeing nothing else of it; the audit trail names the link as the actor. The url is in this response only. An organization holds at most 100 pending links.",
    summary: 'Create a connect link (its URL is shown only in this response)',
    tag: TAG,
    body: CreateConnectLinkBody,
    response: ConnectLinkWithUrl,
    statuses: {
      201: 'Created',
      400: 'Invalid label, provider, suggested name or expiry',
      401: 'No valid key',
      409: 'The organization already holds 100 pending links (connect_link_limit_reached); or this Idempotency-Key already created a link, whose URL is not kept for a replay',
    },
    secretInAnswer: true,
    async handle({ run }, req) {
      const body = bodyOf(req, CreateConnectLinkBody);
      const input = {
        label: body.label,
        provider: body.provider ? (upper(body.provider) as Provider) : undefined,
        suggestedName: body.suggested_name,
        expiresAt: body.expires_at,
        allowAvailableNumbers: body.allow_available_numbers,
      };
      const created = payloadOf((await run(CreateConnectLinkDocument, { input })).createConnectLink, 'created');
      return { status: 201, body: { ...connectLinkJson(created.connectLink), url: created.url } };
    },
  },
  {
    method: 'GET',
    path: ONE,
    operationId: 'getConnectLink',
    description: 'One connect link and its state. Its token is never shown again.',
    summary: 'Retrieve a connect link',
    tag: TAG,
    response: ConnectLink,
    statuses: { 200: 'The link', 401: 'No valid key', 404: 'No such link in this organization' },
    async handle({ run }, req) {
      const link = (await run(GetConnectLinkDocument, { id: req.params.link_id! })).connectLink;
      if (!link) throw notFound();
      return { status: 200, body: connectLinkJson(link) };
    },
  },
  {
    method: 'DELETE',
    path: ONE,
    operationId: 'revokeConnectLink',
    description: 'Revokes a connect link at once: it opens nothing from now on (its opener gets 401 connect_link_revoked). A connection it created stays. Answers the link, revoked; revoking it again changes nothing.',
    summary: 'Revoke a connect link',
    tag: TAG,
    response: ConnectLink,
    statuses: { 200: 'The link, revoked', 401: 'No valid key', 404: 'No such link in this organization' },
    async handle({ run }, req) {
      const link = payloadOf((await run(RevokeConnectLinkDocument, { input: { id: req.params.link_id! } })).revokeConnectLink, 'connectLink');
      return { status: 200, body: connectLinkJson(link) };
    },
  },
];
