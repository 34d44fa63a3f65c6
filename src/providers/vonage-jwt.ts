import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, sign } from 'node:crypto';

/**
 * Vonage's Voice API authenticates with a JWT its application's private key signs (calls.md §4.1):
 * RS256, header {typ: JWT, alg: RS256}, claims application_id, iat, jti (a UUID v4), exp.
 * node:crypto signs it (RSASSA-PKCS1-v1_5 with SHA-256, what RS256 is); no JWT library needed.
 */
const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** How long one token lives: each call creation makes its own, so a short life is enough. */
const TOKEN_SECONDS = 300;

export function vonageApiJwt(applicationId: string, privateKeyPem: string, nowMs = Date.now()): string {
  const iat = Math.floor(nowMs / 1000);
  const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'RS256' }));
  const claims = base64url(JSON.stringify({ application_id: applicationId, iat, jti: randomUUID(), exp: iat + TOKEN_SECONDS }));
  const signature = sign('sha256', Buffer.from(`${header}.${claims}`), createPrivateKey(privateKeyPem));
  return `${header}.${claims}.${base64url(signature)}`;
}

/**
 * A key pair for a Vonage application, made here: the application is created with its public
 * key, so the private key never crosses the network (Vonage returns a private key only when it
 * made the pair itself).
 */
export function newApplicationKeys(): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** Whether a PEM private key reads as one (a corrupted secret fails here, not at Vonage). */
export function isPrivateKey(pem: string): boolean {
  try {
    createPublicKey(createPrivateKey(pem));
    return true;
  } catch {
    return false;
  }
}
