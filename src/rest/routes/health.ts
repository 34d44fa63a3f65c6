import { sql } from 'kysely';
import { Health, Readiness } from '../schemas';
import type { Route } from '../route';
import { RestProblem } from '../route';
import { problem } from '../../http/problem';
import { isDraining } from '../../http/readiness';

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
    description:
      'Readiness: answers 200 while the database answers and the instance is not shutting down, 503 otherwise. ' +
      'On SIGTERM it fails at once (code `draining`) while the instance keeps serving for TRUNKLINE_SHUTDOWN_GRACE_MS, so a load balancer stops sending first. No authentication.',
    summary: 'Readiness: the database answers and the instance takes traffic',
    tag: 'Health',
    auth: false,
    response: Readiness,
    statuses: { 200: 'Ready', 503: 'The database does not answer (`database_unavailable`), or the instance is shutting down (`draining`)' },
    handle: async ({ graphql }) => {
      if (isDraining(graphql.deps)) throw new RestProblem(problem(503, 'draining', 'The instance is shutting down; send requests to another one.'));
      try {
        await sql`select 1`.execute(graphql.deps.db);
      } catch {
        throw new RestProblem(problem(503, 'database_unavailable', 'The database does not answer.'));
      }
      return { status: 200, body: { ok: true, database: 'ok' } };
    },
  },
];
