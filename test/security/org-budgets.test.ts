import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countAuditEvents, systemPrincipal } from '../../src/domain/audit';
import { createApiKey, createOrganization, freshKeyForFirstOrganization } from '../../src/domain/organizations';
import { startHarness, type Harness } from '../support/harness';
import { orgBudgetCases } from '../support/org-budget-scenarios';

describe('organization budgets, in memory', () => {
  orgBudgetCases({}, 0);
});

describe('the cap on active API keys', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  /** A new organization holding `n` active keys; returns its id and first key. */
  async function orgWithKeys(name: string, n: number): Promise<{ id: number; key: string }> {
    const { organization, apiKey } = await createOrganization(h.runtime.deps, name);
    for (let i = 1; i < n; i++) await createApiKey(h.runtime.deps, systemPrincipal(organization.id), `key ${i}`);
    return { id: organization.id, key: apiKey };
  }

  it('refuses the 51st active key with 409 api_key_limit_reached on both doors, writing nothing', async () => {
    const org = await orgWithKeys('Fifty keys', 50);
    const audit = await countAuditEvents(h.runtime.deps, systemPrincipal(org.id));

    const refused = await h.rest('POST', '/v1/developer/api-keys', { name: 'one too many' }, { key: org.key });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'api_key_limit_reached' });
    expect(refused.body.detail).toMatch(/50 active API keys/);
    const viaGraphQL = await h.gql('mutation { createApiKey(input: { name: "one too many" }) { __typename ... on Error { code } } }', {}, org.key);
    expect(viaGraphQL.body.data.createApiKey).toEqual({ __typename: 'ConflictError', code: 'api_key_limit_reached' });

    const listed = await h.rest('GET', '/v1/developer/api-keys', undefined, { key: org.key });
    expect(listed.body).toHaveLength(50);
    expect(listed.body.some((k: { name: string }) => k.name === 'one too many')).toBe(false);
    expect(await countAuditEvents(h.runtime.deps, systemPrincipal(org.id))).toBe(audit);

    // Another organization is not held to this one's keys.
    expect((await h.rest('POST', '/v1/developer/api-keys', { name: 'elsewhere' }, { key: h.orgB.key })).status).toBe(201);
  });

  it('counts only active keys: revoking one makes room for one', async () => {
    const org = await orgWithKeys('Revokes one', 50);
    const listed = await h.rest('GET', '/v1/developer/api-keys', undefined, { key: org.key });
    const newest = listed.body[0] as { id: number }; // not the key this test calls with, made first
    expect((await h.rest('DELETE', `/v1/developer/api-keys/${newest.id}`, undefined, { key: org.key })).status).toBe(204);
    expect((await h.rest('POST', '/v1/developer/api-keys', { name: 'replacement' }, { key: org.key })).status).toBe(201);
    expect((await h.rest('POST', '/v1/developer/api-keys', { name: 'and one more' }, { key: org.key })).status).toBe(409);
  });

  it('lets only as many of simultaneous creations through as there is room for', async () => {
    const org = await orgWithKeys('Races', 48);
    const statuses = await Promise.all(Array.from({ length: 6 }, (_, i) => h.rest('POST', '/v1/developer/api-keys', { name: `race ${i}` }, { key: org.key }).then((r) => r.status)));
    expect(statuses.sort()).toEqual([201, 201, 409, 409, 409, 409]);
    expect((await h.rest('GET', '/v1/developer/api-keys', undefined, { key: org.key })).body).toHaveLength(50);
  });

  it('lets the demo start at the cap: its fresh key replaces the oldest', async () => {
    for (let i = 1; i < 50; i++) await createApiKey(h.runtime.deps, systemPrincipal(h.orgA.id), `key ${i}`);
    const { apiKey } = await freshKeyForFirstOrganization(h.runtime.deps, 'Demo organization', 'Demo');
    const listed = await h.rest('GET', '/v1/developer/api-keys', undefined, { key: apiKey });
    expect(listed.body.filter((k: { is_active: boolean }) => k.is_active)).toHaveLength(50);
    // The oldest was the organization's first key.
    expect((await h.rest('GET', '/v1/voip-connections', undefined, { key: h.orgA.key })).status).toBe(401);
  });
});
