import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiKey, createOrganization } from '../../src/domain/organizations';
import { systemPrincipal } from '../../src/domain/audit';
import { restCredentials } from './credentials';
import { startHarness, type Harness } from './harness';

/** Per key 5 requests and 2 provider calls a minute; per organization 12 and 3. */
export const ORG_BUDGET_ENV = {
  RATE_LIMIT_PER_MINUTE: '5',
  RATE_LIMIT_PER_MINUTE_PER_ORG: '12',
  PROVIDER_RATE_LIMIT_PER_MINUTE: '2',
  PROVIDER_RATE_LIMIT_PER_MINUTE_PER_ORG: '3',
};

/**
 * The organization budgets, on whichever limiter `env` selects (in memory, or Redis with
 * REDIS_URL). Each case uses an organization of its own, so buckets never carry over. `slack`
 * is how many more requests a limiter may let through while the test runs: 0 in memory (the
 * harness clock stands still), 1 on Redis (its buckets refill on Redis's own clock).
 */
export function orgBudgetCases(env: Record<string, string>, slack: number): void {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ ...ORG_BUDGET_ENV, ...env });
  });
  afterAll(() => h?.close());

  /** A new organization with `n` keys (made in the domain, so making them spends no budget). */
  async function orgWithKeys(name: string, n: number): Promise<string[]> {
    const { organization, apiKey } = await createOrganization(h.runtime.deps, name);
    const keys = [apiKey];
    while (keys.length < n) keys.push((await createApiKey(h.runtime.deps, systemPrincipal(organization.id), `key ${keys.length}`)).secret);
    return keys;
  }

  it('holds four keys of one organization to the organization budget together, reporting the tighter bucket', async () => {
    const keys = await orgWithKeys('Four keys', 4);
    const answers = [];
    // Round robin, six each: 24 tries against 4 × 5 per key but 12 for the organization.
    for (let round = 0; round < 6; round++) for (const key of keys) answers.push(await h.rest('GET', '/v1/voip-connections', undefined, { key }));
    const allowed = answers.filter((a) => a.status === 200).length;
    expect(allowed).toBeGreaterThanOrEqual(12);
    expect(allowed).toBeLessThanOrEqual(12 + slack);
    expect(answers.filter((a) => a.status !== 200).every((a) => a.status === 429 && a.body.code === 'rate_limited')).toBe(true);

    // The first answer: the key's bucket is the tighter (4 of 5 left against 11 of 12).
    expect([answers[0]!.headers.get('x-ratelimit-limit'), answers[0]!.headers.get('x-ratelimit-remaining')]).toEqual(['5', '4']);
    // The refusals name the organization's bucket, with how long to wait for it.
    const refused = answers.at(-1)!;
    expect(refused.headers.get('x-ratelimit-limit')).toBe('12');
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // The same budget on the GraphQL door.
    expect((await h.gql('{ viewer { organization { name } } }', {}, keys[3])).status).toBe(429);
  });

  it('leaves another organization its own budget', async () => {
    const [spent] = await orgWithKeys('Spent', 1);
    for (let i = 0; i < 5; i++) await h.rest('GET', '/v1/voip-connections', undefined, { key: spent });
    expect((await h.rest('GET', '/v1/voip-connections', undefined, { key: spent })).status).toBe(429);
    const [other] = await orgWithKeys('Untouched', 1);
    const res = await h.rest('GET', '/v1/voip-connections', undefined, { key: other });
    expect(res.status).toBe(200);
    expect([res.headers.get('x-ratelimit-limit'), res.headers.get('x-ratelimit-remaining')]).toEqual(['5', '4']);
  });

  it('spends nothing from the organization on a request its key refuses', async () => {
    const keys = await orgWithKeys('All or nothing', 3);
    // Key 0 tries 9 times: 5 pass, 4 are refused by the key and must not come off the organization's 12.
    for (let i = 0; i < 9; i++) await h.rest('GET', '/v1/voip-connections', undefined, { key: keys[0] });
    const statuses = [];
    for (const key of [keys[1], keys[2]]) for (let i = 0; i < 5; i++) statuses.push((await h.rest('GET', '/v1/voip-connections', undefined, { key })).status);
    // 12 − 5 = 7 left for the other two keys.
    const allowed = statuses.filter((s) => s === 200).length;
    expect(allowed).toBeGreaterThanOrEqual(7);
    expect(allowed).toBeLessThanOrEqual(7 + slack);
  });

  it('holds the keys of one organization to its provider budget together', async () => {
    const keys = await orgWithKeys('Provider calls', 3);
    const body = { provider: 'vonage', credentials: restCredentials(h.sim, 'vonage') };
    const statuses = [];
    // Two each: 6 tries against 3 × 2 per key but 3 for the organization.
    for (let round = 0; round < 2; round++) for (const key of keys) statuses.push((await h.rest('POST', '/v1/voip-connections/test', body, { key })).status);
    const allowed = statuses.filter((s) => s === 200).length;
    expect(allowed).toBeGreaterThanOrEqual(3);
    expect(allowed).toBeLessThanOrEqual(3 + slack);
    expect(statuses.filter((s) => s !== 200).every((s) => s === 429)).toBe(true);
    // Another organization still reaches its provider.
    const [other] = await orgWithKeys('Other provider calls', 1);
    expect((await h.rest('POST', '/v1/voip-connections/test', body, { key: other })).status).toBe(200);
  });
}
