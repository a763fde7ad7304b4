import { env } from '@/lib/env';
import { createFieldCipher, type FieldCipher } from './field-encryption';

/**
 * The field-encryption keyring for key rotation, on top of lib/privacy/field-encryption.ts (its
 * `v1:<keyId>:…` format unchanged): DATA_ENCRYPTION_KEY encrypts; DATA_ENCRYPTION_KEYS_OLD
 * (comma-separated, base64, optional) only decrypts values written under earlier keys until
 * `npm run privacy:rotate-keys` has re-encrypted them (lib/cli/rotate-keys.ts).
 *
 * lib/privacy/HANDOFF.md asks the accounts engineer to make `fieldCipher()` use `keyringCipher()`,
 * so that the app reads old values during a rotation.
 */
export function oldKeysFromEnv(source: Record<string, string | undefined> = process.env): string[] {
  const raw = source.DATA_ENCRYPTION_KEYS_OLD ?? '';
  const keys = raw
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  for (const key of keys) {
    if (Buffer.from(key, 'base64').length !== 32) throw new Error('DATA_ENCRYPTION_KEYS_OLD: every key must be 32 random bytes, base64-encoded');
  }
  return keys;
}

let cached: { source: string; cipher: FieldCipher } | undefined;

export function keyringCipher(): FieldCipher {
  const current = env().DATA_ENCRYPTION_KEY;
  const old = oldKeysFromEnv();
  const source = [current, ...old].join(',');
  if (cached?.source !== source) cached = { source, cipher: createFieldCipher(current, old) };
  return cached.cipher;
}

/** The key id inside a stored value (`v1:<keyId>:…`), or null when it is not an encrypted value. */
export function keyIdOf(stored: string): string | null {
  const match = /^v1:([0-9a-f]{8}):/.exec(stored);
  return match ? match[1]! : null;
}
