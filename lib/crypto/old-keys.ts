/** DATA_ENCRYPTION_KEYS_OLD: keys that only decrypt, until `npm run privacy:rotate-keys` has re-encrypted their values. */
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
