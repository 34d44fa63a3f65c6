import { BlockList, isIP } from 'node:net';
import { lookup } from 'node:dns/promises';

/**
 * The kinds of address a customer-supplied host must never make us reach: our own network and
 * cloud metadata. Checked in this order, so the narrow metadata ranges win over the wider ones
 * holding them (169.254.169.254 is link-local, fd00:ec2::/32 is in fc00::/7, Alibaba's
 * 100.100.100.200 is in the CGNAT range). IPv4-mapped IPv6 (::ffff:0:0/96) and NAT64 are refused
 * whole: they reach IPv4 addresses by another spelling. Any kind makes isPrivateAddress true;
 * 'private' is the one an operator may allow for its own network.
 */
export type AddressKind =
  | 'metadata' | 'loopback' | 'link-local' | 'unspecified' | 'multicast' | 'reserved'
  | 'ipv4-mapped' | 'nat64' | 'private';

const RANGES: readonly (readonly [AddressKind, string, number, 'ipv4' | 'ipv6'])[] = [
  ['metadata', '169.254.169.254', 32, 'ipv4'], ['metadata', '100.100.100.200', 32, 'ipv4'], ['metadata', 'fd00:ec2::', 32, 'ipv6'],
  ['loopback', '127.0.0.0', 8, 'ipv4'], ['loopback', '::1', 128, 'ipv6'],
  ['link-local', '169.254.0.0', 16, 'ipv4'], ['link-local', 'fe80::', 10, 'ipv6'],
  ['unspecified', '0.0.0.0', 8, 'ipv4'], ['unspecified', '::', 128, 'ipv6'],
  ['multicast', '224.0.0.0', 4, 'ipv4'], ['multicast', 'ff00::', 8, 'ipv6'],
  ['reserved', '192.0.0.0', 24, 'ipv4'], ['reserved', '198.18.0.0', 15, 'ipv4'], ['reserved', '240.0.0.0', 4, 'ipv4'],
  ['ipv4-mapped', '::ffff:0:0', 96, 'ipv6'], ['nat64', '64:ff9b::', 96, 'ipv6'],
  // RFC 1918, unique local IPv6 and carrier-grade NAT: an operator may allow these (private networks).
  ['private', '10.0.0.0', 8, 'ipv4'], ['private', '172.16.0.0', 12, 'ipv4'], ['private', '192.168.0.0', 16, 'ipv4'],
  ['private', '100.64.0.0', 10, 'ipv4'], ['private', 'fc00::', 7, 'ipv6'],
];
const KINDS = RANGES.map(([kind, net, prefix, type]) => {
  const list = new BlockList();
  list.addSubnet(net, prefix, type);
  return [kind, list, type] as const;
});

/** The kind of a non-public address, or null for a public one (and 'unspecified' for a non-address). */
export function addressKind(address: string): AddressKind | null {
  const family = isIP(address);
  if (family === 0) return 'unspecified';
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const [kind, list, rangeType] of KINDS) {
    // BlockList matches across families through the IPv4-mapped form, so ::ffff:0:0/96 would hold
    // every IPv4 address: each address meets the rules of its own family only (and a mapped
    // address is 'ipv4-mapped' whatever it maps to, refused even where its IPv4 form is allowed).
    if (rangeType === type && list.check(address, type)) return kind;
  }
  return null;
}

export function isPrivateAddress(address: string): boolean {
  return addressKind(address) !== null;
}

export class HostRefusedError extends Error {}

/**
 * Resolves a customer-supplied host and returns the address to connect to. Refuses hosts that
 * resolve (even partly) to private, loopback, link-local or metadata addresses unless allowed.
 * Connecting to the returned address, not the name, closes the DNS-rebinding gap.
 */
export async function resolvePublicHost(host: string, allowPrivate: boolean): Promise<string> {
  let addresses: { address: string }[];
  try {
    addresses = isIP(host) ? [{ address: host }] : await lookup(host, { all: true });
  } catch {
    throw new HostRefusedError('does not resolve');
  }
  if (addresses.length === 0) throw new HostRefusedError('does not resolve');
  if (!allowPrivate && addresses.some((a) => isPrivateAddress(a.address))) {
    throw new HostRefusedError('resolves to a private or loopback address, which is not allowed');
  }
  return addresses[0]!.address;
}
