import { applyPaymentEvent, type ApplyPaymentEventResult } from './apply-payment-event';
import { PaymentError } from './errors';
import { getPayment } from './get-payments';
import { getPaymentProvider, requireProviderFor } from './provider';
import type { PaymentEventType, PaymentProvider } from './types';

/**
 * Asks the provider for the state of a card payment and applies it through the same path as a
 * webhook (as a synthetic event `retrieve:<ref>:<status>`, so it is applied at most once). For the
 * return page when the webhook is late, and for support. Open sessions change nothing.
 */
export async function syncPaymentWithProvider(paymentId: string, options: { provider?: PaymentProvider } = {}): Promise<ApplyPaymentEventResult> {
  const payment = await getPayment(paymentId);
  if (!payment) throw new PaymentError('PAYMENT_NOT_FOUND', paymentId);
  if (payment.method !== 'CARD' || !payment.providerRef || payment.status === 'SUCCEEDED') return { status: 'unchanged', paymentId };
  const provider = requireProviderFor(payment.provider, options.provider ?? getPaymentProvider());
  const state = await provider.retrieve(payment.providerRef);
  const type: PaymentEventType | null =
    state.status === 'succeeded' ? 'payment.succeeded' : state.status === 'failed' ? 'payment.failed' : state.status === 'expired' ? 'payment.expired' : null;
  if (!type) return { status: 'unchanged', paymentId };
  return applyPaymentEvent({
    id: `retrieve:${payment.providerRef}:${state.status}`,
    provider: provider.name,
    type,
    providerType: `retrieve.${state.status}`,
    providerRef: payment.providerRef,
    paymentId: payment.id,
    refundRef: null,
    refundId: null,
    amount: state.amount,
    occurredAt: new Date(),
    failureCode: state.status === 'failed' ? 'declined' : null,
  });
}
