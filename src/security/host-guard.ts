import { BlockList, isIP } from 'node:net';
import { lookup } from 'node:dns/promises';

/** Addresses a customer-supplied host must never make us reach: our own network and cloud metadata. */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['::ffff:0:0', 96], ['64:ff9b::', 96], ['fd00:ec2::', 32]] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
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
