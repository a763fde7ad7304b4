import 'server-only';
import { db } from '../../db/client';
import { PaymentError } from '../errors';
import { sessionObject, type SandboxProvider } from '../sandbox-provider';
import type { SandboxOutcome } from './test-cards';

export type CompleteSandboxCheckoutInput = { sessionId: string; outcome: SandboxOutcome };

/**
 * What the hosted test page does when the traveller submits a test card: closes the session (paid or
 * declined), emits the Stripe-shaped event to the webhook handler, and says where to send the
 * browser (successUrl or cancelUrl, with {CHECKOUT_SESSION_ID} filled in as Stripe does). Only the
 * outcome arrives here; the card number stayed in the browser. Submitting twice changes nothing more.
 */
export async function completeSandboxCheckout(input: CompleteSandboxCheckoutInput, provider: SandboxProvider): Promise<{ redirectUrl: string; status: string }> {
  const now = new Date();
  const [closed] = await db.sandboxCheckoutSession.updateManyAndReturn({
    where: { id: input.sessionId, status: 'open', expiresAt: { gt: now } },
    data: { status: input.outcome === 'success' ? 'complete' : 'declined', completedAt: now },
  });
  if (closed) {
    await provider.emit(
      input.outcome === 'success' ? 'checkout.session.completed' : 'checkout.session.async_payment_failed',
      sessionObject(closed),
    );
    return { redirectUrl: returnUrl(closed.status === 'complete' ? closed.successUrl : closed.cancelUrl, closed.id), status: closed.status };
  }
  const session = await db.sandboxCheckoutSession.findUnique({ where: { id: input.sessionId } });
  if (!session) throw new PaymentError('SANDBOX_SESSION_NOT_FOUND', `no sandbox session ${input.sessionId}`);
  return { redirectUrl: returnUrl(session.status === 'complete' ? session.successUrl : session.cancelUrl, session.id), status: session.status };
}

export function returnUrl(url: string, sessionId: string): string {
  return url.replaceAll('{CHECKOUT_SESSION_ID}', sessionId);
}
