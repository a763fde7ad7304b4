/**
 * The `karvan_booking` cookie: which orders this browser found through /booking (reference + surname),
 * each until its own expiry (24 h after the look-up). Strictly necessary, httpOnly, and signed with an
 * HMAC under a key derived from AUTH_SECRET for this purpose only, so it cannot be forged or edited to
 * name another order. It holds order ids (random UUIDs), never a name or a reference.
 *
 * Value: `<base64url payload>.<signature>`, payload `v1|<orderId>~<expiresAtSeconds>|…`.
 */
import { sign, verifySignature } from '@/lib/crypto/signed-token';

export const BOOKING_COOKIE = 'karvan_booking';
/** how long one look-up gives access */
const BOOKING_ACCESS_MS = 24 * 60 * 60_000;
/** older look-ups drop off, so the cookie stays small */
const BOOKING_COOKIE_MAX_ORDERS = 10;

const PURPOSE = 'booking-lookup';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type BookingGrant = { orderId: string; expiresAt: Date };

/** The grants in a cookie value that are signed and not expired; anything forged or malformed gives none. */
export function readBookingCookie(value: string | null | undefined, now: Date = new Date()): BookingGrant[] {
  if (!value || value.length > 2048) return [];
  const dot = value.lastIndexOf('.');
  if (dot <= 0) return [];
  const encoded = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  if (!verifySignature(PURPOSE, encoded, signature)) return [];
  const payload = Buffer.from(encoded, 'base64url').toString('utf8');
  const [version, ...entries] = payload.split('|');
  if (version !== 'v1') return [];
  const grants: BookingGrant[] = [];
  for (const entry of entries) {
    const [orderId, seconds] = entry.split('~');
    const expiresAt = new Date(Number(seconds) * 1000);
    if (!orderId || !UUID.test(orderId) || !Number.isFinite(expiresAt.getTime())) continue;
    if (expiresAt.getTime() <= now.getTime()) continue;
    grants.push({ orderId, expiresAt });
  }
  return grants;
}

export function encodeBookingCookie(grants: readonly BookingGrant[]): string {
  const payload = ['v1', ...grants.map((g) => `${g.orderId}~${Math.floor(g.expiresAt.getTime() / 1000)}`)].join('|');
  const encoded = Buffer.from(payload, 'utf8').toString('base64url');
  return `${encoded}.${sign(PURPOSE, encoded)}`;
}

/**
 * The cookie after a successful look-up of `orderId`: that order for the next 24 h, the other live
 * grants kept (newest first, at most 10), expired and forged ones dropped.
 */
export function grantBookingAccess(current: string | null | undefined, orderId: string, now: Date = new Date()): { value: string; expiresAt: Date } {
  const expiresAt = new Date(now.getTime() + BOOKING_ACCESS_MS);
  const others = readBookingCookie(current, now).filter((g) => g.orderId !== orderId);
  const grants = [{ orderId, expiresAt }, ...others].slice(0, BOOKING_COOKIE_MAX_ORDERS);
  return { value: encodeBookingCookie(grants), expiresAt };
}

/** Whether the cookie (signed, not expired) names this order. */
export function bookingCookieGrants(value: string | null | undefined, orderId: string, now: Date = new Date()): boolean {
  return readBookingCookie(value, now).some((g) => g.orderId === orderId);
}
