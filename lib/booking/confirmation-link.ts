/**
 * A signed link to the confirmation page (`/<locale>/checkout/done?ref=…&t=…`) for whoever holds it:
 * the provider's return links and the mails carry it, so the page works in another tab, on another
 * device or on another host name without the trip cookie. HMAC under a key derived from AUTH_SECRET
 * for this purpose only; it names one order id and an expiry, so it cannot be edited into another's.
 */
import { sign, verifySignature } from '@/lib/crypto/signed-token';

const PURPOSE = 'checkout-confirmation';
/** long enough for the mails of a trip booked months ahead, short enough that an old mail goes stale */
const CONFIRMATION_LINK_MS = 400 * 24 * 60 * 60_000;

export function confirmationLinkToken(orderId: string, now: Date = new Date()): string {
  const expires = Math.floor((now.getTime() + CONFIRMATION_LINK_MS) / 1000);
  const payload = `${orderId}~${expires}`;
  return `${Buffer.from(payload, 'utf8').toString('base64url')}.${sign(PURPOSE, payload)}`;
}

/** Whether a token (signed, unexpired) names this order; anything forged or malformed grants nothing. */
export function confirmationLinkGrants(token: string | null | undefined, orderId: string, now: Date = new Date()): boolean {
  if (!token || token.length > 300) return false;
  const dot = token.lastIndexOf('.');
  if (dot <= 0) return false;
  const payload = Buffer.from(token.slice(0, dot), 'base64url').toString('utf8');
  if (!verifySignature(PURPOSE, payload, token.slice(dot + 1))) return false;
  const [id, seconds] = payload.split('~');
  return id === orderId && Number(seconds) * 1000 > now.getTime();
}

/** The confirmation page path (relative) with its signed token. */
export function confirmationPath(locale: string, order: { id: string; reference: string }, now: Date = new Date()): string {
  const query = new URLSearchParams({ ref: order.reference, t: confirmationLinkToken(order.id, now) });
  return `/${locale}/checkout/done?${query}`;
}
