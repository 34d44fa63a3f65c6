import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export class SealError extends Error {}

interface RingKey {
  id: string;
  key: Buffer;
}

/**
 * AES-256-GCM key ring. The newest key seals; every key in the ring opens. A sealed value is
 * `v1.<keyId>.<nonce>.<ciphertext+tag>` (base64url), and its associated data binds it to the row
 * it belongs to, so a ciphertext copied to another row does not open.
 */
export class KeyRing {
  private readonly keys: RingKey[];
  /** HMAC key for credential fingerprints, derived from the ring, never stored. */
  readonly fingerprintKey: Buffer;
  private readonly derived = new Map<string, Buffer[]>();

  constructor(keys: RingKey[]) {
    if (keys.length === 0) throw new SealError('the key ring is empty');
    for (const k of keys) if (k.key.length !== 32) throw new SealError(`key ${k.id} is not 32 bytes`);
    this.keys = keys;
    this.fingerprintKey = Buffer.from(hkdfSync('sha256', keys[0]!.key, Buffer.alloc(0), 'trunkline credential fingerprint', 32));
  }

  /** Parses `id:base64key,id:base64key…`, newest first. */
  static parse(spec: string): KeyRing {
    return new KeyRing(
      spec.split(',').map((entry) => {
        const [id, b64] = entry.trim().split(':');
        if (!id || !b64) throw new SealError('key entries look like id:base64key');
        return { id, key: Buffer.from(b64, 'base64') };
      }),
    );
  }

  static generateEntry(id = `k${Date.now().toString(36)}`): string {
    return `${id}:${randomBytes(32).toString('base64')}`;
  }

  get newestKeyId(): string {
    return this.keys[0]!.id;
  }

  seal(plaintext: string, associatedData: string): string {
    const { id, key } = this.keys[0]!;
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(Buffer.from(associatedData));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return [VERSION, id, nonce.toString('base64url'), body.toString('base64url')].join('.');
  }

  open(sealed: string, associatedData: string): string {
    const parts = sealed.split('.');
    if (parts.length !== 4 || parts[0] !== VERSION) throw new SealError('not a sealed value');
    const ringKey = this.keys.find((k) => k.id === parts[1]);
    if (!ringKey) throw new SealError(`sealed with key ${parts[1]}, which is not in the ring`);
    const nonce = Buffer.from(parts[2]!, 'base64url');
    const body = Buffer.from(parts[3]!, 'base64url');
    if (nonce.length !== NONCE_BYTES || body.length < TAG_BYTES) throw new SealError('malformed sealed value');
    try {
      const decipher = createDecipheriv('aes-256-gcm', ringKey.key, nonce);
      decipher.setAAD(Buffer.from(associatedData));
      decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
      return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new SealError('sealed value does not open: tampered, or bound to another row');
    }
  }

  sealedWithNewest(sealed: string): boolean {
    return sealed.split('.')[1] === this.newestKeyId;
  }

  /** Keyed fingerprint of a canonical string (credentials): equal inputs, equal fingerprints. */
  fingerprint(canonical: string): string {
    return createHmac('sha256', this.fingerprintKey).update(canonical).digest('hex');
  }

  /**
   * Keyed digests of `data` for one purpose (an HKDF info string), one per ring key, newest
   * first: store the first, accept any, so rotating the ring does not orphan what an older key
   * keyed. The HMAC keys are derived from the ring, never stored.
   */
  digests(purpose: string, data: string): string[] {
    let keys = this.derived.get(purpose);
    if (!keys) this.derived.set(purpose, (keys = this.keys.map((k) => Buffer.from(hkdfSync('sha256', k.key, Buffer.alloc(0), purpose, 32)))));
    return keys.map((key) => createHmac('sha256', key).update(data).digest('hex'));
  }
}

/** What a connection's sealed credentials are bound to. */
export function credentialsAssociatedData(organizationId: number, connectionId: number, provider: string): string {
  return `trunkline:voip_connection:${organizationId}:${connectionId}:${provider}`;
}
