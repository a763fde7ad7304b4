/**
 * Checkout's part of start-up (called from lib/jobs/register-features.ts): the order side of payment
 * and refund outcomes, the job that expires unpaid orders and gives their inventory back, and issuing.
 */
import { applyRefundFailed, applyRefundSucceeded } from '@/lib/after-sales/apply-refund-outcome';
import { recoverRequestRefunds } from '@/lib/after-sales/recover-request-refunds';
import { registerJob, registerLoop } from '@/lib/jobs/registry';
import { registerPaymentEffects, type PaymentEffects } from '@/lib/payments/effects';
import { applyPaymentFailed, applyPaymentSucceeded } from '@/lib/fulfilment/apply-payment-outcome';
import { issuePaidOrders } from '@/lib/fulfilment/issue-paid-orders';
import { refundSurplusPayments } from '@/lib/fulfilment/refund-surplus-payments';
import { releaseExpiredHolds } from '@/lib/fulfilment/release-expired-holds';

const RELEASE_EXPIRED_HOLDS_JOB = 'booking-release-expired-holds';
/** Every 2 s in each worker: PAID orders are issued within seconds of the payment. */
export const ISSUE_PAID_ORDERS_LOOP = 'booking-issue-paid-orders';
/** Minutely: PAID orders the loop missed, and approved refunds that never reached the provider. */
export const RECOVER_ISSUING_JOB = 'booking-recover-issuing';

const orderPaymentEffects: PaymentEffects = {
  onPaymentSucceeded: (tx, payment, context) => applyPaymentSucceeded(tx, payment, context),
  onPaymentFailed: (tx, payment) => applyPaymentFailed(tx, payment),
  // Refunds of service requests (Agreement 4.5, 8.5, cancellations) complete the request and may
  // make the order REFUNDED; a surplus payment's refund leaves the order as it is.
  onRefundSucceeded: (tx, refund, payment) => applyRefundSucceeded(tx, refund, payment),
  onRefundFailed: (tx, refund, payment) => applyRefundFailed(tx, refund, payment),
};

/** The recovery job's work: issue what is still PAID, then hand stranded approved refunds over. */
export async function recoverIssuing(options: { now?: Date } = {}): Promise<void> {
  await issuePaidOrders({ now: options.now });
  await recoverRequestRefunds({ now: options.now });
}

export function registerFulfilment(): void {
  registerPaymentEffects(orderPaymentEffects);
  registerJob(
    RELEASE_EXPIRED_HOLDS_JOB,
    async () => {
      await releaseExpiredHolds();
      await refundSurplusPayments();
    },
    { schedule: '* * * * *' },
  );
  registerLoop(ISSUE_PAID_ORDERS_LOOP, async () => void (await issuePaidOrders()), 2_000);
  registerJob(RECOVER_ISSUING_JOB, () => recoverIssuing(), { schedule: '* * * * *' });
}
