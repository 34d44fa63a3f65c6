import { z } from 'zod';
import type { Route } from './route';
import { ERROR_CATALOG_PATH } from '../domain/error-catalog';
import { requestSchemas, responseSchemas } from './schemas';

type JsonSchema = Record<string, unknown>;

const COMPONENTS = '#/components/schemas/';
const ref = (id: string) => ({ $ref: `${COMPONENTS}${id}` });

/** JSON Schema (2020-12, as OpenAPI 3.1 uses) from a zod schema; named shapes become $refs. */
function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** Every named shape of a registry, as component schemas that refer to each other by $ref. */
function componentsOf(registry: typeof requestSchemas, io: 'input' | 'output'): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(registry, { target: 'draft-2020-12', io, unrepresentable: 'any', uri: (id) => `${COMPONENTS}${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => {
    const { $schema: _s, $id: _i, ...rest } = s as JsonSchema;
    return [id, rest];
  }));
}

/** A route's body or response must be a named shape, so every SDK gets a named type for it. */
function namedRef(registry: typeof requestSchemas, schema: z.ZodType, route: Route): { $ref: string } {
  const id = registry.get(schema)?.id;
  if (!id) throw new Error(`${route.method} ${route.path}: its body and response must be named schemas (rest/schemas.ts)`);
  return ref(id);
}

const PROBLEM = { content: { 'application/json': { schema: ref('Problem') } } };
const BAD_REQUEST = { content: { 'application/json': { schema: { oneOf: [ref('ValidationProblem'), ref('Problem')] } } } };

/** Statuses every route of a kind can answer, beside the ones it documents itself. */
function commonStatuses(route: Route): Record<number, string> {
  const statuses: Record<number, string> = {
    429: 'Rate limited: retry after the Retry-After delay',
    503: 'The database is not reachable right now: nothing was changed; retry after the Retry-After delay',
  };
  if (route.method === 'POST' || route.method === 'PATCH') {
    Object.assign(statuses, { 400: 'Invalid input: malformed JSON, unknown or invalid fields', 413: 'Body over 1 MiB', 415: 'The body is not application/json' });
  }
  if (route.method === 'POST') {
    Object.assign(statuses, { 409: 'A request with this Idempotency-Key is still running, or completed with an answer not kept for a replay (over 64 KiB, or holding a secret)', 422: 'This Idempotency-Key was used with another body' });
  }
  if (route.auth !== false) {
    statuses[401] = 'No valid API key (or connect link: connect_link_expired, connect_link_revoked, invalid_connect_link)';
    // Every operation needs a scope of the key (README "Scoped keys"): the answer names the one missing.
    statuses[403] = 'The API key lacks the scope this operation needs (insufficient_scope; `required_scope` names it), or a connect link may not call it (connect_link_forbidden)';
  }
  return statuses;
}

function responsesOf(route: Route): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  const statuses: Record<number, string> = { ...commonStatuses(route) };
  // A status both mean (e.g. 409 for a state conflict and for a running Idempotency-Key) says both.
  for (const [code, description] of Object.entries(route.statuses)) statuses[Number(code)] = statuses[Number(code)] ? `${description}; or: ${statuses[Number(code)]}` : description;
  for (const [status, description] of Object.entries(statuses).sort(([a], [b]) => Number(a) - Number(b))) {
    const code = Number(status);
    if (code === 204) responses[status] = { description };
    else if (code < 300) responses[status] = { description, ...(route.response && { content: { 'application/json': { schema: namedRef(responseSchemas, route.response, route) } } }) };
    else if (code === 429 || code === 503) responses[status] = { description, headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } }, ...PROBLEM };
    else responses[status] = { description, ...(code === 400 ? BAD_REQUEST : PROBLEM) };
  }
  return responses;
}

/** What each path parameter names (`id` is a phone number's). */
const PATH_PARAMETERS: Record<string, string> = { key_id: 'API key id', connection_id: 'Connection id', endpoint_id: 'Webhook endpoint id', delivery_id: 'Webhook delivery id' };

function parametersOf(route: Route): unknown[] {
  const path = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    description: PATH_PARAMETERS[m[1]!] ?? 'Phone number id',
    schema: { type: 'integer', minimum: 1 },
  }));
  const query = route.query
    ? Object.entries((schemaOf(route.query, 'input').properties ?? {}) as Record<string, JsonSchema>).map(([name, schema]) => ({
        name,
        in: 'query',
        required: false,
        schema,
        ...(schema.description ? { description: schema.description } : {}),
      }))
    : [];
  const idempotency = route.method === 'POST'
    ? [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 }, description: 'The same key and body within 24 h replays the first response without running the request again; an answer over 64 KiB or holding a secret is not kept, and its replay is refused (409 idempotency_replay_unavailable).' }]
    : [];
  return [...path, ...query, ...idempotency];
}

const TAGS = [
  { name: 'VoIP connections', description: 'Test credentials, then create, read, rotate and delete connections to provider accounts.' },
  { name: 'Phone numbers', description: 'Available numbers of a connection, import, verify-voip, agents and release.' },
  { name: 'Connect links', description: "Single-use links that let whoever holds the carrier credentials create one connection, without an API key." },
  { name: 'Developer', description: 'API keys, webhook endpoints and their delivery logs, the audit trail, and this document.' },
  { name: 'Health', description: 'Liveness and readiness, without authentication.' },
];

/**
 * The OpenAPI 3.1 document of the /v1 API, generated from the route table and the same zod
 * schemas that validate requests: it cannot drift from what the server does.
 */
export function openApiDocument(routes: Route[]): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      operationId: route.operationId,
      summary: route.summary,
      description: route.description,
      tags: [route.tag],
      ...(route.auth === false ? { security: [] } : {}),
      parameters: parametersOf(route),
      ...(route.body && {
        requestBody: {
          required: true,
          content: { 'application/json': { schema: namedRef(requestSchemas, route.body, route), ...(route.examples && { examples: route.examples }) } },
        },
      }),
      responses: responsesOf(route),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Trunkline VoIP connections API',
      version: '1.0.0',
      description:
        "Connect an organization's own telephony provider account (Twilio, Telnyx, SignalWire, Vonage or any SIP trunk), import its numbers and verify them. Test the credentials first: the test returns a single-use verification_evidence_id that create takes. Credentials are write-only.\n\n" +
        `Every \`code\` an error, a check or an import result can carry is explained, with what to do about it, at [${ERROR_CATALOG_PATH}](${ERROR_CATALOG_PATH}) (JSON: ${ERROR_CATALOG_PATH}.json).`,
      contact: { name: 'Trunkline API support', email: 'api@trunkline.example' },
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [{ url: 'http://127.0.0.1:4000', description: 'A gateway started with npm start' }],
    security: [{ bearerAuth: [] }],
    tags: TAGS,
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API key, sk_live_…' } },
      schemas: { ...componentsOf(requestSchemas, 'input'), ...componentsOf(responseSchemas, 'output') },
    },
  };
}
