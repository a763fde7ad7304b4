import 'server-only';
import { db } from '../../db/client';
import { money, type Money } from '../../money';
import { returnUrl } from './complete-sandbox-checkout';

export type SandboxCheckoutView = {
  id: string;
  status: 'open' | 'complete' | 'declined' | 'expired';
  amount: Money;
  description: string;
  /** where "back to Karvan" goes without paying (the session stays open, as on Stripe) */
  cancelUrl: string;
  /** where a closed session sends the traveller */
  returnUrl: string;
  expiresAt: Date;
};

/** What the hosted test page shows; null for an unknown session id. */
export async function getSandboxCheckout(sessionId: string, now: Date = new Date()): Promise<SandboxCheckoutView | null> {
  if (!/^sbx_cs_[A-Za-z0-9_-]{10,64}$/.test(sessionId)) return null;
  const session = await db.sandboxCheckoutSession.findUnique({ where: { id: sessionId } });
  if (!session) return null;
  const status = session.status === 'open' && session.expiresAt <= now ? 'expired' : (session.status as SandboxCheckoutView['status']);
  return {
    id: session.id,
    status,
    amount: money(session.amountMinor, session.currency),
    description: session.description,
    cancelUrl: returnUrl(session.cancelUrl, session.id),
    returnUrl: returnUrl(status === 'complete' ? session.successUrl : session.cancelUrl, session.id),
    expiresAt: session.expiresAt,
  };
}
