import { createHash, randomBytes } from 'node:crypto';

/** A fresh value for the `karvan_trip` cookie: 32 random bytes, base64url. */
export function newTripToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only the SHA-256 of the cookie is stored, so a database dump cannot be replayed as someone's trip. */
export function hashTripToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

export function isTripToken(value: string | undefined | null): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
