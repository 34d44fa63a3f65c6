/**
 * Why a trunk could not be spoken to, as the transport saw it. Kept apart from "did not answer"
 * so that a certificate problem is never reported as a firewall problem: each has its own fix.
 */
export type TlsFailureReason = 'untrusted_ca' | 'hostname_mismatch' | 'expired' | 'not_yet_valid' | 'handshake_failed';

export type SipConnectFailure =
  /** Nothing came back within the bound: a firewall, a wrong address, or a trunk that is down. */
  | { kind: 'no_answer' }
  /** The host refused: nothing listens on that port over that transport (TCP RST, ICMP port unreachable). */
  | { kind: 'refused' }
  /** A TCP connection was made, but TLS could not be set up over it. */
  | { kind: 'tls'; reason: TlsFailureReason; message: string };

// OpenSSL's verify results (X509_V_ERR_*) for a chain that ends in no authority we trust.
const UNTRUSTED = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'CERT_UNTRUSTED', 'CERT_CHAIN_TOO_LONG',
]);

/** The certificate a name-mismatch error carries (node attaches it): its public names only. */
interface NamedCertificate {
  subject?: { CN?: string | string[] };
  subjectaltname?: string;
}

/** Which names the certificate does hold, so the customer can enter one of them. */
function namesIn(cert: NamedCertificate | undefined): string {
  const cn = [cert?.subject?.CN ?? []].flat().join(', ');
  return cert?.subjectaltname ? `it names ${cert.subjectaltname}` : cn ? `it names CN=${cn}` : '';
}

/** Names what went wrong in a TLS handshake from node's error (its `code` is OpenSSL's verify result). */
export function classifyTlsError(err: unknown): SipConnectFailure {
  const e = err as { code?: string; message?: string; reason?: string; cert?: NamedCertificate } | undefined;
  const code = e?.code ?? '';
  const reason: TlsFailureReason = UNTRUSTED.has(code)
    ? 'untrusted_ca'
    : code === 'ERR_TLS_CERT_ALTNAME_INVALID'
      ? 'hostname_mismatch'
      : code === 'CERT_HAS_EXPIRED'
        ? 'expired'
        : code === 'CERT_NOT_YET_VALID'
          ? 'not_yet_valid'
          : 'handshake_failed';
  // node's messages and a certificate's public fields, never a secret; cut short for a check detail.
  const said = (e?.reason ?? e?.message ?? 'the TLS handshake failed').replace(/[:\s]+$/, '');
  const message = [said, reason === 'hostname_mismatch' ? namesIn(e?.cert) : ''].filter(Boolean).join('; ').slice(0, 300);
  return { kind: 'tls', reason, message };
}

/**
 * Whether an error from connecting (not from TLS) says the host refused outright. Only a refusal:
 * "unreachable" errors are also what a filtering firewall sends, so they stay "no answer".
 */
export const isRefusal = (err: unknown) => (err as { code?: string } | undefined)?.code === 'ECONNREFUSED';
