import type { PromoCode } from '@/lib/rules';

/** A promo code as stored: its row id (for redemptions) and the shape lib/rules evaluates. */
export type StoredPromo = { id: string; promo: PromoCode };
