import { sql } from 'kysely';
import { Health, Readiness } from '../schemas';
import type { Route } from '../route';
import { RestProblem } from '../route';
import { problem } from '../problem';

export const healthRoutes: Route[] = [
  {
    method: 'GET',
    path: '/v1/healthz',
    operationId: 'getHealth',
    description: 'Liveness: answers while the process is up. No authentication.',
    summary: 'Liveness: the process is up',
    tag: 'Health',
    auth: false,
    response: Health,
    statuses: { 200: 'Up' },
    handle: async () => ({ status: 200, body: { ok: true } }),
  },
  {
    method: 'GET',
    path: '/v1/readyz',
    operationId: 'getReadiness',
    description: 'Readiness: answers 200 while the database answers, 503 otherwise. No authentication.',
    summary: 'Readiness: the database answers',
    tag: 'Health',
    auth: false,
    response: Readiness,
    statuses: { 200: 'Ready', 503: 'The database does not answer' },
    handle: async ({ graphql }) => {
      try {
        await sql`select 1`.execute(graphql.deps.db);
      } catch {
        throw new RestProblem(problem(503, 'database_unavailable', 'The database does not answer.'));
      }
      return { status: 200, body: { ok: true, database: 'ok' } };
    },
  },
];
