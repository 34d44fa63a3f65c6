import { describe, expect, it } from 'vitest';
import { postWebhook } from '../../src/outbound/webhook-post';
import { resolveWebhookTarget, TargetRefusedError, webhookUrlProblem, type LookupAll, type TargetPolicy } from '../../src/outbound/webhook-target';
import { isPrivateAddress } from '../../src/security/host-guard';

/**
 * Issue 25 #4: an endpoint URL can point anywhere a customer likes, so where it may make the
 * gateway connect is checked twice — the URL as written (webhookUrlProblem, at create/patch and
 * before each POST) and every address its host resolves to (resolveWebhookTarget). No test here
 * connects anywhere: names resolve through an injected lookup, and refusals happen before a
 * connection is made.
 */
const DEV: TargetPolicy = { allowLocalhost: true, allowPrivate: false, extraPorts: [] };
const PROD: TargetPolicy = { allowLocalhost: false, allowPrivate: false, extraPorts: [] };
const PRIVATE_NET: TargetPolicy = { allowLocalhost: false, allowPrivate: true, extraPorts: [] };
const PUBLIC = '93.184.216.34';

/** A lookup answering `addresses` for any name, counting its calls. */
function answering(...addresses: string[]): LookupAll & { calls: number } {
  const lookup = Object.assign(async () => {
    lookup.calls++;
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  }, { calls: 0 });
  return lookup;
}

async function refusal(url: string, policy: TargetPolicy, lookup?: LookupAll): Promise<string> {
  const err = await resolveWebhookTarget(new URL(url), policy, lookup).then(() => null, (e: unknown) => e);
  expect(err, url).toBeInstanceOf(TargetRefusedError);
  return (err as Error).message;
}

describe('webhookUrlProblem: the URL as written', () => {
  it('accepts public https URLs, and the development hosts over http under allowLocalhost', () => {
    for (const url of ['https://hooks.example.com/trunkline', 'https://hooks.example.com:443/x?y=1', 'https://93.184.216.34/', 'https://hooks.example.com:80/']) {
      expect(webhookUrlProblem(url, PROD), url).toBeNull();
    }
    for (const url of ['http://localhost:3000/hooks', 'http://127.0.0.1:9999', 'http://[::1]:8080/x', 'https://localhost:8443/', 'http://LocalHost/']) {
      expect(webhookUrlProblem(url, DEV), url).toBeNull();
      expect(webhookUrlProblem(url, PROD), url).not.toBeNull();
    }
  });

  it('refuses plain http to any other host, and schemes other than http(s)', () => {
    for (const url of ['http://example.com/', 'http://93.184.216.34/', 'ftp://example.com/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      for (const policy of [DEV, PROD]) expect(webhookUrlProblem(url, policy), url).toMatch(/must use https:\/\//);
    }
  });

  // Chosen: a development host is `localhost`, `127.0.0.1` or `[::1]` exactly as the user wrote it.
  // Other spellings the URL parser turns into 127.0.0.1 or ::1 are refused even under allowLocalhost.
  it('refuses private, loopback, link-local, metadata and IPv4-mapped literals in every spelling', () => {
    const hosts = ['10.0.0.1', '192.168.1.1', '172.16.5.4', '100.64.0.1', '169.254.169.254/latest/meta-data', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]',
      '2130706433', '0x7f.0.0.1', '0x7f000001', '127.1', '0177.0.0.1', '127.0.0.2', '[0:0::1]', '[::]', '0.0.0.0', '[fe80::1]', '[fd00:ec2::254]', '[fc00::1]', '[::ffff:10.0.0.1]', '224.0.0.1'];
    for (const host of hosts) {
      for (const scheme of ['http', 'https']) {
        for (const policy of [DEV, PROD]) expect(webhookUrlProblem(`${scheme}://${host}`, policy), `${scheme}://${host}`).not.toBeNull();
      }
    }
    expect(webhookUrlProblem('https://2130706433/', PROD)).toBe("The URL's host is a loopback address, which webhooks may not reach.");
    expect(webhookUrlProblem('https://127.1/', DEV)).toMatch(/write the host as localhost, 127\.0\.0\.1 and \[::1\]/);
    expect(webhookUrlProblem('https://169.254.169.254/latest/meta-data', PROD)).toMatch(/cloud metadata address/);
  });

  it('lets an operator allow private networks, but never loopback, link-local, metadata or mapped forms', () => {
    for (const url of ['https://10.0.0.1/', 'https://192.168.1.1/', 'https://[fc00::1]/', 'https://100.64.0.1/']) expect(webhookUrlProblem(url, PRIVATE_NET), url).toBeNull();
    for (const url of ['https://127.0.0.1/', 'https://169.254.169.254/', 'https://[fd00:ec2::254]/', 'https://100.100.100.200/', 'https://[::ffff:10.0.0.1]/', 'https://0.0.0.0/', 'https://[fe80::1]/']) {
      expect(webhookUrlProblem(url, PRIVATE_NET), url).not.toBeNull();
    }
  });

  it('refuses names for this machine other than the development hosts', () => {
    for (const url of ['https://localhost/', 'https://foo.localhost/', 'https://localhost./']) {
      expect(webhookUrlProblem(url, PROD), url).toMatch(/points to this machine/);
    }
    expect(webhookUrlProblem('https://foo.localhost/', DEV)).toMatch(/points to this machine/);
  });

  it('limits ports to 443 and 80 plus the operator list (any port for the development hosts)', () => {
    expect(webhookUrlProblem('https://example.com:8443/', PROD)).toBe("The URL's port must be 443 or 80.");
    expect(webhookUrlProblem('https://example.com:8443/', { ...PROD, extraPorts: [8443] })).toBeNull();
    expect(webhookUrlProblem('https://example.com:22/', { ...PROD, extraPorts: [8443] })).toBe("The URL's port must be 443 or 80, 8443.");
    expect(webhookUrlProblem('http://127.0.0.1:6379/', DEV)).toBeNull();
  });

  it('refuses user info, fragments, invisible characters and what does not parse', () => {
    expect(webhookUrlProblem('https://user:pass@example.com/', PROD)).toMatch(/user name or password/);
    expect(webhookUrlProblem('https://user@example.com/', PROD)).toMatch(/user name or password/);
    // Starts like a development host, is really example.com with a user name.
    expect(webhookUrlProblem('http://localhost:80@example.com/', DEV)).not.toBeNull();
    expect(webhookUrlProblem('https://example.com/#x', PROD)).toMatch(/fragment/);
    expect(webhookUrlProblem('https://example.com/#', PROD)).toMatch(/fragment/);
    expect(webhookUrlProblem('https://exa\tmple.com/', PROD)).toMatch(/spaces or control characters/);
    expect(webhookUrlProblem(' https://example.com/', PROD)).toMatch(/spaces or control characters/);
    expect(webhookUrlProblem('not a url', PROD)).not.toBeNull();
    expect(webhookUrlProblem('//example.com/', PROD)).toBe('The URL is not a valid absolute URL.');
    expect(webhookUrlProblem(`https://example.com/${'a'.repeat(2100)}`, PROD)).toMatch(/at most 2048/);
  });
});

describe('resolveWebhookTarget: every address the host resolves to', () => {
  it('returns the address to connect to for a public name', async () => {
    expect(await resolveWebhookTarget(new URL('https://hooks.example.com/'), PROD, answering(PUBLIC))).toEqual({ address: PUBLIC, family: 4 });
    expect(await resolveWebhookTarget(new URL('https://hooks.example.com/'), PROD, answering('2606:4700::1111'))).toEqual({ address: '2606:4700::1111', family: 6 });
  });

  it('refuses a name resolving to a private address, unless the operator allows private networks', async () => {
    expect(await refusal('https://intranet.example.com/', PROD, answering('10.1.2.3'))).toBe('resolves to a private network address');
    expect(await resolveWebhookTarget(new URL('https://intranet.example.com/'), PRIVATE_NET, answering('10.1.2.3'))).toEqual({ address: '10.1.2.3', family: 4 });
  });

  it('refuses a name when any of its addresses is forbidden', async () => {
    expect(await refusal('https://mixed.example.com/', PROD, answering(PUBLIC, '10.1.2.3'))).toBe('resolves to a private network address');
    expect(await refusal('https://mixed.example.com/', PRIVATE_NET, answering(PUBLIC, '169.254.169.254'))).toBe('resolves to a cloud metadata address');
  });

  it('keeps loopback, link-local, metadata and mapped addresses refused under allowPrivate', async () => {
    for (const [address, words] of [['127.0.0.1', 'loopback'], ['169.254.10.10', 'link-local'], ['fe80::1', 'link-local'], ['169.254.169.254', 'cloud metadata'], ['fd00:ec2::254', 'cloud metadata'], ['::ffff:10.0.0.1', 'IPv4-mapped'], ['0.0.0.0', 'unspecified'], ['224.0.0.1', 'multicast'], ['64:ff9b::a00:1', 'NAT64']] as const) {
      expect(await refusal('https://evil.example.com/', PRIVATE_NET, answering(address)), address).toMatch(words);
    }
  });

  it('refuses a name resolving to loopback even under allowLocalhost (ip6-localhost from /etc/hosts)', async () => {
    expect(await refusal('https://ip6-localhost/', DEV, answering('::1'))).toBe('resolves to a loopback address');
    expect(await refusal('https://loopback.example.com/', DEV, answering('127.0.0.1'))).toBe('resolves to a loopback address');
    // The real resolver, for the name every system has.
    expect(await refusal('https://localhost/', PROD)).toBe('resolves to a loopback address');
  });

  it('allows the development hosts under allowLocalhost, only to this machine', async () => {
    expect(await resolveWebhookTarget(new URL('http://127.0.0.1:3000/'), DEV)).toEqual({ address: '127.0.0.1', family: 4 });
    expect(await resolveWebhookTarget(new URL('http://[::1]:3000/'), DEV)).toEqual({ address: '::1', family: 6 });
    expect(await resolveWebhookTarget(new URL('http://localhost:3000/'), DEV, answering('::1', '127.0.0.1'))).toEqual({ address: '::1', family: 6 });
    expect(await refusal('http://localhost:3000/', DEV, answering('127.0.0.1', '10.0.0.1'))).toBe('resolves to a private network address');
    expect(await refusal('http://127.0.0.1:3000/', PROD)).toBe('is a loopback address');
  });

  it('refuses IP literals in every spelling the URL parser accepts', async () => {
    for (const url of ['https://2130706433/', 'https://0x7f.0.0.1/', 'https://127.1/', 'https://[::ffff:127.0.0.1]/', 'https://[::ffff:7f00:1]/', 'https://10.0.0.1/', 'https://169.254.169.254/']) {
      expect(await refusal(url, PROD, answering(PUBLIC)), url).toMatch(/^is an? /);
    }
  });
});

describe('postWebhook refuses before connecting', () => {
  const post = (url: string, policy: TargetPolicy, lookup?: LookupAll) => postWebhook(url, {}, '{}', { policy, timeoutMs: 2000, lookup });

  it('refuses the URLs webhookUrlProblem refuses, with the reason after the code', async () => {
    // Under allowLocalhost too: http://127.1 and its kin are not the development hosts as written.
    for (const url of ['http://10.0.0.1', 'http://192.168.1.1', 'http://169.254.169.254/latest/meta-data', 'http://[::ffff:127.0.0.1]', 'http://[::ffff:7f00:1]', 'http://2130706433', 'http://0x7f.0.0.1', 'http://127.1', 'http://example.com/', 'https://example.com:8443/', 'https://user:pass@example.com/']) {
      const lookup = answering(PUBLIC);
      const outcome = await post(url, DEV, lookup);
      expect(outcome, url).toMatchObject({ statusCode: null, excerpt: null });
      expect(outcome.error, url).toBe(`address_refused: ${webhookUrlProblem(url, DEV)}`);
      expect(lookup.calls, url).toBe(0);
    }
  });

  it('refuses names resolving to forbidden addresses, asking DNS once', async () => {
    const cases: [string, TargetPolicy, LookupAll & { calls: number }, string][] = [
      ['https://ip6-localhost/', DEV, answering('::1'), 'address_refused: resolves to a loopback address'],
      ['https://intranet.example.com/', PROD, answering('10.1.2.3'), 'address_refused: resolves to a private network address'],
      ['https://mixed.example.com/', PROD, answering(PUBLIC, '192.168.0.10'), 'address_refused: resolves to a private network address'],
      ['https://metadata.example.com/', PRIVATE_NET, answering('169.254.169.254'), 'address_refused: resolves to a cloud metadata address'],
    ];
    for (const [url, policy, lookup, error] of cases) {
      expect(await post(url, policy, lookup), url).toMatchObject({ statusCode: null, excerpt: null, error });
      expect(lookup.calls, url).toBe(1);
    }
  });
});

describe('host-guard', () => {
  it('counts public IPv4 addresses as public (the IPv4-mapped range does not swallow them)', () => {
    for (const address of [PUBLIC, '8.8.8.8', '1.1.1.1', '172.32.0.1', '2606:4700::1111']) expect(isPrivateAddress(address), address).toBe(false);
    for (const address of ['10.0.0.1', '127.0.0.1', '169.254.169.254', '100.64.0.1', '::1', 'fc00::1', '::ffff:8.8.8.8', 'not an address']) expect(isPrivateAddress(address), address).toBe(true);
  });
});
