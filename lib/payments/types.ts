import type { Locale } from '../i18n/locales';
import type { Money } from '../money';

/** A card payment provider. `office` is a payment method, not a provider: no provider call is made. */
export type ProviderName = 'stripe' | 'sandbox';
export type PaymentSource = ProviderName | 'office';

export type PaymentStatus = 'CREATED' | 'PENDING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
type PaymentMethod = 'CARD' | 'OFFICE';
type RefundStatus = 'REQUESTED' | 'SUCCEEDED' | 'FAILED';

/** Who acts: a staff member (role from lib/auth: 'SUPPORT' | 'ADMIN') or a traveller. */
export type Actor = { id: string; role: string };

/** A payment as the order code sees it (no Prisma types leave lib/payments). */
export type PaymentRecord = {
  id: string;
  orderId: string;
  method: PaymentMethod;
  provider: PaymentSource;
  providerRef: string | null;
  status: PaymentStatus;
  amount: Money;
  /** OFFICE: pay by then; CARD: the provider session's expiry */
  deadlineAt: Date | null;
  succeededAt: Date | null;
  failureCode: string | null;
  createdAt: Date;
};

export type RefundRecord = {
  id: string;
  paymentId: string;
  amount: Money;
  status: RefundStatus;
  providerRefundRef: string | null;
  idempotencyKey: string;
  reason: string;
  requestedBy: string | null;
  failureCode: string | null;
  createdAt: Date;
  completedAt: Date | null;
};

// ---------------------------------------------------------------------------------------------
// Provider interface

export type CreateCheckoutInput = {
  paymentId: string;
  orderId: string;
  amount: Money;
  /** one line shown on the hosted page, e.g. "Order KRV-7K3Q9P" */
  description: string;
  /** absolute URLs; `{CHECKOUT_SESSION_ID}` is replaced by the provider reference, as Stripe does */
  successUrl: string;
  cancelUrl: string;
  customerEmail?: string;
  locale: Locale;
  /** the same key always yields the same session, never a second one */
  idempotencyKey: string;
  /** the session cannot be paid after this (Stripe clamps it to 30 min … 24 h from now) */
  expiresAt: Date;
};

export type CheckoutSession = {
  providerRef: string;
  /** absolute (Stripe) or site-relative (sandbox, already localized): redirect with next/navigation */
  redirectUrl: string;
  expiresAt: Date;
};

export type ProviderCheckoutState = {
  providerRef: string;
  status: 'open' | 'succeeded' | 'failed' | 'expired';
  amount: Money | null;
};

export type ProviderRefundInput = {
  providerRef: string;
  amount: Money;
  idempotencyKey: string;
  reason: string;
  /** our refunds.id, echoed back in the provider's refund events */
  refundId: string;
  paymentId: string;
};

export type ProviderRefundResult = {
  refundRef: string;
  status: 'succeeded' | 'pending' | 'failed';
  failureCode?: string;
};

export type PaymentEventType =
  | 'payment.succeeded'
  | 'payment.failed'
  | 'payment.expired'
  | 'payment.pending'
  | 'refund.succeeded'
  | 'refund.failed'
  | 'refund.pending'
  /** verified, but nothing we act on (other event types) */
  | 'ignored';

/** A provider event after signature verification, in one shape for every provider. */
export type PaymentEvent = {
  id: string;
  provider: ProviderName;
  type: PaymentEventType;
  /** the provider's own event type, e.g. checkout.session.completed */
  providerType: string;
  /** checkout session reference (payment events) */
  providerRef: string | null;
  /** our payments.id, from the metadata we sent */
  paymentId: string | null;
  /** provider refund reference (refund events) */
  refundRef: string | null;
  /** our refunds.id, from the metadata we sent */
  refundId: string | null;
  amount: Money | null;
  occurredAt: Date;
  failureCode: string | null;
};

export interface PaymentProvider {
  readonly name: ProviderName;
  createCheckout(input: CreateCheckoutInput): Promise<CheckoutSession>;
  retrieve(providerRef: string): Promise<ProviderCheckoutState>;
  /** closes an open session so it can no longer be paid; PaymentError('NOT_CANCELLABLE') if it was paid */
  cancel(providerRef: string): Promise<void>;
  refund(input: ProviderRefundInput): Promise<ProviderRefundResult>;
  /** PaymentError('INVALID_SIGNATURE' | 'INVALID_PAYLOAD') unless the body is signed with our secret */
  verifyWebhook(rawBody: string | Buffer, signatureHeader: string | null | undefined): PaymentEvent;
}
