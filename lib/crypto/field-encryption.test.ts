import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFieldCipher, FieldDecryptionError, normaliseDocumentNumber, sameBlindIndex } from '@/lib/crypto/field-encryption';

const keyA = randomBytes(32).toString('base64');
const keyB = randomBytes(32).toString('base64');

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('field encryption', () => {
  const cipher = createFieldCipher(keyA);

  it('round-trips text, including non-Latin characters and the empty string', () => {
    for (const value of ['AB1234567', 'Əliyev Nərgiz', 'Қазақстан 010203', '', '1990-05-17']) {
      expect(cipher.decrypt(cipher.encrypt(value))).toBe(value);
    }
  });

  it('writes v1:<keyId>:<iv>:<tag>:<ciphertext> with a 96-bit IV and the key id of the key', () => {
    const stored = cipher.encrypt('N0123456');
    const [version, keyId, iv, tag, ciphertext] = stored.split(':');
    expect(version).toBe('v1');
    expect(keyId).toMatch(/^[0-9a-f]{8}$/);
    expect(keyId).toBe(cipher.keyId);
    expect(Buffer.from(iv!, 'base64')).toHaveLength(12);
    expect(Buffer.from(tag!, 'base64')).toHaveLength(16);
    expect(ciphertext).not.toContain('N0123456');
    expect(stored).not.toContain('N0123456');
  });

  it('uses a different IV each time, so equal values do not look equal', () => {
    const a = cipher.encrypt('same');
    const b = cipher.encrypt('same');
    expect(a).not.toBe(b);
    expect(a.split(':')[2]).not.toBe(b.split(':')[2]);
  });

  it('detects tampering with the ciphertext, the tag or the IV', () => {
    const stored = cipher.encrypt('AB1234567');
    const parts = stored.split(':');
    const flip = (b64: string) => {
      const bytes = Buffer.from(b64, 'base64');
      bytes[0] = bytes[0]! ^ 0x01;
      return bytes.toString('base64');
    };
    for (const index of [2, 3, 4]) {
      const tampered = parts.map((p, i) => (i === index ? flip(p) : p)).join(':');
      const error = catchError(() => cipher.decrypt(tampered));
      expect(error).toBeInstanceOf(FieldDecryptionError);
      expect((error as FieldDecryptionError).code).toBe('tampered');
    }
  });

  it('fails with another key, and names an unknown key id', () => {
    const other = createFieldCipher(keyB);
    const stored = cipher.encrypt('AB1234567');
    expect((catchError(() => other.decrypt(stored)) as FieldDecryptionError).code).toBe('unknown-key');
    // Same key id but a different key (forged id): authentication fails.
    const forged = stored.replace(`:${cipher.keyId}:`, `:${other.keyId}:`);
    expect((catchError(() => other.decrypt(forged)) as FieldDecryptionError).code).toBe('tampered');
  });

  it('still reads values written with a previous key after rotation', () => {
    const old = createFieldCipher(keyB).encrypt('old value');
    const rotated = createFieldCipher(keyA, [keyB]);
    expect(rotated.decrypt(old)).toBe('old value');
    expect(rotated.encrypt('new').split(':')[1]).toBe(cipher.keyId);
  });

  it('rejects malformed values and keys of the wrong size', () => {
    expect((catchError(() => cipher.decrypt('plain text')) as FieldDecryptionError).code).toBe('malformed');
    expect((catchError(() => cipher.decrypt('v2:a:b:c:d')) as FieldDecryptionError).code).toBe('malformed');
    expect(() => createFieldCipher(Buffer.alloc(16).toString('base64'))).toThrow(/32 bytes/);
  });

  it('computes a stable keyed blind index that differs between keys and values', () => {
    const other = createFieldCipher(keyB);
    const index = cipher.blindIndex('AB1234567');
    expect(index).toBe(createFieldCipher(keyA).blindIndex('AB1234567'));
    expect(index).not.toBe(other.blindIndex('AB1234567'));
    expect(index).not.toBe(cipher.blindIndex('AB1234568'));
    expect(sameBlindIndex(index, cipher.blindIndex('AB1234567'))).toBe(true);
    expect(sameBlindIndex(index, other.blindIndex('AB1234567'))).toBe(false);
  });

  it('normalises document numbers before indexing', () => {
    expect(normaliseDocumentNumber(' ab 12-345 ')).toBe('AB12345');
    expect(cipher.blindIndex(normaliseDocumentNumber('ab 12345'))).toBe(cipher.blindIndex(normaliseDocumentNumber('AB12345')));
  });
});
