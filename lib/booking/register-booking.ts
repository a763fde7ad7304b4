/**
 * Checkout's part of start-up (called from lib/jobs/register-features.ts): the order side of payment
 * outcomes, and the job that expires unpaid orders and gives their inventory back.
 */
import { registerJob } from '@/lib/jobs/registry';
import { registerPaymentEffects, type PaymentEffects } from '@/lib/payments/effects';
import { applyPaymentFailed, applyPaymentSucceeded } from './apply-payment-outcome';
import { refundSurplusPayments } from './refund-surplus-payments';
import { releaseExpiredHolds } from './release-expired-holds';

export const RELEASE_EXPIRED_HOLDS_JOB = 'booking-release-expired-holds';

export const orderPaymentEffects: PaymentEffects = {
  onPaymentSucceeded: (tx, payment, context) => applyPaymentSucceeded(tx, payment, context),
  onPaymentFailed: (tx, payment) => applyPaymentFailed(tx, payment),
  // Refunds of placed orders (cancellations, Agreement 4.5, 8.5) change the order in issues 8/9;
  // a surplus payment's refund leaves the order as it is.
  onRefundSucceeded: async () => {},
};

export function registerBooking(): void {
  registerPaymentEffects(orderPaymentEffects);
  registerJob(
    RELEASE_EXPIRED_HOLDS_JOB,
    async () => {
      await releaseExpiredHolds();
      await refundSurplusPayments();
    },
    { schedule: '* * * * *' },
  );
}
