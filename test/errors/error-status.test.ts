import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLInterfaceType } from 'graphql';
import { startHarness, type Harness } from '../support/harness';
import { schema } from '../../src/schema';
import { errorClassOf } from '../../src/schema/types/errors';
import {
  AuthenticationError,
  BudgetExceededError,
  EvidenceError,
  NotFoundError,
  ProviderUnavailableError,
  ReverificationError,
  ValidationError,
} from '../../src/domain/errors';
import { IdempotencyKeyReusedError } from '../../src/domain/idempotency';
import { ERROR_CATALOG } from '../../src/domain/error-catalog';
import { databaseUnavailableProblem, httpStatusOf, problemFromDomainError, problemOf } from '../../src/http/problem';

/**
 * REST's error statuses and GraphQL's `extensions.http` come from one table keyed by the domain
 * error class (src/http/problem.ts). A typed error read back from a result union finds its class
 * through the schema's own registration of error types, never through a type-name string.
 */
describe('the error-status table', () => {
  it('gives each typed error of the schema, by the class it is registered from, its documented status', () => {
    const errorTypes = schema.getPossibleTypes(schema.getType('Error') as GraphQLInterfaceType);
    const statuses = Object.fromEntries(errorTypes.map((t) => [t.name, problemOf({ cls: errorClassOf(t.name), code: 'c', message: 'm' }).status]));
    expect(statuses).toEqual({
      ValidationError: 400,
      EvidenceError: 400,
      NotFoundError: 404,
      ConflictError: 409,
      CredentialsReverificationError: 422,
      ProviderRejectedError: 422,
      ProviderUnavailableError: 502,
    });
  });

  it('agrees with the status the error catalog documents for each code', () => {
    const errors = [
      new ValidationError([{ path: 'name', message: 'is required' }]),
      ...(['evidence_missing', 'evidence_reused', 'evidence_stale', 'provider_mismatch'] as const).map((code) => new EvidenceError(code)),
      new AuthenticationError('not_authenticated'),
      new AuthenticationError('invalid_api_key'),
      new NotFoundError('Connection'),
      new ReverificationError(),
      new IdempotencyKeyReusedError(),
      new BudgetExceededError('Too many provider calls.', {}),
      new ProviderUnavailableError('Twilio', 'timed out'),
    ];
    const documented = new Map(ERROR_CATALOG.map((e) => [e.code, e.status]));
    for (const e of errors) expect({ code: e.code, status: httpStatusOf(e).status }).toEqual({ code: e.code, status: documented.get(e.code) });
  });

  it('answers a spent budget 429 with its headers, and the database away 503 with Retry-After', () => {
    const headers = { 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '60', 'retry-after': '60' };
    const budget = new BudgetExceededError('Too many provider calls.', headers);
    expect(httpStatusOf(budget)).toEqual({ status: 429, headers });
    expect(problemFromDomainError(budget)).toEqual({ status: 429, code: 'rate_limited', detail: 'Too many provider calls.', headers });
    expect(databaseUnavailableProblem()).toMatchObject({ status: 503, code: 'database_unavailable', headers: { 'retry-after': '1' } });
  });
});

describe('a domain error thrown outside a result union', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('is answered on GraphQL with the status REST gives it, its code and fields kept', async () => {
    const res = await h.gql('{ auditEvents(after: "not-a-cursor") { totalCount } }');
    const issue = { path: 'after', message: 'is not a cursor this API issued' };
    expect(res.status).toBe(problemFromDomainError(new ValidationError([issue])).status);
    expect(res.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'validation_failed', fields: [issue] } })]);
  });

  it('is answered on REST from the same table', async () => {
    const res = await h.rest('GET', '/v1/phone-numbers/999999');
    expect(res.status).toBe(problemFromDomainError(new NotFoundError('Phone number')).status);
    expect(res.body).toEqual({ code: 'not_found', detail: 'Phone number not found.' });
  });
});
