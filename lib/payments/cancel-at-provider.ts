import type { Payment } from '../db/generated/client';
import { isPaymentError } from './errors';
import type { PaymentProvider } from './types';

/**
 * Closes the provider sessions of payments we have already marked CANCELLED, after that commit.
 * Best effort by design: if the traveller paid in the same instant (NOT_CANCELLABLE) or the provider
 * is unreachable, the success webhook still arrives and is recorded as a late success, which the
 * order's onPaymentSucceeded hook handles (accept or refund).
 */
export async function cancelAtProvider(payments: Payment[], provider: PaymentProvider): Promise<void> {
  for (const payment of payments) {
    if (payment.method !== 'CARD' || !payment.providerRef || payment.provider !== provider.name) continue;
    try {
      await provider.cancel(payment.providerRef);
    } catch (error) {
      if (isPaymentError(error, 'NOT_CANCELLABLE')) continue;
      console.warn(`[payments] could not close ${payment.provider} session of payment ${payment.id}; it expires on its own: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
