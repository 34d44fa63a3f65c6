import { BlockList, isIP } from 'node:net';
import { parseProxyEntry } from '../security/proxy-entry';

/** The socket peer of a request served by node:http (Yoga's server context carries the socket). */
export function peerAddress(serverContext: unknown): string {
  const req = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)?.req;
  return req?.socket?.remoteAddress ?? 'local';
}

/** An address as written in a header or by the socket, without brackets, port or IPv4-mapped prefix; null if it is none. */
function normalize(raw: string): string | null {
  let a = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':')); // 203.0.113.9:51234, as some balancers write it
  if (isIP(a) === 0) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  return mapped ? mapped[1]! : a.toLowerCase();
}

/**
 * Which address a request's per-address budgets (anonymous requests, failed authentications)
 * count by. Behind a load balancer every client arrives from the balancer's address, so when
 * the socket peer is a configured trusted proxy the client is read from `X-Forwarded-For`: the
 * right-most hop that is not itself a trusted proxy (hops to its left were written by the
 * client and prove nothing). From any other peer the header is ignored, so a client cannot
 * choose its own bucket.
 */
export class ClientAddresses {
  private readonly trusted: BlockList | undefined;

  constructor(trustedProxies: readonly string[]) {
    if (trustedProxies.length === 0) return;
    this.trusted = new BlockList();
    for (const entry of trustedProxies) {
      const p = parseProxyEntry(entry);
      if (!p) throw new Error(`not an address or CIDR block: ${entry}`);
      this.trusted.addSubnet(p.address, p.prefix, p.family);
    }
  }

  of(peer: string, forwardedFor: string | null): string {
    const socket = normalize(peer) ?? peer;
    if (!this.isTrusted(socket) || !forwardedFor) return socket;
    const hops = forwardedFor.split(',');
    let client = socket;
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = normalize(hops[i]!);
      // Not an address: nothing further left can be trusted; the last trusted hop stands for the client.
      if (!hop) break;
      client = hop;
      if (!this.isTrusted(hop)) break;
    }
    return client;
  }

  private isTrusted(address: string): boolean {
    if (!this.trusted) return false;
    const version = isIP(address);
    return version !== 0 && this.trusted.check(address, version === 4 ? 'ipv4' : 'ipv6');
  }
}
