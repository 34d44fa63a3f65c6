import { Redis } from 'ioredis';
import { beforeAll, describe, expect, it } from 'vitest';
import { orgBudgetCases } from '../support/org-budget-scenarios';

/**
 * The organization budgets on the Redis limiter (one Lua call takes a key's bucket and its
 * organization's). Runs with `npm run test:scale` (TEST_REDIS_URL set). The buckets live in a
 * logical database of their own, emptied first: another file's organizations and keys have the
 * same ids as this one's.
 */
const base = process.env.TEST_REDIS_URL;
const redisUrl = base && Object.assign(new URL(base), { pathname: '/9' }).toString();

describe.skipIf(!redisUrl)('organization budgets, on Redis', () => {
  beforeAll(async () => {
    const redis = new Redis(redisUrl!);
    await redis.flushdb();
    redis.disconnect();
  });
  orgBudgetCases({ REDIS_URL: redisUrl! }, 1);

  it('kept those buckets in Redis, not in the memory of the instance', async () => {
    const redis = new Redis(redisUrl!);
    const [orgs, keys, provider] = await Promise.all([redis.keys('trunkline:rl:requests:org:*'), redis.keys('trunkline:rl:requests:key:*'), redis.keys('trunkline:rl:provider:org:*')]);
    redis.disconnect();
    expect(orgs.length).toBeGreaterThan(0);
    expect(keys.length).toBeGreaterThan(0);
    expect(provider.length).toBeGreaterThan(0);
  });
});
