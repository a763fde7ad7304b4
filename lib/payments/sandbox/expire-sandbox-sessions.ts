import 'server-only';
import { db } from '../../db/client';
import { sessionObject, type SandboxProvider } from '../sandbox-provider';

/** Closes sandbox sessions past their expiry and emits checkout.session.expired, as Stripe does. */
export async function expireSandboxSessions(provider: SandboxProvider, now: Date = new Date()): Promise<number> {
  const expired = await db.sandboxCheckoutSession.updateManyAndReturn({
    where: { status: 'open', expiresAt: { lte: now } },
    data: { status: 'expired', completedAt: now },
  });
  for (const session of expired) await provider.emit('checkout.session.expired', sessionObject(session));
  return expired.length;
}
