import 'server-only';
import type { Tx } from '@/lib/db/client';
import { encryptField } from '@/lib/crypto/field-encryption';
import type { PreparedOrder } from './types';

/**
 * The order's checkout record: the form's idempotency key, how and how much it is charged (Agreement 4.6),
 * the promo code redeemed, and what it was priced with, kept for the order's life: the fee schedule
 * version (4.3, 4.4) and the rates (4.6).
 */
export async function writeOrderCheckout(tx: Tx, orderId: string, p: PreparedOrder): Promise<void> {
  await tx.orderCheckout.create({
    data: {
      orderId,
      tripId: p.trip.id,
      idempotencyKey: p.input.idempotencyKey,
      paymentMethod: p.input.paymentMethod,
      holdExpiresAt: p.holdExpiresAt,
      chargeAmountMinor: p.charge.amount,
      chargeCurrency: p.charge.currency,
      promoCodeId: p.promo && p.quote.promo?.applicable ? p.promo.id : null,
      bookerDateOfBirthEnc: encryptField(p.input.contact.bookerDateOfBirth),
      feeScheduleVersion: p.schedule.agreementVersion,
      rates: p.rates,
    },
  });
}
