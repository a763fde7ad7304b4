import { blindIndex } from '@/lib/crypto/field-encryption';

/**
 * The key a customer's promo uses are counted by (Agreement 7, lib/pricing countPromoUses): the account,
 * or a blind index of the contact email for guests, so the email itself is never stored with the use.
 */
export function promoCustomerKey(userId: string | null, email: string | null): string | null {
  if (userId) return `user:${userId}`;
  if (email) return `email:${blindIndex(email.trim().toLowerCase())}`;
  return null;
}
