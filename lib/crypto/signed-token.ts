import 'server-only';
import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';

/**
 * Keyed signatures for links that must work without signing in and cannot be forged (the marketing
 * unsubscribe link): HMAC-SHA256 under a key derived from AUTH_SECRET with its own HKDF label, so a
 * signature for one purpose is worthless for another.
 */
const keys = new Map<string, { secret: string; key: Buffer }>();

function keyFor(purpose: string): Buffer {
  const secret = env().AUTH_SECRET;
  const cached = keys.get(purpose);
  if (cached?.secret === secret) return cached.key;
  const key = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `karvan/${purpose}/v1`, 32));
  keys.set(purpose, { secret, key });
  return key;
}

export function sign(purpose: string, payload: string): string {
  return createHmac('sha256', keyFor(purpose)).update(payload, 'utf8').digest('base64url');
}

export function verifySignature(purpose: string, payload: string, signature: string): boolean {
  const expected = Buffer.from(sign(purpose, payload));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A random single-use token for an email link, and the hash the database keeps instead of it. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
