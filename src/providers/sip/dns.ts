import { lookup, Resolver } from 'node:dns/promises';

/** Why a trunk's domain gave no address to connect to. */
export type SipDnsFailure =
  /** The name has no A/AAAA record (NXDOMAIN or no data); `srv` lists SIP SRV targets it does have. */
  | { kind: 'no_record'; srv: string[] }
  /** The resolver could not give an answer (timeout, SERVFAIL): no verdict on the name. */
  | { kind: 'failed'; code: string };

const NO_RECORD = new Set(['ENOTFOUND', 'ENODATA', 'NXDOMAIN']);

// RFC 3263 §4.1: where a domain publishes its SIP servers, by transport.
const SRV_NAMES = { udp: '_sip._udp', tcp: '_sip._tcp', tls: '_sips._tcp' } as const;

/**
 * Says why `host` does not resolve, after the host guard found no address for it; undefined when
 * it does resolve now (the guard refused it for where it points, not for DNS). The trunk is
 * dialled by address, never through SRV or NAPTR, so SRV is only read to tell the customer which
 * host to enter when the domain they gave is a SIP domain with no address of its own.
 */
export async function diagnoseDns(host: string): Promise<SipDnsFailure | undefined> {
  try {
    await lookup(host, { all: true });
    return undefined;
  } catch (err) {
    const code = (err as { code?: string }).code ?? 'unknown';
    if (!NO_RECORD.has(code)) return { kind: 'failed', code };
  }
  // A hint only: one short try each, so a slow resolver does not hold the test up.
  const resolver = new Resolver({ timeout: 1_500, tries: 1 });
  const srv = await Promise.all(
    Object.values(SRV_NAMES).map((name) => resolver.resolveSrv(`${name}.${host}`).then(
      (records) => records.map((r) => `${name}: ${r.name}:${r.port}`),
      () => [],
    )),
  );
  return { kind: 'no_record', srv: srv.flat().slice(0, 6) };
}
