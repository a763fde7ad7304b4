'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/auth/define-action';
import { registerFeatures } from '@/lib/jobs/register-features';
import { getSandboxProvider, isPaymentError } from '@/lib/payments';
import { completeSandboxCheckout } from '@/lib/payments/sandbox/complete-sandbox-checkout';

const E = (key: string) => `payments.sandbox.errors.${key}`;

/**
 * The test page's submit: receives only the outcome the browser derived from the test card (the card
 * number never leaves the browser, Agreement 4.2.2), completes the sandbox session, which delivers
 * the signed event to the payment webhook handler, and answers where to send the traveller
 * (`details.redirectUrl`).
 */
export const completeSandboxPaymentAction = defineAction({
  name: 'completeSandboxPayment',
  access: 'anyone',
  schema: z.object({
    sessionId: z.string().regex(/^sbx_cs_[A-Za-z0-9_-]{10,64}$/, { error: E('invalid') }),
    outcome: z.enum(['success', 'decline'], { error: E('invalid') }),
  }),
  async handler(input) {
    const sandbox = getSandboxProvider();
    if (!sandbox) return { error: E('notFound') };
    registerFeatures();
    try {
      const { redirectUrl } = await completeSandboxCheckout(input, sandbox);
      return { ok: true, details: { redirectUrl } };
    } catch (error) {
      if (isPaymentError(error, 'SANDBOX_SESSION_NOT_FOUND')) return { error: E('notFound') };
      throw error;
    }
  },
});
