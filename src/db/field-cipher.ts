/**
 * Encryption at rest: AES-256-GCM per value, with the key id stored beside each ciphertext so keys
 * can rotate (new writes use the first key; older keys still decrypt). Look-ups use an HMAC "blind
 * index" so a channel user id is never stored in plain form.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const FORMAT = 'v1';
/** GCM's recommended nonce length. */
const IV_BYTES = 12;
const KEY_BYTES = 32;
/** GCM's authentication tag. */
const TAG_BYTES = 16;
/** First byte of a binary value: bumped if the layout ever changes. */
const BYTES_FORMAT = 1;
/** IVs drawn from the CSPRNG at once: one call per 1,024 values instead of one per value. */
const IV_POOL_BYTES = IV_BYTES * 1_024;

let ivPool = Buffer.alloc(0);
let ivOffset = 0;

/**
 * A fresh random 96-bit IV per value, cut from a pool of random bytes. Each slice is handed out
 * once and a used pool is never refilled in place (a new one is drawn), so no IV repeats.
 * `randomBytes` per value was a tenth of the encryption's cost.
 */
function freshIv(): Buffer {
  if (ivOffset + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_POOL_BYTES);
    ivOffset = 0;
  }
  const iv = ivPool.subarray(ivOffset, ivOffset + IV_BYTES);
  ivOffset += IV_BYTES;
  return iv;
}

export class DecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecryptionError';
  }
}

export interface DataKey {
  id: string;
  key: Buffer;
}

/** A key id that names a key without revealing it: the first bytes of its SHA-256. */
export function dataKey(key: Buffer): DataKey {
  if (key.length !== KEY_BYTES) throw new Error(`a data key must be ${KEY_BYTES} bytes, got ${key.length}`);
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 8), key };
}

export class FieldCipher {
  private readonly current: DataKey;
  private readonly byId: Map<string, Buffer>;
  private readonly indexKey: Buffer;

  /**
   * @param keys newest first. The last (oldest) key also derives the blind-index key, so look-ups
   *   keep working across a rotation: keep the oldest key in the list.
   */
  constructor(keys: DataKey[]) {
    const [current] = keys;
    const oldest = keys.at(-1);
    if (!current || !oldest) throw new Error('FieldCipher needs at least one key');
    this.current = current;
    this.byId = new Map(keys.map((k) => [k.id, k.key]));
    this.indexKey = Buffer.from(
      hkdfSync('sha256', oldest.key, Buffer.alloc(0), 'hotline blind index', KEY_BYTES),
    );
  }

  /** The ids of the keys it holds, newest first (ids name keys; they never reveal one). */
  keyIds(): string[] {
    return [...this.byId.keys()];
  }

  encrypt(plain: string): string {
    const iv = freshIv();
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${FORMAT}:${this.current.id}:${iv.toString('base64')}:${body.toString('base64')}`;
  }

  decrypt(stored: string): string {
    const [format, keyId, ivText, bodyText] = stored.split(':');
    if (format !== FORMAT || !keyId || !ivText || !bodyText)
      throw new DecryptionError('not an encrypted value');
    const key = this.byId.get(keyId);
    if (!key)
      throw new DecryptionError(`value encrypted with unknown key ${keyId}: add that key to DATA_KEY`);
    const body = Buffer.from(bodyText, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(ivText, 'base64'));
    decipher.setAuthTag(body.subarray(body.length - 16));
    try {
      return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString(
        'utf8',
      );
    } catch (cause) {
      throw new DecryptionError(`value under key ${keyId} failed authentication: ${String(cause)}`);
    }
  }

  encryptJson(value: unknown): string {
    return this.encrypt(JSON.stringify(value));
  }

  decryptJson<T>(stored: string): T {
    return JSON.parse(this.decrypt(stored)) as T;
  }

  /**
   * Binary values (evidence files): `[version 1][key id length][key id][iv][ciphertext][tag]`, so a
   * 20 MB photo is not inflated by base64.
   */
  encryptBytes(plain: Buffer): Buffer {
    const iv = freshIv();
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    const keyId = Buffer.from(this.current.id, 'latin1');
    return Buffer.concat([
      Buffer.from([BYTES_FORMAT, keyId.length]),
      keyId,
      iv,
      cipher.update(plain),
      cipher.final(),
      cipher.getAuthTag(),
    ]);
  }

  decryptBytes(stored: Buffer): Buffer {
    const keyIdLength = stored[1] ?? 0;
    const ivStart = 2 + keyIdLength;
    const bodyStart = ivStart + IV_BYTES;
    if (stored[0] !== BYTES_FORMAT || stored.length < bodyStart + TAG_BYTES)
      throw new DecryptionError('not an encrypted binary value');
    const keyId = stored.subarray(2, ivStart).toString('latin1');
    const key = this.byId.get(keyId);
    if (!key)
      throw new DecryptionError(`value encrypted with unknown key ${keyId}: add that key to DATA_KEY`);
    const decipher = createDecipheriv('aes-256-gcm', key, stored.subarray(ivStart, bodyStart));
    decipher.setAuthTag(stored.subarray(stored.length - TAG_BYTES));
    try {
      return Buffer.concat([
        decipher.update(stored.subarray(bodyStart, stored.length - TAG_BYTES)),
        decipher.final(),
      ]);
    } catch (cause) {
      throw new DecryptionError(`value under key ${keyId} failed authentication: ${String(cause)}`);
    }
  }

  /** Deterministic keyed hash for equality look-ups (same input, same output; not reversible). */
  blindIndex(value: string): string {
    return createHmac('sha256', this.indexKey).update(value).digest('base64url');
  }
}
