import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { addressKind, type AddressKind } from '../security/host-guard';

/**
 * Where a customer's webhook endpoint may point. Two checks: `webhookUrlProblem` reads the URL
 * alone (at create/patch, and again before each POST, as the policy may have changed since), and
 * `resolveWebhookTarget` resolves the host and checks every address it resolves to; the POST then
 * connects to the address checked (webhook-post.ts), so a second DNS answer cannot move it.
 */
export interface TargetPolicy {
  /** http:// and any port to the development hosts `localhost`, `127.0.0.1`, `[::1]` (as written). */
  allowLocalhost: boolean;
  /** RFC 1918, unique local IPv6 (fc00::/7) and carrier-grade NAT addresses (an operator's private network). */
  allowPrivate: boolean;
  /** Ports allowed besides 443 and 80. */
  extraPorts: readonly number[];
}

/** Resolves every address of a host name (dns.lookup with `all: true`); injectable for tests. */
export type LookupAll = (host: string) => Promise<{ address: string; family: number }[]>;

/** The host is refused by the policy; the message is a sentence fit for the endpoint's owner. */
export class TargetRefusedError extends Error {}

/** The host does not resolve (or resolves to nothing): there is nothing to connect to. */
export class TargetUnresolvedError extends TargetRefusedError {}

const MAX_URL_LENGTH = 2048;
const DEFAULT_PORTS = [443, 80];
const DEV_HOSTS = 'localhost, 127.0.0.1 and [::1]';
/** The development hosts exactly as a user writes them: `http://127.1` reaches 127.0.0.1 too, but is not one. */
const DEV_HOST_AS_WRITTEN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(?=[:/?]|$)/i;
/** WHATWG URL parsing silently drops tabs and newlines and trims spaces and controls: refuse them instead. */
const INVISIBLE = /[\u0000-\u0020\u007f]/;

/** The ranges an operator's private network may use (TRUNKLINE_WEBHOOK_ALLOW_PRIVATE). */
const PRIVATE_KINDS: readonly AddressKind[] = ['private'];

const KIND_WORDS: Record<AddressKind, string> = {
  metadata: 'a cloud metadata address',
  loopback: 'a loopback address',
  'link-local': 'a link-local address',
  unspecified: 'an unspecified address',
  multicast: 'a multicast address',
  reserved: 'a reserved address',
  'ipv4-mapped': 'an IPv4-mapped IPv6 address',
  nat64: 'a NAT64 address',
  private: 'a private network address',
};

const bare = (hostname: string) => (hostname.startsWith('[') ? hostname.slice(1, -1) : hostname);
/** A development host by its (parsed) name; webhookUrlProblem also requires it written so. */
const isDevHost = (hostname: string) => ['localhost', '127.0.0.1', '::1'].includes(bare(hostname).toLowerCase());

/** Why an address may not be reached under the policy, or null when it may. */
function addressRefusal(address: string, policy: TargetPolicy): string | null {
  const kind = addressKind(address);
  if (kind === null || (policy.allowPrivate && PRIVATE_KINDS.includes(kind))) return null;
  return KIND_WORDS[kind];
}

function isLocalhostName(hostname: string): boolean {
  const name = hostname.replace(/\.$/, '').toLowerCase();
  return name === 'localhost' || name.endsWith('.localhost');
}

export function webhookUrlProblem(url: string, policy: TargetPolicy): string | null {
  if (url.length > MAX_URL_LENGTH) return `The URL must be at most ${MAX_URL_LENGTH} characters long.`;
  if (INVISIBLE.test(url)) return 'The URL must not contain spaces or control characters.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'The URL is not a valid absolute URL.';
  }
  const dev = policy.allowLocalhost && DEV_HOST_AS_WRITTEN.test(url) && isDevHost(parsed.hostname);
  const httpsOnly = policy.allowLocalhost
    ? `The URL must use https:// (http:// is allowed only to ${DEV_HOSTS}, for development).`
    : 'The URL must use https://.';
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return httpsOnly;
  if (parsed.protocol === 'http:' && !dev) return httpsOnly;
  if (parsed.username !== '' || parsed.password !== '') return 'The URL must not contain a user name or password.';
  // An empty fragment (`…/#`) parses to hash '' but is still serialised.
  if (parsed.hash !== '' || parsed.href.includes('#')) return 'The URL must not contain a fragment (#…).';
  if (dev) return null;

  const port = parsed.port === '' ? (parsed.protocol === 'https:' ? 443 : 80) : Number(parsed.port);
  if (!DEFAULT_PORTS.includes(port) && !policy.extraPorts.includes(port)) {
    const extra = policy.extraPorts.length ? `, ${policy.extraPorts.join(', ')}` : '';
    return `The URL's port must be 443 or 80${extra}.`;
  }
  const host = bare(parsed.hostname);
  if (isIP(host) !== 0) {
    // The parser has already turned 2130706433, 0x7f.1 and 127.1 into dotted quads.
    const refusal = addressRefusal(host, policy);
    if (refusal) {
      return policy.allowLocalhost && refusal === KIND_WORDS.loopback
        ? `The URL's host is ${refusal}; for development, write the host as ${DEV_HOSTS}.`
        : `The URL's host is ${refusal}, which webhooks may not reach.`;
    }
  } else if (isLocalhostName(host)) {
    return policy.allowLocalhost
      ? `The URL's host points to this machine; for development, write the host as ${DEV_HOSTS}.`
      : "The URL's host points to this machine, which webhooks may not reach.";
  }
  return null;
}

const systemLookup: LookupAll = (host) => dnsLookup(host, { all: true });

/**
 * Resolves the URL's host and returns the one address to connect to, after checking every
 * address the host resolves to: one forbidden address refuses the host (a name with a public and
 * a private address could be made to land on either). The development hosts are allowed (under
 * allowLocalhost) by name here, as the URL object no longer says how the host was written:
 * webhookUrlProblem refuses the other spellings first.
 */
export async function resolveWebhookTarget(url: URL, policy: TargetPolicy, lookup: LookupAll = systemLookup): Promise<{ address: string; family: 4 | 6 }> {
  const host = bare(url.hostname);
  const literal = isIP(host);
  const dev = policy.allowLocalhost && isDevHost(host);
  let addresses: { address: string; family: number }[];
  if (literal !== 0) {
    addresses = [{ address: host, family: literal }];
  } else {
    try {
      addresses = await lookup(host);
    } catch {
      throw new TargetUnresolvedError('does not resolve');
    }
    if (addresses.length === 0) throw new TargetUnresolvedError('does not resolve');
  }
  for (const { address } of addresses) {
    // localhost under the development exception: only to this machine, wherever it resolves.
    if (dev && addressKind(address) === 'loopback') continue;
    const refusal = addressRefusal(address, policy);
    if (refusal) throw new TargetRefusedError(literal !== 0 ? `is ${refusal}` : `resolves to ${refusal}`);
  }
  const first = addresses[0]!;
  return { address: first.address, family: isIP(first.address) === 6 ? 6 : 4 };
}
