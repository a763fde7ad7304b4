'use server';

import { z } from 'zod';
import { registerFeatures } from '@/lib/jobs/register-features';
import { getSandboxProvider, isPaymentError } from '@/lib/payments';
import { completeSandboxCheckout } from '@/lib/payments/sandbox/complete-sandbox-checkout';

const inputSchema = z.object({
  sessionId: z.string().regex(/^sbx_cs_[A-Za-z0-9_-]{10,64}$/),
  outcome: z.enum(['success', 'decline']),
});

export type CompleteSandboxPaymentResult =
  | { ok: true; redirectUrl: string }
  | { ok: false; error: 'invalid' | 'notFound' | 'unavailable' };

/**
 * The test page's submit: receives only the outcome the browser derived from the test card (the card
 * number never leaves the browser, Agreement 4.2.2), completes the sandbox session, which delivers
 * the signed event to the payment webhook handler, and returns where to send the traveller.
 */
export async function completeSandboxPaymentAction(input: { sessionId: string; outcome: 'success' | 'decline' }): Promise<CompleteSandboxPaymentResult> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const sandbox = getSandboxProvider();
  if (!sandbox) return { ok: false, error: 'notFound' };
  registerFeatures();
  try {
    const { redirectUrl } = await completeSandboxCheckout(parsed.data, sandbox);
    return { ok: true, redirectUrl };
  } catch (error) {
    if (isPaymentError(error, 'SANDBOX_SESSION_NOT_FOUND')) return { ok: false, error: 'notFound' };
    console.error('[payments] sandbox payment could not be completed:', error);
    return { ok: false, error: 'unavailable' };
  }
}
