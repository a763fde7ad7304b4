import 'server-only';
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';
import { oldKeysFromEnv } from './old-keys';

/**
 * Field-level encryption of personal data at rest (DESIGN, Privacy: "document numbers and other
 * sensitive fields encrypted at rest (AES-256-GCM, key from environment)").
 *
 * Stored format: `v1:<keyId>:<iv b64>:<tag b64>:<ciphertext b64>`. The key id is the first 8 hex
 * characters of SHA-256 of the key, so after a rotation the old key can be found for old values
 * (`createFieldCipher(current, [previous])`). Each value gets a fresh random 96-bit IV.
 *
 * `blindIndex` is a keyed HMAC-SHA256 for equality look-ups (e.g. the same document number on two
 * bookings) without decrypting; its key is derived from the same secret with HKDF under a different
 * label, so the index reveals nothing usable as an encryption key.
 */

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class FieldDecryptionError extends Error {
  constructor(readonly code: 'malformed' | 'unknown-key' | 'tampered') {
    super(`cannot decrypt field: ${code}`);
    this.name = 'FieldDecryptionError';
  }
}

export type FieldCipher = {
  keyId: string;
  encrypt(plaintext: string): string;
  decrypt(stored: string): string;
  blindIndex(value: string): string;
};

type Key = { id: string; bytes: Buffer };

function toKey(base64: string): Key {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length !== 32) throw new Error('a field encryption key must be 32 bytes, base64-encoded');
  return { id: createHash('sha256').update(bytes).digest('hex').slice(0, 8), bytes };
}

export function createFieldCipher(currentKeyBase64: string, previousKeysBase64: string[] = []): FieldCipher {
  const current = toKey(currentKeyBase64);
  const keys = new Map<string, Key>([current, ...previousKeysBase64.map(toKey)].map((k) => [k.id, k]));
  const indexKey = Buffer.from(hkdfSync('sha256', current.bytes, Buffer.alloc(0), 'karvan/blind-index/v1', 32));

  return {
    keyId: current.id,
    encrypt(plaintext) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', current.bytes, iv, { authTagLength: TAG_BYTES });
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [VERSION, current.id, iv.toString('base64'), tag.toString('base64'), ciphertext.toString('base64')].join(':');
    },
    decrypt(stored) {
      const parts = stored.split(':');
      if (parts.length !== 5 || parts[0] !== VERSION) throw new FieldDecryptionError('malformed');
      const [, keyId, ivB64, tagB64, ctB64] = parts as [string, string, string, string, string];
      const key = keys.get(keyId);
      if (!key) throw new FieldDecryptionError('unknown-key');
      const iv = Buffer.from(ivB64, 'base64');
      const tag = Buffer.from(tagB64, 'base64');
      if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new FieldDecryptionError('malformed');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key.bytes, iv, { authTagLength: TAG_BYTES });
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(Buffer.from(ctB64, 'base64')), decipher.final()]).toString('utf8');
      } catch {
        throw new FieldDecryptionError('tampered');
      }
    },
    blindIndex(value) {
      return createHmac('sha256', indexKey).update(value, 'utf8').digest('base64url');
    },
  };
}

/** True when two blind indexes are equal, compared in constant time. */
export function sameBlindIndex(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

let cached: { source: string; cipher: FieldCipher } | undefined;

/** The cipher for DATA_ENCRYPTION_KEY (from the validated environment). */
/** The app's cipher: encrypts with DATA_ENCRYPTION_KEY and, during a rotation, still reads DATA_ENCRYPTION_KEYS_OLD. */
function fieldCipher(): FieldCipher {
  const current = env().DATA_ENCRYPTION_KEY;
  const old = oldKeysFromEnv();
  const source = [current, ...old].join(',');
  if (cached?.source !== source) cached = { source, cipher: createFieldCipher(current, old) };
  return cached.cipher;
}

export const encryptField = (plaintext: string) => fieldCipher().encrypt(plaintext);
export const decryptField = (stored: string) => fieldCipher().decrypt(stored);
export const blindIndex = (value: string) => fieldCipher().blindIndex(value);

/** Document numbers compare without spaces, dashes or case ("ab 12-345" = "AB12345"). */
export function normaliseDocumentNumber(value: string): string {
  return value.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
}
