import 'server-only';
import { db, type Tx } from '@/lib/db/client';
import { recordAuditEvent } from '@/lib/auth/audit';
import { noRequestContext } from '@/lib/auth/request-context';
import { anonymiseOrder, erasureData, tripEndOf } from './anonymise-order';
import { collectPersonalData, delegateOf } from './collect-personal-data';
import { personalDataRegistry } from './personal-data-registry';

/**
 * The end of the 30-day restore window (Policy 000 §8, Privacy Policy 7): the account's personal
 * data is erased, its orders anonymised and kept for accounting, and the user row removed, so the
 * address is free for a new account. Orders whose trip is still ahead keep what the trip needs,
 * detached from the account, and are anonymised by the retention job once the trip has ended.
 */
const LIVE = new Set(['HELD', 'PAID', 'ISSUED', 'CANCELLATION_REQUESTED', 'ISSUE_FAILED']);

export type EraseResult = { userId: string; ordersAnonymised: number; ordersPending: number };

export async function eraseAccount(tx: Tx, userId: string, now: Date = new Date()): Promise<EraseResult | null> {
  const collected = await collectPersonalData(userId, tx);
  if (!collected) return null;

  let ordersAnonymised = 0;
  let ordersPending = 0;
  for (const order of collected.rows.get('Order') ?? []) {
    const orderId = String(order.id);
    const end = await tripEndOf(tx, orderId);
    if (end > now && LIVE.has(String(order.status))) {
      // The trip still needs the traveller's data: detach from the account, anonymise after the trip.
      await tx.order.update({ where: { id: orderId }, data: { userId: null } });
      await tx.orderAnonymisation.upsert({
        where: { orderId },
        create: { orderId, reason: 'account_erased', dueAt: end },
        update: { reason: 'account_erased', dueAt: end, doneAt: null },
      });
      ordersPending += 1;
    } else {
      await anonymiseOrder(tx, orderId, 'account_erased', now);
      ordersAnonymised += 1;
    }
  }

  const ctx = { userId, email: collected.email, ids: collected.ids };
  // Children before parents (reverse registry order); order rows were handled above; the user last.
  for (const spec of [...personalDataRegistry].reverse()) {
    if (typeof spec.scope !== 'function' || spec.orderColumn || spec.model === 'User' || spec.onErase === 'keep') continue;
    const where = spec.scope(ctx);
    if (!where) continue;
    const delegate = delegateOf(tx, spec.model);
    if (spec.onErase === 'delete') await delegate.deleteMany({ where });
    else {
      const data = erasureData(spec);
      if (Object.keys(data).length) await delegate.updateMany({ where, data });
    }
  }
  await tx.user.delete({ where: { id: userId } });
  await recordAuditEvent(tx, {
    actor: { id: null, role: 'SYSTEM' },
    action: 'account.erased',
    subjectType: 'User',
    subjectId: userId,
    context: noRequestContext,
    data: { ordersAnonymised, ordersPending },
  });
  return { userId, ordersAnonymised, ordersPending };
}

/** The scheduled job: every account whose restore window has closed, one transaction each. */
export async function eraseDeletedAccounts(now: Date = new Date(), limit = 100): Promise<EraseResult[]> {
  const due = await db.user.findMany({
    where: { deletedAt: { not: null }, restoreUntil: { lte: now } },
    select: { id: true },
    orderBy: { restoreUntil: 'asc' },
    take: limit,
  });
  const results: EraseResult[] = [];
  for (const { id } of due) {
    const result = await db.$transaction(
      async (tx) => {
        // Locked and re-checked, so a restore at the last second and the job cannot both win.
        const [locked] = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM users WHERE id = ${id}::uuid AND deleted_at IS NOT NULL AND restore_until <= ${now} FOR UPDATE`;
        return locked ? eraseAccount(tx, id, now) : null;
      },
      { timeout: 60_000 },
    );
    if (result) results.push(result);
  }
  return results;
}
