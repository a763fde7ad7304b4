import { applyPaymentEvent, type ApplyPaymentEventResult } from './apply-payment-event';
import type { PaymentEvent, PaymentProvider } from './types';

export type HandlePaymentWebhookInput = {
  /** the request body exactly as received (signatures are over the bytes) */
  rawBody: string | Buffer;
  /** the Stripe-Signature header (the sandbox signs the same way, in the same header) */
  signature: string | null | undefined;
  provider: PaymentProvider;
};

/**
 * The webhook path shared by Stripe and the sandbox: verify, then apply once. Throws
 * PaymentError('INVALID_SIGNATURE' | 'INVALID_PAYLOAD') before anything is read from or written to
 * the database; the route answers those with 400.
 */
export async function handlePaymentWebhook(input: HandlePaymentWebhookInput): Promise<ApplyPaymentEventResult & { event: PaymentEvent }> {
  const event = input.provider.verifyWebhook(input.rawBody, input.signature);
  const result = await applyPaymentEvent(event);
  return { ...result, event };
}
