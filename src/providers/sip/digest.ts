import { createHash, randomBytes } from 'node:crypto';

/**
 * HTTP Digest as SIP uses it (RFC 3261 §22, RFC 2617, RFC 7616, RFC 8760): the algorithms MD5,
 * SHA-256 and their -sess forms, with `qop=auth`, `qop=auth-int` (empty bodies) or no qop.
 * The password only ever enters a hash; it never leaves in a header.
 */

export type DigestAlgorithm = 'MD5' | 'MD5-sess' | 'SHA-256' | 'SHA-256-sess';
const ALGORITHMS: readonly DigestAlgorithm[] = ['SHA-256', 'SHA-256-sess', 'MD5', 'MD5-sess'];

export interface DigestChallenge {
  realm: string;
  nonce: string;
  algorithm: string;
  /** The qop options the server offered (`auth`, `auth-int`), empty for none. */
  qop: string[];
  opaque?: string;
  stale: boolean;
}

/** Splits `k=v, k="quoted, with comma"` into its parameters (names lowercased). */
export function parseAuthParams(text: string): Record<string, string> {
  const params: Record<string, string> = Object.create(null);
  const re = /\s*([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*(?:,|$)/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m[0] !== '') {
    params[m[1]!.toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]!;
  }
  return params;
}

/** One WWW-Authenticate / Proxy-Authenticate header value, if it is a Digest challenge. */
export function parseChallenge(header: string): DigestChallenge | undefined {
  const m = /^\s*Digest\s+(.*)$/is.exec(header);
  if (!m) return undefined;
  const p = parseAuthParams(m[1]!);
  if (p.realm === undefined || p.nonce === undefined) return undefined;
  return {
    realm: p.realm,
    nonce: p.nonce,
    algorithm: p.algorithm ?? 'MD5',
    qop: (p.qop ?? '').split(',').map((q) => q.trim().toLowerCase()).filter(Boolean),
    ...(p.opaque !== undefined && { opaque: p.opaque }),
    stale: (p.stale ?? '').toLowerCase() === 'true',
  };
}

const supported = (c: DigestChallenge) => ALGORITHMS.find((a) => a.toLowerCase() === c.algorithm.toLowerCase());

/**
 * The challenge to answer among those a response carries: the strongest algorithm we support
 * (RFC 8760 §2.4: servers list SHA-256 first, clients take the one they prefer), one with a qop
 * we can do. Undefined when none can be answered.
 */
export function pickChallenge(challenges: DigestChallenge[]): DigestChallenge | undefined {
  const usable = challenges.filter((c) => supported(c) && (c.qop.length === 0 || c.qop.includes('auth') || c.qop.includes('auth-int')));
  return usable.sort((a, b) => ALGORITHMS.indexOf(supported(a)!) - ALGORITHMS.indexOf(supported(b)!))[0];
}

function hash(algorithm: DigestAlgorithm, text: string): string {
  return createHash(algorithm.startsWith('SHA-256') ? 'sha256' : 'md5').update(text, 'utf8').digest('hex');
}

export interface DigestInput {
  method: string;
  uri: string;
  username: string;
  password: string;
  algorithm: DigestAlgorithm;
  realm: string;
  nonce: string;
  /** `auth`, `auth-int` or undefined for the RFC 2069 form. */
  qop?: 'auth' | 'auth-int';
  nc?: string;
  cnonce?: string;
  /** The message body, for auth-int. */
  body?: string;
}

/** The `response` value: KD(H(A1), nonce[:nc:cnonce:qop]:H(A2)). */
export function digestResponse(d: DigestInput): string {
  let ha1 = hash(d.algorithm, `${d.username}:${d.realm}:${d.password}`);
  if (d.algorithm.endsWith('-sess')) ha1 = hash(d.algorithm, `${ha1}:${d.nonce}:${d.cnonce ?? ''}`);
  const a2 = d.qop === 'auth-int' ? `${d.method}:${d.uri}:${hash(d.algorithm, d.body ?? '')}` : `${d.method}:${d.uri}`;
  const ha2 = hash(d.algorithm, a2);
  return d.qop
    ? hash(d.algorithm, `${ha1}:${d.nonce}:${d.nc}:${d.cnonce}:${d.qop}:${ha2}`)
    : hash(d.algorithm, `${ha1}:${d.nonce}:${ha2}`);
}

const quote = (v: string) => `"${v.replace(/["\\]/g, '\\$&')}"`;

/**
 * The Authorization / Proxy-Authorization value answering `challenge` for one request.
 * `nc` counts the requests made with this nonce (1 for the first).
 */
export function authorizationFor(
  challenge: DigestChallenge,
  request: { method: string; uri: string },
  credentials: { username: string; password: string },
  nc = 1,
): string {
  const algorithm = supported(challenge)!;
  const qop = challenge.qop.includes('auth') ? 'auth' : challenge.qop.includes('auth-int') ? 'auth-int' : undefined;
  const ncText = nc.toString(16).padStart(8, '0');
  const cnonce = randomBytes(12).toString('hex');
  const response = digestResponse({ ...request, ...credentials, algorithm, realm: challenge.realm, nonce: challenge.nonce, qop, nc: ncText, cnonce });
  const parts = [
    `username=${quote(credentials.username)}`,
    `realm=${quote(challenge.realm)}`,
    `nonce=${quote(challenge.nonce)}`,
    `uri=${quote(request.uri)}`,
    `response=${quote(response)}`,
    `algorithm=${algorithm}`,
    ...(qop ? [`qop=${qop}`, `nc=${ncText}`, `cnonce=${quote(cnonce)}`] : []),
    ...(challenge.opaque !== undefined ? [`opaque=${quote(challenge.opaque)}`] : []),
  ];
  return `Digest ${parts.join(', ')}`;
}
