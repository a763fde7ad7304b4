import 'server-only';
import { env } from '@/lib/env';
import { oldKeysFromEnv } from './old-keys';
import { createFieldCipher, type FieldCipher } from './field-encryption';

/**
 * The field-encryption keyring for key rotation, on top of lib/crypto/field-encryption.ts (its
 * `v1:<keyId>:…` format unchanged): DATA_ENCRYPTION_KEY encrypts; DATA_ENCRYPTION_KEYS_OLD
 * (comma-separated, base64, optional) only decrypts values written under earlier keys until
 * `npm run privacy:rotate-keys` has re-encrypted them (lib/cli/rotate-keys.ts).
 */
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
