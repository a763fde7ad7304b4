import { UserFacingError } from '@/lib/user-facing-error';

export type PaymentErrorCode =
  /** malformed input to a payments operation (a programming error, not the traveller's) */
  | 'INVALID_INPUT'
  | 'PAYMENT_NOT_FOUND'
  | 'REFUND_NOT_FOUND'
  /** refunds need a SUCCEEDED payment */
  | 'PAYMENT_NOT_SUCCEEDED'
  /** the order already has a SUCCEEDED payment: no second one is started */
  | 'ALREADY_PAID'
  /** the refund would exceed what was captured minus what is already refunded or being refunded */
  | 'REFUND_EXCEEDS_CAPTURED'
  | 'CURRENCY_MISMATCH'
  /** the same idempotency key was used for a different request */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** webhook signature missing, malformed, stale or wrong: answer 400 and change nothing */
  | 'INVALID_SIGNATURE'
  /** signed, but not an event we can read: answer 400 */
  | 'INVALID_PAYLOAD'
  /** the order code has not called registerPaymentEffects in this process */
  | 'EFFECTS_NOT_REGISTERED'
  /** the provider refused the request (validation, already refunded, …): definitive */
  | 'PROVIDER_REJECTED'
  /** network error, timeout, 5xx or rate limit: the outcome is unknown, retry later with the same key */
  | 'PROVIDER_UNAVAILABLE'
  /** the payment was made with a provider that is not the configured one */
  | 'PROVIDER_MISMATCH'
  /** the provider session can no longer be cancelled (it was just paid, or is already closed) */
  | 'NOT_CANCELLABLE'
  | 'NOT_OFFICE_PAYMENT'
  /** the payment is not CREATED/PENDING any more */
  | 'PAYMENT_NOT_OPEN'
  /** pay-at-office deadline has passed */
  | 'DEADLINE_PASSED'
  | 'FORBIDDEN'
  | 'SANDBOX_SESSION_NOT_FOUND';

/**
 * Every expected failure of lib/payments, with a stable code callers switch on. A traveller sees only
 * that the payment could not go ahead; the code stays in the logs and the callers' decisions.
 */
export class PaymentError extends UserFacingError {
  declare readonly code: PaymentErrorCode;
  constructor(code: PaymentErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, 'checkout.errors.paymentUnavailable', options);
    this.name = 'PaymentError';
    this.message = `${code}: ${message}`;
  }
}

export function isPaymentError(error: unknown, code?: PaymentErrorCode): error is PaymentError {
  return error instanceof PaymentError && (code === undefined || error.code === code);
}
