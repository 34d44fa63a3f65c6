import { z } from 'zod';
import type { Route } from './route';
import { ErrorBody } from './schemas';

type JsonSchema = Record<string, unknown>;

/** JSON Schema (2020-12, as OpenAPI 3.1 uses) from a zod schema. */
function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

const ERROR_REF = { $ref: '#/components/schemas/Error' };

/**
 * The OpenAPI 3.1 document of the /v1 API, generated from the route table and the same zod
 * schemas that validate requests: it cannot drift from what the server does.
 */
export function openApiDocument(routes: Route[]): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }));
    const queryParams = route.query
      ? Object.entries((schemaOf(route.query, 'input').properties ?? {}) as Record<string, JsonSchema>).map(([name, schema]) => ({
          name,
          in: 'query',
          required: false,
          schema,
          ...(schema.description ? { description: schema.description } : {}),
        }))
      : [];
    const post = route.method === 'POST';
    const responses: Record<string, unknown> = {};
    for (const [status, description] of Object.entries(route.statuses)) {
      const code = Number(status);
      if (code === 204) responses[status] = { description };
      else if (code < 300) responses[status] = { description, ...(route.response ? { content: { 'application/json': { schema: schemaOf(route.response, 'output') } } } : {}) };
      else responses[status] = { description, content: { 'application/json': { schema: ERROR_REF } } };
    }
    if (route.auth !== false && !responses['401']) responses['401'] = { description: 'No valid key', content: { 'application/json': { schema: ERROR_REF } } };
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      summary: route.summary,
      tags: [route.tag],
      operationId: `${route.method.toLowerCase()}${route.path.replace(/[{}]/g, '').replace(/[/-](\w)/g, (_m, c: string) => c.toUpperCase())}`,
      ...(route.auth === false ? { security: [] } : {}),
      parameters: [
        ...pathParams,
        ...queryParams,
        ...(post ? [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 }, description: 'Replays the first response for 24 h.' }] : []),
      ],
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(route.body, 'input') } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Trunkline VoIP connections API',
      version: '1.0.0',
      description: "Connect an organization's own telephony provider account, import its numbers and verify them. Credentials are write-only.",
    },
    servers: [{ url: '/' }],
    security: [{ bearerAuth: [] }],
    tags: [{ name: 'VoIP connections' }, { name: 'Phone numbers' }, { name: 'Developer' }, { name: 'Health' }],
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'sk_live_… API key' } },
      schemas: { Error: schemaOf(ErrorBody, 'output') },
    },
  };
}
