import { isIP } from 'node:net';

/** One TRUNKLINE_TRUSTED_PROXIES entry (`10.0.0.7`, `10.0.0.0/8`, `fd00::/8`), or null when it is neither an address nor a block. */
export function parseProxyEntry(entry: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | null {
  const [address = '', prefix, ...rest] = entry.trim().split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return null;
  const max = version === 4 ? 32 : 128;
  const bits = prefix === undefined ? max : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
  if (!(bits >= 0 && bits <= max)) return null;
  return { address, prefix: bits, family: version === 4 ? 'ipv4' : 'ipv6' };
}
