import 'server-only';
import type { Tx } from '../db/client';
import { PaymentError } from './errors';
import type { PaymentRecord, PaymentStatus, RefundRecord } from './types';

/**
 * What a payment outcome does to the order, supplied by the order code (lib/booking) and run INSIDE
 * the transaction that changes the payment: the payment row is locked, the webhook event id is being
 * recorded, and everything commits or rolls back together. A hook that throws rolls the whole change
 * back and the provider retries the webhook later, so hooks must not call external services (send
 * mail through the outbox instead).
 *
 * Each hook runs exactly once per transition, however often or in whatever order the provider
 * delivers its events.
 */
export type PaymentEffects = {
  /**
   * The money is captured. `previousStatus` FAILED or CANCELLED means a late success: the payment
   * had been given up (hold expired, superseded, cancelled), but the traveller paid anyway. The money
   * is real, so the order code must either accept it or refund it (issueRefund, after the commit).
   */
  onPaymentSucceeded(tx: Tx, payment: PaymentRecord, context: { previousStatus: PaymentStatus }): Promise<void>;
  /** A card payment failed or its session expired at the provider; the order may start a new payment. */
  onPaymentFailed(tx: Tx, payment: PaymentRecord): Promise<void>;
  onRefundSucceeded(tx: Tx, refund: RefundRecord, payment: PaymentRecord): Promise<void>;
  /** The provider refused the refund; the amount is refundable again. */
  onRefundFailed?(tx: Tx, refund: RefundRecord, payment: PaymentRecord): Promise<void>;
};

// On globalThis: Next.js may load this module more than once per process (instrumentation, route
// bundles), and registration done in one instance must be seen by all of them.
const holder = globalThis as unknown as { karvanPaymentEffects?: PaymentEffects };

/** Call once per process at start-up (see lib/jobs/register-features.ts). Returns an unregister function. */
export function registerPaymentEffects(effects: PaymentEffects): () => void {
  holder.karvanPaymentEffects = effects;
  return () => {
    if (holder.karvanPaymentEffects === effects) holder.karvanPaymentEffects = undefined;
  };
}

export function requirePaymentEffects(): PaymentEffects {
  const effects = holder.karvanPaymentEffects;
  if (!effects) {
    throw new PaymentError('EFFECTS_NOT_REGISTERED', 'registerPaymentEffects() has not been called in this process');
  }
  return effects;
}
