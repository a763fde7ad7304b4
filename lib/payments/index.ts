/**
 * Payments (issue 6) and refunds (issue 9). Plain TypeScript, no Next.js.
 *
 * PROVIDERS
 *   Stripe Checkout Sessions when STRIPE_SECRET_KEY is set (stripe-provider.ts), else the sandbox
 *   (sandbox-provider.ts): a hosted TEST MODE page at /<locale>/sandbox-pay/<session> that plays
 *   Stripe Checkout's part and reports through the same signed webhook path. Card data is typed on
 *   the provider's page only and never reaches our server or database (Agreement 4.2.2).
 *
 * HOW THE ORDER CODE USES IT
 *   // once per process, from lib/jobs/register-features.ts:
 *   registerPaymentEffects({
 *     async onPaymentSucceeded(tx, payment, { previousStatus }) { … HELD → PAID, or refund a late payment … },
 *     async onPaymentFailed(tx, payment) { … keep HELD, let the traveller try again … },
 *     async onRefundSucceeded(tx, refund, payment) { … REFUNDED when fully refunded … },
 *   });
 *   // pay button (server action), after checking the order is HELD:
 *   const { redirectUrl } = await startPayment({ orderId, amount, description, successUrl, cancelUrl, customerEmail, locale, expiresAt: hold.expiresAt });
 *   redirect(redirectUrl);                  // from 'next/navigation'
 *   // pay at office (Agreement 4.1):
 *   await startOfficePayment({ orderId, amount, deadlineAt });
 *   await markPaidAtOffice({ paymentId, staff: { id, role } });   // support
 *   // hold expired / order cancelled before payment:
 *   await cancelOpenPayments({ orderId, reason: 'hold_expired' });
 *   // refunds (issue 9):
 *   await issueRefund({ paymentId, amount, reason, requestedBy, idempotencyKey: `service-request:${requestId}` });
 *
 * The hooks run INSIDE the transaction that changes the payment, with the payment row locked and the
 * provider event recorded: the order's state change commits together with the payment's, exactly once
 * per transition. 100 deliveries of one webhook → one transition, one hook call; a 'failed' arriving
 * after 'succeeded' changes nothing. Missing registration → the webhook answers 500 and nothing is
 * recorded (the provider retries), never a silent success without the order moving.
 *
 * States: Payment CREATED → PENDING → SUCCEEDED | FAILED | CANCELLED, and FAILED/CANCELLED →
 * SUCCEEDED when the provider reports a payment after all (late success: money was captured, it is
 * recorded, and onPaymentSucceeded gets previousStatus so the order can accept or refund it).
 * Refund REQUESTED → SUCCEEDED | FAILED. Every change writes an AuditEvent in its transaction.
 *
 * Errors are PaymentError with a code (errors.ts). Provider calls never run inside a database
 * transaction; idempotency keys make their retries safe.
 */
export type {
  
  
  
  
  
  PaymentRecord,
  
  
  
  
  
} from './types';
export {  isPaymentError,  } from './errors';
;
export { getPaymentProvider, getSandboxProvider } from './provider';
;
;
export { markPaidAtOffice,  } from './mark-paid-at-office';
;
;
export { handlePaymentWebhook,  } from './handle-payment-webhook';
;
;
export {  getRefundSummary, listOrderPayments, type RefundSummary } from './get-payments';
